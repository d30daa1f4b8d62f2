/**
 * FrozenModel scoring: the inline table used for the parser's 3 transition classes gives exactly
 * the float32 sums of walking every row entry, and the labels' part B is found from it.
 */
import { describe, expect, it } from 'vitest';
import { FrozenModel, PerceptronTrainer } from '../../src/core/syntax/perceptron.js';
import { rng } from '../../src/core/syntax/tagger.js';

function reference(m: FrozenModel, feats: Uint32Array, n: number, nA: number, nB: number) {
  const a = new Float32Array(nA);
  const b = new Float32Array(nB);
  for (let f = 0; f < n; f++) {
    const j = m.keys.indexOf(feats[f]!);
    if (j < 0) continue;
    let off = 0;
    for (let i = 0; i < j; i++) off += 1 + (m.rows[off]! & 255) + (m.rows[off]! >>> 8);
    const na = m.rows[off]! & 255;
    const nb = m.rows[off]! >>> 8;
    for (let e = off + 1; e <= off + na; e++) a[m.rows[e]! & 255]! += m.codebook[m.rows[e]! >>> 8]!;
    for (let e = off + 1 + na; e <= off + na + nb; e++) b[m.rows[e]! & 255]! += m.codebookB[m.rows[e]! >>> 8]!;
  }
  return { a, b };
}

function trained(nA: number, nB: number, seed: number) {
  const rand = rng(seed);
  const ta = new PerceptronTrainer(nA, 64);
  const tb = new PerceptronTrainer(nB, 64);
  const feats = new Uint32Array(16);
  let t = 1;
  for (let s = 0; s < 400; s++) {
    for (let f = 0; f < feats.length; f++) feats[f] = 1 + Math.floor(rand() * 300);
    ta.update(feats, feats.length, Math.floor(rand() * nA), rand() < 0.5 ? 1 : -1, t);
    // part B only on the first half of the features (as the parser's labels)
    tb.update(feats, 8, Math.floor(rand() * nB), rand() < 0.5 ? 1 : -1, t);
    t++;
  }
  ta.compact();
  tb.compact();
  return FrozenModel.combine(ta.freeze(t, 1e-3), tb.freeze(t, 1e-3));
}

function check(m: FrozenModel, nA: number, nB: number, seed: number) {
  const rand = rng(seed);
  const feats = new Uint32Array(16);
  for (let s = 0; s < 50; s++) {
    for (let f = 0; f < feats.length; f++) feats[f] = 1 + Math.floor(rand() * 400);
    const a = new Float32Array(nA);
    m.score(feats, feats.length, a);
    expect(Array.from(a)).toEqual(Array.from(reference(m, feats, feats.length, nA, nB).a));
    for (const n of [feats.length, 8]) {
      const b = new Float32Array(nB);
      m.scoreLabels(feats, n, b);
      expect(Array.from(b)).toEqual(Array.from(reference(m, feats, n, nA, nB).b));
    }
  }
}

describe('FrozenModel', () => {
  it('scores transitions (inline table) and labels exactly', () => {
    const L = 7;
    const m = trained(3, 2 * L, 5);
    expect(m.nEntries).toBeGreaterThan(1000);
    check(m, 3, 2 * L, 6);
  });

  it('scores both parts exactly with the hashed table (more than 3 classes)', () => {
    check(trained(5, 9, 7), 5, 9, 8);
  });

  it('pruning drops the weights near zero and keeps the rest scoring exactly', () => {
    const m = trained(3, 14, 9);
    const p = m.prune(40);
    expect(p.nEntries).toBeLessThan(m.nEntries);
    expect(p.nEntries).toBeGreaterThan(0);
    for (let off = 0; off < p.rows.length; ) {
      const hdr = p.rows[off]!;
      expect(hdr).toBeGreaterThan(0);
      for (let e = off + 1; e <= off + (hdr & 255) + (hdr >>> 8); e++) {
        expect(Math.abs((p.rows[e]! >>> 8) - 128)).toBeGreaterThanOrEqual(40);
      }
      off += 1 + (hdr & 255) + (hdr >>> 8);
    }
    check(p, 3, 14, 10);
  });
});
