/**
 * Scale-out against the real Redis (DYADIC_TEST_REDIS_URL) and PostgreSQL (DYADIC_TEST_PG_URL), with
 * the built CLI and the real coder on Wikinews stories (../shared). Every case is independent: its own
 * queue, its own schemas (worker store and single-process reference), its own workers, cleaned up after.
 * Faults come through the worker's own hooks: SIGKILL of a worker child process, the worker's fault
 * injection (`faults.failStoreWrites`), and pg_terminate_backend on the sessions it names
 * `dyadic worker <name>`.
 *
 * Without the services the file is skipped with the reason on the console; under CI=true it fails.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobData, JobResult, QueueStatus } from '../../src/worker/queue.js';
import { startWorker as startInProcess } from '../../src/worker/run.js';
import {
  type Child,
  cannotRun,
  caseNames,
  corpus,
  dropSchemas,
  dyadic,
  missingServices,
  pgAt,
  pgQuery,
  redisUrl,
  removeQueue,
  sleep,
  terminateBackendsNamed,
} from './helpers.js';

const SUITE = 'scale-out with BullMQ workers and PostgreSQL';
const missing = await missingServices({ pg: true, redis: true });

if (missing) cannotRun(SUITE, missing);
else if (!existsSync(corpus)) cannotRun(SUITE, `${corpus} not found (the Wikinews corpus in ../shared)`, false);
else {
  const redis = redisUrl as string;
  const dir = mkdtempSync(join(tmpdir(), 'dyadic-worker-'));
  const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
  /** The first `n` corpus stories as a JSONL file. */
  const subset = (n: number): string => {
    const f = join(dir, `corpus-${n}.jsonl`);
    if (!existsSync(f)) writeFileSync(f, `${lines.slice(0, n).join('\n')}\n`);
    return f;
  };
  const cleanups: (() => Promise<void>)[] = [];

  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  /** One case's queue, schemas and child processes, removed at the end of the file. */
  function newCase(tag: string) {
    const names = caseNames(tag);
    const Q = ['--redis', redis, '--queue', names.queue];
    const queue = new Queue<JobData, JobResult>(names.queue, { connection: { url: redis } });
    const children: Child[] = [];
    cleanups.push(async () => {
      for (const c of children) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
      await queue.close();
      await removeQueue(names.queue);
      await dropSchemas(names.schema, names.ref);
    });
    const counts = () => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
    return {
      ...names,
      name: names.queue,
      Q,
      queue,
      counts,
      worker(name: string, extra: string[] = []): Child {
        const c = dyadic([
          'worker',
          ...Q,
          '--db',
          pgAt(names.schema),
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
          ...extra,
        ]);
        children.push(c);
        return c;
      },
      /** The reference: one `dyadic ingest` process into the case's own schema. */
      async reference(input: string): Promise<void> {
        const r = await dyadic(['ingest', input, '--db', pgAt(names.ref), '--jobs', '1', '--quiet', '--json']).done;
        expect(r.code, r.stderr).toBe(0);
      },
      async drained(expected: number, timeoutMs: number): Promise<void> {
        const t0 = Date.now();
        for (;;) {
          const c = await counts();
          const open = (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0);
          if (open === 0 && (c.completed ?? 0) + (c.failed ?? 0) >= expected) return;
          if (Date.now() - t0 > timeoutMs)
            throw new Error(`queue not drained after ${timeoutMs} ms: ${JSON.stringify(c)}`);
          await sleep(250);
        }
      },
      async status(): Promise<QueueStatus> {
        const s = await dyadic(['queue', 'status', ...Q, '--format', 'json']).done;
        expect(s.code, s.stderr).toBe(0);
        return JSON.parse(s.stdout) as QueueStatus;
      },
    };
  }

  const eventsOf = (schema: string) =>
    pgQuery<{ id: string; story_id: string; record: string }>(
      `SELECT id, story_id, record FROM ${schema}.events ORDER BY id`,
    );
  const storiesOf = (schema: string) =>
    pgQuery<{ id: string; status: string; event_count: number; text_hash: string }>(
      `SELECT id, status, event_count, text_hash FROM ${schema}.stories WHERE id NOT LIKE 'poison-%' ORDER BY id`,
    );
  async function sameAsReference(c: { schema: string; ref: string }): Promise<number> {
    const [refEvents, workEvents] = await Promise.all([eventsOf(c.ref), eventsOf(c.schema)]);
    expect(refEvents.length).toBeGreaterThan(100);
    expect(workEvents.length).toBe(refEvents.length);
    expect(workEvents).toEqual(refEvents);
    expect(await storiesOf(c.schema)).toEqual(await storiesOf(c.ref));
    return refEvents.length;
  }

  describe(SUITE, () => {
    it('two workers, one SIGKILLed while holding jobs and restarted: the store equals one ingest, and queue status agrees with it', async () => {
      const c = newCase('kill');
      const N = 250;
      const input = subset(N);
      const reference = c.reference(input);
      const a = c.worker('A');
      const b = c.worker('B');
      await Promise.all([a.waitFor('worker A: queue'), b.waitFor('worker B: queue')]);
      const e = await dyadic(['enqueue', input, ...c.Q, '--quiet', '--json']).done;
      expect(e.code, e.stderr).toBe(0);
      expect(JSON.parse(e.stdout)).toMatchObject({ done: N, submitted: N, failed: 0, oversize: 0 });

      // kill A while it holds active jobs, after some jobs were completed
      let killedJobs: string[] = [];
      const t0 = Date.now();
      for (;;) {
        const mine = (await c.queue.getActive()).filter((j) => j.processedBy === 'A');
        if (mine.length > 0 && ((await c.queue.getCompletedCount()) ?? 0) >= 30) {
          a.proc.kill('SIGKILL');
          killedJobs = mine.map((j) => String(j.id));
          break;
        }
        if (Date.now() - t0 > 60_000) throw new Error(`A never held jobs; A stderr:\n${a.err()}`);
        await sleep(20);
      }
      expect((await a.done).signal).toBe('SIGKILL');
      const a2 = c.worker('A2');
      await a2.waitFor('worker A2: queue');
      await c.drained(N, 120_000);

      // A's jobs were redelivered (stalled) and finished by the others, unless A finished them as the kill landed
      let redelivered = 0;
      for (const id of killedJobs) {
        const j = await c.queue.getJob(id);
        expect(await j?.getState(), id).toBe('completed');
        if (j?.processedBy !== 'A') {
          expect(j?.stalledCounter, id).toBeGreaterThanOrEqual(1);
          redelivered++;
        }
      }
      if (redelivered === 0) console.warn('scale-out: every job A held finished before the kill landed');

      await reference;
      const events = await sameAsReference(c);
      // each job counted once: the counts add up, and the statistics equal the store
      const s = await c.status();
      expect(s).toMatchObject({ waiting: 0, active: 0, delayed: 0, prioritized: 0, completed: N, failed: 0 });
      const [stored] = await pgQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${c.schema}.stories WHERE status = 'coded'`,
      );
      expect(stored?.n).toBe(s.completed);
      expect(s.stories).toBe(s.completed);
      expect(s.events).toBe(events);
      expect(s.storyFailures).toBe(0);

      for (const w of [a2, b]) w.proc.kill('SIGTERM');
      for (const r of await Promise.all([a2.done, b.done])) expect(r.code, r.stderr).toBe(0);
    }, 170_000);

    it('lost store connections are retried inside the job: no attempt spent, nothing failed, the store equals one ingest', async () => {
      const c = newCase('conn');
      const N = 120;
      const input = subset(N);
      const reference = c.reference(input);
      const name = `C-${process.pid}`;
      const notices: string[] = [];
      const faults = { failStoreWrites: 5 };
      const w = await startInProcess({
        redis,
        queue: c.name,
        db: pgAt(c.schema),
        threads: 1,
        concurrency: 8,
        writeLingerMs: 20,
        name,
        faults,
        onNotice: (l) => notices.push(l),
      });
      cleanups.push(() => w.close(5000));
      const e = await dyadic(['enqueue', input, ...c.Q, '--quiet']).done;
      expect(e.code, e.stderr).toBe(0);
      // and the worker's sessions are ended from outside every 300 ms while it works
      let killed = 0;
      const t0 = Date.now();
      while (Date.now() - t0 < 60_000) {
        killed += await terminateBackendsNamed(`dyadic worker ${name}`);
        const k = await c.counts();
        if ((k.completed ?? 0) + (k.failed ?? 0) >= N) break;
        await sleep(300);
      }
      await c.drained(N, 60_000);
      expect(faults.failStoreWrites).toBe(0); // the injected faults were all met
      expect(killed).toBeGreaterThan(0);
      const stats = w.stats();
      expect(stats.storeRetries).toBeGreaterThanOrEqual(5);
      expect(stats.retries).toBe(0); // no BullMQ attempt was spent
      expect(stats.failed).toBe(0);
      expect(await c.counts()).toMatchObject({ completed: N, failed: 0 });
      expect(notices.join('\n')).toMatch(/store connection lost .*reconnecting/);
      console.log(
        `scale-out: ${killed} worker sessions terminated and 5 writes failed by injection; ${stats.storeRetries} store retries inside jobs; failed set: ${(await c.counts()).failed}`,
      );
      await reference;
      await sameAsReference(c);
      const s = await c.status();
      expect(s.stories).toBe(N);
      await w.close(10_000);
    }, 150_000);

    it('poisoned stories fail alone, at once, with a readable reason; re-enqueueing adds nothing; a retried one fails again alone', async () => {
      const c = newCase('poison');
      const good = subset(10);
      const poison = join(dir, 'poison.jsonl');
      const hugeInQueue = join(dir, 'huge-in-queue.jsonl');
      // binary junk: random bytes read as text (replacement characters); and a 3.2 MB text (over the
      // coder's 2,000,000 characters), twice: refused at enqueue (sent without its text), and sent whole
      // (refused by the coder in the worker)
      const junk = randomBytes(6000).toString('utf8');
      const huge = 'Talks continue. '.repeat(200_000);
      writeFileSync(
        poison,
        `${JSON.stringify({ id: 'poison-junk', date: '2020-01-01', text: junk })}\n${JSON.stringify({ id: 'poison-huge', date: '2020-01-01', text: huge })}\n`,
      );
      writeFileSync(hugeInQueue, `${JSON.stringify({ id: 'poison-huge-in-queue', date: '2020-01-01', text: huge })}\n`);
      const w = c.worker('P');
      await w.waitFor('worker P: queue');
      const e = await dyadic(['enqueue', good, poison, ...c.Q, '--quiet', '--json']).done;
      expect(e.code, e.stderr).toBe(1); // one story too large to queue
      expect(JSON.parse(e.stdout), e.stderr).toMatchObject({ done: 12, submitted: 12, oversize: 1, failed: 0 });
      expect(e.stderr).toMatch(/poison-huge.*DYADIC_INPUT_TOO_LARGE/);
      const e2 = await dyadic(['enqueue', hugeInQueue, ...c.Q, '--quiet', '--max-chars', '4000000']).done;
      expect(e2.code, e2.stderr).toBe(0);
      await c.drained(13, 60_000);
      expect(await c.counts()).toMatchObject({ completed: 10, failed: 3, waiting: 0, active: 0 });

      const r = await dyadic(['queue', 'failed', ...c.Q, '--format', 'json']).done;
      expect(r.code, r.stderr).toBe(0);
      const failed = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { story: string; reason: string; attempts: number });
      const byStory = new Map(failed.map((f) => [f.story, f]));
      expect([...byStory.keys()].sort()).toEqual(['poison-huge', 'poison-huge-in-queue', 'poison-junk']);
      expect(byStory.get('poison-junk')?.reason).toMatch(/^DYADIC_INPUT_ENCODING: story text is not valid UTF-8/);
      expect(byStory.get('poison-huge')?.reason).toMatch(/^DYADIC_INPUT_TOO_LARGE: story text is 3200000 characters/);
      expect(byStory.get('poison-huge-in-queue')?.reason).toMatch(
        /^DYADIC_INPUT_TOO_LARGE: story text is 3200000 characters/,
      );
      for (const f of failed) expect(f.attempts, f.story).toBe(1); // permanent: no retries
      // the store knows them as ingest would: failed stories, and an input it could not take
      const st = await pgQuery<{ id: string; status: string; error_code: string }>(
        `SELECT id, status, error_code FROM ${c.schema}.stories WHERE id LIKE 'poison-%' ORDER BY id`,
      );
      // (PostgreSQL text cannot hold the NUL characters of the junk: then it is not stored at all)
      const junkRow = byStory.get('poison-junk')?.reason.includes('not stored')
        ? []
        : [{ id: 'poison-junk', status: 'failed', error_code: 'DYADIC_INPUT_ENCODING' }];
      expect(st).toEqual([
        { id: 'poison-huge-in-queue', status: 'failed', error_code: 'DYADIC_INPUT_TOO_LARGE' },
        ...junkRow,
      ]);
      const inputs = await pgQuery<{ location: string; code: string }>(
        `SELECT location, code FROM ${c.schema}.input_failures`,
      );
      expect(inputs).toEqual([
        { location: expect.stringMatching(/poison\.jsonl:2 \(poison-huge\)$/), code: 'DYADIC_INPUT_TOO_LARGE' },
      ]);
      const s = await c.status();
      expect(s).toMatchObject({ completed: 10, failed: 3, stories: 10, storyFailures: 3, workers: 1 });

      // the same stories again: no new job
      const before = await c.counts();
      const again = await dyadic(['enqueue', good, ...c.Q, '--quiet']).done;
      expect(again.code, again.stderr).toBe(0);
      await sleep(300);
      expect(await c.counts()).toEqual(before);

      // a retried poisoned job fails again, alone, for the same reason
      const rr = await dyadic(['queue', 'retry', 'poison-junk', ...c.Q]).done;
      expect(rr.code, rr.stderr).toBe(0);
      expect(rr.stdout).toMatch(/retried 1 jobs/);
      await c.drained(13, 30_000);
      expect(await c.counts()).toMatchObject({ completed: 10, failed: 3 });
      const j = (await c.queue.getFailed()).find((x) => x.data.kind === 'story' && x.data.story.id === 'poison-junk');
      expect(j?.failedReason).toMatch(/DYADIC_INPUT_ENCODING/);
      // counted once: the retry took its failure out, the new failure put it back
      expect(await c.status()).toMatchObject({ completed: 10, failed: 3, stories: 10, storyFailures: 3 });
      w.proc.kill('SIGTERM');
      expect((await w.done).code).toBe(0);
    }, 120_000);

    it('SIGTERM: a worker stops taking jobs, closes its connections and exits 0', async () => {
      const c = newCase('term');
      const w = c.worker('T');
      await w.waitFor('worker T: queue');
      const e = await dyadic(['enqueue', subset(10), ...c.Q, '--quiet']).done;
      expect(e.code, e.stderr).toBe(0);
      await c.drained(10, 60_000);
      expect(await c.queue.getWorkersCount()).toBe(1);
      const t0 = Date.now();
      w.proc.kill('SIGTERM');
      const r = await w.done;
      expect(Date.now() - t0).toBeLessThan(15_000);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/worker: stopped/);
      expect(await c.queue.getWorkersCount()).toBe(0);
      const [n] = await pgQuery<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'dyadic worker T'",
      );
      expect(n?.n).toBe(0);
    }, 90_000);
  });
}
