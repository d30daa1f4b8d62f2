import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandsOf, hammingHex, NEAR_DUPLICATE_BITS, normaliseText, simhash, textHash } from '../../src/store/simhash.js';
import { FILLER } from './helpers.js';

describe('fingerprints', () => {
  it('hashes normalised text: case, spacing and compatibility forms do not matter', () => {
    expect(normaliseText('  Hello\n\tWORLD ﬁne ')).toBe('hello world fine');
    expect(textHash('Iran and the U.S.  met')).toBe(textHash('iran and THE u.s. met\n'));
    expect(textHash('Iran met')).not.toBe(textHash('Iraq met'));
  });

  it('keeps SimHash close for a lightly edited copy and far for another text', () => {
    const a = simhash(`USA meets IRN in Baghdad. ${FILLER}`);
    const b = simhash(
      `USA meets IRN in Baghdad. ${FILLER.replace('the capital', 'the capital city')} Reporting by staff.`,
    );
    const c = simhash(FILLER.split(' ').reverse().join(' '));
    if (!a || !b || !c) throw new Error('expected fingerprints');
    expect(hammingHex(a.hex, b.hex)).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    expect(hammingHex(a.hex, c.hex)).toBeGreaterThan(12);
    expect(bandsOf(a.hex)).toEqual(a.bands);
    expect(simhash('too short to fingerprint')).toBeNull();
    expect(hammingHex('ffffffffffffffff', '0000000000000000')).toBe(64);
  });
});

/** The plain definition (normalise, hash words, one ±1 vote per bit per shingle), to check the fast path against. */
function referenceSimhash(text: string): string | null {
  const norm = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const words = norm.match(/[\p{L}\p{N}\p{M}\uD800-\uDFFF]+/gu) ?? [];
  if (words.length < 30) return null;
  const wh = words.map((w) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return h >>> 0;
  });
  const fmix = (x: number) => {
    let h = x ^ (x >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;
  const acc = new Array<number>(64).fill(0);
  for (let i = 0; i + 2 < wh.length; i++) {
    const x = (Math.imul(wh[i]!, 0x9e3779b1) ^ rotl(wh[i + 1]!, 11) ^ rotl(wh[i + 2]!, 22)) >>> 0;
    const parts = [fmix(x ^ 0x5bd1e995), fmix(x + 0x27d4eb2f)];
    for (let b = 0; b < 64; b++) acc[b]! += (parts[b >> 5]! >>> (31 - (b & 31))) & 1 ? 1 : -1;
  }
  return acc.map((v) => (v > 0 ? '1' : '0')).join('');
}

const toBits = (hex: string) => [...hex].map((d) => Number.parseInt(d, 16).toString(2).padStart(4, '0')).join('');

describe('fast SimHash and normalisation equal their plain definitions', () => {
  const texts = [
    `USA meets IRN in Baghdad.\n\n${FILLER}`,
    `Ünïcödé Straße in ZÜRICH, the ﬁnal word — ${FILLER.toUpperCase()}\t\u00a0end`,
    Array.from({ length: 2000 }, (_, i) => `w${i % 97}`).join(' '),
  ];
  const corpus = join(import.meta.dirname, '../../../shared/corpus/wikinews/bench.jsonl');
  if (existsSync(corpus))
    for (const line of readFileSync(corpus, 'utf8').split('\n').slice(0, 150))
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
      else console.warn(`skipped the Wikinews part: ${corpus} not found`);

  it('on invented and Wikinews texts (ASCII and not)', () => {
    for (const t of texts) {
      const fast = simhash(t);
      expect(fast ? toBits(fast.hex) : null).toBe(referenceSimhash(t));
      expect(normaliseText(t)).toBe(t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
    }
  });
});
