/**
 * Stage 1, segment: sentence splits on news text (abbreviations, ellipses, closing quotes, line
 * breaks) and character offsets kept end to end. The texts here are written for the tests; the
 * offset property is also checked on the first 100 Wikinews stories from ../shared (skipped with a
 * message when absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/core/doc.js';
import { createSegmenter, type Segmenter } from '../../src/core/stages/segment.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/wikinews/bench.jsonl');
const HAVE_CORPUS = existsSync(CORPUS);
if (!HAVE_CORPUS) console.warn(`[segment.test] ${CORPUS} not found: the Wikinews offset checks are skipped`);

let seg: Segmenter;
beforeAll(() => {
  seg = createSegmenter();
});

function sentences(text: string): string[] {
  const d = seg.segment(text);
  return Array.from({ length: d.sentenceCount }, (_, k) => d.sentenceText(k));
}

/**
 * Every token's offsets slice the text to the token (expansions such as "wo" of "won't" may have
 * start === end); tokens are in text order; sentences are non-empty, ordered, non-overlapping token
 * ranges and `sent` agrees with them. Returns the list of violations (empty when all is well).
 */
function offsetViolations(doc: Doc, label: string): string[] {
  const bad: string[] = [];
  const { text } = doc;
  let prevEnd = 0;
  for (let i = 0; i < doc.n; i++) {
    const s = doc.start[i]!;
    const e = doc.end[i]!;
    if (s < prevEnd || e < s || e > text.length) bad.push(`${label}: token ${i} [${s},${e}) out of order`);
    if (s !== e && text.slice(s, e).toLowerCase() !== doc.lower[i]) {
      bad.push(`${label}: token ${i} [${s},${e}) "${text.slice(s, e)}" != "${doc.lower[i]}"`);
    }
    prevEnd = e;
    if (bad.length > 10) break;
  }
  let prevSentEnd = 0;
  for (let k = 0; k < doc.sentenceCount; k++) {
    const a = doc.sentStart[k]!;
    const b = doc.sentEnd[k]!;
    if (a < prevSentEnd || b <= a || b > doc.n) bad.push(`${label}: sentence ${k} [${a},${b}) bad range`);
    for (let i = a; i < b; i++)
      if (doc.sent[i] !== k) bad.push(`${label}: token ${i} sent=${doc.sent[i]} expected ${k}`);
    prevSentEnd = b;
  }
  return bad;
}

