/**
 * Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with labelled transitions, scored by an
 * averaged perceptron over Zhang & Nivre (2011) style features adapted to arc-hybrid (s1 is the
 * head a RIGHT arc attaches s0 to, so s1 and its right children get features of their own).
 *
 * Words are 1..n, 0 is ROOT at the stack bottom. Transitions: 0 = SHIFT, 1 = LEFT (s0 <- b0),
 * 2 = RIGHT (s1 -> s0). Arcs are labelled jointly with the choice of transition: the score of
 * LEFT-l (RIGHT-l) is the score of LEFT (RIGHT) plus the score of label class l (L + l), so the
 * labels take part in every arc decision. Transition weights use all feature templates; label
 * weights only the first LABEL_FEATS of them (see `features`), which sit in the same feature rows
 * (see FrozenModel) and cost no second lookup. Configurations with one valid transition have no
 * transition scored (a reduction once the buffer is empty still has its label scored). RIGHT onto
 * ROOT is allowed only once the buffer is empty, so every parse has exactly one root word,
 * labelled `root`.
 *
 * Training uses the dynamic oracle of Goldberg & Nivre (2013): the cost of a transition is the
 * number of gold arcs it makes unreachable, +1 for a wrong label on a correct head (labelled
 * transitions: the cheapest labelled transition is the update's target). It is exact
 * for projective trees and an approximation on non-projective ones, which are trained on as they
 * are (no projectivization, no skipping): the oracle then follows the cheapest transitions.
 */
import { type LexBuffer, mix } from './lex.js';
import type { PerceptronTrainer, Scorer } from './perceptron.js';

/** Scores labels from the first n features last given to the transition scorer. */
export interface LabelScorer {
  scoreLabels(feats: Uint32Array, n: number, scores: Float32Array): void;
}

/** How many of the feature templates (the first ones) also score the labels. */
export const LABEL_FEATS = 68;

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

import { N_TAGS, UPOS_NAMES } from './tagger.js';

