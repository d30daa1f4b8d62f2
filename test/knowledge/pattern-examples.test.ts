/**
 * Every pattern's example sentence (the `example` field of the pattern tables) is coded by that very
 * pattern: an event whose `rule.id` is the pattern's id. A non-event's example codes no event.
 * Run one root with `npx vitest run test/knowledge/pattern-examples.test.ts -t "root 19"`.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/coder.js';
import { EVENT_PATTERNS } from '../../src/knowledge/index.js';
import type { EventPattern } from '../../src/knowledge/patterns/types.js';

const coder = createCoder({ confidenceModel: null, triggerModel: null, minConfidence: 0 });
const rootOf = (p: EventPattern) => (p.ignore ? 'none' : p.code.slice(0, 2));
const roots = [...new Set(EVENT_PATTERNS.map(rootOf))];

function rulesOf(sentence: string): string[] {
  const r = coder.codeStory({ id: 'x', date: '2019-05-01', dateline: null, text: sentence });
  expect(r.status).toBe('coded');
  return r.status === 'coded' ? r.events.map((e) => e.rule.id) : [];
}

describe('pattern examples', () => {
  it('ids are unique', () => {
    const seen = new Set<string>();
    for (const p of EVENT_PATTERNS) {
      expect(seen.has(p.id), p.id).toBe(false);
      seen.add(p.id);
    }
  });
  it('every pattern has an example sentence', () => {
    expect(EVENT_PATTERNS.filter((p) => !p.example).map((p) => p.id)).toEqual([]);
  });
  describe.each(roots)('root %s', (root) => {
    const cases = EVENT_PATTERNS.filter((p) => rootOf(p) === root && p.example).map(
      (p) => [p.id, p.example!, p] as const,
    );
    it.each(cases)('%s: %s', (id, sentence, p) => {
      const rules = rulesOf(sentence);
      if (p.ignore) expect(rules).toEqual([]);
      else expect(rules).toContain(id);
    });
  });
});
