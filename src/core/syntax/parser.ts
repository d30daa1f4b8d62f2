/**
 * Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with labelled transitions, scored by an
 * averaged perceptron over Zhang & Nivre (2011) style features adapted to arc-hybrid (s1 is the
 * head a RIGHT arc attaches s0 to, so s1 and its right children get features of their own).
 *
 * Words are 1..n, 0 is ROOT at the stack bottom. Transitions: 0 = SHIFT, 1 = LEFT (s0 <- b0),
 * 2 = RIGHT (s1 -> s0). The label of an arc is a second decision over 2L classes (LEFT-l = l,
 * RIGHT-l = L + l) scored from the same features (the label weights sit in the same feature rows,
 * see FrozenModel), made only when an arc is built: this keeps ~100 label classes out of every
 * transition decision, which is most of the speed. RIGHT onto ROOT is allowed only once the
 * buffer is empty, so every parse has exactly one root word, labelled `root`.
 *
 * Training uses the dynamic oracle of Goldberg & Nivre (2013): the cost of a transition is the
 * number of gold arcs it makes unreachable (+1 for a wrong label on a correct head). It is exact
 * for projective trees and an approximation on non-projective ones, which are trained on as they
 * are (no projectivization, no skipping): the oracle then follows the cheapest transitions.
 */
import { type LexBuffer, mix } from './lex.js';
import type { PerceptronTrainer, Scorer } from './perceptron.js';

/** Scores labels from the features last given to the transition scorer. */
export interface LabelScorer {
  scoreLabels(feats: Uint32Array, n: number, scores: Float32Array): void;
}

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

import { N_TAGS } from './tagger.js';

const ROOT_T = N_TAGS;
const NONE_T = N_TAGS + 1;
const ROOT_W = 0x2545f491;
const NONE_W = 0x6c8e9cf5;
const SEEDS = Int32Array.from({ length: 128 }, (_, t) => Math.imul(t + 101, 0x9e3779b1));

function k1(t: number, a: number): number {
  return mix(SEEDS[t]!, a) || 1;
}
function k2(t: number, a: number, b: number): number {
  return mix(mix(SEEDS[t]!, a), b) || 1;
}
function k3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(SEEDS[t]!, a), b), c) || 1;
}
function k4(t: number, a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(mix(SEEDS[t]!, a), b), c), d) || 1;
}

function bucket(d: number): number {
  return d <= 4 ? d : d <= 7 ? 5 : d <= 10 ? 6 : 7;
}

export class Parser {
  readonly scorer: Scorer;
  readonly labeler: LabelScorer;
  readonly nLabels: number;
  readonly rootLabel: number;
  readonly feats = new Uint32Array(128);
  /** Feature count of the current configuration (after `features`). */
  nFeats = 0;
  readonly scores = new Float32Array(3);
  readonly labelScores: Float32Array;
  // Configuration (scratch, sized to the longest sentence seen).
  n = 0;
  b = 1;
  sp = 0;
  stack = new Int32Array(64);
  head = new Int32Array(64);
  label = new Uint8Array(64);
  lc1 = new Int32Array(64);
  lc2 = new Int32Array(64);
  rc1 = new Int32Array(64);
  rc2 = new Int32Array(64);
  nl = new Uint8Array(64);
  nr = new Uint8Array(64);
  lsl0 = new Uint32Array(64);
  lsl1 = new Uint32Array(64);
  lsr0 = new Uint32Array(64);
  lsr1 = new Uint32Array(64);
  inStack = new Uint8Array(64);
  pw = new Uint32Array(64);
  pt = new Uint8Array(64);

  constructor(scorer: Scorer, labeler: LabelScorer, nLabels: number, rootLabel: number) {
    if (nLabels > 64) throw new Error(`at most 64 dependency labels, got ${nLabels}`);
    this.scorer = scorer;
    this.labeler = labeler;
    this.nLabels = nLabels;
    this.rootLabel = rootLabel;
    this.labelScores = new Float32Array(2 * nLabels);
  }

