/**
 * Stage 4b, learned triggers: which words of a sentence are events that no pattern caught, and of which
 * CAMEO root. A multinomial logistic model over hashed features of each candidate word (its lemma, form and
 * tag, the words and actor mentions around it, auxiliaries, the patterns that matched there) decides
 * "none" or one of the 20 roots; the code is the one the hand-coded train split gives that lemma and root
 * most often (else the root's own code). Trained on the train split only (`npm run train:coder`); the
 * weights are one Float32Array loaded once. Every learned event names the model and its strongest features.
 */
import { cameoEntry } from '../../ontology/cameo.js';
import { type Doc, FLAG_IN_QUOTE, POS } from '../doc.js';
import type { CompiledPattern } from '../knowledge/pattern-index.js';
import { hashFeature, weightsFromBase64 } from './confidence.js';
import type { PatternMatch } from './matcher.js';
import type { Mention, Mentions } from './mentions.js';

/** Class 0 is "no event"; class r (1..20) is CAMEO root r ("01".."20"). */
export const N_CLASSES = 21;
export const ROOTS: readonly string[] = Array.from({ length: 20 }, (_, r) => String(r + 1).padStart(2, '0'));

export interface TriggerHeader {
  readonly format: 'dyadic-triggers-1';
  /** log2 of the number of weight buckets (features and classes share them). */
  readonly bits: number;
  /** A root is proposed when its probability is at least this. */
  readonly threshold: number;
  /** "lemma|root" -> CAMEO code, and "root" -> CAMEO code: the train split's most frequent. */
  readonly codes: Readonly<Record<string, string>>;
  readonly goldHash: string;
  readonly cv: Readonly<Record<string, number>>;
  /** Base64 of the little-endian Float32 weights. */
  readonly weights: string;
}

export interface Trigger {
  /** Token of the trigger word. */
  readonly token: number;
  readonly root: string;
  readonly code: string;
  readonly p: number;
  /** The strongest features for the root (names and weights), for `explain` and `rule`. */
  readonly why: readonly string[];
}

export interface TriggerModel {
  readonly header: TriggerHeader;
  readonly weights: Float32Array;
  readonly threshold: number;
  /** The pattern anchors its features read. */
  readonly lexicon: TriggerLexicon;
  /** Class probabilities of one candidate's features, into `out` (length N_CLASSES). */
  probs(features: readonly string[], out: Float64Array): void;
  code(lemma: string, root: string): string;
  contributions(features: readonly string[], cls: number): { feature: string; weight: number }[];
}

const CLASS_SALT = Int32Array.from({ length: N_CLASSES }, (_, c) => Math.imul(c + 1, 0x9e3779b1));

/** Bucket of feature hash h for class c. */
export function slot(h: number, c: number, mask: number): number {
  return (h ^ CLASS_SALT[c]!) & mask;
}

export function triggerModelFromHeader(header: TriggerHeader, lexicon: TriggerLexicon): TriggerModel {
  if (header.format !== 'dyadic-triggers-1') throw new Error(`trigger model: unknown format ${header.format}`);
  const weights = weightsFromBase64(header.weights, header.bits, 'trigger model');
  const mask = (1 << header.bits) - 1;
  let hs = new Uint32Array(64);
  return {
    header,
    weights,
    threshold: header.threshold,
    lexicon,
    probs(features, out) {
      if (hs.length < features.length) hs = new Uint32Array(features.length * 2);
      for (let f = 0; f < features.length; f++) hs[f] = hashFeature(features[f]!);
      softmaxScores(weights, mask, hs, features.length, out);
    },
    code(lemma, root) {
      return header.codes[`${lemma}|${root}`] ?? header.codes[root] ?? `${root}0`;
    },
    contributions(features, cls) {
      return features
        .map((feature) => ({ feature, weight: weights[slot(hashFeature(feature), cls, mask)]! }))
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    },
  };
}

/** Softmax over the classes of the hashed features hs[0..n) into out. */
export function softmaxScores(w: Float32Array, mask: number, hs: Uint32Array, n: number, out: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < N_CLASSES; c++) {
    let s = 0;
    const salt = CLASS_SALT[c]!;
    for (let f = 0; f < n; f++) s += w[(hs[f]! ^ salt) & mask]!;
    out[c] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let c = 0; c < N_CLASSES; c++) {
    const e = Math.exp(out[c]! - max);
    out[c] = e;
    z += e;
  }
  for (let c = 0; c < N_CLASSES; c++) out[c] = out[c]! / z;
}

/**
 * Lexical knowledge the trigger features read: the pattern anchors. (Word clusters from
 * models/clusters were tried as features too: no held-out gain, so the table is not loaded.)
 */
