/**
 * Universal POS tagger: greedy left to right, averaged perceptron (Collins 2002) over hashed
 * features of the word, its affixes, shape and neighbours and the two previous predicted tags.
 * Frequent unambiguous words are tagged from a dictionary without scoring; every word's
 * "ambiguity class" (the set of tags it took in training) is a feature for it and its right
 * neighbours, which gives the greedy tagger some lookahead.
 */
import { type LexBuffer, mix } from './lex.js';
import { FrozenModel, PerceptronTrainer, type Scorer } from './perceptron.js';

export const UPOS_NAMES: readonly string[] = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
];
const UPOS_IDS = new Map(UPOS_NAMES.map((t, i) => [t, i]));
export function uposId(tag: string): number {
  return UPOS_IDS.get(tag) ?? UPOS_IDS.get('X')!;
}
export const N_TAGS = UPOS_NAMES.length;
const START1 = N_TAGS;
const START2 = N_TAGS + 1;
const OUT = 0x9e3779b9; // word hash outside the sentence
const SEEDS = Int32Array.from({ length: 64 }, (_, t) => Math.imul(t + 1, 0x9e3779b1));
function th(t: number): number {
  return SEEDS[t]!;
}

export interface TaggerLexicon {
  /** Raw-form hash -> tag, for frequent words that always take one tag. */
  readonly dict: Map<number, number>;
  /** Lower-form hash -> bit set of tags seen (1 << tag). */
  readonly amb: Map<number, number>;
}

export class Tagger {
  readonly scorer: Scorer;
  readonly lexicon: TaggerLexicon;
  readonly feats = new Uint32Array(48);
  readonly scores = new Float32Array(N_TAGS);
  private ambBuf = new Uint32Array(64);

  constructor(scorer: Scorer, lexicon: TaggerLexicon) {
    this.scorer = scorer;
    this.lexicon = lexicon;
  }

  /** Fills ambiguity classes for the sentence (call before `features`). */
  prepare(lex: LexBuffer): void {
    if (this.ambBuf.length < lex.n + 2) this.ambBuf = new Uint32Array(lex.n * 2 + 2);
    const amb = this.lexicon.amb;
    for (let i = 0; i < lex.n; i++) this.ambBuf[i] = amb.get(lex.w[i]!) ?? 1 << 30;
    this.ambBuf[lex.n] = 1 << 29;
    this.ambBuf[lex.n + 1] = 1 << 29;
  }

  /** Features of token i given the previous two tags; returns how many were written to `feats`. */
  features(lex: LexBuffer, i: number, t1: number, t2: number): number {
    const f = this.feats;
    const n = lex.n;
    const w = lex.w;
    const amb = this.ambBuf;
    const wi = w[i]!;
    const wm1 = i > 0 ? w[i - 1]! : OUT;
    const wm2 = i > 1 ? w[i - 2]! : OUT + 1;
    const wp1 = i + 1 < n ? w[i + 1]! : OUT + 2;
    const wp2 = i + 2 < n ? w[i + 2]! : OUT + 3;
    const a0 = amb[i]!;
    const a1 = amb[i + 1]!;
    const a2 = amb[i + 2]!;
    let k = 0;
    const h = th;
    f[k++] = h(0);
    f[k++] = mix(h(1), wi);
    f[k++] = mix(h(2), lex.r[i]!);
    f[k++] = mix(h(3), lex.s1[i]!);
    f[k++] = mix(h(4), lex.s2[i]!);
    f[k++] = mix(h(5), lex.s3[i]!);
    f[k++] = mix(h(6), lex.s4[i]!);
    f[k++] = mix(h(7), lex.p1[i]!);
    f[k++] = mix(h(8), lex.p2[i]!);
    f[k++] = mix(h(9), lex.p3[i]!);
    f[k++] = mix(h(10), lex.shape[i]!);
    f[k++] = mix(h(11), lex.flags[i]!);
    f[k++] = mix(h(12), t1);
    f[k++] = mix(h(13), t2);
    f[k++] = mix(mix(h(14), t1), t2);
    f[k++] = mix(mix(h(15), t1), wi);
    f[k++] = mix(h(16), wm1);
    f[k++] = mix(h(17), wm2);
    f[k++] = mix(h(18), wp1);
    f[k++] = mix(h(19), wp2);
    f[k++] = mix(h(20), i > 0 ? lex.s3[i - 1]! : OUT);
    f[k++] = mix(h(21), i + 1 < n ? lex.s3[i + 1]! : OUT);
    f[k++] = mix(mix(h(22), wm1), wi);
    f[k++] = mix(mix(h(23), wi), wp1);
    f[k++] = mix(h(24), a0);
    f[k++] = mix(h(25), a1);
    f[k++] = mix(h(26), a2);
    f[k++] = mix(mix(h(27), t1), a0);
    f[k++] = mix(h(28), i + 1 < n ? lex.shape[i + 1]! : OUT);
    f[k++] = mix(h(29), i > 0 ? lex.shape[i - 1]! : OUT);
    f[k++] = mix(mix(h(30), a0), a1);
    f[k++] = mix(mix(h(31), t1), lex.s3[i]!);
    f[k++] = mix(mix(h(32), lex.flags[i]!), t1);
    f[k++] = mix(mix(mix(h(33), t1), a0), a1);
    f[k++] = mix(mix(h(34), wm1), t1);
    f[k++] = mix(mix(h(35), a0), wp1);
    f[k++] = mix(mix(h(36), t1), wp1);
    f[k++] = mix(mix(mix(h(37), wm1), wi), wp1);
    f[k++] = mix(mix(h(38), wi), wp2);
    f[k++] = mix(mix(h(39), a1), a2);
    f[k++] = mix(mix(h(40), i + 1 < n ? lex.s3[i + 1]! : OUT), lex.s3[i]!);
    f[k++] = mix(mix(mix(h(41), t1), a0), wp1);
    for (let j = 0; j < k; j++) f[j] = f[j]! || 1;
    return k;
  }

