/**
 * `npm run train:coder`: trains the coder's learned stages from the train split of the hand-coded corpus
 * and writes them to models/coder:
 * 1. the trigger model (`triggers.json`, stage 4b), five folds by story for held-out figures and for the
 *    probability threshold, then on all train stories;
 * 2. the confidence model (`confidence.json`, stage 6) on the events of coders whose trigger model did
 *    not see the story (held-out triggers, as on new text).
 * The trigger model's probability threshold is fixed (0.2); the confidence model sets the operating
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
 * The trigger model's probability threshold: fixed, because with this corpus the choice among 0.1-0.4
 * moved held-out F1 by less than its fold-to-fold noise (the confidence stage sets the operating point).
 */
const TRIGGER_THRESHOLD = 0.2;

export interface CoderModels {
  readonly triggers: TriggerHeader;
  readonly confidence: ConfidenceHeader;
  readonly curve: TrainResult['curve'];
}

export function trainCoder(goldDir: string, shared: string): CoderModels {
  const set = loadGoldSet('train', goldDir, shared);
  const hash = goldHash(goldDir);
  const lexicon = defaultTriggerLexicon();
  const data = triggerData(set.stories, set.golds);
  const fold = (s: number) => s % FOLDS;
  // Held-out trigger models, one per fold: the confidence model learns on the events they propose.
  const coders: Coder[] = Array.from({ length: FOLDS }, (_, k) => {
    const keep = (s: number) => fold(s) !== k;
    const w = trainTriggers(data, keep);
    const header = triggerHeader(w, codeTable(data, w, keep), TRIGGER_THRESHOLD, hash, {});
    return createCoder({ confidenceModel: null, triggerModel: triggerModelFromHeader(header, lexicon) });
  });
  const result = trainConfidence(goldDir, shared, (si) => coders[fold(si)]!, set);
  const all = () => true;
  const w = trainTriggers(data, all);
  const cv = result.header.cv;
  const figures = {
    stories: set.stories.length,
    precision_held_out: cv.precision_at_threshold ?? 0,
    recall_held_out: cv.recall_at_threshold ?? 0,
    f1_held_out: cv.f1_at_threshold ?? 0,
  };
  const triggers = triggerHeader(w, codeTable(data, w, all), TRIGGER_THRESHOLD, hash, figures);
  return { triggers, confidence: result.header, curve: result.curve };
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
  const cv = r.confidence.cv;
  process.stdout.write(
    `train:coder: ${cv.stories} train stories, ${cv.examples} candidate events (${cv.positives} right); held-out folds: ` +
      `all events P=${cv.precision_all} R=${cv.recall_all}; trigger threshold ${r.triggers.threshold}, confidence thresholds ${r.confidence.threshold} (patterns), ${r.confidence.thresholdLearned} (learned): ` +
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
