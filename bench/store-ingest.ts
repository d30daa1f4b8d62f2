/**
 * Benchmark: what storing costs on top of coding (target: < 25%), SQLite and PostgreSQL.
 * Run: npx tsc -p tsconfig.json; DYADIC_TEST_PG_URL=postgres://... node dist-check/bench/store-ingest.js [rounds=5]
 *
 * The baseline is the coder's own speed: one thread reads the file and codes every story
 * (`coder.codeStory`), nothing else. Against it, two set-ups:
 * - serial: the same thread does everything (the same coder object): reading, coding, fingerprinting,
 *   existence checks and the batched writes (100 stories per transaction, the default). The strictest figure.
 * - overlapped: coding and fingerprinting on one worker thread (`ingest --jobs 1`), reading and
 *   writing on the main thread while the worker codes the next batch. This is how `dyadic ingest` runs.
 * Times run from the first read to the store closed (a SQLite checkpoint on close is counted).
 * Rounds alternate; the best of each is kept.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { type Coder, createCoder } from '../src/core/coder.js';
import { type CodingBackend, localBackend, workerPool } from '../src/ingest/coding.js';
import { ingest } from '../src/ingest/ingest.js';
import { readInputs } from '../src/io/walk.js';
import { openStore } from '../src/store/open.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/wikinews/bench.jsonl');
const rounds = Number(process.argv[2] ?? 5);
const pgUrl = process.env.DYADIC_TEST_PG_URL;
/** The coder's own speed: reads the corpus and codes each story in this thread. */
async function codeAlone(coder: Coder): Promise<number> {
  const t = performance.now();
  let events = 0;
  for await (const it of readInputs([corpus])) {
    if (!it.ok) continue;
    const r = coder.codeStory(it.story);
    if (r.status === 'coded') events += r.events.length;
  }
  if (events === 0) throw new Error('no events coded');
  return performance.now() - t;
}

async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
}

async function ingestInto(target: 'sqlite' | 'pg', backend: CodingBackend, dir: string, tag: string): Promise<number> {
  const schema = `dyadic_bench_${process.pid}_${tag}`;
  const store = target === 'sqlite' ? await openStore(join(dir, `${tag}.db`)) : await openStore(pgUrl!, { schema });
  const t = performance.now();
  const sum = await ingest({ store, paths: [corpus], backend });
  await store.close();
  const ms = performance.now() - t;
  if (sum.events === 0) throw new Error('no events stored');
  if (target === 'pg') await dropSchema(schema);
  return ms;
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`skipped: ${corpus} not found`);
    return;
  }
  const coder = createCoder();
  const local = localBackend(coder);
  const pool = await workerPool({ jobs: 1 });
  const targets: ('sqlite' | 'pg')[] = pgUrl ? ['sqlite', 'pg'] : ['sqlite'];
  const best: Record<string, number> = {};
  const keep = (k: string, ms: number) => {
    best[k] = Math.min(best[k] ?? Number.POSITIVE_INFINITY, ms);
  };
  let stories = 0;
  for await (const it of readInputs([corpus])) if (it.ok) stories++;
  const dir = mkdtempSync(join(tmpdir(), 'dyadic-bench-ingest-'));
  try {
    await codeAlone(coder); // warm-up
    for (let r = 0; r < rounds; r++) {
      keep('code', await codeAlone(coder));
      for (const [mode, backend] of [
        ['serial', local],
        ['overlapped', pool],
      ] as const) {
        for (const t of targets) keep(`${mode}:${t}`, await ingestInto(t, backend, dir, `${mode}_${t}_${r}`));
      }
    }
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const rate = (ms: number) => `${(stories / (ms / 1000)).toFixed(0)} stories/s`;
  console.log(`${stories} Wikinews stories, best of ${rounds} alternating rounds`);
  const base = best.code!;
  console.log(`read + code, one thread (the coder's own speed): ${base.toFixed(0)} ms  ${rate(base)}`);
  for (const mode of ['serial', 'overlapped']) {
    console.log(
      mode === 'serial' ? 'serial (one thread does it all):' : 'overlapped (coding on a worker thread, writes on main):',
    );
    for (const t of targets) {
      const ms = best[`${mode}:${t}`]!;
      const name = t === 'sqlite' ? 'ingest, SQLite:' : 'ingest, PostgreSQL:';
      console.log(`  ${name.padEnd(20)} ${ms.toFixed(0)} ms  ${rate(ms)}  (+${(((ms - base) / base) * 100).toFixed(1)}%)`);
    }
    if (!pgUrl) console.log('  ingest, PostgreSQL: skipped (set DYADIC_TEST_PG_URL)');
  }
}

void main();