const ROOT_T = N_TAGS;
const PUNCT_T = UPOS_NAMES.indexOf('PUNCT');
const VERB_T = UPOS_NAMES.indexOf('VERB');
const AUX_T = UPOS_NAMES.indexOf('AUX');
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
  /** After `decide`: the labelled scores of SHIFT, LEFT and RIGHT (best label each), and those labels. */
  readonly joint = new Float32Array(3);
  readonly bestLab = new Uint8Array(3);
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
  /** Running counts of punctuation and of verbs (VERB, AUX) over words 1..i. */
  cp = new Uint16Array(64);
  cv = new Uint16Array(64);

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
      this.cp = new Uint16Array(cap);
      this.cv = new Uint16Array(cap);
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
    this.cp[0] = 0;
    this.cv[0] = 0;
    for (let i = 1; i <= n; i++) {
      const t = tags[i - 1]!;
      this.pw[i] = lex.w[i - 1]!;
      this.pt[i] = t;
      this.cp[i] = this.cp[i - 1]! + (t === PUNCT_T ? 1 : 0);
      this.cv[i] = this.cv[i - 1]! + (t === VERB_T || t === AUX_T ? 1 : 0);
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
    const s1sr = s1 >= 0 ? mix(this.lsr0[s1]!, this.lsr1[s1]!) : 7;
    // punctuation and verbs strictly between s0 and b0, and between s1 and s0 (capped)
    const cp = this.cp;
    const cv = this.cv;
    const pb = s0 > 0 && n0 >= 0 ? Math.min(3, cp[n0 - 1]! - cp[s0]!) : 4;
    const vb = s0 > 0 && n0 >= 0 ? Math.min(2, cv[n0 - 1]! - cv[s0]!) : 3;
    const pb1 = s1 > 0 && s0 > 0 ? Math.min(3, cp[s0 - 1]! - cp[s1]!) : 4;
    const vb1 = s1 > 0 && s0 > 0 ? Math.min(2, cv[s0 - 1]! - cv[s1]!) : 3;
    let k = 0;
    // The first LABEL_FEATS templates also score the labels: the words and tags of s0 and of both
    // heads it can take (b0 for LEFT, s1 for RIGHT), their pairs, distances and valencies, and the
    // nearest children and label sets already built around them (with s0's tag: the head's other
    // dependents decide between e.g. xcomp and advcl, obj and iobj). The rest (the second children,
    // s2, n2, longer tag sequences) only score the transitions.
    f[k++] = k2(1, s0w, s0p);
    f[k++] = k1(2, s0w);
    f[k++] = k1(3, s0p);
    f[k++] = k2(4, n0w, n0p);
    f[k++] = k1(5, n0w);
    f[k++] = k1(6, n0p);
    f[k++] = k1(9, n1p);
    f[k++] = k2(39, s1w, s1p);
    f[k++] = k1(40, s1w);
    f[k++] = k1(41, s1p);
    f[k++] = k4(13, s0w, s0p, n0w, n0p);
    f[k++] = k3(14, s0w, s0p, n0w);
    f[k++] = k3(15, s0w, n0w, n0p);
    f[k++] = k3(16, s0w, s0p, n0p);
    f[k++] = k3(17, s0p, n0w, n0p);
    f[k++] = k2(18, s0w, n0w);
    f[k++] = k2(19, s0p, n0p);
    f[k++] = k4(71, s1w, s1p, s0w, s0p);
    f[k++] = k2(72, s1w, s0w);
    f[k++] = k2(73, s1p, s0p);
    f[k++] = k3(74, s1p, s0w, s0p);
    f[k++] = k3(75, s1w, s1p, s0p);
    f[k++] = k3(76, s1w, s0w, s0p);
    f[k++] = k3(77, s1w, s1p, s0w);
    f[k++] = k3(22, s0p, n0p, n1p);
    f[k++] = k3(23, s1p, s0p, n0p);
    f[k++] = k3(31, s0w, n0w, d);
    f[k++] = k3(32, s0p, n0p, d);
    f[k++] = k3(85, s1p, s0p, d1);
    f[k++] = k3(86, s1w, s0w, d1);
    f[k++] = k1(43, s0lp);
    f[k++] = k1(44, s0ll);
    f[k++] = k1(46, s0rp);
    f[k++] = k1(47, s0rl);
    f[k++] = k1(50, n0ll);
    f[k++] = k3(24, s0p, s0lp, n0p);
    f[k++] = k3(25, s0p, s0rp, n0p);
    f[k++] = k3(26, s0p, n0p, n0lp);
    f[k++] = k3(79, s1p, s0p, s0lp);
    f[k++] = k3(80, s1p, s0p, s0rp);
    f[k++] = k3(89, s0p, s0ll, s0rl);
    f[k++] = k2(88, s1rp, s1rl);
    f[k++] = k2(67, s0p, s0sr);
    f[k++] = k2(69, s0p, s0sl);
    f[k++] = k2(92, n0p, n0sl);
    f[k++] = k3(108, s1p, s1sr, s0p);
    f[k++] = k3(109, s1p, s1rl, s0p);
    f[k++] = k3(110, n0p, n0sl, s0p);
    f[k++] = k2(7, n1w, n1p);
    f[k++] = k1(8, n1w);
    f[k++] = k2(27, s0w, d);
    f[k++] = k2(28, s0p, d);
    f[k++] = k2(29, n0w, d);
    f[k++] = k2(30, n0p, d);
    f[k++] = k2(33, s0w, s0vr);
    f[k++] = k2(34, s0p, s0vr);
    f[k++] = k2(35, s0w, s0vl);
    f[k++] = k2(36, s0p, s0vl);
    f[k++] = k2(37, n0w, n0vl);
    f[k++] = k2(38, n0p, n0vl);
    f[k++] = k3(87, s1p, s1vr, s0p);
    f[k++] = k1(42, s0lw);
    f[k++] = k1(45, s0rw);
    f[k++] = k1(48, n0lw);
    f[k++] = k1(49, n0lp);
    f[k++] = k2(66, s0w, s0sr);
    f[k++] = k2(68, s0w, s0sl);
    f[k++] = k2(70, n0w, n0sl);
    // transitions only
    f[k++] = k3(93, s0p, n0p, pb);
    f[k++] = k3(94, s1p, s0p, pb1);
    f[k++] = k3(95, s0p, n0p, vb);
    f[k++] = k3(96, s1p, s0p, vb1);
    f[k++] = k2(97, s1p, n0p);
    f[k++] = k3(98, s1w, s0p, n0p);
    f[k++] = k3(99, s1p, s0p, n0w);
    f[k++] = k2(100, n0w, n1w);
    f[k++] = k2(10, n2w, n2p);
    f[k++] = k1(11, n2w);
    f[k++] = k1(12, n2p);
    f[k++] = k2(51, s2w, s2p);
    f[k++] = k1(52, s2p);
    f[k++] = k2(20, n0p, n1p);
    f[k++] = k3(21, n0p, n1p, n2p);
    f[k++] = k3(53, s2p, s1p, s0p);
    f[k++] = k3(78, s1p, s0p, s1rp);
    f[k++] = k3(81, s1p, s1lp, s0p);
    f[k++] = k3(82, s0w, n0p, n1p);
    f[k++] = k3(83, s1p, s0w, n0p);
    f[k++] = k4(84, s1p, s0p, n0p, n1p);
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
    f[k++] = k3(90, s0w, s0ll, s0rl);
    f[k++] = k3(91, n0p, n0ll, n0l2l);
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

  /** The head an arc transition would give s0. */
  arcHead(t: number): number {
    return t === LEFT ? this.b : this.stack[this.sp - 2]!;
  }

  /** The only valid transition, or -1 when there is a choice (then `features` and `decide` are needed). */
  forced(): number {
    if (this.sp < 2) return SHIFT;
    if (this.b > this.n) return RIGHT; // reduce the stack (onto ROOT last)
    return -1;
  }

  /**
   * From `scores` (transitions) and `labelScores` (2L label classes): the labelled score of each
   * valid transition with its best label into `joint` / `bestLab`; returns the best transition.
   */
  decide(): number {
    const scores = this.scores;
    const ls = this.labelScores;
    const joint = this.joint;
    const L = this.nLabels;
    const root = this.rootLabel;
    let best = -1;
    joint[SHIFT] = scores[SHIFT]!;
    if (this.canShift()) best = SHIFT;
    for (let t = LEFT; t <= RIGHT; t++) {
      if (t === LEFT ? !this.canLeft() : !this.canRight()) continue;
      const base = t === LEFT ? 0 : L;
      let bl = -1;
      for (let l = 0; l < L; l++) {
        if (l === root) continue;
        if (bl < 0 || ls[base + l]! > ls[base + bl]!) bl = l;
      }
      this.bestLab[t] = bl;
      joint[t] = scores[t]! + ls[base + bl]!;
      if (best < 0 || joint[t]! > joint[best]!) best = t;
    }
    return best;
  }

  /** Label of a forced arc (RIGHT onto ROOT, or a reduction once the buffer is empty). */
  forcedLabel(): number {
    if (this.stack[this.sp - 2] === 0) return this.rootLabel;
    this.features();
    // Only the label templates are looked up: the transition is forced, so its scores are not used.
    this.scores.fill(0);
    this.scorer.score(this.feats, LABEL_FEATS, this.scores);
    this.labelScores.fill(0);
    this.labeler.scoreLabels(this.feats, LABEL_FEATS, this.labelScores);
    this.decide();
    return this.bestLab[RIGHT]!;
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
    const ls = this.labelScores;
    while (!this.terminal()) {
      const f = this.forced();
      if (f === SHIFT) {
        this.apply(SHIFT, 0);
        continue;
      }
      if (f === RIGHT) {
        this.apply(RIGHT, this.forcedLabel());
        continue;
      }
      const k = this.features();
      scores.fill(0);
      this.scorer.score(this.feats, k, scores);
      ls.fill(0);
      this.labeler.scoreLabels(this.feats, LABEL_FEATS, ls);
      const t = this.decide();
      this.apply(t, t === SHIFT ? 0 : this.bestLab[t]!);
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
 * One training pass over a sentence with the dynamic oracle over labelled transitions. When the
 * predicted labelled transition costs more than the cheapest ones, the weights move towards the
 * best-scoring cheapest one (transition weights if the transitions differ, label weights of both
 * arcs); with probability `explore` the parser then follows its own (wrong) prediction, so it
 * learns to act well after its mistakes. Forced transitions are not trained on, except for the
 * labels of forced reductions. Returns the instance counter after the sentence.
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
  const ls = parser.labelScores;
  const gh = ex.heads;
  const gl = ex.labels;
  while (!parser.terminal()) {
    const forced = parser.forced();
    if (forced === SHIFT || (forced === RIGHT && parser.stack[parser.sp - 2] === 0)) {
      parser.apply(forced, forced === SHIFT ? 0 : parser.rootLabel);
      continue;
    }
    const k = parser.features();
    scores.fill(0);
    if (forced < 0) trainer.score(parser.feats, k, scores);
    ls.fill(0);
    labels.score(parser.feats, LABEL_FEATS, ls);
    const pred = parser.decide();
    const d = parser.stack[parser.sp - 1]!;
    parser.costs(gh, costs);
    // Labelled cost of each transition with its best label, and the cheapest labelled transition
    // (on a correct head the gold label, else any: the model's own best).
    let gold = -1;
    let goldLab = 0;
    let goldScore = 0;
    let minCost = Number.POSITIVE_INFINITY;
    for (let c = 0; c < 3; c++) {
      const cost = costs[c]!;
      if (cost === Number.POSITIVE_INFINITY) continue;
      let lab = 0;
      let sc = scores[c]!;
      if (c !== SHIFT) {
        lab = gh[d] === parser.arcHead(c) ? gl[d]! : parser.bestLab[c]!;
        sc += ls[(c === LEFT ? 0 : L) + lab]!;
      }
      if (cost < minCost || (cost === minCost && sc > goldScore)) {
        minCost = cost;
        gold = c;
        goldLab = lab;
        goldScore = sc;
      }
    }
    const predLab = pred === SHIFT ? 0 : parser.bestLab[pred]!;
    const headOk = pred !== SHIFT && gh[d] === parser.arcHead(pred);
    const predCost = costs[pred]! + (headOk && predLab !== gl[d] ? 1 : 0);
    stats.steps++;
    if (headOk) {
      stats.arcs++;
      if (predLab !== gl[d]) stats.labelErrors++;
    }
    let next = pred;
    let nextLab = predLab;
    if (predCost > minCost) {
      stats.errors++;
      if (gold !== pred) {
        trainer.update(parser.feats, k, gold, 1, t);
        trainer.update(parser.feats, k, pred, -1, t);
      }
      if (gold !== SHIFT) labels.update(parser.feats, LABEL_FEATS, (gold === LEFT ? 0 : L) + goldLab, 1, t);
      if (pred !== SHIFT) labels.update(parser.feats, LABEL_FEATS, (pred === LEFT ? 0 : L) + predLab, -1, t);
      if (explore <= 0 || rand() >= explore) {
        next = gold;
        nextLab = goldLab;
      }
    }
    t++;
    parser.apply(next, nextLab);
  }
  return t;
}
