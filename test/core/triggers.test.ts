/**
 * The trigger model (stage 4b): candidate words, their features, the model file, and what it adds on
 * real text (the hand-coded train split's stories in ../shared).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/coder.js';
import { PREPARED } from '../../src/core/knowledge/builtin.js';
import { defaultTriggerLexicon, loadTriggerModel } from '../../src/core/models.js';
import { findMentions } from '../../src/core/stages/mentions.js';
import { createSegmenter } from '../../src/core/stages/segment.js';
import {
  isCandidate,
  mentionCount,
  N_CLASSES,
  softmaxScores,
  triggerFeatures,
  triggerLexicon,
  triggerModelFromHeader,
} from '../../src/core/stages/triggers.js';
import { loadGoldSet } from '../../src/eval/gold.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared');
const haveShared = existsSync(join(SHARED, 'corpus/wikinews/bench.jsonl'));
if (!haveShared) console.warn(`triggers: ${SHARED} not found; the tests on real stories are skipped`);

const segmenter = createSegmenter();
function sentence(text: string) {
  const doc = segmenter.segment(text);
  const mentions = findMentions(doc, { lex: PREPARED.lexicon, date: '2020-01-01' });
  return { doc, mentions, s: doc.sentStart[0]!, e: doc.sentEnd[0]! };
}
const tokenOf = (doc: ReturnType<typeof sentence>['doc'], word: string) => doc.lower.indexOf(word);

describe('trigger candidates and features', () => {
  const { doc, mentions, s, e } = sentence('The Kenyan government deported three journalists on Monday.');

  it('are verbs and nouns outside actor mentions', () => {
    expect(isCandidate(doc, tokenOf(doc, 'deported'), mentions)).toBe(true);
    expect(isCandidate(doc, tokenOf(doc, 'journalists'), mentions)).toBe(false); // an actor mention
    expect(isCandidate(doc, tokenOf(doc, 'government'), mentions)).toBe(false);
    expect(isCandidate(doc, tokenOf(doc, 'the'), mentions)).toBe(false);
    expect(isCandidate(doc, tokenOf(doc, 'on'), mentions)).toBe(false);
  });

  it('name the word, its context, the actor mentions around it and what the pattern library knows of it', () => {
    const i = tokenOf(doc, 'deported');
    const f = triggerFeatures(doc, i, s, e, mentions, [], mentionCount(mentions, s, e), defaultTriggerLexicon(), []);
    expect(f).toContain('l=deport');
    expect(f).toContain('w=deported');
    expect(f.some((x) => x.startsWith('mL='))).toBe(true);
    expect(f.some((x) => x.startsWith('mR='))).toBe(true);
    // "deport" anchors expulsion patterns (174): the root is a feature even where no whole pattern matched.
    expect(f).toContain('aroot=17');
  });

  it('read pattern anchors from the lexicon given (roots of real patterns, no non-events)', () => {
    const lex = triggerLexicon({
      byAnchor: { get: (w) => (w === 'oust' ? [{ code: '1723' }, { code: '-' }, { code: '172' }] : undefined) },
    });
    expect(lex.anchorRoots('oust')).toEqual(['17']);
    expect(lex.anchorRoots('walk')).toEqual([]);
  });
});

describe('trigger model file', () => {
  const model = loadTriggerModel();

  it('is committed, with a threshold and a code table', () => {
    expect(model).not.toBeNull();
    expect(model!.threshold).toBeGreaterThan(0);
    expect(model!.threshold).toBeLessThan(1);
    expect(model!.code('zzzz', '17')).toMatch(/^17/);
    expect(model!.code('zzzz', '99')).toBe('990');
  });

  it('gives class probabilities that sum to one', () => {
    const p = new Float64Array(N_CLASSES);
    model!.probs(['b', 'l=deport', 'aroot=17'], p);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const w = new Float32Array(1 << 4);
    softmaxScores(w, 15, new Uint32Array([1, 2]), 2, p);
    for (const x of p) expect(x).toBeCloseTo(1 / N_CLASSES, 9);
  });

  it('refuses a file of another format or size', () => {
    const h = model!.header;
    expect(() => triggerModelFromHeader({ ...h, bits: h.bits + 1 }, defaultTriggerLexicon())).toThrow(/weights/);
    expect(() =>
      triggerModelFromHeader({ ...h, format: 'x' as unknown as 'dyadic-triggers-1' }, defaultTriggerLexicon()),
    ).toThrow(/format/);
  });
});

describe.runIf(haveShared)('learned triggers on real stories (train split)', () => {
  const set = haveShared ? loadGoldSet('train', join(ROOT, 'test/gold/train'), SHARED) : null;

  it('add events no pattern found, each naming the model, its probability and the features that decided', () => {
    const withModel = createCoder();
    const without = createCoder({ triggerModel: null });
    let learned = 0;
    let a = 0;
    let b = 0;
    for (const st of set!.stories.slice(0, 60)) {
      const r1 = withModel.codeStory(st);
      const r2 = without.codeStory(st);
      if (r1.status !== 'coded' || r2.status !== 'coded') throw new Error('not coded');
      a += r1.events.length;
      b += r2.events.length;
      for (const ev of r1.events) {
        if (!ev.rule.id.startsWith('learned.')) continue;
        learned++;
        expect(ev.rule.id).toBe(`learned.${ev.root}`);
        expect(ev.rule.pattern).toMatch(/^\(trigger model: "[a-z'-]+" p=0\.\d\d; .+ -?\d\.\d\d/);
        expect(ev.confidence).toBeGreaterThan(0);
      }
    }
    expect(learned).toBeGreaterThan(10);
    expect(a).toBeGreaterThan(b);
  });

  it('take their actors from their own sentence, never from the discourse', () => {
    const coder = createCoder({ minConfidence: 0 });
    let n = 0;
    for (const st of set!.stories.slice(0, 40)) {
      const t = coder.traceStory(st);
      for (const sent of t.sentences)
        for (const ev of sent.events) {
          if (ev.match.p === undefined) continue;
          n++;
          const s = t.doc.sentStart[sent.index]!;
          const e = t.doc.sentEnd[sent.index]!;
          for (const r of [ev.source, ev.target]) if (r) expect(r.start >= s && r.end <= e).toBe(true);
        }
    }
    expect(n).toBeGreaterThan(5);
  });
});
