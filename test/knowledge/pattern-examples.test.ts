/** Each pattern that has an example sentence codes that sentence (the table in patterns/examples.ts). */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/coder.js';
import { EVENT_PATTERNS } from '../../src/knowledge/index.js';
import { PATTERN_EXAMPLES } from '../../src/knowledge/patterns/examples.js';

const coder = createCoder({ confidenceModel: null, minConfidence: 0 });
const ids = new Set(
  EVENT_PATTERNS.map((p) => p.id ?? (p.ignore ? `none.${p.pattern}` : `${p.code.slice(0, 2)}.${p.code}.${p.pattern}`)),
);

describe('pattern examples', () => {
  it('name existing patterns', () => {
    for (const id of Object.keys(PATTERN_EXAMPLES)) expect(ids.has(id), id).toBe(true);
  });
  it.each(Object.entries(PATTERN_EXAMPLES))('%s: %s', (id, sentence) => {
    const r = coder.codeStory({ id: 'x', date: '2019-05-01', dateline: null, text: sentence });
    expect(r.status).toBe('coded');
    const rules = r.status === 'coded' ? r.events.map((e) => e.rule.id) : [];
    expect(rules).toContain(id);
  });
});
