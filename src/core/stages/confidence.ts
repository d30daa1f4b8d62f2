/**
 * Stage 6, confidence: a calibrated probability that a coded event is right, from a logistic model over
 * hashed features of how the event was found (the pattern that fired, its CAMEO code, how each actor was
 * found, the actors' kinds and sectors, mode, claims, where the sentence stands). Trained on the train
 * split of the hand-coded corpus (`npm run train:coder`), cross-validated by story, calibrated on the
 * held-out folds. The weights are a Float32Array loaded once; scoring allocates only the feature list.
 */
import type { Doc } from '../doc.js';
import { FLAG_IN_QUOTE } from '../doc.js';
import type { EventRecord } from '../records.js';
import type { CodedEvent } from './coding.js';

/** What the model file says of itself: header of `models/coder/confidence.json`. */
export interface ConfidenceHeader {
  readonly format: 'dyadic-confidence-1';
  /** log2 of the number of weight buckets. */
  readonly bits: number;
  readonly bias: number;
  /** Platt scaling of the raw score, fitted on held-out folds: p = 1 / (1 + exp(-(a * s + b))). */
  readonly calibration: { readonly a: number; readonly b: number };
  /** Events below this probability are dropped by default (the threshold best for F1 on held-out folds). */
  readonly threshold: number;
  /** The same for events of learned triggers (stage 4b), when the model has one of its own. */
  readonly thresholdLearned?: number;
  /** SHA-256 of the train split's gold files the model was trained on. */
  readonly goldHash: string;
  /** The coder (knowledge) version whose candidates it was trained on. */
  readonly coderVersion: string;
  /** Cross-validated figures on the train split, for the record. */
  readonly cv: Readonly<Record<string, number>>;
  /** Base64 of the little-endian Float32 weights. */
  readonly weights: string;
}

export interface ConfidenceModel {
  readonly header: ConfidenceHeader;
  readonly weights: Float32Array;
  /** Calibrated probability of the event. */
  score(features: readonly string[]): number;
  /** Raw linear score (before calibration). */
  raw(features: readonly string[]): number;
  /** Each feature's weight, strongest first (what decided the score, for `dyadic explain`). */
  contributions(features: readonly string[]): { readonly feature: string; readonly weight: number }[];
}

/** FNV-1a, 32 bits. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The little-endian Float32 weights of a model file (base64), checked to be 2^bits of them. */
export function weightsFromBase64(base64: string, bits: number, what: string): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (weights.length !== 1 << bits) throw new Error(`${what}: ${weights.length} weights, expected ${1 << bits}`);
  return weights;
}

/** Base64 of the weights' bytes, as `weightsFromBase64` reads them. */
export function weightsToBase64(w: Float32Array): string {
  return Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64');
}

export function modelFromHeader(header: ConfidenceHeader): ConfidenceModel {
  const weights = weightsFromBase64(header.weights, header.bits, 'confidence model');
  const mask = (1 << header.bits) - 1;
  const raw = (features: readonly string[]): number => {
    let s = header.bias;
    for (const f of features) s += weights[hashFeature(f) & mask]!;
    return s;
  };
  const { a, b } = header.calibration;
  return {
    header,
    weights,
    raw,
    score: (features) => 1 / (1 + Math.exp(-(a * raw(features) + b))),
    contributions: (features) =>
      features
        .map((feature) => ({ feature, weight: weights[hashFeature(feature) & mask]! }))
        .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight)),
  };
}

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
};

function kind(a: EventRecord['source']): string {
  if (!a) return 'none';
  if (a.name?.endsWith('(implied)')) return 'implied';
  if (a.country === 'IGO' || a.code.startsWith('IGO')) return 'igo';
  if (a.code.startsWith('NGO')) return 'ngo';
  return a.country ? 'state' : 'other';
}

/**
 * The features of one coded event. Each is a short string; the model sees them hashed. They describe how
 * the event was found, never the story's words beyond the anchor lemma, so the model generalises across
 * stories.
 */
export function eventFeatures(doc: Doc, ev: CodedEvent, rec: EventRecord, eventsInSentence: number): string[] {
  const root = rec.root;
  const m = ev.match;
  const anchor = doc.lemma[m.anchorStart] ?? '';
  const sh = ev.source?.how ?? (rec.source ? 'implied' : 'none');
  const th = ev.target?.how ?? (rec.target ? 'implied' : 'none');
  const sk = kind(rec.source);
  const tk = kind(rec.target);
  const same = rec.source?.country && rec.source.country === rec.target?.country ? 'same' : 'diff';
  const f = [
    `rule=${rec.rule.id}`,
    `code=${rec.cameo}`,
    `root=${root}`,
    `sh=${sh}`,
    `th=${th}`,
    `sh|root=${sh}|${root}`,
    `th|root=${th}|${root}`,
    `sh|th=${sh}|${th}`,
    `sk=${sk}`,
    `tk=${tk}`,
    `sk|tk=${sk}|${tk}`,
    `sk|root=${sk}|${root}`,
    `tk|root=${tk}|${root}`,
    `ss=${rec.source?.sector ?? '-'}`,
    `ts=${rec.target?.sector ?? '-'}`,
    `ss|root=${rec.source?.sector ?? '-'}|${root}`,
    `same=${same}`,
    `same|root=${same}|${root}`,
    `mode=${rec.mode}`,
    `mode|root=${rec.mode}|${root}`,
    `claim=${rec.claimed_by ? 'yes' : 'no'}`,
    `report=${rec.reported_by ? 'yes' : 'no'}`,
    `anchor=${anchor}`,
    `anchor|root=${anchor}|${root}`,
    `quote=${doc.is(m.anchorStart, FLAG_IN_QUOTE) ? 'yes' : 'no'}`,
    `sent=${bucket(rec.sentence_index, [0, 2, 5, 10])}`,
    `nev=${bucket(eventsInSentence, [1, 2, 3])}`,
    `len=${bucket(doc.sentEnd[ev.sentence]! - doc.sentStart[ev.sentence]!, [10, 20, 35, 50])}`,
    `sym=${ev.symmetric ? 'yes' : 'no'}`,
  ];
  if (m.p !== undefined)
    f.push(
      `learned=${bucket(m.p, [0.3, 0.4, 0.5, 0.7, 0.9])}`,
      `learned|root=${root}`,
      `learned|pos=${m.pattern.pos}`,
      `learned|pos|p=${m.pattern.pos}|${bucket(m.p, [0.3, 0.5, 0.7])}`,
    );
  if (ev.source && ev.source.start >= 0)
    f.push(`sdist=${bucket(Math.abs(ev.source.start - m.anchorStart), [1, 3, 6, 12])}`);
  if (ev.target && ev.target.start >= 0)
    f.push(`tdist=${bucket(Math.abs(ev.target.start - m.anchorStart), [1, 3, 6, 12])}`);
  return f;
}
