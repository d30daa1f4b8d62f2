/**
 * CLI commands of the scale-out: `dyadic enqueue`, `dyadic worker`, `dyadic queue status|failed|retry`.
 * BullMQ is loaded only when one of them runs, so other commands start as fast as before.
 */
import type { Command } from 'commander';
import { coderModuleFromEnv } from '../cli/commands/ingest.js';
import { DyadicError } from '../core/errors.js';
import { defaultJobs } from '../ingest/coding.js';
import { isIsoDate } from '../io/stories.js';
import { oneOf, positiveInt, renderTable, truncate } from '../store/format.js';
import { DEFAULT_DB } from '../store/open.js';

type Opts = Record<string, string | boolean | undefined>;

const DEFAULT_QUEUE = 'dyadic';

function queueOptions(cmd: Command): Command {
  return cmd
    .option('--redis <url>', 'Redis URL (default: $DYADIC_REDIS_URL or redis://127.0.0.1:6379)')
    .option('--queue <name>', 'queue name, so several pipelines can share one Redis', DEFAULT_QUEUE);
}

const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function nonNegativeInt(value: string, flag: string): number {
  return value === '0' ? 0 : positiveInt(value, flag);
}

function line(s: string): void {
  process.stderr.write(`${s}\n`);
}

export function registerEnqueue(program: Command): void {
  queueOptions(
    program
      .command('enqueue')
      .description('put stories (same inputs as ingest) into the queue for `dyadic worker` processes')
      .argument('<paths...>', 'files or directories')
      .option('--id <id>', 'story id of a single .txt file (default: file name)')
      .option('--date <YYYY-MM-DD>', 'story date for .txt/.html inputs without one')
      .option('--dateline <place>', 'dateline place of .txt inputs')
      .option('--batch <n>', 'jobs per bulk add (and most jobs held in memory)', '100')
      .option(
        '--max-chars <n>',
        'longer stories are not queued with their text: they fail with DYADIC_INPUT_TOO_LARGE',
        '2000000',
      )
      .option('--max-waiting <n>', 'pause while the queue has this many waiting jobs (0: never)', '0')
      .option('--attempts <n>', 'attempts per job for passing failures (store or Redis down)', '3')
      .option(
        '--keep-completed <n>',
        'completed jobs kept in Redis (a story enqueued again while its job is kept is not added twice)',
        '10000',
      )
      .option('--quiet', 'no progress lines')
      .option('--json', 'print the summary as JSON'),
  ).action(async (paths: string[], o: Opts) => {
    if (typeof o.date === 'string' && !isIsoDate(o.date)) throw new DyadicError('DYADIC_DATE', { value: o.date });
    const batchSize = positiveInt(String(o.batch), '--batch');
    const maxChars = positiveInt(String(o.maxChars), '--max-chars');
    const maxWaiting = nonNegativeInt(String(o.maxWaiting), '--max-waiting');
    const attempts = positiveInt(String(o.attempts), '--attempts');
    const keepCompleted = nonNegativeInt(String(o.keepCompleted), '--keep-completed');
    const { openQueue, redisUrl } = await import('./queue.js');
    const { enqueue } = await import('./enqueue.js');
    const queue = await openQueue(redisUrl(str(o.redis)), String(o.queue));
    let last = -Infinity;
    const t0 = performance.now();
    try {
      const s = await enqueue({
        queue,
        paths,
        batchSize,
        maxChars,
        maxWaiting,
        jobDefaults: { attempts, keepCompleted },
        txtDefaults: { id: str(o.id), date: str(o.date), dateline: str(o.dateline) },
        onProgress: (p) => {
          if (o.quiet || p.elapsedMs - last < 5000 || p.done === 0) return;
          last = p.elapsedMs;
          const pct = p.total ? Math.floor((100 * p.done) / p.total) : 100;
          line(
            `enqueue: ${p.done}/${p.total} (${pct}%), ${(p.done / Math.max(p.elapsedMs / 1000, 1e-9)).toFixed(1)} stories/s, failed ${p.failed + p.oversize}`,
          );
        },
        onFailure: (f) => line(`dyadic: ${f.where}: ${f.code}: ${f.message}`),
        onWait: (n) => {
          if (!o.quiet && performance.now() - t0 - last >= 5000) {
            last = performance.now() - t0;
            line(`enqueue: ${n} jobs waiting (--max-waiting ${maxWaiting}): pausing until workers catch up`);
          }
        },
      });
      if (o.json) process.stdout.write(`${JSON.stringify({ queue: queue.name, ...s })}\n`);
      else {
        process.stdout.write(
          `queue ${queue.name}: read ${s.done}, jobs submitted ${s.submitted} (a story already queued is not added twice), ` +
            `unreadable ${s.failed}, too large ${s.oversize}, time ${s.seconds.toFixed(1)}s\n`,
        );
      }
      if (s.failed + s.oversize > 0) process.exitCode = 1;
    } finally {
      await queue.close();
    }
  });
}