describe('sentence splitting', () => {
  it('does not split after "U.S." before a capitalised title', () => {
    expect(
      sentences('U.S. Ambassador to Chile Jane Roe met the foreign minister on Tuesday. Talks went on into the night.'),
    ).toEqual([
      'U.S. Ambassador to Chile Jane Roe met the foreign minister on Tuesday.',
      'Talks went on into the night.',
    ]);
    expect(sentences('The U.S. Ambassador met tribal leaders.')).toEqual(['The U.S. Ambassador met tribal leaders.']);
  });

  it('does not split inside military ranks ("Lt. Col.")', () => {
    expect(
      sentences('Lt. Col. Mark Doe, a spokesman for the brigade, said the road was open. Nobody was hurt.'),
    ).toEqual(['Lt. Col. Mark Doe, a spokesman for the brigade, said the road was open.', 'Nobody was hurt.']);
    expect(sentences('A U.S. Army Lt. Col. told reporters the raid had failed.')).toHaveLength(1);
  });

  it('does not split after abbreviated months ("Jan. 5", "Dec. 3, 2006")', () => {
    expect(sentences('The vote is set for Jan. 5 in the capital. Observers from the region will attend.')).toEqual([
      'The vote is set for Jan. 5 in the capital.',
      'Observers from the region will attend.',
    ]);
    expect(sentences('The meeting, held on Dec. 3, 2006, in Amman, ended early. Both sides left.')).toEqual([
      'The meeting, held on Dec. 3, 2006, in Amman, ended early.',
      'Both sides left.',
    ]);
  });

  it('keeps other common abbreviations inside the sentence ("Gen.", "Sen.", "Sept.", "Gov.", "a.m.")', () => {
    expect(sentences('Gen. Doe met Sen. Roe on Sept. 4 in the U.S. Embassy.')).toHaveLength(1);
    expect(sentences('Dr. Doe and Mr. Roe arrived at 5 p.m. on Monday. They met Gov. Brown.')).toEqual([
      'Dr. Doe and Mr. Roe arrived at 5 p.m. on Monday.',
      'They met Gov. Brown.',
    ]);
    expect(sentences('The U.K. and the U.S. signed a deal. The E.U. objected.')).toEqual([
      'The U.K. and the U.S. signed a deal.',
      'The E.U. objected.',
    ]);
  });

  it('does not split after title abbreviations "Maj.", "Adm.", "Amb.", "Pres."', () => {
    expect(sentences('Maj. Gen. Doe met Brig. Gen. Roe in St. Petersburg on Feb. 12.')).toHaveLength(1);
    expect(sentences('Adm. Doe visited the U.N. headquarters. He met Amb. Roe.')).toEqual([
      'Adm. Doe visited the U.N. headquarters.',
      'He met Amb. Roe.',
    ]);
    expect(sentences('Gov. Brown and Rep. Lee met Pres. Bush.')).toHaveLength(1);
    expect(sentences('Sgt. Maj. Doe met the envoy.')).toHaveLength(1);
  });

  it('does not split at a spaced ellipsis ". . . ." followed by lower case', () => {
    expect(
      sentences(
        'The minister said the country wanted peace . . . . and stability in the region. Parliament met later.',
      ),
    ).toEqual([
      'The minister said the country wanted peace . . . . and stability in the region.',
      'Parliament met later.',
    ]);
    expect(
      sentences('The minister said the country wanted peace... and stability in the region. Parliament met later.'),
    ).toEqual(['The minister said the country wanted peace... and stability in the region.', 'Parliament met later.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(
      sentences('"We will not back down," the president said. "Our position is clear." Officials agreed.'),
    ).toEqual(['"We will not back down," the president said.', '"Our position is clear."', 'Officials agreed.']);
    expect(sentences('The army said it "would not retreat." Rebels disagreed.')).toEqual([
      'The army said it "would not retreat."',
      'Rebels disagreed.',
    ]);
    expect(sentences('He said: \u201cThe army will stay.\u201d The opposition disagreed.')).toEqual([
      'He said: \u201cThe army will stay.\u201d',
      'The opposition disagreed.',
    ]);
  });

  it('splits at line breaks after a sentence and at blank lines after a heading', () => {
    expect(
      sentences(
        'Talks Collapse in Geneva\n\nThe negotiators left the city on Friday without a deal.\nA new round is planned.',
      ),
    ).toEqual([
      'Talks Collapse in Geneva',
      'The negotiators left the city on Friday without a deal.',
      'A new round is planned.',
    ]);
    expect(sentences('The talks ended.\r\n\r\nThe envoys left.')).toEqual(['The talks ended.', 'The envoys left.']);
  });

  it('keeps a sentence wrapped over a line break together', () => {
    expect(sentences('The minister met\nthe envoy on Monday. Talks ended.')).toEqual([
      'The minister met\nthe envoy on Monday.',
      'Talks ended.',
    ]);
  });

  it('marks a heading line without closing punctuation as a heading', () => {
    const d = seg.segment('Talks Collapse in Geneva\n\nThe negotiators left the city on Friday without a deal.');
    expect(d.sentenceCount).toBe(2);
    expect(d.isHeading(0)).toBe(true);
    expect(d.isHeading(1)).toBe(false);
  });

  it('returns no sentences for whitespace only', () => {
    expect(seg.segment('   \n\n  ').sentenceCount).toBe(0);
  });
});

describe('character offsets', () => {
  const TEXTS = [
    "He won't attend, and they can't stop him. She didn't say. I'm sure they'll go. We cannot wait.",
    'U.S. Ambassador to Chile Jane Roe met the foreign minister on Tuesday.\n\nLt. Col. Mark Doe said . . . . nothing.',
    '\u201cWe will stay,\u201d he said. \u2018No,\u2019 she said. The army\u2019s chief \u2014 a general \u2014 left.',
    '  Leading spaces,\ttabs\tand\r\nWindows line ends.  ',
    'S\u00e3o Paulo and Z\u00fcrich: caf\u00e9s closed; \u0130stanbul\u2019s mayor (the mayor) spoke. Emoji \ud83d\ude00 too.',
    'Casualties: 20-25 people; $3.5 billion; 10,000 troops; 5 p.m.; e-mail: press@example.org; http://example.org/a?b=c.',
  ];

  it.each(TEXTS.map((t, i) => [i, t] as const))(
    'text %i: tokens slice to their own text, sentences are ordered ranges',
    (i, text) => {
      const d = seg.segment(text);
      expect(d.n).toBeGreaterThan(0);
      expect(offsetViolations(d, `text ${i}`)).toEqual([]);
    },
  );

  it('contraction parts keep positions inside the contraction', () => {
    const text = "They won't meet.";
    const d = seg.segment(text);
    const toks = Array.from({ length: d.n }, (_, i) => ({ w: d.lower[i], s: d.start[i]!, e: d.end[i]! }));
    const nt = toks.find((t) => t.w === "n't");
    expect(nt).toBeDefined();
    expect(text.slice(nt!.s, nt!.e)).toBe("n't");
    for (const t of toks) {
      expect(t.s).toBeGreaterThanOrEqual(0);
      expect(t.e).toBeLessThanOrEqual(text.length);
    }
  });

  it.skipIf(!HAVE_CORPUS)('holds on the first 100 Wikinews stories', () => {
    const lines = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 100);
    expect(lines).toHaveLength(100);
    const bad: string[] = [];
    let tokens = 0;
    let sents = 0;
    for (const line of lines) {
      const story = JSON.parse(line) as { id: string; text: string };
      const d = seg.segment(story.text);
      tokens += d.n;
      sents += d.sentenceCount;
      bad.push(...offsetViolations(d, story.id));
      if (bad.length > 10) break;
    }
    expect(bad).toEqual([]);
    expect(tokens).toBeGreaterThan(10_000);
    expect(sents).toBeGreaterThan(500);
  });
});
