/**
 * `npm run train:coder`: trains the coder's learned stages from the train split of the hand-coded corpus
 * and writes them to models/coder:
 * 1. the trigger model (`triggers.json`, stage 4b), five folds by story for held-out figures and for the
 *    probability threshold, then on all train stories;
 * 2. the confidence model (`confidence.json`, stage 6) on the events of coders whose trigger model did
 *    not see the story (held-out triggers, as on new text).
 * The trigger model's probability threshold is a fixed 0.2; the confidence model sets the operating
 * point: its threshold for pattern events is the one best for F1 among them alone, and events of learned
 * triggers get the threshold best for F1 overall among those that keep the held-out precision at least
 * the patterns' own (the learned stage adds recall, it does not buy it with precision). Deterministic: the
 * same gold and code give the same bytes. Only the train split is read.
 *
 *   node dist/eval/train-coder.js [--gold test/gold/train] [--shared ../shared] [--out DIR] [--curve]
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Coder, createCoder } from '../core/coder.js';
import { defaultTriggerLexicon, MODELS_DIR } from '../core/models.js';
import type { ConfidenceHeader } from '../core/stages/confidence.js';
import { type TriggerHeader, triggerModelFromHeader } from '../core/stages/triggers.js';
import { loadGoldSet } from './gold.js';
import { goldHash, type TrainResult, trainConfidence } from './train-confidence.js';
import { codeTable, trainTriggers, triggerData, triggerHeader } from './train-triggers.js';

const FOLDS = 5;
/**
 * Trigger probability thresholds tried (held-out F1 after the confidence stage picks one). One: with this
 * corpus the choice among 0.1-0.4 moved held-out F1 by less than its fold-to-fold noise.
 */
const THRESHOLDS = [0.2] as const;

export interface CoderModels {
  readonly triggers: TriggerHeader;
  readonly confidence: ConfidenceHeader;
  readonly curve: TrainResult['curve'];
  readonly tried: readonly { threshold: number; precision: number; recall: number; f1: number }[];
}

export function trainCoder(goldDir: string, shared: string): CoderModels {
  const set = loadGoldSet('train', goldDir, shared);
  const hash = goldHash(goldDir);
  const lexicon = defaultTriggerLexicon();
  const data = triggerData(set.stories, set.golds);
  const fold = (s: number) => s % FOLDS;
  const folds = Array.from({ length: FOLDS }, (_, k) => {
    const keep = (s: number) => fold(s) !== k;
    const w = trainTriggers(data, keep);
    return { keep, w, codes: codeTable(data, w, keep) };
  });
  let best: { threshold: number; result: TrainResult } | null = null;
  const tried: CoderModels['tried'][number][] = [];
  for (const threshold of THRESHOLDS) {
    const triggerModels = folds.map((f) =>
      triggerModelFromHeader(triggerHeader(f.w, f.codes, threshold, hash, {}), lexicon),
    );
    const coders: Coder[] = triggerModels.map((triggerModel) => createCoder({ confidenceModel: null, triggerModel }));
    const result = trainConfidence(goldDir, shared, (si) => coders[fold(si)]!, set);
    const cv = result.header.cv;
    tried.push({
      threshold,
      precision: cv.precision_at_threshold ?? 0,
      recall: cv.recall_at_threshold ?? 0,
      f1: cv.f1_at_threshold ?? 0,
    });
    if (!best || (cv.f1_at_threshold ?? 0) > (best.result.header.cv.f1_at_threshold ?? 0) + 1e-9)
      best = { threshold, result };
  }
  const all = () => true;
  const w = trainTriggers(data, all);
  const cv = best!.result.header.cv;
  const figures = {
    stories: set.stories.length,
    precision_held_out: cv.precision_at_threshold ?? 0,
    recall_held_out: cv.recall_at_threshold ?? 0,
    f1_held_out: cv.f1_at_threshold ?? 0,
  };
  const triggers = triggerHeader(w, codeTable(data, w, all), best!.threshold, hash, figures);
  return { triggers, confidence: best!.result.header, curve: best!.result.curve, tried };
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (n: string, d: string) => {
    const i = args.indexOf(n);
    return i >= 0 && args[i + 1] ? args[i + 1]! : d;
  };
  const gold = opt('--gold', 'test/gold/train');
  const shared = opt('--shared', '../shared');
  const out = opt('--out', join(MODELS_DIR, 'coder'));
  const t0 = performance.now();
  const r = trainCoder(gold, shared);
  writeAtomic(join(out, 'triggers.json'), `${JSON.stringify(r.triggers)}\n`);
  writeAtomic(join(out, 'confidence.json'), `${JSON.stringify(r.confidence)}\n`);
  if (args.includes('--curve'))
    for (const c of r.curve)
      process.stdout.write(
        `threshold ${c.t.toFixed(2)}: ${c.kept} events, P=${c.precision} R=${c.recall} F1=${c.f1}\n`,
      );
  for (const t of r.tried)
    process.stdout.write(
      `trigger threshold ${t.threshold}: held-out P=${t.precision} R=${t.recall} F1=${t.f1} (after confidence)\n`,
    );
  const cv = r.confidence.cv;
  process.stdout.write(
    `train:coder: ${cv.stories} train stories, ${cv.examples} candidate events (${cv.positives} right); held-out folds: ` +
      `all events P=${cv.precision_all} R=${cv.recall_all}; trigger threshold ${r.triggers.threshold}, confidence threshold ${r.confidence.threshold}: ` +
      `P=${cv.precision_at_threshold} R=${cv.recall_at_threshold} F1=${cv.f1_at_threshold} ` +
      `(${((performance.now() - t0) / 1000).toFixed(1)} s) -> ${out}\n`,
  );
}

if (process.argv[1]?.endsWith('train-coder.js')) {
  main().catch((e: unknown) => {
    process.stderr.write(`train:coder: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
