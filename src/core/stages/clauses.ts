/**
 * Stage 3, clauses: predicates (verb groups with negation, voice and modal cues), their subjects and
 * objects, and the reported-speech frames ("X said (that) ...", "... , he said", "according to X").
 * Shallow grammar over POS tags and mentions: fast, explainable, no parser.
 */
import {
  ADDRESSEE_SPEECH_VERBS,
  ALLEGING_SPEECH_VERBS,
  CONDITIONAL_SUBORDINATORS,
  MODE_CUES,
  NEGATIONS,
  OBJECT_CONTROL_VERBS,
  SPEECH_VERBS,
} from '../../knowledge/lexicon.js';
import { type Doc, FLAG_IN_QUOTE, FLAG_QUOTE, POS } from '../doc.js';
import type { Mode } from '../records.js';
import type { Mentions } from './mentions.js';

export interface Predicate {
  readonly head: number;
  /** First token of the verb group (auxiliaries, negation, adverbs before the head). */
  readonly groupStart: number;
  readonly negated: boolean;
  readonly passive: boolean;
  /** Modal or future cue in the verb group ("will", "would", "may"), with its token. */
  readonly cue: Mode | null;
  readonly cueToken: number;
  readonly infinitive: boolean;
  readonly speech: boolean;
}

export interface SpeechFrame {
  readonly verb: number;
  /** Mention index of the speaker, or -1. */
  readonly speaker: number;
  /** Mention index of the addressee ("told Tehran"), or -1. */
  readonly addressee: number;
  /** Token range the frame governs. */
  readonly from: number;
  readonly to: number;
  readonly alleging: boolean;
}

export interface SentenceClauses {
  readonly start: number;
  readonly end: number;
  readonly preds: Predicate[];
  /** Token -> predicate index for predicate heads, else -1 (story-wide array). */
  readonly frames: SpeechFrame[];
}

