/**
 * Trains the confidence model from the train split of the hand-coded corpus (`npm run train:coder`).
 * Every event the coder proposes on a train story is an example, labelled by the shared scorer's rule
 * (does it match a gold event of that story?). A logistic regression over hashed features, trained by
 * SGD in a fixed order (deterministic: the same gold and coder give the same bytes); 5 folds by story give
 * held-out scores for Platt calibration and for the threshold best for F1. Only the train split is read.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Coder, createCoder } from '../core/coder.js';
import type { EventRecord } from '../core/records.js';
import { type ConfidenceHeader, eventFeatures, hashFeature, weightsToBase64 } from '../core/stages/confidence.js';
import { loadGoldSet } from './gold.js';
import { matches, score } from './score.js';
import type { EvalSet } from './sets.js';

export const BITS = 16;
const EPOCHS = 12;
const RATE = 0.05;
const L2 = 1e-4;
const FOLDS = 5;

interface Example {
  readonly story: number;
  readonly rec: EventRecord;
  readonly idx: Uint32Array;
  readonly y: number;
}

/** SHA-256 over the train split's gold files (name and bytes, sorted by name). */
export function goldHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.gold.json'))
    .sort()) {
    h.update(f);
    h.update(readFileSync(join(dir, f)));
  }
  return h.digest('hex');
}

function train(examples: readonly Example[], bits: number): { w: Float32Array; bias: number } {
  const w = new Float32Array(1 << bits);
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch * 0.5);
    for (const ex of examples) {
      let s = bias;
      for (const i of ex.idx) s += w[i]!;
      const p = 1 / (1 + Math.exp(-s));
      const g = ex.y - p;
      bias += rate * g;
      for (const i of ex.idx) w[i] = w[i]! + rate * (g - L2 * w[i]!);
    }
  }
  return { w, bias };
}

function rawScore(m: { w: Float32Array; bias: number }, ex: Example): number {
  let s = m.bias;
  for (const i of ex.idx) s += m.w[i]!;
  return s;
}

/** Platt scaling: a, b minimising log loss of sigmoid(a*s + b) on held-out scores. */
function platt(scores: readonly number[], ys: readonly number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 2000; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < scores.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * scores[i]! + b)));
      ga += (ys[i]! - p) * scores[i]!;
      gb += ys[i]! - p;
    }
    a += (0.5 * ga) / scores.length;
    b += (0.5 * gb) / scores.length;
  }
  return { a, b };
}

export interface TrainResult {
  readonly header: ConfidenceHeader;
  readonly examples: number;
  readonly positives: number;
  /** Held-out precision and recall at each threshold. */
  readonly curve: readonly { t: number; kept: number; precision: number; recall: number; f1: number }[];
}

/**
 * Trains the confidence model on the events the coder proposes on the train split. `coderFor` gives the
 * coder of each story (by index): `trainCoder` passes coders whose trigger model was trained without that
 * story's fold, so the examples look like unseen text; by default, the coder with the committed models.
 */
