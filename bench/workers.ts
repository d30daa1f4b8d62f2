/**
 * Benchmark: queue throughput with 1 and 2 `dyadic worker` processes against the real Redis and
 * PostgreSQL, and where the CPU goes (workers, PostgreSQL, Redis), next to a single-process ingest.
 * Run: npx tsc -p tsconfig.build.json && npx tsc -p tsconfig.json;
 *      DYADIC_TEST_REDIS_URL=redis://127.0.0.1:6379 DYADIC_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test \
 *      node dist-check/bench/workers.js [copies=3]
 * The Wikinews corpus is repeated `copies` times under new ids (later copies are exact duplicates,
 * which the store marks as such). The queue is filled first; the clock starts when every worker is
 * ready and stops when the queue is empty. CPU seconds come from /proc (Linux).
 * DYADIC_BENCH_ONLY=ingest,w1,w2 picks runs; DYADIC_BENCH_CONCURRENCY=n jobs per coding thread (default 16, as the worker); DYADIC_BENCH_KEEP=1 keeps the schemas (dyadic_bench_<pid>_<run>).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Queue } from 'bullmq';
import pg from 'pg';

const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'dist/cli/main.js');
const corpus = resolve(root, '../shared/corpus/wikinews/bench.jsonl');
const copies = Number(process.argv[2] ?? 3);
const redis = process.env.DYADIC_TEST_REDIS_URL;
const pgUrl = process.env.DYADIC_TEST_PG_URL;

const TICK = 100; // clock ticks per second (getconf CLK_TCK on Linux)

function cpuOf(pids: readonly number[]): number {
  let t = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
      t += (Number(rest[11]) + Number(rest[12])) / TICK; // utime + stime
    } catch {
      // gone
    }
  }
  return t;
}

function pidsOf(name: string): number[] {
  try {
    return execFileSync('pgrep', ['-x', name], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function pgAt(schema: string): string {
  const u = new URL(pgUrl as string);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function sql<T extends pg.QueryResultRow>(q: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return (await c.query<T>(q)).rows;
  } finally {
    await c.end();
  }
}

function runCli(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [main, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => res({ code, stderr, stdout }));
  });
}

interface Result {
  readonly label: string;
  readonly stories: number;
  readonly events: number;
  readonly seconds: number;
  readonly cpu: { workers: number; postgres: number; redis: number };
}

async function workers(file: string, procs: number, threads: number, concurrency: number, tag: string): Promise<Result> {
  const queueName = `dyadic_bench_${process.pid}_${tag}`;
  const schema = `dyadic_bench_${process.pid}_${tag}`;
  const Q = ['--redis', redis as string, '--queue', queueName];
  const enq = await runCli(['enqueue', file, ...Q, '--quiet', '--json']);
  if (enq.code !== 0) throw new Error(enq.stderr);
  const total = (JSON.parse(enq.stdout) as { submitted: number }).submitted;
  const queue = new Queue(queueName, { connection: { url: redis as string } });
  const children = Array.from({ length: procs }, (_, i) => {
    const p = spawn(
      process.execPath,
      [main, 'worker', ...Q, '--db', pgAt(schema), '--jobs', String(threads), '--concurrency', String(concurrency), '--name', `w${i}`, '--quiet'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    p.stderr.resume();
    return p;
  });
  // ready: every worker registered with Redis
  while ((await queue.getWorkersCount()) < procs) await new Promise((r) => setTimeout(r, 50));
  const pgPids = pidsOf('postgres');
  const redisPids = pidsOf('redis-server');
  const workerPids = children.map((c) => c.pid as number);
  const c0 = { w: cpuOf(workerPids), p: cpuOf(pgPids), r: cpuOf(redisPids) };
  const t0 = performance.now();
  for (;;) {
    const c = await queue.getJobCounts('completed', 'failed');
    if ((c.completed ?? 0) + (c.failed ?? 0) >= total) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = { workers: cpuOf(workerPids) - c0.w, postgres: cpuOf(pgPids) - c0.p, redis: cpuOf(redisPids) - c0.r };
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => c.on('close', r))));
  const [counts] = await sql<{ s: string; e: string }>(
    `SELECT (SELECT COUNT(*) FROM ${schema}.stories) AS s, (SELECT COUNT(*) FROM ${schema}.events) AS e`,
  );
  await queue.obliterate({ force: true });
  await (await queue.client).del(`${queue.qualifiedName}:dyadic-stats`);
  await queue.close();
  if (!process.env.DYADIC_BENCH_KEEP) await sql(`DROP SCHEMA ${schema} CASCADE`);
  return {
    label: `${procs} worker process${procs > 1 ? 'es' : ''} × ${threads} coding thread${threads > 1 ? 's' : ''}, concurrency ${concurrency}`,
    stories: Number(counts?.s ?? 0),
    events: Number(counts?.e ?? 0),
    seconds,
    cpu,
  };
}

async function ingestOnce(file: string, tag: string): Promise<Result> {
  const schema = `dyadic_bench_${process.pid}_${tag}`;
  const pgPids = pidsOf('postgres');
  const c0 = cpuOf(pgPids);
  const r = await runCli(['ingest', file, '--db', pgAt(schema), '--jobs', '2', '--quiet', '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  const s = JSON.parse(r.stdout) as { stories: number; events: number; seconds: number };
  const pgCpu = cpuOf(pgPids) - c0;
  if (!process.env.DYADIC_BENCH_KEEP) await sql(`DROP SCHEMA ${schema} CASCADE`);
  return { label: 'single-process ingest, 2 coding threads (reference)', stories: s.stories, events: s.events, seconds: s.seconds, cpu: { workers: Number.NaN, postgres: pgCpu, redis: 0 } };
}

async function main_(): Promise<void> {
  if (!redis || !pgUrl) {
    console.log('skipped: set DYADIC_TEST_REDIS_URL and DYADIC_TEST_PG_URL');
    return;
  }
  if (!existsSync(corpus)) {
    console.log(`skipped: ${corpus} not found`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dyadic-bench-workers-'));
  const file = join(dir, 'corpus.jsonl');
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(corpus) })) if (line.trim()) lines.push(line);
  const out: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const l of lines) {
      const o = JSON.parse(l) as { id: string };
      out.push(JSON.stringify({ ...o, id: c === 0 ? o.id : `${o.id}#${c}` }));
    }
  }
  writeFileSync(file, `${out.join('\n')}\n`);
  console.log(`${out.length} stories (${copies} copies of the Wikinews corpus); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  const results: Result[] = [];
  try {
    const only = process.env.DYADIC_BENCH_ONLY?.split(',');
    if (!only || only.includes('ingest')) results.push(await ingestOnce(file, 'ingest'));
    const perThread = Number(process.env.DYADIC_BENCH_CONCURRENCY ?? 16);
    if (!only || only.includes('w1')) results.push(await workers(file, 1, 2, 2 * perThread, 'w1'));
    if (!only || only.includes('w2')) results.push(await workers(file, 2, 1, perThread, 'w2'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const r of results) {
    const cpu = Number.isNaN(r.cpu.workers)
      ? `postgres ${r.cpu.postgres.toFixed(1)} s`
      : `workers ${r.cpu.workers.toFixed(1)} s, postgres ${r.cpu.postgres.toFixed(1)} s, redis ${r.cpu.redis.toFixed(1)} s`;
    console.log(
      `${r.label}: ${r.stories} stories, ${r.events} events in ${r.seconds.toFixed(1)} s = ` +
        `${(r.stories / r.seconds).toFixed(1)} stories/s, ${(r.events / r.seconds).toFixed(1)} events/s; CPU ${cpu}`,
    );
  }
  console.log(`load average after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
}

void main_().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