  /** Tags the sentence in `lex` into out[0..n). */
  tag(lex: LexBuffer, out: Uint8Array): void {
    this.prepare(lex);
    const dict = this.lexicon.dict;
    const scores = this.scores;
    let t1 = START1;
    let t2 = START2;
    for (let i = 0; i < lex.n; i++) {
      let best = dict.get(lex.r[i]!) ?? -1;
      if (best < 0) {
        const k = this.features(lex, i, t1, t2);
        scores.fill(0);
        this.scorer.score(this.feats, k, scores);
        best = 0;
        for (let c = 1; c < N_TAGS; c++) if (scores[c]! > scores[best]!) best = c;
      }
      out[i] = best;
      t2 = t1;
      t1 = best;
    }
  }
}

export interface TaggedSentence {
  readonly lex: LexSnapshot;
  readonly tags: Uint8Array;
}

/** A sentence's lexical columns, copied out of a LexBuffer (training keeps these). */
export type LexSnapshot = LexBuffer;

/** Builds the tag dictionary and ambiguity classes from training sentences. */
export function buildLexicon(sents: readonly TaggedSentence[]): TaggerLexicon {
  const raw = new Map<number, Uint32Array>();
  const low = new Map<number, Uint32Array>();
  const count = (m: Map<number, Uint32Array>, k: number, t: number) => {
    let c = m.get(k);
    if (!c) {
      c = new Uint32Array(N_TAGS);
      m.set(k, c);
    }
    c[t]!++;
  };
  for (const s of sents) {
    for (let i = 0; i < s.lex.n; i++) {
      count(raw, s.lex.r[i]!, s.tags[i]!);
      count(low, s.lex.w[i]!, s.tags[i]!);
    }
  }
  const dict = new Map<number, number>();
  for (const [k, c] of [...raw].sort((a, b) => a[0] - b[0])) {
    let total = 0;
    let best = 0;
    for (let t = 0; t < N_TAGS; t++) {
      total += c[t]!;
      if (c[t]! > c[best]!) best = t;
    }
    if (total >= 20 && c[best]! / total >= 0.995) dict.set(k, best);
  }
  const amb = new Map<number, number>();
  for (const [k, c] of [...low].sort((a, b) => a[0] - b[0])) {
    let total = 0;
    for (let t = 0; t < N_TAGS; t++) total += c[t]!;
    if (total < 3) continue;
    let mask = 0;
    for (let t = 0; t < N_TAGS; t++) if (c[t]! / total >= 0.05) mask |= 1 << t;
    amb.set(k, mask);
  }
  return { dict, amb };
}

/** Seeded PRNG (mulberry32): training shuffles and exploration are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(a: T[], rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const x = a[i]!;
    a[i] = a[j]!;
    a[j] = x;
  }
}

export interface TaggerTraining {
  readonly epochs: number;
  readonly seed: number;
  readonly keepRatio: number;
  /** Called after each epoch with the frozen model; returns a dev score (higher is better) or null. */
  readonly evaluate?: (tagger: Tagger, epoch: number) => number | null;
  readonly log?: (msg: string) => void;
}

/** Trains a tagger; with `evaluate`, returns the epoch with the best dev score. */
export function trainTagger(
  train: readonly TaggedSentence[],
  opts: TaggerTraining,
): { tagger: Tagger; model: FrozenModel; epoch: number } {
  const lexicon = buildLexicon(train);
  const trainer = new PerceptronTrainer(N_TAGS, 1 << 21);
  const tagger = new Tagger(trainer, lexicon);
  const order = train.map((_, i) => i);
  const rand = rng(opts.seed);
  let t = 1;
  let best: { tagger: Tagger; model: FrozenModel; epoch: number; score: number } | null = null;
  const scores = tagger.scores;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rand);
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const s = train[si]!;
      const lex = s.lex;
      tagger.prepare(lex);
      let t1 = START1;
      let t2 = START2;
      for (let i = 0; i < lex.n; i++) {
        const gold = s.tags[i]!;
        let guess = lexicon.dict.get(lex.r[i]!) ?? -1;
        if (guess < 0) {
          const k = tagger.features(lex, i, t1, t2);
          scores.fill(0);
          trainer.score(tagger.feats, k, scores);
          guess = 0;
          for (let c = 1; c < N_TAGS; c++) if (scores[c]! > scores[guess]!) guess = c;
          if (guess !== gold) {
            trainer.update(tagger.feats, k, gold, 1, t);
            trainer.update(tagger.feats, k, guess, -1, t);
          }
          t++;
        }
        if (guess === gold) correct++;
        total++;
        t2 = t1;
        t1 = guess;
      }
    }
    trainer.compact();
    const model = FrozenModel.combine(trainer.freeze(t, opts.keepRatio), null);
    const frozen = new Tagger(model, lexicon);
    const score = opts.evaluate ? opts.evaluate(frozen, epoch) : null;
    opts.log?.(
      `tagger epoch ${epoch}: train acc ${((100 * correct) / total).toFixed(2)}${score === null ? '' : `, dev ${score.toFixed(2)}`}, ${model.nFeatures} features`,
    );
    if (score === null || !best || score > best.score) best = { tagger: frozen, model, epoch, score: score ?? 0 };
  }
  return { tagger: best!.tagger, model: best!.model, epoch: best!.epoch };
}