const SPEECH = new Set(SPEECH_VERBS);
/** Verbs that attribute what comes before them: '"...," he said', '..., officials added'. */
const POSTPOSED = new Set([
  'say',
  'add',
  'tell',
  'state',
  'claim',
  'note',
  'insist',
  'warn',
  'write',
  'report',
  'explain',
  'argue',
  'confirm',
  'announce',
  'allege',
  'tweet',
  'quote',
]);
const ADDRESSEE = new Set(ADDRESSEE_SPEECH_VERBS);
const ALLEGING = new Set(ALLEGING_SPEECH_VERBS);
const NEG = new Set(NEGATIONS);
const CONTROL = new Set(OBJECT_CONTROL_VERBS);
const CONDITIONAL = new Set(CONDITIONAL_SUBORDINATORS);
const BE = new Set(['be', 'get']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const BOUNDARY = new Set([';', ':', '(', ')', '--', '\u2014', '\u2013']);
const IRREGULAR_PARTICIPLES = new Set([
  'held',
  'told',
  'said',
  'made',
  'taken',
  'given',
  'seen',
  'known',
  'shown',
  'beaten',
  'sent',
  'kept',
  'brought',
  'caught',
  'found',
  'hit',
  'shot',
  'struck',
  'led',
  'met',
  'put',
  'set',
  'sold',
  'bought',
  'built',
  'sought',
  'thrown',
  'torn',
  'stolen',
  'spoken',
  'chosen',
  'driven',
  'written',
  'forbidden',
  'frozen',
  'hidden',
  'ridden',
  'slain',
  'done',
  'begun',
  'won',
  'lost',
  'paid',
  'laid',
  'run',
  'cut',
  'hurt',
  'overthrown',
  'withdrawn',
  'bound',
]);

export function isParticiple(doc: Doc, i: number): boolean {
  const w = doc.lower[i]!;
  return w.endsWith('ed') || w.endsWith('en') || IRREGULAR_PARTICIPLES.has(w);
}

/** Whether the verb at i is passive ("was hosted", "Iranians held by U.S. forces"), without a full analysis. */
export function isPassiveAt(doc: Doc, i: number, s: number, e: number, mentions: Mentions): boolean {
  if (doc.pos[i] !== POS.VERB || !isParticiple(doc, i)) return false;
  return predicateAt(doc, i, s, e, mentions).passive;
}

/** Finds the predicates of sentence k and its speech frames. */
export function analyzeClauses(doc: Doc, k: number, mentions: Mentions): SentenceClauses {
  const s = doc.sentStart[k]!;
  const e = doc.sentEnd[k]!;
  const preds: Predicate[] = [];
  for (let i = s; i < e; i++) {
    if (doc.pos[i] !== POS.VERB) continue;
    if (mentions.at[i]! >= 0) continue; // a verb form inside a name
    preds.push(predicateAt(doc, i, s, e, mentions));
  }
  const frames: SpeechFrame[] = [];
  for (const p of preds) {
    if (!p.speech || p.negated) continue;
    const lemma = doc.lemma[p.head]!;
    let speaker = subjectOf(doc, p, s, mentions, preds);
    // Post-posed or inverted: '"...," he said.' / '"...," said Crocker.'
    const after = p.head + 1;
    const inverted = speaker < 0 && after < e && mentions.at[after]! >= 0;
    if (inverted) speaker = mentions.at[after]!;
    let addressee = -1;
    if (ADDRESSEE.has(lemma) && after < e && mentions.at[after]! >= 0 && !inverted) addressee = mentions.at[after]!;
    const postposed = POSTPOSED.has(lemma) && isPostposed(doc, p, s, e, mentions);
    frames.push({
      verb: p.head,
      speaker,
      addressee,
      from: postposed ? s : p.head + 1,
      to: postposed ? p.groupStart : e,
      alleging: ALLEGING.has(lemma),
    });
  }
  // "according to X": the whole sentence is claimed by X.
  for (let i = s; i + 2 < e; i++) {
    if (doc.lower[i] === 'according' && doc.lower[i + 1] === 'to' && mentions.at[i + 2]! >= 0) {
      frames.push({ verb: i, speaker: mentions.at[i + 2]!, addressee: -1, from: s, to: e, alleging: false });
    }
  }
  return { start: s, end: e, preds, frames };
}

export function predicateAt(doc: Doc, i: number, s: number, e: number, mentions: Mentions): Predicate {
  // Walk left over the verb group: auxiliaries, negation, adverbs, particles, "to".
  let g = i;
  let negated = false;
  let cue: Mode | null = null;
  let cueToken = -1;
  let passive = false;
  let infinitive = false;
  for (let j = i - 1; j >= s && j >= i - 5; j--) {
    const p = doc.pos[j]!;
    const w = doc.lower[j]!;
    if (
      p === POS.AUX ||
      p === POS.ADV ||
      p === POS.PART ||
      NEG.has(w) ||
      (p === POS.VERB && (w === 'going' || BE.has(doc.lemma[j]!)))
    ) {
      if (NEG.has(w) || doc.lemma[j] === 'not') negated = true;
      const c = MODE_CUES[w];
      if (c && (p === POS.AUX || w === 'going') && cue === null) {
        cue = c;
        cueToken = j;
      }
      if (BE.has(doc.lemma[j]!) && isParticiple(doc, i)) passive = true;
      if (w === 'to' && p === POS.PART) {
        infinitive = true;
        g = j;
        // "was not to discuss", "never to return": negation just before the infinitive.
        if (j - 1 >= s && (NEG.has(doc.lower[j - 1]!) || doc.lemma[j - 1] === 'not')) negated = true;
        break;
      }
      g = j;
      continue;
    }
    break;
  }
  // Reduced relative or coordinated participle with a by-agent: "Iranians held by U.S. forces".
  if (!passive && isParticiple(doc, i)) {
    const by = byAgentAfter(doc, i, e);
    if (by >= 0 && by + 1 < e && doc.pos[by + 1] !== POS.VERB && agentAfter(mentions, by + 1, e) >= 0) passive = true;
  }
  return { head: i, groupStart: g, negated, passive, cue, cueToken, infinitive, speech: SPEECH.has(doc.lemma[i]!) };
}

/** The actor mention right after "by" (allowing a determiner or title before it), or -1. */
export function agentAfter(mentions: Mentions, from: number, e: number): number {
  for (let j = from; j < e && j < from + 3; j++) if (mentions.at[j]! >= 0) return mentions.at[j]!;
  return -1;
}

/** Index of "by" introducing the agent of a passive verb at i (through coordinated participles), or -1. */
export function byAgentAfter(doc: Doc, i: number, e: number): number {
  for (let j = i + 1; j < e && j <= i + 8; j++) {
    const w = doc.lower[j]!;
    if (w === 'by') return j;
    if (
      w === ',' ||
      w === 'and' ||
      w === 'or' ||
      w === 'in' ||
      w === 'on' ||
      doc.pos[j] === POS.VERB ||
      doc.pos[j] === POS.ADV
    )
      continue;
    return -1;
  }
  return -1;
}

function isPostposed(doc: Doc, p: Predicate, s: number, e: number, mentions: Mentions): boolean {
  // The verb is near the end and a quote or comma precedes its subject: '"...," he said.'
  let j = p.groupStart - 1;
  while (j >= s && mentions.at[j]! >= 0) j--;
  const beforeSubj = j >= s ? doc.lower[j]! : '';
  const quoteBefore = j >= s && (doc.flags[j]! & FLAG_QUOTE) !== 0;
  let rest = 0;
  for (let t = p.head + 1; t < e; t++) if (doc.pos[t] !== POS.PUNCT && mentions.at[t]! < 0) rest++;
  return (quoteBefore || beforeSubj === ',') && rest <= 1;
}

/**
 * The subject mention of a predicate: the nearest actor mention to the left in its clause, skipping
 * relative clauses ("Crocker, who gave a news conference, said"), and for infinitives the controller
 * ("told Tehran to stop": Tehran; "offered to help": the offerer). Returns -1 when there is none.
 */
export function subjectOf(doc: Doc, p: Predicate, s: number, mentions: Mentions, preds: readonly Predicate[]): number {
  const before = p.groupStart - 1;
  if (p.infinitive) {
    const gov = governing(preds, p);
    if (!gov) return -1;
    // "told Tehran to stop": the object right before "to" does it.
    if (CONTROL.has(doc.lemma[gov.head]!) && p.groupStart - 1 > gov.head) {
      const m = mentions.at[p.groupStart - 1]!;
      if (m >= 0) return m;
    }
    // "the U.S. effort to train": a noun's infinitive is done by the noun's owner.
    const n = p.groupStart - 1;
    if (n > s && doc.pos[n] === POS.NOUN && mentions.at[n]! < 0) {
      let j = n - 1;
      while (
        j >= s &&
        (doc.pos[j] === POS.ADJ || doc.pos[j] === POS.NOUN || doc.lower[j] === "'s") &&
        mentions.at[j]! < 0
      )
        j--;
      if (j >= s && mentions.at[j]! >= 0) return mentions.at[j]!;
    }
    return subjectOf(doc, gov, s, mentions, preds);
  }
  // Coordinated verb phrase: "X met Y and signed": the subject of the previous predicate.
  if (before >= s && doc.pos[before] === POS.CCONJ) {
    const prev = governing(preds, p);
    if (prev && prev.head < before) return subjectOf(doc, prev, s, mentions, preds);
  }
  for (let j = before; j >= s; j--) {
    const m = mentions.at[j]!;
    if (m >= 0) {
      const men = mentions.list[m]!;
      // "Iranians held by U.S. forces were released": the by-agent of a reduced relative is not the subject.
      if (men.start - 2 >= s && doc.lower[men.start - 1] === 'by' && isParticiple(doc, men.start - 2)) {
        j = men.start - 2;
        continue;
      }
      if (!men.locative && men.actors.length > 0) return m;
      j = men.start; // a place ("in Iraq") or unresolved word is not the subject: keep looking left
      continue;
    }
    const w = doc.lower[j]!;
    if (w === ',') {
      const rel = relativeOpen(doc, j, s);
      if (rel >= 0) {
        j = rel; // jump over ", who ... ,"
        continue;
      }
      continue;
    }
    if (BOUNDARY.has(w) || w === 'that' || (doc.flags[j]! & FLAG_QUOTE) !== 0) return -1;
    if (doc.pos[j] === POS.VERB) return -1;
  }
  return -1;
}

/** For a comma at j closing a relative clause, the index of the comma that opens it, else -1. */
function relativeOpen(doc: Doc, j: number, s: number): number {
  for (let t = j - 1; t > s; t--) {
    if (RELATIVES.has(doc.lower[t]!) && doc.lower[t - 1] === ',') return t - 1;
    if (BOUNDARY.has(doc.lower[t]!)) return -1;
  }
  return -1;
}

/** The nearest predicate before p. */
export function governing(preds: readonly Predicate[], p: Predicate): Predicate | null {
  let best: Predicate | null = null;
  for (const q of preds) if (q.head < p.groupStart && (!best || q.head > best.head)) best = q;
  return best;
}

/** True when token t is inside an "if/unless/before ..." clause (up to the next comma). */
export function inConditional(doc: Doc, t: number, s: number): number {
  for (let j = t - 1; j >= s; j--) {
    const w = doc.lower[j]!;
    if (CONDITIONAL.has(w) && doc.pos[j] !== POS.ADP && !(w === 'before' && doc.pos[j + 1] === POS.DET)) return j;
    if (w === ',' || w === ';' || BOUNDARY.has(w)) return -1;
    if (w === 'before' || w === 'once' || w === 'if' || w === 'unless') return j;
  }
  return -1;
}

export function inQuote(doc: Doc, t: number): boolean {
  return (doc.flags[t]! & FLAG_IN_QUOTE) !== 0;
}
