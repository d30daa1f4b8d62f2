/**
 * The store conformance suite: every Store implementation runs it (sqlite.test.ts, postgres.test.ts).
 * `open` gives a fresh, empty store; `cleanup` removes it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/records.js';
import { exportEvents } from '../../src/store/export/index.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import type { EventFact, Store } from '../../src/store/store.js';
import { createCoder } from './fake-coder.mjs';
import { coded, FILLER, story } from './helpers.js';

export interface ConformanceTarget {
  open(): Promise<Store>;
  cleanup?(): Promise<void>;
}

const A = story(
  'a1',
  'USA meets IRN in Baghdad. IRN accuses USAGOV. USA attacks IRN not at all. The weather was fine.',
  {
    source: 'Outlet One',
    url: 'https://one.example/a1',
    title: 'Talks',
  },
);
const B = story('b1', 'IRNGOV threatens ISR on 2007-05. GBR aids IRQ on 2007-05-30. Nothing else happened.', {
  date: '2007-06-02',
});
const C = story('c1', 'RUS bombs GEO in Tskhinvali. GEO attacks RUS.', { date: '2008-08-08' });
const BAD = story('f1', 'This story will FAIL to code.');

export function runConformance(name: string, target: ConformanceTarget): void {
  describe(`store conformance: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await target.open();
    });
    afterEach(async () => {
      await store.close();
      await target.cleanup?.();
    });

    it('migrates on open to the current schema version', () => {
      expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    });

    it('stores stories and events; the same batch twice adds nothing', async () => {
      const batch = [coded(A), coded(B), coded(C), coded(BAD)];
      const w1 = await store.writeStories(batch, 'fake-1');
      expect(w1).toEqual({ stored: 4, skipped: 0, events: 7, duplicates: 0 });
      const w2 = await store.writeStories(batch, 'fake-1');
      expect(w2).toEqual({ stored: 0, skipped: 4, events: 0, duplicates: 0 });
      expect(await store.counts()).toEqual({
        stories: 4,
        coded: 3,
        failed: 1,
        duplicates: 0,
        events: 7,
        inputFailures: 0,
      });
      expect([...(await store.existingIds(['a1', 'zz', 'f1']))].sort()).toEqual(['a1', 'f1']);
    });

    it('stores text exactly: quotes, backslashes, escapes as text, numbers; a lone surrogate becomes U+FFFD', async () => {
      const text = 'USA meets IRN. He said "C:\\ud800\\path" and \\u0041 \\\\n {"a":[1]} \u00e9\u{1F600}';
      const s = story('t1', text, { title: 'odd \ud800 title', url: 'https://example.org/?q=1&r="2"' });
      await store.writeStories([coded(s)], 'fake-1');
      const got = await store.getStory('t1');
      expect(got).toMatchObject({ text, title: 'odd \ufffd title', url: 'https://example.org/?q=1&r="2"' });
      const evs = await store.events({ storyId: ['t1'] });
      expect(evs).toHaveLength(1);
      const rec = JSON.parse(evs[0]!.record) as { goldstein: number; sentence: string };
      expect(rec.sentence).toBe('USA meets IRN.');
      expect(typeof rec.goldstein).toBe('number');
    });

    it('keeps the failed story with its reason', async () => {
      await store.writeStories([coded(BAD)], 'fake-1');
      const s = await store.getStory('f1');
      expect(s).toMatchObject({
        status: 'failed',
        error_code: 'DYADIC_INTERNAL',
        error_message: 'asked to fail',
        event_count: 0,
      });
    });

    it('returns each record exactly as the coder produced it', async () => {
      const c = coded(A);
      await store.writeStories([c], 'fake-1');
      const rows = await store.events({ storyId: ['a1'], includeDuplicates: true });
      if (c.result.status !== 'coded') throw new Error('expected coded');
      expect(rows.map((r) => r.record)).toEqual(c.result.events.map((e) => JSON.stringify(e)));
      expect(rows[0]).toMatchObject({
        story_source: 'Outlet One',
        story_url: 'https://one.example/a1',
        day: '2007-05-28',
      });
    });

    it('writes a batch all or nothing', async () => {
      await store.writeStories([coded(A)], 'fake-1');
      // a second story whose event id collides with a stored one: the whole batch must roll back
      const clash = coded(story('x1', 'USA meets IRN.'));
      if (clash.result.status !== 'coded') throw new Error('expected coded');
      const bad = {
        ...clash,
        result: { ...clash.result, events: clash.result.events.map((e) => ({ ...e, id: 'a1:0:0' })) },
      };
      await expect(store.writeStories([coded(C), bad], 'fake-1')).rejects.toThrow();
      expect(await store.counts()).toMatchObject({ stories: 1, events: 3 });
      // and the store still works afterwards
      await store.writeStories([coded(C)], 'fake-1');
      expect(await store.counts()).toMatchObject({ stories: 2, events: 5 });
    });

    it('marks the same article from a second outlet as a duplicate of the first', async () => {
      const text = `USA meets IRN in Baghdad. ${FILLER} IRN accuses USAGOV.`;
      const first = story('one:1', text, { source: 'One' });
      const second = story('two:9', `${text.replace('the capital', 'the capital city')} `, { source: 'Two' });
      const other = story('three:1', `GBR aids IRQ. ${FILLER.split(' ').reverse().join(' ')}`, { source: 'Three' });
      // the first in one batch, the duplicate and an unrelated story in the next
      await store.writeStories([coded(first)], 'fake-1');
      const w = await store.writeStories([coded(second), coded(other)], 'fake-1');
      expect(w.duplicates).toBe(1);
      expect((await store.getStory('two:9'))?.duplicate_of).toBe('one:1');
      expect((await store.getStory('three:1'))?.duplicate_of).toBeNull();
      const dupEvents = await store.events({ storyId: ['two:9'], includeDuplicates: true });
      expect(dupEvents.map((e) => e.duplicate_of)).toEqual(['one:1:0:0', 'one:1:4:0']);
      expect(await store.countEvents({})).toBe(3);
      expect(await store.countEvents({ includeDuplicates: true })).toBe(5);
      // within one batch too, and exact copies of short texts by their hash
      const s1 = story('s1', 'RUS bombs GEO.');
      const s2 = story('s2', 'RUS  bombs GEO.', { source: 'elsewhere' });
      const w2 = await store.writeStories([coded(s1), coded(s2)], 'fake-1');
      expect(w2.duplicates).toBe(1);
      expect((await store.getStory('s2'))?.duplicate_of).toBe('s1');
    });

    describe('queries', () => {
      beforeEach(async () => {
        await store.writeStories([coded(A), coded(B), coded(C), coded(BAD)], 'fake-1');
      });
      const ids = async (f: Parameters<Store['events']>[0]) => (await store.events(f)).map((e) => e.id);

      it('filters by actor, side, pair, code, root, PLOVER, quad class, mode, dates, place and text', async () => {
        expect(await ids({})).toEqual(['b1:0:0', 'a1:0:0', 'a1:1:0', 'a1:2:0', 'b1:1:0', 'c1:0:0', 'c1:1:0']);
        expect(await ids({ actor: ['IRN'] })).toEqual(['b1:0:0', 'a1:0:0', 'a1:1:0', 'a1:2:0']);
        expect(await ids({ actor: ['USAGOV'] })).toEqual(['a1:1:0']);
        expect(await ids({ actor: ['IRNGOV'] })).toEqual(['b1:0:0']);
        expect(await ids({ source: ['RUS'] })).toEqual(['c1:0:0']);
        expect(await ids({ target: ['RUS', 'GEO'] })).toEqual(['c1:0:0', 'c1:1:0']);
        expect(await ids({ pair: ['IRN', 'USA'] })).toEqual(['a1:0:0', 'a1:1:0', 'a1:2:0']);
        expect(await ids({ pair: ['USA', 'ISR'] })).toEqual([]);
        expect(await ids({ cameo: ['04'] })).toEqual(['a1:0:0']);
        expect(await ids({ cameo: ['19'] })).toEqual(['a1:2:0', 'c1:0:0', 'c1:1:0']);
        expect(await ids({ cameo: ['195'] })).toEqual(['c1:0:0']);
        expect(await ids({ root: ['13', '7'] })).toEqual(['b1:0:0', 'b1:1:0']);
        expect(await ids({ plover: ['assault'] })).toEqual(['a1:2:0', 'c1:0:0', 'c1:1:0']);
        expect(await ids({ quadClass: [3] })).toEqual(['b1:0:0', 'a1:1:0']);
        expect(await ids({ mode: ['negated'] })).toEqual(['a1:2:0']);
        expect(await ids({ since: '2007-05-29', until: '2007-06-30' })).toEqual(['b1:1:0']);
        expect(await ids({ place: 'bagh' })).toEqual(['a1:0:0']);
        expect(await ids({ placeCountry: ['tsk'] })).toEqual(['c1:0:0']);
        expect(await ids({ text: 'NOT AT' })).toEqual(['a1:2:0']);
        expect(await ids({ text: '100%_' })).toEqual([]);
        expect(await ids({ storyId: ['c1'], limit: 1, offset: 1 })).toEqual(['c1:1:0']);
        expect(await store.countEvents({ actor: ['IRN'] })).toBe(4);
      });

      it('orders by day: an event dated by the text counts on that day', async () => {
        // b1:0 is dated 2007-05 in a story of 2007-06-02 -> 2007-05-01; b1:1 on 2007-05-30
        const evs = await store.events({ storyId: ['b1'] });
        expect(evs.map((e) => [e.id, e.day])).toEqual([
          ['b1:0:0', '2007-05-01'],
          ['b1:1:0', '2007-05-30'],
        ]);
      });

      it('streams the same events in the same order in small pages', async () => {
        const all = (await store.events({ includeDuplicates: true })).map((e) => e.id);
        const streamed: string[] = [];
        for await (const e of store.iterateEvents({ includeDuplicates: true }, 2)) streamed.push(e.id);
        expect(streamed).toEqual(all);
      });

      it('streams event facts (no record) and gives the day range', async () => {
        const facts: EventFact[] = [];
        for await (const f of store.eventFacts({ actor: ['IRN'] }, { pageSize: 2 })) facts.push(f);
        facts.sort((x, y) => (x.id < y.id ? -1 : 1));
        expect(facts.map((f) => [f.id, f.day, f.cameo, f.source_country, f.target_country])).toEqual([
          ['a1:0:0', '2007-05-28', '040', 'USA', 'IRN'],
          ['a1:1:0', '2007-05-28', '112', 'IRN', 'USA'],
          ['a1:2:0', '2007-05-28', '190', 'USA', 'IRN'],
          ['b1:0:0', '2007-05-01', '130', 'IRN', 'ISR'],
        ]);
        expect(facts[1]).toMatchObject({
          story_id: 'a1',
          sentence_index: 1,
          mode: 'asserted',
          source_code: 'IRN',
          target_code: 'USAGOV',
        });
        expect(facts[0]).not.toHaveProperty('sentence');
        const withText: string[] = [];
        for await (const f of store.eventFacts({ storyId: ['c1'] }, { sentences: true }))
          withText.push(f.sentence ?? '');
        expect(withText.sort()).toEqual(['GEO attacks RUS.', 'RUS bombs GEO in Tskhinvali.']);
        expect(await store.dayRange({})).toEqual({ first: '2007-05-01', last: '2008-08-08' });
        expect(await store.dayRange({ actor: ['ZZZ'] })).toEqual({ first: null, last: null });
      });

      it('gives a timeline per period and direction, words against deeds', async () => {
        await store.writeStories(
          [
            coded(story('t1', 'USAGOV accuses IRN. IRN attacks USA. USA praises IRNGOV.', { date: '2007-05-29' })),
            coded(story('t2', 'USA aids IRN.', { date: '2007-06-05' })),
          ],
          'fake-1',
        );
        const month = await store.timeline({ a: 'USA', b: 'IRN', by: 'month' });
        expect(month).toEqual([
          {
            period: '2007-05',
            direction: 'A>B',
            source: 'USA',
            target: 'IRN',
            events: 3,
            q1: 2,
            q2: 0,
            q3: 1,
            q4: 0,
            goldstein_sum: 2.4,
            goldstein_mean: 0.8,
            verbal: 3,
            material: 0,
          },
          {
            period: '2007-05',
            direction: 'B>A',
            source: 'IRN',
            target: 'USA',
            events: 2,
            q1: 0,
            q2: 0,
            q3: 1,
            q4: 1,
            goldstein_sum: -12,
            goldstein_mean: -6,
            verbal: 1,
            material: 1,
          },
          {
            period: '2007-06',
            direction: 'A>B',
            source: 'USA',
            target: 'IRN',
            events: 1,
            q1: 0,
            q2: 1,
            q3: 0,
            q4: 0,
            goldstein_sum: 7,
            goldstein_mean: 7,
            verbal: 0,
            material: 1,
          },
        ]);
        // the negated attack is not counted unless asked for
        const all = await store.timeline({ a: 'USA', b: 'IRN', by: 'month', modes: [] });
        expect(all[0]?.events).toBe(4);
        const week = await store.timeline({ a: 'USA', b: 'IRN', by: 'week' });
        expect(week.map((r) => [r.period, r.direction, r.events])).toEqual([
          ['2007-05-28', 'A>B', 3],
          ['2007-05-28', 'B>A', 2],
          ['2007-06-04', 'A>B', 1],
        ]);
        const day = await store.timeline({ a: 'USAGOV', b: 'IRN', by: 'day' });
        expect(day.map((r) => [r.period, r.direction, r.events])).toEqual([
          ['2007-05-28', 'B>A', 1],
          ['2007-05-29', 'A>B', 1],
        ]);
        const since = await store.timeline({ a: 'USA', b: 'IRN', by: 'month', since: '2007-06-01' });
        expect(since).toHaveLength(1);
      });

      it('lists the most active actors and pairs', async () => {
        const { actors, pairs } = await store.actors({ by: 'country', limit: 3 });
        expect(actors.map((a) => [a.actor, a.events, a.as_source, a.as_target])).toEqual([
          ['IRN', 3, 2, 1],
          ['GEO', 2, 1, 1],
          ['RUS', 2, 1, 1],
        ]);
        expect(pairs[0]).toMatchObject({ source: 'GBR', target: 'IRQ', events: 1, goldstein_mean: 7 });
        const byCode = await store.actors({ limit: 50, modes: [] });
        expect(byCode.actors.find((a) => a.actor === 'USAGOV')).toEqual({
          actor: 'USAGOV',
          events: 1,
          as_source: 0,
          as_target: 1,
        });
      });

      it('exports JSONL records, GDELT-style CSV and Parquet', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'dyadic-export-'));
        expect(await exportEvents(store, 'jsonl', join(dir, 'e.jsonl'))).toBe(7);
        const lines = readFileSync(join(dir, 'e.jsonl'), 'utf8').trim().split('\n');
        expect((JSON.parse(lines[1] ?? '{}') as EventRecord).id).toBe('a1:0:0');
        expect(await exportEvents(store, 'gdelt', join(dir, 'e.csv'))).toBe(7);
        const csv = readFileSync(join(dir, 'e.csv'), 'utf8').trim().split('\n');
        expect(csv).toHaveLength(8);
        expect(csv[0]?.split(',')).toHaveLength(58);
        expect(csv[2]).toBe(
          'a1:0:0,20070528,200705,2007,2007.4055,USA,USA,USA,,,,,,,,IRN,IRN,IRN,,,,,,,,1,040,040,04,1,1,1,1,1,,,,,,,,,,,,,,,,4,Baghdad,BAG,,1.5,2.5,,20070528,https://one.example/a1',
        );
        expect(await exportEvents(store, 'parquet', join(dir, 'e.parquet'))).toBe(7);
        const { parquetReadObjects } = await import('hyparquet');
        const buf = readFileSync(join(dir, 'e.parquet'));
        const rows = await parquetReadObjects({
          file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
        });
        expect(rows).toHaveLength(7);
        expect(rows[1]).toMatchObject({
          id: 'a1:0:0',
          source_code: 'USA',
          target_code: 'IRN',
          cameo: '040',
          goldstein: 1,
          quad_class: 1,
        });
      });
    });

    it('replaces a story’s events atomically when re-coded, and finds stale stories', async () => {
      await store.writeStories([coded(A), coded(C), coded(BAD)], 'fake-1');
      const v2 = createCoder({ version: 'fake-2' });
      const stale = await store.listStories({ limit: 10, staleFor: 'fake-2' });
      expect(stale.map((s) => s.id)).toEqual(['a1', 'c1', 'f1']);
      expect(await store.countStories({ staleFor: 'fake-2' })).toBe(3);
      const n = await store.replaceStories([coded(A, v2), coded(story('f1', 'Now RUS meets GEO.'), v2)], 'fake-2');
      expect(n).toBe(2);
      expect((await store.listStories({ limit: 10, staleFor: 'fake-2' })).map((s) => s.id)).toEqual(['c1']);
      const a = await store.events({ storyId: ['a1'], includeDuplicates: true });
      expect(a.map((e) => (JSON.parse(e.record) as EventRecord).goldstein)).toEqual([1.5, -1.5, -9.5]);
      expect(await store.getStory('f1')).toMatchObject({
        status: 'coded',
        error_code: null,
        event_count: 1,
        coder_version: 'fake-2',
      });
      // a failing replacement leaves the previous events in place
      const clash = coded(story('c1', 'RUS bombs GEO.'), v2);
      if (clash.result.status !== 'coded') throw new Error('expected coded');
      const bad = { ...clash, result: { ...clash.result, events: [...clash.result.events, ...clash.result.events] } };
      await expect(store.replaceStories([coded(A, v2), bad], 'fake-2')).rejects.toThrow();
      expect((await store.events({ storyId: ['c1'] })).map((e) => e.id)).toEqual(['c1:0:0', 'c1:1:0']);
      expect((await store.getStory('c1'))?.coder_version).toBe('fake-1');
    });

    it('records unreadable inputs once per place', async () => {
      await store.recordInputFailures([{ where: 'x.jsonl:3', code: 'DYADIC_INPUT_JSON', message: 'bad' }]);
      await store.recordInputFailures([
        { where: 'x.jsonl:3', code: 'DYADIC_INPUT_JSON', message: 'still bad' },
        { where: 'y.html', code: 'DYADIC_INPUT_FORMAT', message: 'no body' },
      ]);
      expect((await store.counts()).inputFailures).toBe(2);
    });
  });
}
