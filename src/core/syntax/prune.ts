/**
 * Choosing how hard to prune the parser's weights: most averaged weights are tiny, and dropping
 * them shrinks the file and speeds up scoring. Levels are tried from light to heavy; a level is
 * taken while the model is still over the size budget, or while dev LAS stays within `tolerance`
 * of the unpruned model.
 */
import type { FrozenModel } from './perceptron.js';

export const PRUNE_LEVELS: readonly number[] = [20, 30, 40, 45, 50, 55, 60, 65, 70, 75];

export interface PruneChoice {
  readonly model: FrozenModel;
  readonly level: number;
  readonly score: { uas: number; las: number; lasFull: number };
}

export function selectPruning(
  model: FrozenModel,
  start: PruneChoice['score'],
  evaluate: (m: FrozenModel) => PruneChoice['score'],
  bytes: (m: FrozenModel) => number,
  maxBytes: number,
  tolerance: number,
  log: (msg: string) => void,
): PruneChoice {
  const reference = start.lasFull;
  let best: PruneChoice = { model, level: 0, score: start };
  for (const level of PRUNE_LEVELS) {
    const fits = bytes(best.model) <= maxBytes;
    const cand = model.prune(level);
    const r = evaluate(cand);
    log(
      `prune level ${level}: ${cand.nFeatures} features, ${cand.nEntries} weights, ${(bytes(cand) / 1e6).toFixed(2)} MB, dev UAS ${r.uas.toFixed(2)} LAS ${r.las.toFixed(2)} (full ${r.lasFull.toFixed(2)})`,
    );
    if (fits && r.lasFull < reference - tolerance) break;
    best = { model: cand, level, score: r };
  }
  if (bytes(best.model) > maxBytes) throw new Error(`syntax model is still over ${maxBytes} bytes after pruning`);
  return best;
}
