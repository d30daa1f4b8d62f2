/**
 * The confidence model: the committed file (and the trigger model's) is the one `npm run train:coder` makes
 * from the committed train split and the current coder (so no model trained on anything else ships), and
 * the coder uses it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/coder.js';
import { CONFIDENCE_FILE, loadConfidenceModel, TRIGGER_FILE } from '../../src/core/models.js';
import { hashFeature, modelFromHeader } from '../../src/core/stages/confidence.js';
import { trainCoder } from '../../src/eval/train-coder.js';
import { goldHash } from '../../src/eval/train-confidence.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared');
const TRAIN = join(ROOT, 'test/gold/train');
const haveShared = existsSync(join(SHARED, 'corpus/wikinews/bench.jsonl'));
if (!haveShared) console.warn(`confidence: ${SHARED} not found; the model is not retrained to compare`);

const STORY = {
  id: 't',
  date: '2007-05-28',
  text: 'Iran offered to help train Iraqi security forces. Police arrested 20 protesters in Lima on Monday.',
};

describe('confidence model', () => {
  const model = loadConfidenceModel();

  it('is committed and trained on the committed train split', () => {
    expect(model).not.toBeNull();
    expect(model!.header.goldHash).toBe(goldHash(TRAIN));
    expect(model!.header.threshold).toBeGreaterThanOrEqual(0);
    expect(model!.header.threshold).toBeLessThan(1);
  });

  it.runIf(haveShared)(
    'is, with the trigger model, exactly what training produces now (same gold, same coder)',
    () => {
      const fresh = trainCoder(TRAIN, SHARED);
      const committed = JSON.parse(readFileSync(CONFIDENCE_FILE, 'utf8'));
      expect(fresh.confidence.coderVersion).toBe(committed.coderVersion);
      expect(fresh.confidence).toEqual(committed);
      expect(fresh.triggers).toEqual(JSON.parse(readFileSync(TRIGGER_FILE, 'utf8')));
    },
    240_000,
  );

  it('gives every event a calibrated probability and drops those under the threshold', () => {
    const all = createCoder({ minConfidence: 0 }).codeStory(STORY);
    const none = createCoder({ minConfidence: 1 }).codeStory(STORY);
    const off = createCoder({ confidenceModel: null }).codeStory(STORY);
    if (all.status !== 'coded' || none.status !== 'coded' || off.status !== 'coded') throw new Error('not coded');
    expect(all.events.length).toBeGreaterThanOrEqual(2);
    for (const e of all.events) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThan(1);
    }
    expect(none.events).toEqual([]);
    expect(off.events.length).toBe(all.events.length);
    for (const e of off.events) expect(e.confidence).toBeNull();
  });

  it('scores by hashed features, higher for the features it learned to trust', () => {
    const m = modelFromHeader({ ...model!.header });
    const a = m.score(['root=17', 'sh=subject', 'th=object']);
    const b = m.score(['root=17', 'sh=subject', 'th=object']);
    expect(a).toBe(b);
    expect(hashFeature('abc')).toBe(hashFeature('abc'));
    expect(hashFeature('abc')).not.toBe(hashFeature('abd'));
  });
});
