/**
 * Stage 1, segment: the only wink-nlp adapter. Sentences, tokens, POS, lemmas and character offsets.
 * Fixes wink's sentence splits that break news text: a split after an ellipsis or a lone
 * abbreviation before a lower-case word, and a closing quote left at the start of the next sentence.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { Doc, FLAG_ALLCAPS, FLAG_CAPITALIZED, FLAG_IN_QUOTE, FLAG_QUOTE, POS, posId } from '../doc.js';

type Wink = ReturnType<typeof winkNLP>;

export interface Segmenter {
  segment(text: string): Doc;
}

const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '``', "''"]);
const UPPER_RE = /^\p{Lu}/u;

function isUpper(c0: number, w: string): boolean {
  if (c0 < 128) return c0 >= 65 && c0 <= 90;
  return UPPER_RE.test(w);
}
const ALLCAPS_RE = /^[\p{Lu}.&-]*\p{Lu}[\p{Lu}.&-]*\p{Lu}[\p{Lu}.&-]*$/u;
/** Longest run of text wink is given at once; longer unpunctuated text is cut at whitespace (keeps time linear). */
const MAX_CHUNK = 20_000;
const WHITESPACE_RE = /^\s*$/;
/** Abbreviations that precede a name or number and never end a sentence in news text. */
const ABBREVIATIONS = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'gen.',
  'maj.',
  'col.',
  'lt.',
  'capt.',
  'sgt.',
  'cpl.',
  'pvt.',
  'adm.',
  'cmdr.',
  'amb.',
  'pres.',
  'gov.',
  'sen.',
  'rep.',
  'rev.',
  'fr.',
  'st.',
  'sr.',
  'jr.',
  'no.',
  'vol.',
  'gov',
  'brig.',
  'lieut.',
  'supt.',
  'insp.',
  'det.',
  'hon.',
  'sec.',
  'dept.',
  'min.',
]);
/** Longest sentence, in tokens; news sentences rarely pass 80. */
const MAX_SENTENCE_TOKENS = 160;

export function createSegmenter(): Segmenter {
  const nlp: Wink = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;

  function segment(text: string): Doc {
    const chunks = chunk(text);
    // One wink pass per chunk; columns are copied straight into the Doc (no per-token objects).
    const outs: { v: string[]; p: string[]; l: string[]; spans: [number, number][]; from: number }[] = [];
    let max = 0;
    for (const [from, to] of chunks) {
      const wd = nlp.readDoc(from === 0 && to === text.length ? text : text.slice(from, to));
      const toks = wd.tokens();
      const v = toks.out(its.value) as string[];
      outs.push({
        v,
        p: toks.out(its.pos) as string[],
        l: toks.out(its.lemma as never) as unknown as string[],
        spans: wd.sentences().out(its.span) as unknown as [number, number][],
        from,
      });
      max += v.length;
    }
    const doc = new Doc(text, max);
    const spans: [number, number][] = [];
    let n = 0;
    let cursor = 0;
    let inQuote = false;
    for (const o of outs) {
      const { v, p, l } = o;
      const kept = new Int32Array(v.length + 1);
      if (o.from > cursor) cursor = o.from;
      for (let i = 0; i < v.length; i++) {
        kept[i] = n;
        const w = v[i]!;
        const c0 = w.charCodeAt(0);
        // Line breaks come back as tokens: drop them (sentence spans are remapped below).
        if (c0 <= 32 && WHITESPACE_RE.test(w)) continue;
        // Character offsets: the token's text is found at or after the cursor (wink keeps only space counts).
        let at = text.startsWith(w, cursor) ? cursor : text.indexOf(w, cursor);
        let end: number;
        if (at < 0 || at - cursor > 64) {
          at = cursor; // expansions such as "wo" for "won't": keep position
          end = cursor;
        } else end = at + w.length;
        doc.start[n] = at;
        doc.end[n] = end;
        cursor = end;
        const lower = w.toLowerCase();
        doc.lower[n] = lower;
        const lem = l[i];
        doc.lemma[n] = lem === undefined ? lower : lem === w ? lower : lem.toLowerCase();
        doc.pos[n] = posId(p[i]!);
        let f = 0;
        if (isUpper(c0, w)) {
          f |= FLAG_CAPITALIZED;
          if (w.length >= 2 && lower !== w && w.toUpperCase() === w && ALLCAPS_RE.test(w)) f |= FLAG_ALLCAPS;
        }
        if (
          c0 === 34 ||
          c0 === 0x201c ||
          c0 === 0x201d ||
          c0 === 0x201e ||
          ((c0 === 96 || c0 === 39) && QUOTES.has(w))
        ) {
          f |= FLAG_QUOTE;
          inQuote = c0 === 0x201c ? true : c0 === 0x201d ? false : !inQuote;
        } else if (inQuote) f |= FLAG_IN_QUOTE;
        doc.flags[n] = f;
        n++;
      }
      kept[v.length] = n;
      for (const [s, e] of o.spans) {
        const ks = kept[s]!;
        const ke = kept[e + 1]!;
        if (ke > ks) spans.push([ks, ke]);
      }
    }
    doc.setLength(n);
    fixSentences(doc, spans);
    return doc;
  }

  return { segment };
}

