/**
 * The pattern matcher: at an anchor token, tries the patterns indexed under its lemma or form and
 * returns the most specific match with the tokens each element matched. Pure and allocation-light:
 * one result object per successful match.
 */
import { type Doc, POS } from '../doc.js';
import type { CompiledPattern, Element, PatternIndex } from '../knowledge/pattern-index.js';
import type { Mentions } from './mentions.js';

export interface MatchPart {
  readonly role: 'anchor' | 'word' | 'source' | 'target';
  readonly start: number;
  readonly end: number;
}

export interface PatternMatch {
  readonly pattern: CompiledPattern;
  readonly start: number;
  readonly end: number;
  readonly anchorStart: number;
  readonly anchorEnd: number;
  readonly source: number; // mention index or -1
  readonly target: number;
  readonly parts: readonly MatchPart[];
  /** For a learned trigger (stage 4b): the model's probability of its root. */
  readonly p?: number;
}

const SKIPPABLE = new Set([
  'not',
  "n't",
  'never',
  'also',
  'again',
  'already',
  'still',
  'formally',
  'reportedly',
  'allegedly',
  'publicly',
  'jointly',
  'officially',
]);
const STOP = new Set(['.', ';', ':', '!', '?']);
const GAP_MAX = 4;
/** A gap never crosses these: a pattern's words belong to one clause. */
const GAP_STOP = new Set([
  ',',
  ';',
  ':',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  '(',
  ')',
  '"',
  '\u201c',
  '\u201d',
]);

/** Patterns that could fire in this sentence (cheap pre-check by anchor words). */
export function hasAnchor(doc: Doc, s: number, e: number, index: PatternIndex): boolean {
  for (let i = s; i < e; i++) if (index.byAnchor.has(doc.lemma[i]!) || index.byAnchor.has(doc.lower[i]!)) return true;
  return false;
}

/**
 * The best pattern match at anchor token i. `passive` says the verb at i is passive: its object slot
 * ("hold $target") is then satisfied by the grammatical subject, found later by the clause stage.
 */
export function matchAt(
  doc: Doc,
  i: number,
  s: number,
  e: number,
  index: PatternIndex,
  mentions: Mentions,
  passive: boolean,
  present: Present,
): PatternMatch | null {
  const a = index.byAnchor.get(doc.lemma[i]!);
  const b = doc.lower[i] !== doc.lemma[i] ? index.byAnchor.get(doc.lower[i]!) : undefined;
  let best: PatternMatch | null = null;
  if (a) best = tryList(a, doc, i, s, e, mentions, best, passive, present);
  if (b) best = tryList(b, doc, i, s, e, mentions, best, passive, present);
  return best;
}

/**
 * The words (lemmas and forms) of the current sentence, for the patterns' quick reject. One map per
 * coder, stamped per sentence: no allocation per sentence once the vocabulary is seen.
 */
export class WordPresence {
  private readonly stamps = new Map<string, number>();
  private stamp = 0;

  /** Marks the words of tokens [s, e) as present (and everything else as absent). */
  reset(doc: Doc, s: number, e: number): this {
    const st = ++this.stamp;
    const m = this.stamps;
    for (let i = s; i < e; i++) {
      m.set(doc.lower[i]!, st);
      m.set(doc.lemma[i]!, st);
    }
    if (m.size > 500_000) m.clear(); // bound the memory on endless streams of new words
    return this;
  }

  has(w: string): boolean {
    return this.stamps.get(w) === this.stamp;
  }
}

interface Present {
  has(w: string): boolean;
}

function needsMet(p: CompiledPattern, present: Present): boolean {
  const needs = p.needs;
  outer: for (let k = 0; k < needs.length; k++) {
    const alts = needs[k]!;
    for (let j = 0; j < alts.length; j++) if (present.has(alts[j]!)) continue outer;
    return false;
  }
  return true;
}

function tryList(
  list: readonly CompiledPattern[],
  doc: Doc,
  i: number,
  s: number,
  e: number,
  mentions: Mentions,
  best: PatternMatch | null,
  passive: boolean,
  present: Present,
): PatternMatch | null {
  const verbOk = posOk(doc, i, 'verb');
  const nounOk = posOk(doc, i, 'noun');
  for (const p of list) {
    if (best && p.literals < best.pattern.literals) break;
    if (best && p.literals === best.pattern.literals && p.index > best.pattern.index) continue;
    if (!(p.pos === 'verb' ? verbOk : nounOk)) continue;
    if (!needsMet(p, present)) continue;
    const m = tryPattern(p, doc, i, s, e, mentions, passive);
    if (m) best = m;
  }
  return best;
}

