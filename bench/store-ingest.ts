/**
 * Benchmark: ingest speed with storing vs coding alone (target: storing costs < 25% on top of coding).
 * Run: npx tsc -p tsconfig.json; DYADIC_TEST_PG_URL=postgres://... node dist-check/bench/store-ingest.js [rounds=3]
 * One thread (the same coder object) for all three, so the difference is what the store costs:
 * reading and fingerprinting the stories, the existence checks, and the batched writes (200 per transaction).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createCoder } from '../src/core/coder.js';
import type { Story } from '../src/core/records.js';
import { localBackend } from '../src/ingest/coding.js';
import { ingest } from '../src/ingest/ingest.js';
import { readInputs } from '../src/io/walk.js';
import { openStore } from '../src/store/open.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/wikinews/bench.jsonl');
const rounds = Number(process.argv[2] ?? 3);
const pgUrl = process.env.DYADIC_TEST_PG_URL;

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`skipped: ${corpus} not found`);
    return;
  }
  const coder = createCoder();
  const stories: Story[] = [];
  for await (const it of readInputs([corpus])) if (it.ok) stories.push(it.story);
  for (const s of stories.slice(0, 20)) coder.codeStory(s); // warm up
  const best = { code: Infinity, sqlite: Infinity, pg: Infinity };
  let events = 0;
  const dir = mkdtempSync(join(tmpdir(), 'dyadic-bench-ingest-'));
  try {
    for (let r = 0; r < rounds; r++) {
      let t = performance.now();
      for (const s of stories) coder.codeStory(s);
      best.code = Math.min(best.code, performance.now() - t);

      const store = await openStore(join(dir, `r${r}.db`));
      t = performance.now();
      const sum = await ingest({ store, paths: [corpus], backend: localBackend(coder) });
      best.sqlite = Math.min(best.sqlite, performance.now() - t);
      events = sum.events;
      await store.close();

      if (pgUrl) {
        const schema = `dyadic_bench_${process.pid}_${r}`;
        const ps = await openStore(pgUrl, { schema });
        t = performance.now();
        await ingest({ store: ps, paths: [corpus], backend: localBackend(coder) });
        best.pg = Math.min(best.pg, performance.now() - t);
        await ps.close();
        const c = new pg.Client({ connectionString: pgUrl });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const n = stories.length;
  const rate = (ms: number) => (n / (ms / 1000)).toFixed(1);
  const over = (ms: number) => `${(((ms - best.code) / best.code) * 100).toFixed(1)}%`;
  console.log(`${n} Wikinews stories, ${events} events, best of ${rounds} rounds, one thread`);
  console.log(`coding alone:      ${best.code.toFixed(0)} ms  ${rate(best.code)} stories/s`);
  console.log(`ingest, SQLite:    ${best.sqlite.toFixed(0)} ms  ${rate(best.sqlite)} stories/s  (+${over(best.sqlite)})`);
  if (pgUrl) console.log(`ingest, PostgreSQL: ${best.pg.toFixed(0)} ms  ${rate(best.pg)} stories/s  (+${over(best.pg)})`);
  else console.log('ingest, PostgreSQL: skipped (set DYADIC_TEST_PG_URL)');
}

void main();
