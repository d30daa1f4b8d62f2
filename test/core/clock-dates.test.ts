/**
 * Times of day are never years (issue #14): "(1800 UTC)" once became an event in the year 1800.
 * The rule is general: a four-digit HHMM number followed by a time-zone or clock word, after "at",
 * or with a leading zero, is a time. Years in the same positions without those words stay years.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/coder.js';
import type { EventRecord } from '../../src/core/records.js';

const coder = createCoder();

function dates(text: string, date = '2010-06-01'): (string | null)[] {
  const r = coder.codeStory({ id: 't', date, text });
  if (r.status !== 'coded') throw new Error(r.error.message);
  return r.events.map((e: EventRecord) => e.date);
}

describe('clock times are not years', () => {
  const cases = [
    'Iran demanded that the United States withdraw its ships (1800 UTC).',
    'Iran demanded that the United States withdraw its ships at 1800 UTC.',
    'At 0600 GMT, Russian troops attacked Georgian villages.',
    'Russian troops attacked Georgian villages at 19:00 local time.',
    'Russian troops attacked Georgian villages at 1900 local time on Monday.',
    'Israel accused Syria of shelling the border at 2130 hours.',
    'Turkey condemned the attack on Iraq, which began at 1800.',
    'The talks between France and Germany started at 0930 (GMT).',
  ];
  for (const text of cases) {
    it(text, () => {
      const ds = dates(text);
      expect(ds.length).toBeGreaterThan(0);
      for (const d of ds) {
        expect(d).not.toBeNull();
        expect(d!.slice(0, 2)).toBe('20'); // the story's time, never 1800, 1900, 0600
      }
    });
  }

  it('the story date stands when the sentence has only a time', () => {
    expect(dates('Iran demanded that the United States withdraw its ships (1800 UTC).')).toEqual(['2010-06-01']);
  });

  it('a weekday with a time keeps the weekday', () => {
    expect(dates('Russian troops attacked Georgian villages on Saturday at 1800 GMT.', '2010-06-01')).toEqual([
      '2010-05-29',
    ]);
  });

  it('years in the same places stay years', () => {
    expect(dates('Iran accused Israel of attacking Lebanon in 2006.', '2010-06-01')).toEqual(['2006']);
    expect(dates('Since 2008, Russia has threatened Georgia.', '2010-06-01')).toEqual(['2008']);
    expect(dates('In March 2007, Iran accused Israel.', '2010-06-01')).toEqual(['2007-03']);
  });
});