function posOk(doc: Doc, i: number, want: 'verb' | 'noun'): boolean {
  const p = doc.pos[i]!;
  // Participles the tagger calls adjectives count as verbs, except before a noun ("declared policies").
  if (want === 'verb') {
    if (p === POS.VERB) return true;
    // Participles the tagger calls adjectives or nouns ("abducted/NOUN two journalists"), except before a
    // noun they modify ("declared policies").
    return (p === POS.ADJ || p === POS.NOUN) && doc.lower[i]!.endsWith('ed') && doc.pos[i + 1] !== POS.NOUN;
  }
  return p === POS.NOUN || p === POS.PROPN || (p === POS.VERB && doc.lower[i]!.endsWith('s')) || p === POS.ADJ;
}

interface Cursor {
  parts: MatchPart[];
  source: number;
  target: number;
}

function tryPattern(
  p: CompiledPattern,
  doc: Doc,
  i: number,
  s: number,
  e: number,
  mentions: Mentions,
  passive: boolean,
): PatternMatch | null {
  const first = p.after[0];
  const skipSlot = passive && first?.t === 'slot' && first.role === 'target' ? 1 : 0;
  for (const alt of p.anchor) {
    const aEnd = seq(doc, i, e, alt);
    if (aEnd < 0) continue;
    const cur: Cursor = { parts: [{ role: 'anchor', start: i, end: aEnd }], source: -1, target: -1 };
    const fwd = matchForward(p.after, skipSlot, doc, aEnd, e, mentions, cur);
    if (fwd < 0) continue;
    const back = matchBackward(p.before, 0, doc, i - 1, s, mentions, cur);
    if (back === -2) continue;
    return {
      pattern: p,
      start: back + 1,
      end: fwd,
      anchorStart: i,
      anchorEnd: aEnd,
      source: cur.source,
      target: cur.target,
      parts: cur.parts,
    };
  }
  return null;
}

/** Matches a token sequence (lemma or form) at i; returns the end or -1. */
function seq(doc: Doc, i: number, e: number, words: readonly string[]): number {
  let j = i;
  for (const w of words) {
    if (j >= e) return -1;
    if (doc.lemma[j] !== w && doc.lower[j] !== w) return -1;
    j++;
  }
  return j;
}

function skip(doc: Doc, j: number, e: number): number {
  while (j < e && (SKIPPABLE.has(doc.lower[j]!) || (doc.pos[j] === POS.ADV && doc.lower[j] !== 'not'))) j++;
  return j;
}

/** Forward match of elements[k..] from token j; returns the end token or -1. */
function matchForward(
  els: readonly Element[],
  k: number,
  doc: Doc,
  j: number,
  e: number,
  mentions: Mentions,
  cur: Cursor,
): number {
  if (k === els.length) return j;
  const el = els[k]!;
  const j0 = j;
  j = skip(doc, j, e);
  // A skipped adverb may be the literal itself: "pull back", "go home", "give way", "stand firm".
  if (j > j0 && (el.t === 'word' || el.t === 'class'))
    for (let t = j0; t < j; t++) {
      const r = matchLiteral(els, k, doc, t, e, mentions, cur);
      if (r >= 0) return r;
    }
  switch (el.t) {
    case 'gap': {
      // The gap starts before any skipped words, so that the next literal may be one of them.
      const g0 = j0 < j ? j0 - j : 0;
      for (let g = g0; g <= GAP_MAX && j + g <= e; g++) {
        if (g > 0 && (STOP.has(doc.lower[j + g - 1]!) || GAP_STOP.has(doc.lower[j + g - 1]!))) break;
        const mark = cur.parts.length;
        const r = matchForward(els, k + 1, doc, j + g, e, mentions, cur);
        if (r >= 0) return r;
        cur.parts.length = mark;
      }
      return -1;
    }
    case 'slot': {
      const m = j < e ? mentions.at[j]! : -1;
      if (m < 0) return -1;
      const men = mentions.list[m]!;
      if (men.start !== j && !(men.start < j)) return -1;
      if (el.role === 'target') cur.target = m;
      else cur.source = m;
      cur.parts.push({ role: el.role, start: men.start, end: men.end });
      return matchForward(els, k + 1, doc, men.end, e, mentions, cur);
    }
    case 'word':
    case 'class': {
      const r = matchLiteral(els, k, doc, j, e, mentions, cur);
      if (r >= 0) return r;
      if (el.optional) return matchForward(els, k + 1, doc, j, e, mentions, cur);
      // Determiners and adjectives may stand before a literal noun: "sign a peace deal".
      let t = j;
      while (t < e && t < j + 3 && (MODIFIER_POS.has(doc.pos[t]!) || doc.lower[t] === '-')) t++;
      return t > j ? matchLiteral(els, k, doc, t, e, mentions, cur) : -1;
    }
  }
}