/** Cuts very long text into pieces wink can take in linear time, at paragraph, then space boundaries. */
function chunk(text: string): [number, number][] {
  if (text.length <= MAX_CHUNK) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_CHUNK);
    if (to < text.length) {
      // Searched within this chunk only: a scan back to the text's start would be quadratic.
      const half = from + MAX_CHUNK / 2;
      const para = text.slice(half, to).lastIndexOf('\n');
      const space = text.slice(from, to).lastIndexOf(' ');
      to = para >= 0 ? half + para : space > 0 ? from + space : to;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** Merges and re-cuts wink's sentences, then writes them into the doc. */
function fixSentences(doc: Doc, spans: [number, number][]): void {
  const merged: [number, number][] = [];
  for (const sp of spans) {
    const prev = merged[merged.length - 1];
    if (prev && shouldMerge(doc, prev[1], sp[0])) prev[1] = sp[1];
    else merged.push([sp[0], sp[1]]);
  }
  // A closing quote that wink put at the start of the next sentence belongs to the previous one.
  for (let k = 1; k < merged.length; k++) {
    const cur = merged[k]!;
    const prev = merged[k - 1]!;
    if (cur[1] - cur[0] > 1 && doc.is(cur[0], FLAG_QUOTE) && doc.start[cur[0]] === doc.end[cur[0] - 1]) {
      prev[1]++;
      cur[0]++;
    }
  }
  for (const [s0, e] of merged) {
    // Text with no sentence punctuation would make one huge "sentence" and superlinear clause work:
    // cut runs longer than MAX_SENTENCE_TOKENS, preferably after a comma, semicolon or line break.
    let s = s0;
    while (s < e) {
      let cut = e;
      if (e - s > MAX_SENTENCE_TOKENS) {
        cut = s + MAX_SENTENCE_TOKENS;
        for (let j = cut - 1; j > s + MAX_SENTENCE_TOKENS / 2; j--) {
          const w = doc.lower[j]!;
          if (w === ',' || w === ';' || w === ':') {
            cut = j + 1;
            break;
          }
        }
      }
      const k = doc.sentStart.length;
      doc.sentStart.push(s);
      doc.sentEnd.push(cut);
      for (let i = s; i < cut; i++) doc.sent[i] = k;
      s = cut;
    }
  }
}

/** A split is wrong when the next sentence starts lower-case on the same line (". . . . results", "U.S. officials"). */
function shouldMerge(doc: Doc, prevEnd: number, nextStart: number): boolean {
  if (nextStart >= doc.n || prevEnd <= 0) return false;
  const gap = doc.text.slice(doc.end[prevEnd - 1]!, doc.start[nextStart]!);
  if (gap.includes('\n')) return false;
  const first = doc.text.charAt(doc.start[nextStart]!);
  if (first >= 'a' && first <= 'z') return true;
  // A title abbreviation ("Maj. Gen. Doe", "Amb. Smith") does not end a sentence.
  if (ABBREVIATIONS.has(doc.lower[prevEnd - 1]!)) return true;
  // wink may give "Maj" and "." as two tokens.
  if (
    prevEnd >= 2 &&
    doc.lower[prevEnd - 1] === '.' &&
    doc.start[prevEnd - 1] === doc.end[prevEnd - 2] &&
    ABBREVIATIONS.has(`${doc.lower[prevEnd - 2]}.`) &&
    prevEnd - 2 >= 0 &&
    (prevEnd - 2 === 0 || doc.lower[prevEnd - 3] !== '.')
  )
    return true;
  // A sentence that ends in a run of dots (". . . .") continues in the next one.
  return onlyPunct(doc, prevEnd);
}

function onlyPunct(doc: Doc, end: number): boolean {
  // True when the previous sentence ends in a run of punctuation of 3+ tokens (". . . .").
  let k = 0;
  for (let i = end - 1; i >= 0 && doc.pos[i] === POS.PUNCT; i--) k++;
  return k >= 3;
}
