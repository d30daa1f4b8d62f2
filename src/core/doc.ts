/**
 * `Doc`: the only owner of a story's token data, as parallel columns (struct of arrays). Token `i`
 * is `[start[i], end[i])` in the story text (UTF-16 offsets). Sentences are half-open token ranges.
 * Stages read columns by index; no per-token objects are made on the hot path.
 */

/** Coarse part-of-speech classes (Universal POS), as small integers. */
export const POS = {
  X: 0,
  ADJ: 1,
  ADP: 2,
  ADV: 3,
  AUX: 4,
  CCONJ: 5,
  DET: 6,
  INTJ: 7,
  NOUN: 8,
  NUM: 9,
  PART: 10,
  PRON: 11,
  PROPN: 12,
  PUNCT: 13,
  SCONJ: 14,
  SYM: 15,
  VERB: 16,
  SPACE: 17,
} as const;
export type PosId = (typeof POS)[keyof typeof POS];

export const POS_NAMES: readonly string[] = Object.keys(POS);

export function posId(tag: string): PosId {
  return (POS as Record<string, PosId>)[tag] ?? POS.X;
}

/** Token flag bits. */
export const FLAG_CAPITALIZED = 1; // first character is an upper-case letter
export const FLAG_ALLCAPS = 2; // two or more letters, all upper-case
export const FLAG_QUOTE = 4; // a quotation mark
export const FLAG_IN_QUOTE = 8; // inside a quotation

export class Doc {
  readonly text: string;
  /** Number of tokens (may be less than the column capacity). */
  n: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Lower-case surface form. */
  readonly lower: string[];
  /** Lower-case lemma. */
  readonly lemma: string[];
  readonly pos: Uint8Array;
  readonly flags: Uint8Array;
  /** Sentence of each token. */
  readonly sent: Int32Array;
  /** Sentence boundaries: sentence k is tokens [sentStart[k], sentEnd[k]). */
  readonly sentStart: number[];
  readonly sentEnd: number[];

  constructor(text: string, n: number) {
    this.text = text;
    this.n = n;
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.lower = new Array<string>(n);
    this.lemma = new Array<string>(n);
    this.pos = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.sent = new Int32Array(n);
    this.sentStart = [];
    this.sentEnd = [];
  }

  /** Sets the token count after filling (columns keep their capacity). */
  setLength(n: number): void {
    this.n = n;
  }

  get sentenceCount(): number {
    return this.sentStart.length;
  }

  /** The original text of tokens [from, to). */
  spanText(from: number, to: number): string {
    if (to <= from) return '';
    return this.text.slice(this.start[from]!, this.end[to - 1]!);
  }

  /**
   * A headline or section heading: a line of its own without closing punctuation. Telegraphic
   * headline grammar ("U.S.-Iran Talks Make Progress") is not coded; the story body says it again.
   */
  isHeading(k: number): boolean {
    const s = this.sentStart[k]!;
    const e = this.sentEnd[k]!;
    if (e - s > 25) return false;
    const from = this.start[s]!;
    const to = this.end[e - 1]!;
    // Only the few characters before the sentence are looked at (a scan back to the previous newline
    // would make coding quadratic on text without line breaks).
    const lead = this.text.slice(Math.max(0, from - 3), from);
    const nl = lead.lastIndexOf('\n');
    const before = from === 0 || (nl >= 0 && /^\s*$/.test(lead.slice(nl + 1)));
    const after = to >= this.text.length || /^[ \t]*(\n|$)/.test(this.text.slice(to, to + 3));
    return before && after && !/[.!?"'\u201d\u2019)]$/.test(this.text.slice(from, to));
  }

  sentenceText(k: number): string {
    return this.spanText(this.sentStart[k]!, this.sentEnd[k]!);
  }

  is(i: number, flag: number): boolean {
    return (this.flags[i]! & flag) !== 0;
  }
}
