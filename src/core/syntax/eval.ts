/**
 * Scoring against gold trees, CoNLL 2018 style: every word counts, punctuation included.
 * `las` compares universal relations (subtypes stripped, as the CoNLL 2018 script does);
 * `lasFull` compares the full labels with subtypes. Per-relation figures use full labels.
 */

export interface RelationScore {
  readonly gold: number;
  readonly predicted: number;
  /** Words with this gold relation whose head and full label are both right. */
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
}

export interface EvalResult {
  readonly sentences: number;
  readonly words: number;
  readonly upos: number;
  readonly uas: number;
  readonly las: number;
  readonly lasFull: number;
  readonly relations: Record<string, RelationScore>;
}

export const REPORTED_RELATIONS: readonly string[] = [
  'nsubj',
  'nsubj:pass',
  'obj',
  'iobj',
  'obl',
  'obl:agent',
  'conj',
  'appos',
  'ccomp',
  'xcomp',
  'acl:relcl',
  'nmod:poss',
  'advcl',
  'amod',
  'nmod',
  'compound',
  'aux:pass',
  'mark',
  'case',
  'punct',
];

const base = (l: string) => {
  const i = l.indexOf(':');
  return i < 0 ? l : l.slice(0, i);
};

export class SyntaxEval {
  private sentences = 0;
  private words = 0;
  private uposOk = 0;
  private uasOk = 0;
  private lasOk = 0;
  private lasFullOk = 0;
  private readonly gold = new Map<string, number>();
  private readonly pred = new Map<string, number>();
  private readonly ok = new Map<string, number>();

  add(
    gold: { upos: readonly string[]; heads: readonly number[]; deprels: readonly string[] },
    pred: { upos: readonly string[]; heads: ArrayLike<number>; deprels: readonly string[] },
  ): void {
    this.sentences++;
    const n = gold.heads.length;
    for (let i = 0; i < n; i++) {
      this.words++;
      const gl = gold.deprels[i]!;
      const pl = pred.deprels[i]!;
      if (gold.upos[i] === pred.upos[i]) this.uposOk++;
      this.gold.set(gl, (this.gold.get(gl) ?? 0) + 1);
      this.pred.set(pl, (this.pred.get(pl) ?? 0) + 1);
      if (gold.heads[i] !== pred.heads[i]) continue;
      this.uasOk++;
      if (base(gl) === base(pl)) this.lasOk++;
      if (gl === pl) {
        this.lasFullOk++;
        this.ok.set(gl, (this.ok.get(gl) ?? 0) + 1);
      }
    }
  }

  result(): EvalResult {
    const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((10000 * a) / b) / 100);
    const relations: Record<string, RelationScore> = {};
    for (const r of [...this.gold.keys()].sort()) {
      const g = this.gold.get(r) ?? 0;
      const p = this.pred.get(r) ?? 0;
      const c = this.ok.get(r) ?? 0;
      const recall = pct(c, g);
      const precision = pct(c, p);
      const f1 =
        recall + precision === 0 ? 0 : Math.round(((2 * recall * precision) / (recall + precision)) * 100) / 100;
      relations[r] = { gold: g, predicted: p, correct: c, recall, precision, f1 };
    }
    return {
      sentences: this.sentences,
      words: this.words,
      upos: pct(this.uposOk, this.words),
      uas: pct(this.uasOk, this.words),
      las: pct(this.lasOk, this.words),
      lasFull: pct(this.lasFullOk, this.words),
      relations,
    };
  }
}

/** A short text table of an evaluation (used by the CLI and the bench). */
export function formatEval(r: EvalResult, relations: readonly string[] = REPORTED_RELATIONS): string {
  const lines = [
    `sentences ${r.sentences}, words ${r.words} (punctuation included in UAS/LAS, CoNLL 2018 style)`,
    `UPOS ${r.upos.toFixed(2)}  UAS ${r.uas.toFixed(2)}  LAS ${r.las.toFixed(2)}  LAS with subtypes ${r.lasFull.toFixed(2)}`,
    'relation        gold   recall  precision     F1',
  ];
  for (const rel of relations) {
    const s = r.relations[rel];
    if (!s) continue;
    lines.push(
      `${rel.padEnd(14)} ${String(s.gold).padStart(5)}  ${s.recall.toFixed(2).padStart(7)}  ${s.precision.toFixed(2).padStart(9)}  ${s.f1.toFixed(2).padStart(6)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
