/**
 * Ambiguous names (knowledge/ambiguous.jsonl) are actors only where the context makes them one.
 * Sentences written for this test (not from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/coder.js';
import { AMBIGUOUS_NAMES } from '../../src/knowledge/index.js';

const coder = createCoder({ confidenceModel: null, triggerModel: null });

/** The country code of the mention whose text ends with `name` (null when no country; 'none' when not an actor). */
function countryOf(text: string, name: string): string | null | 'none' {
  const t = coder.traceStory({ id: 't', date: '2019-08-01', dateline: null, text });
  for (const m of t.mentions.list) {
    const span = t.doc.spanText(m.start, m.end);
    if (!span.endsWith(name)) continue;
    if (m.actors.length === 0) return 'none';
    return m.actors[0]!.country;
  }
  return 'none';
}

const CASES: readonly [sentence: string, name: string, expected: string | null | 'none'][] = [
  // place-suffix: a capital followed by Park/Street/... is a place
  ['Police cleared protesters from Victoria Park in Hong Kong.', 'Victoria', null],
  ['Crowds gathered on Washington Street before the vote.', 'Washington', 'none'],
  ['Ships waited for hours to enter the Panama Canal.', 'Panama', 'none'],
  // speech-subject: a capital as the subject of a speech or policy verb is its government
  ['Victoria announced new fishing rules for its waters.', 'Victoria', 'SYC'],
  ['Kingston warned that it would expel the diplomats.', 'Kingston', 'JAM'],
  ['Thousands marched through Victoria on Sunday.', 'Victoria', 'none'],
  ['The concert in Hamilton drew a large crowd.', 'Hamilton', 'none'],
  // us-state: the U.S. state by context, otherwise the country
  ['The governor of Georgia signed the new bill in Atlanta.', 'Georgia', 'USA'],
  ['Georgia accused Russia of violating its airspace over Abkhazia.', 'Georgia', 'GEO'],
  // person: a given name before or a surname after
  ['Michael Jordan praised his former coach.', 'Jordan', 'none'],
  ['Jordan condemned the attack on the embassy.', 'Jordan', 'JOR'],
  ['Chad Smith criticized the referee after the match.', 'Chad', 'none'],
  ['Chad rejected the proposal from the rebels.', 'Chad', 'TCD'],
  // a longer name that contains an ambiguous one is untouched
  ['Israel Defense Forces attacked a compound.', 'Israel Defense Forces', 'ISR'],
];

describe('ambiguous names are decided by context', () => {
  it('every ambiguous name has a rule', () => {
    expect(AMBIGUOUS_NAMES.length).toBeGreaterThan(10);
    for (const a of AMBIGUOUS_NAMES) expect(a.rules.length).toBeGreaterThan(0);
  });
  it.each(CASES)('%s  [%s -> %s]', (sentence, name, expected) => {
    expect(countryOf(sentence, name)).toBe(expected);
  });
});
