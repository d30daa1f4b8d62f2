/**
 * Lexical encoding shared by the tagger and the parser: each token becomes a few 32-bit hashes
 * (lower-case form, raw form, affixes, shape) computed straight from a character range of a string,
 * so no per-token strings are made on the hot path. Digits hash as '0' and curly quotes and dashes as
 * their ASCII forms, so "1990"/"2007" and “/" share features whatever the tokenizer emits.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** murmur3 finalizer: spreads the bits of a 32-bit value. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds a value into a running feature hash. */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** Normalized character: digits to '0', typographic quotes and dashes to ASCII. */
function norm(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (c < 128) return c;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return 34;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x2032) return 39;
  if (c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2212) return 45;
  return c;
}

const lowerCache = new Map<number, number>();
function lowerChar(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    lowerCache.set(c, l);
  }
  return l;
}

function isUpperChar(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return lowerChar(c) !== c;
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return lowerChar(c) !== c || String.fromCharCode(c).toUpperCase().charCodeAt(0) !== c;
}

/** Hash of the normalized lower-case characters [from, to) of s, seeded by `seed`. */
export function hashLower(s: string, from: number, to: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lowerChar(norm(s.charCodeAt(i))), FNV_PRIME);
  return fmix(h);
}

/** Hash of a whole string, case kept (for vocabulary-like keys built at training time). */
export function hashRaw(s: string, from: number, to: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ norm(s.charCodeAt(i)), FNV_PRIME);
  return fmix(h);
}

export const FLAG_CAP = 1;
export const FLAG_ALLCAP = 2;
export const FLAG_DIGIT = 4;
export const FLAG_HYPHEN = 8;
export const FLAG_NOALPHA = 16;
export const FLAG_FIRST = 32;
export const FLAG_PERIOD = 64;

/**
 * Per-sentence token columns (scratch, grown on demand). Index i is the i-th token (0-based);
 * the parser reads `w` and the tagger all of them.
 */
export class LexBuffer {
  n = 0;
  w = new Uint32Array(64); // lower-case normalized form
  r = new Uint32Array(64); // raw form (case kept)
  p1 = new Uint32Array(64);
  p2 = new Uint32Array(64);
  p3 = new Uint32Array(64);
  s1 = new Uint32Array(64);
  s2 = new Uint32Array(64);
  s3 = new Uint32Array(64);
  s4 = new Uint32Array(64);
  shape = new Uint32Array(64);
  flags = new Uint32Array(64);

  reset(n: number): void {
    this.n = n;
    if (n <= this.w.length) return;
    let cap = this.w.length;
    while (cap < n) cap *= 2;
    this.w = new Uint32Array(cap);
    this.r = new Uint32Array(cap);
    this.p1 = new Uint32Array(cap);
    this.p2 = new Uint32Array(cap);
    this.p3 = new Uint32Array(cap);
    this.s1 = new Uint32Array(cap);
    this.s2 = new Uint32Array(cap);
    this.s3 = new Uint32Array(cap);
    this.s4 = new Uint32Array(cap);
    this.shape = new Uint32Array(cap);
    this.flags = new Uint32Array(cap);
  }

  /** Encodes token i from the characters [from, to) of s. */
  set(i: number, s: string, from: number, to: number): void {
    const len = to - from;
    this.w[i] = hashLower(s, from, to, 0);
    this.r[i] = hashRaw(s, from, to, 1);
    this.p1[i] = hashLower(s, from, Math.min(to, from + 1), 2);
    this.p2[i] = hashLower(s, from, Math.min(to, from + 2), 3);
    this.p3[i] = hashLower(s, from, Math.min(to, from + 3), 4);
    this.s1[i] = hashLower(s, Math.max(from, to - 1), to, 5);
    this.s2[i] = hashLower(s, Math.max(from, to - 2), to, 6);
    this.s3[i] = hashLower(s, Math.max(from, to - 3), to, 7);
    this.s4[i] = hashLower(s, Math.max(from, to - 4), to, 8);
    // Shape: X/x/d per character class, runs of one class cut to two ("Xxx", "dd.dd", "XX").
    let h = FNV_OFFSET;
    let last = -1;
    let run = 0;
    let f = 0;
    let letters = 0;
    let uppers = 0;
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      let cls: number;
      if (c >= 48 && c <= 57) {
        cls = 100;
        f |= FLAG_DIGIT;
      } else if (isLetter(c)) {
        letters++;
        if (isUpperChar(c)) {
          cls = 88;
          uppers++;
        } else cls = 120;
      } else {
        cls = norm(c);
        if (cls === 45) f |= FLAG_HYPHEN;
        if (cls === 46) f |= FLAG_PERIOD;
      }
      if (cls === last) {
        run++;
        if (run >= 2) continue;
      } else run = 0;
      last = cls;
      h = Math.imul(h ^ cls, FNV_PRIME);
    }
    this.shape[i] = fmix(h ^ 9);
    if (len > 0 && isUpperChar(s.charCodeAt(from))) f |= FLAG_CAP;
    if (uppers >= 2 && uppers === letters) f |= FLAG_ALLCAP;
    if (letters === 0 && (f & FLAG_DIGIT) === 0) f |= FLAG_NOALPHA;
    if (i === 0) f |= FLAG_FIRST;
    this.flags[i] = f;
  }
}