export function registerWorker(program: Command): void {
  const cmd = queueOptions(
    program
      .command('worker')
      .description('code queued stories into the store until stopped (SIGTERM/SIGINT: finish active jobs, then exit)')
      .option('--db <location>', 'postgres:// URL of the shared store', process.env.DYADIC_DB ?? DEFAULT_DB)
      .option('--jobs <n>', `coding threads (default: cores, ${defaultJobs()})`)
      .option('--concurrency <n>', 'jobs in progress at once (default: 16 per coding thread)')
      .option('--write-linger <ms>', 'how long a coded story waits for others to share its transaction', '100')
      .option('--max-chars <n>', 'longest story accepted, in characters')
      .option('--lock-duration <ms>', 'a job whose worker is silent this long is redelivered', '60000')
      .option('--stalled-interval <ms>', 'how often to look for jobs of dead workers', '30000')
      .option('--shutdown-timeout <ms>', 'on SIGTERM, how long active jobs may take to finish', '30000')
      .option('--name <name>', 'worker name (default host:pid)')
      .option('--quiet', 'no progress lines'),
  );
  cmd.action(async (o: Opts) => {
    const threads = typeof o.jobs === 'string' ? positiveInt(o.jobs, '--jobs') : defaultJobs();
    const concurrency = typeof o.concurrency === 'string' ? positiveInt(o.concurrency, '--concurrency') : threads * 16;
    const writeLingerMs = nonNegativeInt(String(o.writeLinger), '--write-linger');
    const lockDuration = positiveInt(String(o.lockDuration), '--lock-duration');
    const stalledInterval = positiveInt(String(o.stalledInterval), '--stalled-interval');
    const shutdownTimeout = positiveInt(String(o.shutdownTimeout), '--shutdown-timeout');
    const db = String(o.db);
    const { redisUrl, redactRedis } = await import('./queue.js');
    const { startWorker } = await import('./run.js');
    const redis = redisUrl(str(o.redis));
    const w = await startWorker({
      redis,
      queue: String(o.queue),
      db,
      threads,
      concurrency,
      writeLingerMs,
      lockDuration,
      stalledInterval,
      ...(str(o.name) ? { name: String(o.name) } : {}),
      ...coderModuleFromEnv(),
      ...(typeof o.maxChars === 'string' ? { coderOptions: { maxChars: positiveInt(o.maxChars, '--max-chars') } } : {}),
      onFailure: (f) => line(`dyadic: ${f.where}: ${f.code}: ${f.message}`),
      onNotice: (s) => line(`worker: ${s}`),
    });
    if (!o.quiet) {
      line(
        `worker ${w.name}: queue ${String(o.queue)} on ${redactRedis(redis)}, ${w.threads} coding threads, concurrency ${w.concurrency}, coder ${w.version}`,
      );
    }
    let lastDone = -1;
    const report = () => {
      const s = w.stats();
      const done = s.coded + s.alreadyStored + s.failed;
      if (done === lastDone) return;
      lastDone = done;
      const secs = Math.max(s.elapsedMs / 1000, 1e-9);
      line(
        `worker: coded ${s.coded} (${(s.coded / secs).toFixed(1)} stories/s), events ${s.events} (${(s.events / secs).toFixed(1)}/s), ` +
          `already stored ${s.alreadyStored}, failed ${s.failed}, retries ${s.retries}, store reconnect retries ${s.storeRetries}, active ${s.active}, ` +
          `store writes busy ${Math.round((100 * s.storeBusyMs) / Math.max(s.elapsedMs, 1))}%`,
      );
    };
    const timer = o.quiet ? null : setInterval(report, 5000);
    await new Promise<void>((resolve) => {
      let signals = 0;
      const stop = (sig: string) => {
        signals++;
        if (signals > 1) {
          line(`worker: second ${sig}: exiting now; active jobs will be redelivered`);
          process.exit(130);
        }
        line(`worker: ${sig}: no new jobs; finishing active ones (up to ${shutdownTimeout} ms)`);
        void w.close(shutdownTimeout).then(resolve, (e: unknown) => {
          line(`worker: error while closing: ${e instanceof Error ? e.message : String(e)}`);
          process.exitCode = 1;
          resolve();
        });
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    });
    if (timer) clearInterval(timer);
    if (!o.quiet) {
      lastDone = -1;
      report();
      line('worker: stopped');
    }
    // every connection is closed; do not wait for stray handles of libraries
    process.exit(process.exitCode ?? 0);
  });
}

export function registerQueue(program: Command): void {
  const queue = program.command('queue').description('inspect the queue: status, failed jobs, retries');

  queueOptions(
    queue
      .command('status')
      .description('waiting, active, delayed, completed and failed jobs, and throughput')
      .option('--format <fmt>', 'text or json', 'text'),
  ).action(async (o: Opts) => {
    const format = oneOf(String(o.format), ['text', 'json'] as const, '--format');
    const { openQueue, queueStatus, redisUrl } = await import('./queue.js');
    const q = await openQueue(redisUrl(str(o.redis)), String(o.queue));
    try {
      const s = await queueStatus(q);
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(s)}\n`);
        return;
      }
      process.stdout.write(
        `queue ${s.queue}: waiting ${s.waiting + s.prioritized}, active ${s.active}, delayed ${s.delayed}, completed ${s.completed}, ` +
          `failed ${s.failed}${s.paused ? `, paused ${s.paused}` : ''}; workers ${s.workers}\n` +
          `stored ${s.stories} stories, ${s.events} events, ${s.storyFailures} failed stories; ` +
          `${s.storiesPerSecond} stories/s, ${s.eventsPerSecond} events/s since the first job\n` +
          `jobs completed per minute: last 1 min ${s.completedPerMinute.last1}, 5 min ${s.completedPerMinute.last5}, 15 min ${s.completedPerMinute.last15}\n`,
      );
    } finally {
      await q.close();
    }
  });

  queueOptions(
    queue
      .command('failed')
      .description('list failed jobs with their reasons')
      .option('--limit <n>', 'jobs listed', '50')
      .option('--offset <n>', 'jobs skipped', '0')
      .option('--format <fmt>', 'text or json (one object per line)', 'text'),
  ).action(async (o: Opts) => {
    const format = oneOf(String(o.format), ['text', 'json'] as const, '--format');
    const limit = positiveInt(String(o.limit), '--limit');
    const offset = nonNegativeInt(String(o.offset), '--offset');
    const { failedJobs, openQueue, redisUrl } = await import('./queue.js');
    const q = await openQueue(redisUrl(str(o.redis)), String(o.queue));
    try {
      const jobs = await failedJobs(q, limit, offset);
      if (format === 'json') {
        process.stdout.write(jobs.map((j) => `${JSON.stringify(j)}\n`).join(''));
        return;
      }
      const total = await q.getFailedCount();
      process.stdout.write(
        renderTable(
          ['job', 'story', 'attempts', 'reason'],
          jobs.map((j) => [
            j.jobId.slice(0, 14),
            truncate(j.story ?? j.where, 40),
            j.attempts,
            truncate(j.reason, 100),
          ]),
        ),
      );
      process.stdout.write(
        `${jobs.length} of ${total} failed jobs shown; retry with \`dyadic queue retry --all\` or by story id\n`,
      );
    } finally {
      await q.close();
    }
  });

  queueOptions(
    queue
      .command('retry')
      .description('move failed jobs back to waiting')
      .argument('[ids...]', 'job ids or story ids')
      .option('--all', 'every failed job'),
  ).action(async (ids: string[], o: Opts) => {
    if (!o.all && ids.length === 0)
      throw new DyadicError('DYADIC_USAGE', { detail: 'give job or story ids, or --all' });
    if (o.all && ids.length > 0) throw new DyadicError('DYADIC_USAGE', { detail: '--all takes no ids' });
    const { openQueue, redisUrl, retryFailed } = await import('./queue.js');
    const q = await openQueue(redisUrl(str(o.redis)), String(o.queue));
    try {
      const r = await retryFailed(q, o.all ? { all: true } : { ids });
      for (const id of r.notFound) line(`dyadic: ${id}: no failed job with this job or story id`);
      process.stdout.write(`retried ${r.retried} jobs\n`);
      if (r.notFound.length) process.exitCode = 1;
    } finally {
      await q.close();
    }
  });
}