  /** Starts a parse of the n words of `lex` with tags `tags[0..n)`. */
  init(lex: LexBuffer, tags: Uint8Array): void {
    const n = lex.n;
    this.n = n;
    if (this.head.length < n + 2) {
      let cap = this.head.length;
      while (cap < n + 2) cap *= 2;
      this.stack = new Int32Array(cap);
      this.head = new Int32Array(cap);
      this.label = new Uint8Array(cap);
      this.lc1 = new Int32Array(cap);
      this.lc2 = new Int32Array(cap);
      this.rc1 = new Int32Array(cap);
      this.rc2 = new Int32Array(cap);
      this.nl = new Uint8Array(cap);
      this.nr = new Uint8Array(cap);
      this.lsl0 = new Uint32Array(cap);
      this.lsl1 = new Uint32Array(cap);
      this.lsr0 = new Uint32Array(cap);
      this.lsr1 = new Uint32Array(cap);
      this.inStack = new Uint8Array(cap);
      this.pw = new Uint32Array(cap);
      this.pt = new Uint8Array(cap);
    }
    const m = n + 1;
    this.head.fill(-1, 0, m);
    this.label.fill(0, 0, m);
    this.lc1.fill(-1, 0, m);
    this.lc2.fill(-1, 0, m);
    this.rc1.fill(-1, 0, m);
    this.rc2.fill(-1, 0, m);
    this.nl.fill(0, 0, m);
    this.nr.fill(0, 0, m);
    this.lsl0.fill(0, 0, m);
    this.lsl1.fill(0, 0, m);
    this.lsr0.fill(0, 0, m);
    this.lsr1.fill(0, 0, m);
    this.inStack.fill(0, 0, m);
    this.pw[0] = ROOT_W;
    this.pt[0] = ROOT_T;
    for (let i = 1; i <= n; i++) {
      this.pw[i] = lex.w[i - 1]!;
      this.pt[i] = tags[i - 1]!;
    }
    this.stack[0] = 0;
    this.sp = 1;
    this.inStack[0] = 1;
    this.b = 1;
  }

  terminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  private w(x: number): number {
    return x < 0 ? NONE_W : this.pw[x]!;
  }
  private p(x: number): number {
    return x < 0 ? NONE_T : this.pt[x]!;
  }
  private l(x: number): number {
    return x < 0 ? 255 : this.label[x]!;
  }
  private lc(x: number): number {
    return x < 0 ? -1 : this.lc1[x]!;
  }
  private lc2of(x: number): number {
    return x < 0 ? -1 : this.lc2[x]!;
  }
  private rc(x: number): number {
    return x < 0 ? -1 : this.rc1[x]!;
  }
  private rc2of(x: number): number {
    return x < 0 ? -1 : this.rc2[x]!;
  }

