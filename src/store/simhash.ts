/**
 * Story fingerprints: an exact hash of the normalised text (identity of a story lacking an id) and a
 * 64-bit SimHash of word 3-shingles (near-duplicate detection: the same article from two outlets).
 * SimHash is kept as 16 hex digits plus four 16-bit bands, and the store looks candidates up by band:
 * texts within 3 differing bits always share a band (pigeonhole); those within 4-6 bits usually do.
 * Unrelated texts differ in about 32 bits, so 6 is far from chance.
 */
import { createHash } from 'node:crypto';

/** Texts whose fingerprints differ in at most this many of 64 bits are near-duplicates. */
export const NEAR_DUPLICATE_BITS = 6;
/** Texts with fewer words than this are too short for SimHash; only exact text matches count. */
export const MIN_SIMHASH_WORDS = 30;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range
const ASCII = /^[\x00-\x7f]*$/;
/** Whitespace other than a single space: runs of two or more, and any lone tab, line break, etc. */
const ODD_SPACE = /\s\s+|[^\S ]/g;

/** Unicode-normalised, lower-cased, whitespace-collapsed text. */
export function normaliseText(text: string): string {
  // NFKC changes nothing in ASCII text: skip it there (most news text)
  return normaliseKnown(text, ASCII.test(text));
}

function normaliseKnown(text: string, ascii: boolean): string {
  // the same as replacing every /\s+/ by ' ', touching only what differs from a single space
  return (ascii ? text : text.normalize('NFKC')).toLowerCase().replace(ODD_SPACE, ' ').trim();
}

/** SHA-256 (hex) of the normalised text. */
export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

export interface SimHash {
  /** 16 hex digits. */
  readonly hex: string;
  /** Four 16-bit bands, most significant first. */
  readonly bands: readonly [number, number, number, number];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 unit: 0 unknown, 1 part of a word, 2 not. */
const CHAR_CLASS = new Uint8Array(65536);

/** ASCII letters (folded to lower case) and digits map to themselves, everything else to 0. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c >= 65 && c <= 90 ? c + 32 : 0,
);

function isWordUnit(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] !== 0;
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: keep the pair inside the word
  let k = CHAR_CLASS[c] as number;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    CHAR_CLASS[c] = k;
  }
  return k === 1;
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function rotl(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0;
}

/** The 64-bit SimHash of a text's word 3-shingles, or null when the text is too short to fingerprint. */
export function simhash(text: string): SimHash | null {
  return ASCII.test(text) ? ofWords(text) : ofWords(normaliseKnown(text, false));
}

/**
 * FNV-1a hashes of the words (runs of letters, digits and marks) of a normalised text. ASCII text
 * can be given as it is: its capitals are folded here, and spacing only separates words.
 */
function wordHashes(norm: string): Uint32Array {
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < norm.length; i++) {
    let c = norm.charCodeAt(i);
    if (c < 128) c = ASCII_WORD[c]!; // folded, or 0 for a separator
    if (c !== 0 && (c < 128 || isWordUnit(c))) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return Uint32Array.from(out);
}

/**
 * Each word 3-shingle's 64 bits vote +1/-1 per position; a bit of the SimHash is set where the ones
 * win. The ones are counted four positions per add: `lanes[k]` holds four 8-bit counters (bits k,
 * k+8, k+16, k+24 of a word), emptied into `totals` before a counter could pass 255.
 */
function ofWords(norm: string): SimHash | null {
  const wh = wordHashes(norm);
  if (wh.length < MIN_SIMHASH_WORDS) return null;
  const shingles = wh.length - 2;
  const lanes = new Uint32Array(16);
  const totals = new Float64Array(64);
  let pending = 0;
  for (let i = 0; i < shingles; i++) {
    // an ordered combination of the three word hashes, finalised twice with different salts
    const x = (Math.imul(wh[i]!, 0x9e3779b1) ^ rotl(wh[i + 1]!, 11) ^ rotl(wh[i + 2]!, 22)) >>> 0;
    const hi = fmix32(x ^ 0x5bd1e995);
    const lo = fmix32(x + 0x27d4eb2f);
    for (let k = 0; k < 8; k++) {
      lanes[k] = lanes[k]! + ((hi >>> k) & 0x01010101);
      lanes[8 + k] = lanes[8 + k]! + ((lo >>> k) & 0x01010101);
    }
    if (++pending === 255) {
      drain(lanes, totals);
      pending = 0;
    }
  }
  drain(lanes, totals);
  let hi = 0;
  let lo = 0;
  for (let p = 0; p < 32; p++) {
    if (2 * totals[p]! > shingles) hi |= 1 << p;
    if (2 * totals[32 + p]! > shingles) lo |= 1 << p;
  }
  hi >>>= 0;
  lo >>>= 0;
  const hex = hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
  return { hex, bands: [hi >>> 16, hi & 0xffff, lo >>> 16, lo & 0xffff] };
}

/** Adds the 8-bit lane counters into the per-bit totals (bit p of hi at p, of lo at 32 + p) and clears them. */
function drain(lanes: Uint32Array, totals: Float64Array): void {
  for (let k = 0; k < 16; k++) {
    const v = lanes[k]!;
    const base = (k < 8 ? 0 : 32) + (k & 7);
    totals[base] = totals[base]! + (v & 255);
    totals[base + 8] = totals[base + 8]! + ((v >>> 8) & 255);
    totals[base + 16] = totals[base + 16]! + ((v >>> 16) & 255);
    totals[base + 24] = totals[base + 24]! + (v >>> 24);
    lanes[k] = 0;
  }
}

/** Both fingerprints of a text, normalising it once. */
export function fingerprints(text: string): { textHash: string; simhash: string | null } {
  const ascii = ASCII.test(text);
  const norm = normaliseKnown(text, ascii);
  return {
    textHash: createHash('sha256').update(norm).digest('hex'),
    simhash: ofWords(ascii ? text : norm)?.hex ?? null,
  };
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** A 16-hex-digit fingerprint as two 32-bit words, for repeated comparisons. */
export function simhashWords(hex: string): readonly [number, number] {
  return [Number.parseInt(hex.slice(0, 8), 16), Number.parseInt(hex.slice(8, 16), 16)];
}

/** Number of differing bits between two fingerprints given as words. */
export function hammingWords(a: readonly [number, number], b: readonly [number, number]): number {
  return popcount32((a[0] ^ b[0]) >>> 0) + popcount32((a[1] ^ b[1]) >>> 0);
}

/** Number of differing bits between two 16-hex-digit fingerprints. */
export function hammingHex(a: string, b: string): number {
  return hammingWords(simhashWords(a), simhashWords(b));
}

/** Splits a 16-hex-digit fingerprint into its four 16-bit bands. */
export function bandsOf(hex: string): [number, number, number, number] {
  return [0, 4, 8, 12].map((i) => Number.parseInt(hex.slice(i, i + 4), 16)) as [number, number, number, number];
}
