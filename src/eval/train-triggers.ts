/**
 * Trains the trigger model (stage 4b) from the train split of the hand-coded corpus. Examples are the
 * candidate words (verbs and nouns outside actor mentions) of sentences that name an actor, on a
 * patterns-only run of the coder. The gold files give each event's evidence span and roots, not its
 * trigger word, so the trigger is a latent choice: a word where a pattern of an allowed root matched, else
 * in the first epoch the span's first verb (first noun if it has none), and from then on the span's
 * candidate the current model scores highest for the gold root. The span's other candidates are not
 * trained on; every other candidate is "no event". Multinomial logistic regression by SGD in a fixed order
 * (deterministic).
 */
import { createCoder } from '../core/coder.js';
import { POS } from '../core/doc.js';
import { defaultTriggerLexicon } from '../core/models.js';
import type { Story } from '../core/records.js';
import { hashFeature, weightsToBase64 } from '../core/stages/confidence.js';
import type { PatternMatch } from '../core/stages/matcher.js';
import {
  isCandidate,
  mentionCount,
  N_CLASSES,
  ROOTS,
  slot,
  softmaxScores,
  type TriggerHeader,
  triggerFeatures,
} from '../core/stages/triggers.js';
import { cameoEntry } from '../ontology/cameo.js';
import type { GoldStory } from './score.js';

export const TRIGGER_BITS = 18;
const EPOCHS = 10;
const RATE = 0.1;
const L2 = 1e-6;

interface Candidate {
  readonly token: number;
  readonly lemma: string;
  readonly hs: Uint32Array;
  /** Pattern root at this word that the gold allows (first-epoch choice), or "". */
  readonly patRoots: readonly string[];
  readonly verb: boolean;
}

/** A group of candidates: one gold event's span (latent trigger), or a single negative word. */
export interface Group {
  readonly story: number;
  readonly cands: readonly Candidate[];
  /** Class of the group (0 = none). */
  readonly cls: number;
  /** For a gold group: its first CAMEO code (for the code table). */
  readonly code: string;
}

export interface TriggerData {
  readonly groups: readonly Group[];
}

/** Candidate examples of the train stories (patterns-only coder, so examples do not depend on the model). */
export function triggerData(stories: readonly Story[], golds: readonly GoldStory[]): TriggerData {
  const coder = createCoder({ confidenceModel: null, triggerModel: null });
  const lex = defaultTriggerLexicon();
  const groups: Group[] = [];
  const feats: string[] = [];
  stories.forEach((story, si) => {
    const t = coder.traceStory(story);
    const doc = t.doc;
    const golds2 = golds[si]!.events;
    for (const st of t.sentences) {
      const k = st.index;
      const s = doc.sentStart[k]!;
      const e = doc.sentEnd[k]!;
      if (doc.isHeading(k)) continue;
      let any = false;
      for (let i = s; i < e; i++) if (t.mentions.at[i]! >= 0) any = true;
      if (!any) continue;
      const matches: readonly PatternMatch[] = st.analysis?.matches ?? [];
      const cands: Candidate[] = [];
      const nm = mentionCount(t.mentions, s, e);
      for (let i = s; i < e; i++) {
        if (!isCandidate(doc, i, t.mentions)) continue;
        triggerFeatures(doc, i, s, e, t.mentions, matches, nm, lex, feats);
        const patRoots = matches
          .filter((m) => m.anchorStart === i && m.pattern.code !== '-')
          .map((m) => cameoEntry(m.pattern.code)?.root ?? '');
        cands.push({
          token: i,
          lemma: doc.lemma[i]!,
          hs: Uint32Array.from(feats, hashFeature),
          patRoots,
          verb: doc.pos[i] === POS.VERB,
        });
      }
      if (cands.length === 0) continue;
      const inGold = new Set<number>();
      for (const g of golds2) {
        const span = (g as unknown as { evidence_span?: readonly [number, number] }).evidence_span;
        if (!span) continue;
        const inSpan = cands.filter((c) => doc.start[c.token]! >= span[0] && doc.end[c.token]! <= span[1]);
        if (inSpan.length === 0) continue;
        for (const c of inSpan) inGold.add(c.token);
        const root = g.roots[0]!;
        const cls = ROOTS.indexOf(root) + 1;
        if (cls <= 0) continue;
        // A word where a pattern of an allowed root matched is the trigger; otherwise it is latent.
        const byPattern = inSpan.filter((c) => c.patRoots.some((r) => g.roots.includes(r)));
        groups.push({
          story: si,
          cands: byPattern.length > 0 ? byPattern.slice(0, 1) : inSpan,
          cls,
          code: (g as unknown as { cameo?: readonly string[] }).cameo?.[0] ?? `${root}0`,
        });
      }
      for (const c of cands) if (!inGold.has(c.token)) groups.push({ story: si, cands: [c], cls: 0, code: '' });
    }
  });
  return { groups };
}