export function trainConfidence(
  goldDir: string,
  shared: string,
  coderFor?: (story: number) => Coder,
  preloaded?: EvalSet,
): TrainResult {
  const set = preloaded ?? loadGoldSet('train', goldDir, shared);
  const one = coderFor ? null : createCoder({ confidenceModel: null });
  const coder = (si: number) => (coderFor ? coderFor(si) : one!);
  const mask = (1 << BITS) - 1;
  const examples: Example[] = [];
  set.stories.forEach((st, si) => {
    const t = coder(si).traceStory(st);
    const gold = set.golds[si]!;
    let r = 0;
    for (const s of t.sentences) {
      for (const ev of s.events) {
        const rec = t.records[r++]!;
        const feats = eventFeatures(t.doc, ev, rec, s.events.length);
        const idx = Uint32Array.from(new Set(feats.map((f) => hashFeature(f) & mask)));
        examples.push({ story: si, rec, idx, y: gold.events.some((g) => matches(g, rec)) ? 1 : 0 });
      }
    }
  });
  // Held-out scores: each fold scored by a model trained on the other four (folds by story).
  const oof = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const m = train(
      examples.filter((e) => e.story % FOLDS !== k),
      BITS,
    );
    examples.forEach((e, i) => {
      if (e.story % FOLDS === k) oof[i] = rawScore(m, e);
    });
  }
  const cal = platt(
    oof,
    examples.map((e) => e.y),
  );
  const prob = oof.map((s) => 1 / (1 + Math.exp(-(cal.a * s + cal.b))));
  // The threshold best for F1 (the scorer's, on held-out probabilities), in steps of 0.01.
  let best = { t: 0, f1: -1, precision: 0, recall: 0 };
  const all = score(
    set.golds,
    examples.map((e) => e.rec),
  );
  const curve: { t: number; kept: number; precision: number; recall: number; f1: number }[] = [];
  for (let t = 0; t <= 0.9; t += 0.01) {
    const kept = examples.filter((_, i) => prob[i]! >= t).map((e) => e.rec);
    const sc = score(set.golds, kept);
    curve.push({
      t: Math.round(t * 100) / 100,
      kept: kept.length,
      precision: sc.precision,
      recall: sc.recall,
      f1: sc.f1,
    });
    if (sc.f1 > best.f1 + 1e-9)
      best = { t: Math.round(t * 100) / 100, f1: sc.f1, precision: sc.precision, recall: sc.recall };
  }
  // Two thresholds: the patterns' events keep the one best for F1 among themselves (as with no trigger
  // model); events of learned triggers get the threshold best for F1 overall among those that keep the
  // held-out precision at least the patterns' own. The learned stage adds recall, never at the cost of
  // precision.
  const learned = examples.map((e) => e.rec.rule.id.startsWith('learned.'));
  const keptAt = (tp: number, tl: number) =>
    score(
      set.golds,
      examples.filter((_, i) => prob[i]! >= (learned[i] ? tl : tp)).map((e) => e.rec),
    );
  const NONE = 1.01;
  let tp = best.t;
  let base = keptAt(tp, NONE);
  for (let t = 0; t <= 0.9; t += 0.01) {
    const sc = keptAt(t, NONE);
    if (sc.f1 > base.f1 + 1e-9) {
      tp = Math.round(t * 100) / 100;
      base = sc;
    }
  }
  let pair = { tp, tl: NONE, f1: base.f1, precision: base.precision, recall: base.recall };
  if (learned.some((x) => x))
    for (let t = 0; t <= 0.9; t += 0.02) {
      const tl = Math.round(t * 100) / 100;
      const sc = keptAt(tp, tl);
      if (sc.precision + 1e-9 >= base.precision && sc.f1 > pair.f1 + 1e-9)
        pair = { tp, tl, f1: sc.f1, precision: sc.precision, recall: sc.recall };
    }
  const final = train(examples, BITS);
  const header: ConfidenceHeader = {
    format: 'dyadic-confidence-1',
    bits: BITS,
    bias: final.bias,
    calibration: { a: round(cal.a), b: round(cal.b) },
    threshold: pair.tp,
    thresholdLearned: pair.tl,
    goldHash: goldHash(goldDir),
    coderVersion: coder(0).version,
    cv: {
      stories: set.stories.length,
      examples: examples.length,
      positives: examples.filter((e) => e.y).length,
      precision_all: all.precision,
      recall_all: all.recall,
      precision_at_threshold: pair.precision,
      recall_at_threshold: pair.recall,
      f1_at_threshold: pair.f1,
      f1_one_threshold: best.f1,
      precision_patterns: base.precision,
      recall_patterns: base.recall,
    },
    weights: weightsToBase64(final.w),
  };
  return { header, examples: examples.length, positives: header.cv.positives ?? 0, curve };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