  /** Writes the features of the current configuration to `feats`; returns their number. */
  features(): number {
    const f = this.feats;
    const sp = this.sp;
    const n = this.n;
    const s0 = sp >= 1 ? this.stack[sp - 1]! : -1;
    const s1 = sp >= 2 ? this.stack[sp - 2]! : -1;
    const s2 = sp >= 3 ? this.stack[sp - 3]! : -1;
    const n0 = this.b <= n ? this.b : -1;
    const n1 = this.b + 1 <= n ? this.b + 1 : -1;
    const n2 = this.b + 2 <= n ? this.b + 2 : -1;
    const s0w = this.w(s0);
    const s0p = this.p(s0);
    const s1w = this.w(s1);
    const s1p = this.p(s1);
    const s2w = this.w(s2);
    const s2p = this.p(s2);
    const n0w = this.w(n0);
    const n0p = this.p(n0);
    const n1w = this.w(n1);
    const n1p = this.p(n1);
    const n2w = this.w(n2);
    const n2p = this.p(n2);
    const s0l = this.lc(s0);
    const s0l2 = this.lc2of(s0);
    const s0r = this.rc(s0);
    const s0r2 = this.rc2of(s0);
    const n0l = this.lc(n0);
    const n0l2 = this.lc2of(n0);
    const s1r = this.rc(s1);
    const s1l = this.lc(s1);
    const s0lw = this.w(s0l);
    const s0lp = this.p(s0l);
    const s0ll = this.l(s0l);
    const s0l2w = this.w(s0l2);
    const s0l2p = this.p(s0l2);
    const s0l2l = this.l(s0l2);
    const s0rw = this.w(s0r);
    const s0rp = this.p(s0r);
    const s0rl = this.l(s0r);
    const s0r2w = this.w(s0r2);
    const s0r2p = this.p(s0r2);
    const s0r2l = this.l(s0r2);
    const n0lw = this.w(n0l);
    const n0lp = this.p(n0l);
    const n0ll = this.l(n0l);
    const n0l2w = this.w(n0l2);
    const n0l2p = this.p(n0l2);
    const n0l2l = this.l(n0l2);
    const s1rp = this.p(s1r);
    const s1rl = this.l(s1r);
    const s1lp = this.p(s1l);
    const d = s0 >= 0 && n0 >= 0 ? bucket(n0 - s0) : 0;
    const d1 = s0 > 0 && s1 > 0 ? bucket(s0 - s1) : 0;
    const s0vl = s0 >= 0 ? this.nl[s0]! : 255;
    const s0vr = s0 >= 0 ? this.nr[s0]! : 255;
    const n0vl = n0 >= 0 ? this.nl[n0]! : 255;
    const s1vr = s1 >= 0 ? this.nr[s1]! : 255;
    const s0sl = s0 >= 0 ? mix(this.lsl0[s0]!, this.lsl1[s0]!) : 7;
    const s0sr = s0 >= 0 ? mix(this.lsr0[s0]!, this.lsr1[s0]!) : 7;
    const n0sl = n0 >= 0 ? mix(this.lsl0[n0]!, this.lsl1[n0]!) : 7;
    let k = 0;
    // single words
    f[k++] = k2(1, s0w, s0p);
    f[k++] = k1(2, s0w);
    f[k++] = k1(3, s0p);
    f[k++] = k2(4, n0w, n0p);
    f[k++] = k1(5, n0w);
    f[k++] = k1(6, n0p);
    f[k++] = k2(7, n1w, n1p);
    f[k++] = k1(8, n1w);
    f[k++] = k1(9, n1p);
    f[k++] = k2(10, n2w, n2p);
    f[k++] = k1(11, n2w);
    f[k++] = k1(12, n2p);
    f[k++] = k2(39, s1w, s1p);
    f[k++] = k1(40, s1w);
    f[k++] = k1(41, s1p);
    f[k++] = k2(51, s2w, s2p);
    f[k++] = k1(52, s2p);
    // pairs
    f[k++] = k4(13, s0w, s0p, n0w, n0p);
    f[k++] = k3(14, s0w, s0p, n0w);
    f[k++] = k3(15, s0w, n0w, n0p);
    f[k++] = k3(16, s0w, s0p, n0p);
    f[k++] = k3(17, s0p, n0w, n0p);
    f[k++] = k2(18, s0w, n0w);
    f[k++] = k2(19, s0p, n0p);
    f[k++] = k2(20, n0p, n1p);
    f[k++] = k4(71, s1w, s1p, s0w, s0p);
    f[k++] = k2(72, s1w, s0w);
    f[k++] = k2(73, s1p, s0p);
    f[k++] = k3(74, s1p, s0w, s0p);
    f[k++] = k3(75, s1w, s1p, s0p);
    f[k++] = k3(76, s1w, s0w, s0p);
    f[k++] = k3(77, s1w, s1p, s0w);
    // triples
    f[k++] = k3(21, n0p, n1p, n2p);
    f[k++] = k3(22, s0p, n0p, n1p);
    f[k++] = k3(23, s1p, s0p, n0p);
    f[k++] = k3(24, s0p, s0lp, n0p);
    f[k++] = k3(25, s0p, s0rp, n0p);
    f[k++] = k3(26, s0p, n0p, n0lp);
    f[k++] = k3(53, s2p, s1p, s0p);
    f[k++] = k3(78, s1p, s0p, s1rp);
    f[k++] = k3(79, s1p, s0p, s0lp);
    f[k++] = k3(80, s1p, s0p, s0rp);
    f[k++] = k3(81, s1p, s1lp, s0p);
    f[k++] = k3(82, s0w, n0p, n1p);
    f[k++] = k3(83, s1p, s0w, n0p);
    f[k++] = k4(84, s1p, s0p, n0p, n1p);
    // distance
    f[k++] = k2(27, s0w, d);
    f[k++] = k2(28, s0p, d);
    f[k++] = k2(29, n0w, d);
    f[k++] = k2(30, n0p, d);
    f[k++] = k3(31, s0w, n0w, d);
    f[k++] = k3(32, s0p, n0p, d);
    f[k++] = k3(85, s1p, s0p, d1);
    f[k++] = k3(86, s1w, s0w, d1);
    // valency
    f[k++] = k2(33, s0w, s0vr);
    f[k++] = k2(34, s0p, s0vr);
    f[k++] = k2(35, s0w, s0vl);
    f[k++] = k2(36, s0p, s0vl);
    f[k++] = k2(37, n0w, n0vl);
    f[k++] = k2(38, n0p, n0vl);
    f[k++] = k3(87, s1p, s1vr, s0p);
    // children
    f[k++] = k1(42, s0lw);
    f[k++] = k1(43, s0lp);
    f[k++] = k1(44, s0ll);
    f[k++] = k1(45, s0rw);
    f[k++] = k1(46, s0rp);
    f[k++] = k1(47, s0rl);
    f[k++] = k1(48, n0lw);
    f[k++] = k1(49, n0lp);
    f[k++] = k1(50, n0ll);
    f[k++] = k1(54, s0l2w);
    f[k++] = k1(55, s0l2p);
    f[k++] = k1(56, s0l2l);
    f[k++] = k1(57, s0r2w);
    f[k++] = k1(58, s0r2p);
    f[k++] = k1(59, s0r2l);
    f[k++] = k1(60, n0l2w);
    f[k++] = k1(61, n0l2p);
    f[k++] = k1(62, n0l2l);
    f[k++] = k3(63, s0p, s0lp, s0l2p);
    f[k++] = k3(64, s0p, s0rp, s0r2p);
    f[k++] = k3(65, n0p, n0lp, n0l2p);
    f[k++] = k2(88, s1rp, s1rl);
    f[k++] = k3(89, s0p, s0ll, s0rl);
    f[k++] = k3(90, s0w, s0ll, s0rl);
    f[k++] = k3(91, n0p, n0ll, n0l2l);
    // label sets
    f[k++] = k2(66, s0w, s0sr);
    f[k++] = k2(67, s0p, s0sr);
    f[k++] = k2(68, s0w, s0sl);
    f[k++] = k2(69, s0p, s0sl);
    f[k++] = k2(70, n0w, n0sl);
    f[k++] = k2(92, n0p, n0sl);
    this.nFeats = k;
    return k;
  }

