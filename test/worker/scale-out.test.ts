/**
 * Scale-out against the real Redis (DYADIC_TEST_REDIS_URL) and PostgreSQL (DYADIC_TEST_PG_URL), with
 * the built CLI and the real coder on the Wikinews corpus (../shared): two worker processes, one
 * killed with SIGKILL while it holds jobs and restarted, must store exactly the events of a
 * single-process `dyadic ingest`, also when the other one loses its PostgreSQL connection. Poisoned stories (binary junk, 50 MB texts) fail alone, at once,
 * with a readable reason, and the workers keep going. Each run uses its own queue and schemas.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobData, JobResult } from '../../src/worker/queue.js';
import {
  type Child,
  corpus,
  dropSchemas,
  dyadic,
  pgAt,
  pgQuery,
  pgUrl,
  type Run,
  redisUrl,
  removeQueue,
  sleep,
  terminateBackendsOf,
} from './helpers.js';

const missing = !redisUrl
  ? 'set DYADIC_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379)'
  : !pgUrl
    ? 'set DYADIC_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test)'
    : !existsSync(corpus)
      ? `${corpus} not found`
      : null;

if (missing) {
  describe('scale-out with BullMQ workers and PostgreSQL', () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
} else {
  const run = `dyadic_w${process.pid}_${Date.now().toString(36)}`;
  const queueName = run;
  const workSchema = `${run}_w`;
  const refSchema = `${run}_ref`;
  const dir = mkdtempSync(join(tmpdir(), 'dyadic-worker-'));
  const poison = join(dir, 'poison.jsonl');
  const hugeInQueue = join(dir, 'huge-in-queue.jsonl');
  const redis = redisUrl as string;
  const Q = ['--redis', redis, '--queue', queueName];
  const children: Child[] = [];
  let queue: Queue<JobData, JobResult>;

  const startWorker = (name: string): Child => {
    const c = dyadic([
      'worker',
      ...Q,
      '--db',
      pgAt(workSchema),
      '--jobs',
      '1',
      '--concurrency',
      '4',
      '--lock-duration',
      '3000',
      '--stalled-interval',
      '1000',
      '--name',
      name,
    ]);
    children.push(c);
    return c;
  };

  const finish = async (c: Child): Promise<Run> => {
    const r = await c.done;
    expect(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`).toBe(true);
    return r;
  };

  const counts = () => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');

  async function drained(expected: number, timeoutMs: number): Promise<void> {
    const t0 = Date.now();
    for (;;) {
      const c = await counts();
      const open = (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0);
      if (open === 0 && (c.completed ?? 0) + (c.failed ?? 0) >= expected) return;
      if (Date.now() - t0 > timeoutMs) throw new Error(`queue not drained after ${timeoutMs} ms: ${JSON.stringify(c)}`);
      await sleep(250);
    }
  }

  const eventsOf = (schema: string) =>
    pgQuery<{ id: string; story_id: string; record: string }>(
      `SELECT id, story_id, record FROM ${schema}.events ORDER BY id`,
    );
  const storiesOf = (schema: string) =>
    pgQuery<{ id: string; status: string; event_count: number; text_hash: string }>(
      `SELECT id, status, event_count, text_hash FROM ${schema}.stories WHERE id NOT LIKE 'poison-%' ORDER BY id`,
    );

  beforeAll(async () => {
    // binary junk: random bytes read as text (replacement characters); and a 50 MB text, twice:
    // refused at enqueue (sent without its text), and sent whole (refused by the coder in the worker)
    const junk = randomBytes(6000).toString('utf8');
    const huge = 'Talks continue. '.repeat(3_300_000);
    writeFileSync(
      poison,
      `${JSON.stringify({ id: 'poison-junk', date: '2020-01-01', text: junk })}\n${JSON.stringify({ id: 'poison-huge', date: '2020-01-01', text: huge })}\n`,
    );
    writeFileSync(hugeInQueue, `${JSON.stringify({ id: 'poison-huge-in-queue', date: '2020-01-01', text: huge })}\n`);
    queue = new Queue(queueName, { connection: { url: redis } });
    // the reference: one process, one transaction per batch, into its own schema
    const ref = await dyadic(['ingest', corpus, '--db', pgAt(refSchema), '--jobs', '2', '--quiet', '--json']).done;
    expect(ref.code, ref.stderr).toBe(0);
  });

  afterAll(async () => {
    for (const c of children) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
    await queue?.close();
    await removeQueue(queueName);
    await dropSchemas(workSchema, refSchema);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('scale-out with BullMQ workers and PostgreSQL', () => {
    let killedJobs: string[] = [];
    let a2: Child;
    let b: Child;

    it('two workers, one SIGKILLed while holding jobs and restarted, store exactly the events of one ingest', async () => {
      const a = startWorker('A');
      b = startWorker('B');
      await Promise.all([a.waitFor('worker A: queue'), b.waitFor('worker B: queue')]);

      const enq = dyadic(['enqueue', corpus, poison, ...Q, '--quiet', '--json']);
      const e = await enq.done;
      expect(e.code, e.stderr).toBe(1); // one story too large to queue
      expect(JSON.parse(e.stdout)).toMatchObject({ done: 439, submitted: 439, oversize: 1, failed: 0 });
      expect(e.stderr).toMatch(/poison-huge.*DYADIC_INPUT_TOO_LARGE/);

      // kill A while it holds active jobs, after it has completed some
      const t0 = Date.now();
      for (;;) {
        const active = await queue.getActive();
        const mine = active.filter((j) => j.processedBy === 'A');
        const done = (await queue.getCompletedCount()) ?? 0;
        if (mine.length > 0 && done >= 60) {
          a.proc.kill('SIGKILL');
          killedJobs = mine.map((j) => String(j.id));
          break;
        }
        if (Date.now() - t0 > 60_000) throw new Error(`A never held jobs; A stderr:\n${a.err()}`);
        await sleep(20);
      }
      const ra = await a.done;
      expect(ra.signal).toBe('SIGKILL');
      expect(killedJobs.length).toBeGreaterThan(0);

      a2 = startWorker('A2');
      await a2.waitFor('worker A2: queue');
      // the 50 MB story sent whole (after the kill: the polling above reads active jobs' data): the
      // coder refuses it at once, in the worker
      const enq2 = await dyadic(['enqueue', hugeInQueue, ...Q, '--quiet', '--max-chars', '60000000']).done;
      expect(enq2.code, enq2.stderr).toBe(0);
      // and B loses its store connection: it reconnects, and the jobs that failed with it are retried
      // (under load B may be between connections for a moment: try for a few seconds)
      let dropped = 0;
      for (let t = 0; t < 50 && dropped === 0; t++) {
        dropped = await terminateBackendsOf(b.proc.pid as number);
        if (dropped === 0) await sleep(100);
      }
      expect(dropped).toBeGreaterThan(0);
      await drained(440, 120_000);
      expect(b.proc.exitCode).toBeNull();

      // A's jobs were redelivered (stalled) and finished by the others (except any A finished just before the kill)
      let redelivered = 0;
      for (const id of killedJobs) {
        const j = await queue.getJob(id);
        expect(j, id).toBeDefined();
        const poisoned = j?.data.kind !== 'input-failure' && j?.data.story.id.startsWith('poison-');
        expect(await j?.getState(), id).toBe(poisoned ? 'failed' : 'completed');
        if (j?.processedBy === 'A') continue;
        expect(j?.stalledCounter, id).toBeGreaterThanOrEqual(1);
        redelivered++;
      }
      // Every job A held was either finished by A just before the kill landed or redelivered; on a busy
      // machine all of them can finish in that instant, and the exact comparison below still holds.
      if (redelivered === 0) console.warn('scale-out: every job A held finished before the kill landed');
      expect(redelivered).toBeLessThanOrEqual(killedJobs.length);

      const [refEvents, workEvents] = await Promise.all([eventsOf(refSchema), eventsOf(workSchema)]);
      expect(refEvents.length).toBeGreaterThan(1000);
      expect(workEvents.length).toBe(refEvents.length);
      expect(workEvents).toEqual(refEvents);
      expect(await storiesOf(workSchema)).toEqual(await storiesOf(refSchema));
    }, 170_000);

    it('poisoned stories fail alone, at once, with a readable reason; the workers keep going', async () => {
      const c = await counts();
      expect(c).toMatchObject({ completed: 437, failed: 3, waiting: 0, active: 0 });
      const r = await dyadic(['queue', 'failed', ...Q, '--format', 'json']).done;
      expect(r.code, r.stderr).toBe(0);
      const failed = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { story: string; reason: string; attempts: number });
      const byStory = new Map(failed.map((f) => [f.story, f]));
      expect([...byStory.keys()].sort()).toEqual(['poison-huge', 'poison-huge-in-queue', 'poison-junk']);
      expect(byStory.get('poison-junk')?.reason).toMatch(/^DYADIC_INPUT_ENCODING: story text is not valid UTF-8/);
      expect(byStory.get('poison-huge')?.reason).toMatch(/^DYADIC_INPUT_TOO_LARGE: story text is 52800000 characters/);
      expect(byStory.get('poison-huge-in-queue')?.reason).toMatch(
        /^DYADIC_INPUT_TOO_LARGE: story text is 52800000 characters/,
      );
      // permanent: failed before the 3 attempts were used up (a second attempt only when the first met the dropped connection)
      for (const f of failed) expect(f.attempts, f.story).toBeLessThan(3);
      // the store knows them as ingest would: failed stories, and an input it could not take
      const st = await pgQuery<{ id: string; status: string; error_code: string }>(
        `SELECT id, status, error_code FROM ${workSchema}.stories WHERE id LIKE 'poison-%' ORDER BY id`,
      );
      // (PostgreSQL text cannot hold the NUL characters of the junk: then it is not stored at all)
      const junk = byStory.get('poison-junk')?.reason.includes('not stored')
        ? []
        : [{ id: 'poison-junk', status: 'failed', error_code: 'DYADIC_INPUT_ENCODING' }];
      expect(st).toEqual([
        { id: 'poison-huge-in-queue', status: 'failed', error_code: 'DYADIC_INPUT_TOO_LARGE' },
        ...junk,
      ]);
      const inputs = await pgQuery<{ location: string; code: string }>(
        `SELECT location, code FROM ${workSchema}.input_failures`,
      );
      expect(inputs).toEqual([
        { location: expect.stringMatching(/poison\.jsonl:2 \(poison-huge\)$/), code: 'DYADIC_INPUT_TOO_LARGE' },
      ]);

      const s = await dyadic(['queue', 'status', ...Q, '--format', 'json']).done;
      expect(s.code, s.stderr).toBe(0);
      const status = JSON.parse(s.stdout);
      expect(status).toMatchObject({
        queue: queueName,
        waiting: 0,
        active: 0,
        delayed: 0,
        completed: 437,
        failed: 3,
        workers: 2,
      });
      // statistics, not bookkeeping: what the killed worker had not yet reported is missing
      expect(status.events).toBeGreaterThan(0.5 * (await eventsOf(refSchema)).length);
      expect(status.events).toBeLessThanOrEqual((await eventsOf(refSchema)).length);
      expect(status.storiesPerSecond).toBeGreaterThan(0);
    });

    it('enqueueing the same stories again adds no job; a failed job can be retried and fails again alone', async () => {
      const before = await counts();
      const again = await dyadic(['enqueue', corpus, ...Q, '--quiet']).done;
      expect(again.code, again.stderr).toBe(0);
      await sleep(500);
      expect(await counts()).toEqual(before);

      const r = await dyadic(['queue', 'retry', 'poison-junk', ...Q]).done;
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/retried 1 jobs/);
      await drained(440, 30_000);
      expect(await counts()).toMatchObject({ completed: 437, failed: 3 });
      const j = await queue.getJob(
        (await queue.getFailed()).find((x) => x.data.kind === 'story' && x.data.story.id === 'poison-junk')?.id ?? '',
      );
      expect(j?.failedReason).toMatch(/DYADIC_INPUT_ENCODING/);
      expect((await eventsOf(workSchema)).length).toBe((await eventsOf(refSchema)).length);
    });

    it('SIGTERM: workers stop taking jobs, close their connections and exit 0', async () => {
      for (const c of [a2, b]) c.proc.kill('SIGTERM');
      const t0 = Date.now();
      const [r1, r2] = await Promise.all([finish(a2), finish(b)]);
      expect(Date.now() - t0).toBeLessThan(15_000);
      for (const r of [r1, r2]) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toMatch(/worker: stopped/);
      }
      expect(await queue.getWorkersCount()).toBe(0);
    });
  });
}