export interface TriggerLexicon {
  /** CAMEO roots of the patterns anchored at this word (lemma or form), distinct, sorted. */
  anchorRoots(word: string): readonly string[];
}

/** A TriggerLexicon over a pattern index; anchor roots are memoized per word. */
export function triggerLexicon(index: {
  readonly byAnchor: { get(token: string): readonly { readonly code: string }[] | undefined };
}): TriggerLexicon {
  const memo = new Map<string, readonly string[]>();
  const none: readonly string[] = [];
  return {
    anchorRoots(word) {
      let r = memo.get(word);
      if (r) return r;
      const ps = index.byAnchor.get(word);
      r = ps ? [...new Set(ps.filter((p) => p.code !== '-').map((p) => cameoEntry(p.code)?.root ?? '?'))].sort() : none;
      memo.set(word, r);
      return r;
    },
  };
}

/** The number of actor mentions in sentence [s, e) (a sentence-level feature of every candidate). */
export function mentionCount(mentions: Mentions, s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) if (mentions.at[k]! >= 0 && (k === s || mentions.at[k - 1] !== mentions.at[k])) n++;
  return n;
}

const WORD = /^[a-z][a-z'-]*$/;

/** A word that can be an event no pattern caught: a verb or noun outside any actor mention. */
export function isCandidate(doc: Doc, i: number, mentions: Mentions): boolean {
  if (mentions.at[i]! >= 0) return false;
  const p = doc.pos[i];
  if (p !== POS.VERB && p !== POS.NOUN) return false;
  const l = doc.lemma[i]!;
  return l.length >= 3 && WORD.test(l);
}

function mentionKind(m: Mention): string {
  const a = m.actors[0];
  if (m.kind === 'pronoun') return 'pron';
  if (!a) return 'none';
  if (m.person) return 'per';
  if (a.sector && !a.country) return 'desc';
  if (a.sector) return 'sec';
  return a.code === a.country ? 'cty' : 'org';
}

const SKIP_BACK: ReadonlySet<number> = new Set([POS.ADV, POS.AUX, POS.PART]);

/**
 * Features of candidate word i of sentence [s, e), written into `out`; `matches` are the sentence's
 * pattern matches (a pattern that matched at the word is a feature of it), `mentionCount` its number
 * of actor mentions (see `mentionCount`).
 */
export function triggerFeatures(
  doc: Doc,
  i: number,
  s: number,
  e: number,
  mentions: Mentions,
  matches: readonly PatternMatch[],
  mentionCount: number,
  lex: TriggerLexicon,
  out: string[],
): string[] {
  out.length = 0;
  const L = doc.lemma;
  const W = doc.lower;
  const ctx = (j: number): string => {
    if (j < s || j >= e) return '<>';
    if (mentions.at[j]! >= 0) return `A:${mentionKind(mentions.list[mentions.at[j]!]!)}`;
    return doc.pos[j] === POS.NUM ? '#' : L[j]!;
  };
  const l = L[i]!;
  const p = doc.pos[i]!;
  out.push('b', `l=${l}`, `w=${W[i]}`, `p=${p}`, `lp=${l}|${p}`, `suf=${l.slice(-3)}`);
  const m1 = ctx(i - 1);
  const p1 = ctx(i + 1);
  out.push(`-1=${m1}`, `+1=${p1}`, `l-1=${m1}|${l}`, `l+1=${l}|${p1}`, `+2=${ctx(i + 2)}`, `-2=${ctx(i - 2)}`);
  out.push(`l+2=${l}|${ctx(i + 2)}`);
  // What the pattern library knows of the word, even where no whole pattern matched.
  for (const r of lex.anchorRoots(l)) out.push(`aroot=${r}`, `aroot|p=${r}|${p}`);

  // Auxiliaries and particles before the word: mode, voice, infinitive.
  let j = i - 1;
  let aux = '';
  while (j >= s && SKIP_BACK.has(doc.pos[j]!) && i - j <= 3) {
    aux += `${L[j]}.`;
    j--;
  }
  if (aux) out.push(`aux=${aux}`);
  // The nearest mentions on either side within the clause window.
  for (let k = i - 1, n = 0; k >= s && n < 6; k--, n++) {
    const mi = mentions.at[k]!;
    if (W[k] === ',' || W[k] === ';') break;
    if (mi >= 0) {
      const m = mentions.list[mi]!;
      out.push(`mL=${mentionKind(m)}${m.locative ? '.loc' : ''}`, `mLd=${Math.min(n, 3)}`, `mL|l=${l}`);
      break;
    }
  }
  for (let k = i + 1, n = 0; k < e && n < 6; k++, n++) {
    const mi = mentions.at[k]!;
    if (mi >= 0) {
      const m = mentions.list[mi]!;
      const prep = k > i + 1 && doc.pos[k - 1] === POS.ADP ? W[k - 1] : '';
      out.push(`mR=${mentionKind(m)}${m.locative ? '.loc' : ''}`, `mR|prep=${prep}`, `l|mRprep=${l}|${prep}`);
      break;
    }
  }
  if (i + 1 < e && doc.pos[i + 1] === POS.ADP) out.push(`l|adp=${l}|${W[i + 1]}`);
  // Clause context: the verb that governs a noun ("condemned the attack"), the verb that controls an
  // infinitive ("agreed to withdraw"), a subordinator opening the word's clause, how many verbs precede.
  let verbsBefore = 0;
  let gov = '';
  let sub = '';
  for (let k = i - 1; k >= s; k--) {
    const pk = doc.pos[k];
    if (pk === POS.VERB) {
      verbsBefore++;
      if (!gov) gov = L[k]!;
    }
    if (!sub && (W[k] === 'that' || W[k] === 'which' || W[k] === 'who' || doc.pos[k] === POS.SCONJ)) sub = W[k]!;
  }
  if (p === POS.NOUN && gov) out.push(`gov=${gov}`, `gov|l=${gov}|${l}`);
  if (i - 1 >= s && W[i - 1] === 'to' && gov) out.push(`ctl=${gov}`);
  if (sub) out.push(`sub=${sub}`);
  out.push(`vb=${Math.min(verbsBefore, 3)}|${p}`);
  if (doc.flags[i]! & FLAG_IN_QUOTE) out.push('q');
  out.push(`nm=${Math.min(mentionCount, 4)}`);
  for (const m of matches) {
    if (i < m.anchorStart || i >= Math.max(m.anchorEnd, m.end)) continue;
    const r = m.pattern.code === '-' ? 'none' : (cameoEntry(m.pattern.code)?.root ?? '?');
    out.push(`pat=${m.pattern.id}`, `proot=${r}`, `proot|l=${r}|${l}`, i === m.anchorStart ? 'panchor' : 'pcovered');
  }
  return out;
}

const SYMMETRIC_LEARNED = /^(04|057|062)/;
const featureScratch: string[] = [];
const probScratch = new Float64Array(N_CLASSES);

/**
 * The learned triggers of sentence [s, e) as pattern matches of a synthetic pattern (`learned.<root>`), at
 * candidate words no pattern match covers. The pattern text names the model, the probability and the
 * strongest features (three, six when tracing). The clause rules then find its source and target.
 */
export function learnedTriggers(
  doc: Doc,
  s: number,
  e: number,
  mentions: Mentions,
  matches: readonly PatternMatch[],
  model: TriggerModel,
  trace: boolean,
): PatternMatch[] {
  const out: PatternMatch[] = [];
  const nm = mentionCount(mentions, s, e);
  for (let i = s; i < e; i++) {
    if (!isCandidate(doc, i, mentions)) continue;
    if (matches.some((m) => i >= Math.min(m.start, m.anchorStart) && i < Math.max(m.end, m.anchorEnd))) continue;
    const feats = triggerFeatures(doc, i, s, e, mentions, matches, nm, model.lexicon, featureScratch);
    model.probs(feats, probScratch);
    // Root 01 (statements) is left to the speech-frame stage: a learned "said" is the frame of another event.
    let best = 2;
    for (let c = 3; c < N_CLASSES; c++) if (probScratch[c]! > probScratch[best]!) best = c;
    const p = probScratch[best]!;
    if (p < model.threshold) continue;
    const root = ROOTS[best - 1]!;
    const lemma = doc.lemma[i]!;
    const code = model.code(lemma, root);
    // The features that decided, in the rule's text (and so in every record and in `explain`).
    const why = model
      .contributions(feats, best)
      .slice(0, trace ? 6 : 3)
      .map((c) => `${c.feature} ${c.weight.toFixed(2)}`)
      .join(', ');
    const pattern: CompiledPattern = {
      id: `learned.${root}`,
      index: -1,
      source: {
        id: `learned.${root}`,
        code,
        pos: doc.pos[i] === POS.VERB ? 'verb' : 'noun',
        pattern: `(trigger model: "${lemma}" p=${p.toFixed(2)}; ${why})`,
        symmetric: SYMMETRIC_LEARNED.test(code),
      },
      code,
      pos: doc.pos[i] === POS.VERB ? 'verb' : 'noun',
      anchor: [[lemma]],
      before: [],
      after: [],
      literals: 1,
      hasTarget: false,
      hasSource: false,
      needs: [],
    };
    out.push({ pattern, start: i, end: i + 1, anchorStart: i, anchorEnd: i + 1, source: -1, target: -1, parts: [], p });
  }
  return out;
}