  canShift(): boolean {
    return this.b <= this.n;
  }
  canLeft(): boolean {
    return this.sp >= 2 && this.b <= this.n;
  }
  canRight(): boolean {
    return this.sp >= 2 && (this.stack[this.sp - 2] !== 0 || this.b > this.n);
  }

  /** The best-scoring valid transition (scores must be filled). */
  bestTransition(): number {
    const scores = this.scores;
    let best = -1;
    if (this.canShift()) best = SHIFT;
    if (this.canLeft() && (best < 0 || scores[LEFT]! > scores[best]!)) best = LEFT;
    if (this.canRight() && (best < 0 || scores[RIGHT]! > scores[best]!)) best = RIGHT;
    return best;
  }

  /** The head an arc transition would give s0. */
  arcHead(t: number): number {
    return t === LEFT ? this.b : this.stack[this.sp - 2]!;
  }

  /** Label scores for the arc transition t into labelScores; returns the best label (not root). */
  bestLabel(t: number, labeler: LabelScorer): number {
    if (t === RIGHT && this.stack[this.sp - 2] === 0) return this.rootLabel;
    const ls = this.labelScores;
    ls.fill(0);
    labeler.scoreLabels(this.feats, this.nFeats, ls);
    const base = t === LEFT ? 0 : this.nLabels;
    let best = -1;
    for (let l = 0; l < this.nLabels; l++) {
      if (l === this.rootLabel) continue;
      if (best < 0 || ls[base + l]! > ls[base + best]!) best = l;
    }
    return best;
  }

  private addArc(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    if (d < h) {
      this.nl[h]!++;
      if (l < 32) this.lsl0[h]! |= 1 << l;
      else this.lsl1[h]! |= 1 << (l - 32);
      const a = this.lc1[h]!;
      if (a < 0 || d < a) {
        this.lc2[h] = a;
        this.lc1[h] = d;
      } else {
        const b = this.lc2[h]!;
        if (b < 0 || d < b) this.lc2[h] = d;
      }
    } else {
      this.nr[h]!++;
      if (l < 32) this.lsr0[h]! |= 1 << l;
      else this.lsr1[h]! |= 1 << (l - 32);
      const a = this.rc1[h]!;
      if (a < 0 || d > a) {
        this.rc2[h] = a;
        this.rc1[h] = d;
      } else {
        const b = this.rc2[h]!;
        if (b < 0 || d > b) this.rc2[h] = d;
      }
    }
  }

  /** Applies transition t; `label` is the label of the arc (ignored for SHIFT). */
  apply(t: number, label: number): void {
    if (t === SHIFT) {
      const b = this.b++;
      this.stack[this.sp++] = b;
      this.inStack[b] = 1;
      return;
    }
    const d = this.stack[--this.sp]!;
    this.inStack[d] = 0;
    this.addArc(t === LEFT ? this.b : this.stack[this.sp - 1]!, d, label);
  }

