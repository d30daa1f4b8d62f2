/** Ingestion with the fake coder: batches, idempotency, failures, worker threads, recode. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, localBackend } from '../../src/ingest/coding.js';
import { ingest } from '../../src/ingest/ingest.js';
import { recode } from '../../src/ingest/recode.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { createCoder } from './fake-coder.mjs';
import { FILLER } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dyadic-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAIRS = [
  'USA meets IRN',
  'IRN accuses USA',
  'RUS bombs GEO',
  'GBR aids IRQ',
  'CHN praises PAK',
  'ISR attacks SYR',
];

function corpus(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const text = `${PAIRS[i % PAIRS.length]}. ${PAIRS[(i * 7 + 3) % PAIRS.length]} in Place${i % 5}. Story number ${i} ends here.`;
    lines.push(
      JSON.stringify({
        id: `s${i}`,
        date: `2020-0${(i % 9) + 1}-${day}`,
        text: i === 17 ? 'FAIL' : text,
        source: `outlet${i % 3}`,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function inputDir(name: string): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'more'), { recursive: true });
  writeFileSync(join(root, 'a.jsonl'), corpus(230));
  writeFileSync(
    join(root, 'more', 'b.jsonl'),
    '{"id":"b1","date":"2021-01-01","text":"USA threatens IRN."}\n{not json}\n{"id":"s3","date":"2020-04-04","text":"seen before"}\n',
  );
  writeFileSync(join(root, 'more', 'dup.txt'), `USA meets IRN in Baghdad. ${FILLER} IRN accuses USAGOV.`);
  writeFileSync(
    join(root, 'more', 'dup2.txt'),
    `USA meets IRN in Baghdad. ${FILLER.replace('the capital', 'the capital city')} IRN accuses USAGOV.`,
  );
  return root;
}

async function dump(store: Store): Promise<string[]> {
  const out: string[] = [];
  for await (const e of store.iterateEvents({ includeDuplicates: true }))
    out.push(`${e.id} ${e.duplicate_of ?? '-'} ${e.record}`);
  return out;
}

describe('ingest', () => {
  it('codes and stores in batches; a second run adds nothing', async () => {
    const root = inputDir('one');
    const store = await openStore(join(dir, 'one.db'));
    const failures: string[] = [];
    const progress: number[] = [];
    const s1 = await ingest({
      store,
      paths: [root],
      backend: localBackend(createCoder()),
      batchSize: 50,
      txtDefaults: { date: '2007-05-28' },
      onFailure: (f) => failures.push(`${f.where.replace(root, '')} ${f.code}`),
      onProgress: (p) => progress.push(p.done),
    });
    expect(s1).toMatchObject({
      read: 235,
      stories: 233,
      skipped: 1,
      failed: 2,
      invalidInputs: 1,
      codingFailures: 1,
      duplicates: 1,
    });
    expect(s1.events).toBe(229 * 2 + 1 + 2 * 2);
    expect(s1.sentences).toBeGreaterThan(600);
    expect(failures).toEqual(['s17 DYADIC_INTERNAL', '/more/b.jsonl:2 DYADIC_INPUT_JSON']);
    expect(progress.at(-1)).toBe(235);
    const counts = await store.counts();
    expect(counts).toEqual({ stories: 233, coded: 232, failed: 1, duplicates: 1, events: s1.events, inputFailures: 1 });
    expect((await store.getStory('more/dup2'))?.duplicate_of).toBe('more/dup');
    const before = await dump(store);

    const s2 = await ingest({
      store,
      paths: [root],
      backend: localBackend(createCoder()),
      batchSize: 50,
      txtDefaults: { date: '2007-05-28' },
    });
    expect(s2).toMatchObject({ read: 235, stories: 0, events: 0, skipped: 234, failed: 1 });
    expect(await store.counts()).toEqual(counts);
    expect(await dump(store)).toEqual(before);
    await store.close();
  });

  it('gives the same events with worker threads as in one thread', async () => {
    const root = inputDir('two');
    const a = await openStore(':memory:');
    await ingest({
      store: a,
      paths: [root],
      backend: localBackend(createCoder()),
      batchSize: 40,
      txtDefaults: { date: '2007-05-28' },
    });
    const b = await openStore(':memory:');
    const pool = await createBackend({
      jobs: 2,
      coderModule: pathToFileURL(join(import.meta.dirname, 'fake-coder.mjs')).href,
    });
    try {
      const s = await ingest({
        store: b,
        paths: [root],
        backend: pool,
        batchSize: 40,
        txtDefaults: { date: '2007-05-28' },
      });
      expect(s.stories).toBe(233);
    } finally {
      await pool.close();
    }
    expect(await dump(b)).toEqual(await dump(a));
    await a.close();
    await b.close();
  });

  it('turns a coder exception into a failed story and goes on', async () => {
    const root = join(dir, 'three');
    mkdirSync(root);
    writeFileSync(
      join(root, 'x.jsonl'),
      '{"id":"t1","date":"2020-01-01","text":"THROW"}\n{"id":"t2","date":"2020-01-01","text":"USA meets IRN."}\n',
    );
    const store = await openStore(':memory:');
    const s = await ingest({ store, paths: [root], backend: localBackend(createCoder()) });
    expect(s).toMatchObject({ stories: 2, events: 1, codingFailures: 1 });
    expect(await store.getStory('t1')).toMatchObject({ status: 'failed', error_message: 'coder exploded' });
    await store.close();
  });

  it('re-codes stale stories after a knowledge change, replacing their events', async () => {
    const root = inputDir('four');
    const store = await openStore(':memory:');
    await ingest({ store, paths: [root], backend: localBackend(createCoder()), txtDefaults: { date: '2007-05-28' } });
    const before = await store.counts();
    const v2 = localBackend(createCoder({ version: 'fake-2' }));
    const r = await recode({ store, backend: v2, batchSize: 64 });
    expect(r.stories).toBe(233);
    expect(await store.countStories({ staleFor: 'fake-2' })).toBe(0);
    expect(await store.counts()).toEqual(before);
    const [e] = await store.events({ storyId: ['s0'] });
    expect(JSON.parse(e?.record ?? '{}').goldstein).toBe(1.5);
    // nothing stale: nothing to do
    expect((await recode({ store, backend: v2 })).stories).toBe(0);
    expect((await store.getStory('more/dup2'))?.duplicate_of).toBe('more/dup');
    await store.close();
  });
});
