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
    for (let i = 0; i < j; i++) {
      off += m.rows[off]! + 1;
      off += m.rows[off]! + 1;
    }
    const na = m.rows[off]!;
    for (let e = off + 1; e <= off + na; e++) a[m.rows[e]! & 255]! += m.codebook[m.rows[e]! >>> 8]!;
    off += na + 1;
    const nb = m.rows[off]!;
    for (let e = off + 1; e <= off + nb; e++) b[m.rows[e]! & 255]! += m.codebookB[m.rows[e]! >>> 8]!;
  }
  return { a, b };
}

describe('FrozenModel', () => {
  it('scores transitions (inline table) and labels exactly', () => {
    const rand = rng(5);
    const L = 7;
    const ta = new PerceptronTrainer(3, 64);
    const tb = new PerceptronTrainer(2 * L, 64);
    const feats = new Uint32Array(16);
    let t = 1;
    for (let s = 0; s < 400; s++) {
      for (let f = 0; f < feats.length; f++) feats[f] = 1 + Math.floor(rand() * 300);
      ta.update(feats, feats.length, Math.floor(rand() * 3), rand() < 0.5 ? 1 : -1, t);
      tb.update(feats, feats.length, Math.floor(rand() * 2 * L), rand() < 0.5 ? 1 : -1, t);
      t++;
    }
    ta.compact();
    tb.compact();
    const m = FrozenModel.combine(ta.freeze(t, 1e-3), tb.freeze(t, 1e-3));
    for (let s = 0; s < 50; s++) {
      for (let f = 0; f < feats.length; f++) feats[f] = 1 + Math.floor(rand() * 400);
      const ref = reference(m, feats, feats.length, 3, 2 * L);
      const a = new Float32Array(3);
      m.score(feats, feats.length, a);
      expect(Array.from(a)).toEqual(Array.from(ref.a));
      const b = new Float32Array(2 * L);
      m.scoreLabels(feats, feats.length, b);
      expect(Array.from(b)).toEqual(Array.from(ref.b));
    }
  });
});