  /** Parses the sentence; head[i] (0 = root, else 1-based word) and label of word i + 1 go to out[i]. */
  parse(lex: LexBuffer, tags: Uint8Array, outHead: Int32Array, outLabel: Uint8Array): void {
    this.init(lex, tags);
    const scores = this.scores;
    while (!this.terminal()) {
      const k = this.features();
      scores.fill(0);
      this.scorer.score(this.feats, k, scores);
      const t = this.bestTransition();
      this.apply(t, t === SHIFT ? 0 : this.bestLabel(t, this.labeler));
    }
    for (let i = 1; i <= this.n; i++) {
      outHead[i - 1] = this.head[i]!;
      outLabel[i - 1] = this.label[i]!;
    }
  }

  // --- training (dynamic oracle) ---

  /**
   * Costs of SHIFT, LEFT and RIGHT (unlabelled) against gold heads gh[1..n]; Infinity when not valid.
   * Written to `out[0..3)`.
   */
  costs(gh: Int32Array, out: Float64Array): void {
    const sp = this.sp;
    const b = this.b;
    const n = this.n;
    const s0 = this.stack[sp - 1]!;
    out[0] = Number.POSITIVE_INFINITY;
    out[1] = Number.POSITIVE_INFINITY;
    out[2] = Number.POSITIVE_INFINITY;
    let depsInBuffer = 0;
    if (sp >= 2) for (let k = b; k <= n; k++) if (gh[k] === s0) depsInBuffer++;
    if (this.canShift()) {
      const h = gh[b]!;
      let c = this.inStack[h] === 1 && h !== s0 ? 1 : 0;
      for (let j = 0; j < sp; j++) if (gh[this.stack[j]!] === b) c++;
      out[0] = c;
    }
    if (this.canLeft()) {
      const h = gh[s0]!;
      out[1] = depsInBuffer + (h === this.stack[sp - 2] || h > b ? 1 : 0);
    }
    if (this.canRight()) {
      out[2] = depsInBuffer + (gh[s0]! >= b ? 1 : 0);
    }
  }
}

export interface ParseExample {
  readonly lex: LexBuffer;
  /** Tags the parser sees (predicted, for robustness). */
  readonly tags: Uint8Array;
  /** Gold heads and labels, indexed by word (1..n); index 0 unused. */
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
}

/**
 * One training pass over a sentence with the dynamic oracle. When the predicted transition is not
 * among the cheapest ones, the transition perceptron moves towards the best-scoring cheapest one;
 * with probability `explore` the parser then follows its own (wrong) prediction, so it learns to
 * act well after its mistakes. Labels are trained on every arc whose head is right. Returns the
 * instance counter after the sentence.
 */
export function trainSentence(
  parser: Parser,
  trainer: PerceptronTrainer,
  labels: PerceptronTrainer,
  ex: ParseExample,
  t: number,
  explore: number,
  rand: () => number,
  costs: Float64Array,
  stats: { steps: number; errors: number; arcs: number; labelErrors: number },
): number {
  parser.init(ex.lex, ex.tags);
  const L = parser.nLabels;
  const scores = parser.scores;
  const gh = ex.heads;
  const gl = ex.labels;
  const labeler: LabelScorer = { scoreLabels: (f, n, s) => labels.score(f, n, s) };
  while (!parser.terminal()) {
    const k = parser.features();
    scores.fill(0);
    trainer.score(parser.feats, k, scores);
    parser.costs(gh, costs);
    const pred = parser.bestTransition();
    let minCost = Number.POSITIVE_INFINITY;
    let gold = -1;
    for (let c = 0; c < 3; c++) {
      const cost = costs[c]!;
      if (cost < minCost || (cost === minCost && cost < Number.POSITIVE_INFINITY && scores[c]! > scores[gold]!)) {
        minCost = cost;
        gold = c;
      }
    }
    stats.steps++;
    let next = pred;
    if (costs[pred]! > minCost) {
      stats.errors++;
      trainer.update(parser.feats, k, gold, 1, t);
      trainer.update(parser.feats, k, pred, -1, t);
      if (explore <= 0 || rand() >= explore) next = gold;
    }
    let label = 0;
    if (next !== SHIFT) {
      const d = parser.stack[parser.sp - 1]!;
      const h = parser.arcHead(next);
      label = parser.bestLabel(next, labeler);
      if (h !== 0 && gh[d] === h) {
        stats.arcs++;
        const g = gl[d]!;
        if (label !== g) {
          stats.labelErrors++;
          const base = next === LEFT ? 0 : L;
          labels.update(parser.feats, k, base + g, 1, t);
          labels.update(parser.feats, k, base + label, -1, t);
          if (explore <= 0 || rand() >= explore) label = g;
        }
      }
    }
    t++;
    parser.apply(next, label);
  }
  return t;
}