/** Sentence-internal position order is kept: the first verb of a span is its first-epoch trigger. */
function firstGuess(g: Group): Candidate {
  return g.cands.find((c) => c.verb) ?? g.cands[0]!;
}

/** The group's candidate the weights make likeliest for its class (the first of equals). */
function likeliest(g: Group, w: Float32Array, mask: number, p: Float64Array): Candidate {
  let c = g.cands[0]!;
  let best = -1;
  for (const x of g.cands) {
    softmaxScores(w, mask, x.hs, x.hs.length, p);
    if (p[g.cls]! > best) {
      best = p[g.cls]!;
      c = x;
    }
  }
  return c;
}

export function trainTriggers(data: TriggerData, keep: (story: number) => boolean, bits = TRIGGER_BITS): Float32Array {
  const w = new Float32Array(1 << bits);
  const mask = (1 << bits) - 1;
  const p = new Float64Array(N_CLASSES);
  const groups = data.groups.filter((g) => keep(g.story));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch * 0.5);
    for (const g of groups) {
      const c = epoch > 0 && g.cands.length > 1 ? likeliest(g, w, mask, p) : firstGuess(g);
      softmaxScores(w, mask, c.hs, c.hs.length, p);
      for (let k = 0; k < N_CLASSES; k++) {
        const grad = (k === g.cls ? 1 : 0) - p[k]!;
        if (Math.abs(grad) < 1e-4) continue;
        for (const h of c.hs) {
          const i = slot(h, k, mask);
          w[i] = w[i]! + rate * (grad - L2 * w[i]!);
        }
      }
    }
  }
  return w;
}

/** "lemma|root" and "root" -> most frequent gold code of the groups kept (ties: the smaller code). */
export function codeTable(
  data: TriggerData,
  w: Float32Array,
  keep: (story: number) => boolean,
): Record<string, string> {
  const mask = w.length - 1;
  const p = new Float64Array(N_CLASSES);
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string, code: string) => {
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(code, (m.get(code) ?? 0) + 1);
    counts.set(key, m);
  };
  for (const g of data.groups) {
    if (g.cls === 0 || !keep(g.story) || !cameoEntry(g.code)) continue;
    const c = likeliest(g, w, mask, p);
    const root = ROOTS[g.cls - 1]!;
    if (cameoEntry(g.code)!.root !== root) continue;
    add(`${c.lemma}|${root}`, g.code);
    add(root, g.code);
  }
  const out: Record<string, string> = {};
  for (const key of [...counts.keys()].sort()) {
    const m = counts.get(key)!;
    const [code] = [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    out[key] = code;
  }
  return out;
}

export function triggerHeader(
  w: Float32Array,
  codes: Record<string, string>,
  threshold: number,
  goldHash: string,
  cv: Record<string, number>,
): TriggerHeader {
  return {
    format: 'dyadic-triggers-1',
    bits: Math.log2(w.length),
    threshold,
    codes,
    goldHash,
    cv,
    weights: weightsToBase64(w),
  };
}