const MODIFIER_POS: ReadonlySet<number> = new Set([POS.DET, POS.ADJ, POS.NUM, POS.PRON]);

/** A word or class element at token j, then the rest of the pattern; -1 when either fails. */
function matchLiteral(
  els: readonly Element[],
  k: number,
  doc: Doc,
  j: number,
  e: number,
  mentions: Mentions,
  cur: Cursor,
): number {
  const el = els[k]!;
  if (el.t === 'word') {
    for (const alt of el.alts) {
      const end = seq(doc, j, e, alt);
      if (end < 0) continue;
      cur.parts.push({ role: 'word', start: j, end });
      const r = matchForward(els, k + 1, doc, end, e, mentions, cur);
      if (r >= 0) return r;
      cur.parts.pop();
    }
  } else if (el.t === 'class' && j < e && (el.words.has(doc.lemma[j]!) || el.words.has(doc.lower[j]!))) {
    cur.parts.push({ role: 'word', start: j, end: j + 1 });
    const r = matchForward(els, k + 1, doc, j + 1, e, mentions, cur);
    if (r >= 0) return r;
    cur.parts.pop();
  }
  return -1;
}

/** Backward match of elements (nearest first) ending at token j; returns the first token - 1, or -2. */
function matchBackward(
  els: readonly Element[],
  k: number,
  doc: Doc,
  j: number,
  s: number,
  mentions: Mentions,
  cur: Cursor,
): number {
  if (k === els.length) return j;
  const el = els[k]!;
  if (j < s) return el.t === 'word' && el.optional ? matchBackward(els, k + 1, doc, j, s, mentions, cur) : -2;
  switch (el.t) {
    case 'gap': {
      for (let g = 0; g <= GAP_MAX && j - g >= s - 1; g++) {
        const mark = cur.parts.length;
        const r = matchBackward(els, k + 1, doc, j - g, s, mentions, cur);
        if (r !== -2) return r;
        cur.parts.length = mark;
      }
      return -2;
    }
    case 'slot': {
      const m = mentions.at[j]!;
      if (m < 0) return -2;
      const men = mentions.list[m]!;
      if (el.role === 'target') cur.target = m;
      else cur.source = m;
      cur.parts.push({ role: el.role, start: men.start, end: men.end });
      return matchBackward(els, k + 1, doc, men.start - 1, s, mentions, cur);
    }
    case 'word': {
      for (const alt of el.alts) {
        const st = j - alt.length + 1;
        if (st < s) continue;
        if (seq(doc, st, j + 1, alt) === j + 1) {
          cur.parts.push({ role: 'word', start: st, end: j + 1 });
          const r = matchBackward(els, k + 1, doc, st - 1, s, mentions, cur);
          if (r !== -2) return r;
          cur.parts.pop();
        }
      }
      return el.optional ? matchBackward(els, k + 1, doc, j, s, mentions, cur) : -2;
    }
    case 'class': {
      if (el.words.has(doc.lemma[j]!) || el.words.has(doc.lower[j]!)) {
        cur.parts.push({ role: 'word', start: j, end: j + 1 });
        const r = matchBackward(els, k + 1, doc, j - 1, s, mentions, cur);
        if (r !== -2) return r;
        cur.parts.pop();
      }
      return el.optional ? matchBackward(els, k + 1, doc, j, s, mentions, cur) : -2;
    }
  }
}
