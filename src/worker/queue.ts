/**
 * The BullMQ queue that carries stories from `dyadic enqueue` to `dyadic worker` processes: its
 * name, Redis connection, job data and ids, default job options, and the read/retry operations
 * behind `dyadic queue status|failed|retry`. Nothing here codes or stores anything.
 */
import { createHash } from 'node:crypto';
import { type ConnectionOptions, type JobsOptions, Queue } from 'bullmq';
import { DyadicError } from '../core/errors.js';
import type { Story } from '../core/records.js';

export const DEFAULT_QUEUE = 'dyadic';
export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

/** The Redis URL: the option, else `DYADIC_REDIS_URL`, else the local default. */
export function redisUrl(option?: string): string {
  return option ?? process.env.DYADIC_REDIS_URL ?? DEFAULT_REDIS;
}

export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) {
    throw new DyadicError('DYADIC_USAGE', {
      detail: `--queue must be letters, digits, "_", "." or "-" (got "${name}")`,
    });
  }
  return name;
}

/** The URL without its password, for messages. */
export function redactRedis(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@]*@/, '$1:***@');
}

/**
 * Connection options. Workers wait for Redis forever (`maxRetriesPerRequest: null`, as BullMQ
 * requires for workers); short CLI commands give up after a few seconds.
 */
export function connection(url: string, kind: 'worker' | 'client'): ConnectionOptions {
  if (!/^rediss?:\/\//i.test(url))
    throw new DyadicError('DYADIC_USAGE', { detail: `--redis must be a redis:// or rediss:// URL (got "${url}")` });
  if (kind === 'worker') return { url, maxRetriesPerRequest: null };
  return { url, maxRetriesPerRequest: 2, connectTimeout: 5000, retryStrategy: (n: number) => (n > 4 ? null : 250 * n) };
}

/** A story to code. Stories above the enqueue limit travel without their text (`oversize`). */
export type StoryJob = { readonly kind: 'story'; readonly where: string; readonly story: Story };
export type OversizeJob = {
  readonly kind: 'oversize';
  readonly where: string;
  readonly story: Omit<Story, 'text'>;
  readonly size: number;
  readonly limit: number;
};
/** An input item that could not be read (bad JSON line, unreadable file): the worker records it in the store. */
export type InputFailureJob = {
  readonly kind: 'input-failure';
  readonly where: string;
  readonly code: string;
  readonly message: string;
};
export type JobData = StoryJob | OversizeJob | InputFailureJob;

/** What a completed job returns. */
export interface JobResult {
  /** `coded`: coded and written; `stored`: already in the store (a redelivery or a re-enqueue), left as it was. */
  readonly status: 'coded' | 'stored';
  readonly events: number;
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex');

/**
 * Job id of a story: a hash of its id (BullMQ refuses ids with ':' and integer-like ids), so the
 * same story enqueued twice is one job while that job is kept (see `keepCompleted`).
 */
export function storyJobId(storyId: string): string {
  return `s-${hash(storyId)}`;
}

export function inputFailureJobId(where: string): string {
  return `i-${hash(where)}`;
}

export function jobIdOf(d: JobData): string {
  return d.kind === 'input-failure' ? inputFailureJobId(d.where) : storyJobId(d.story.id);
}

export interface JobDefaults {
  /** Attempts for transient failures (store or Redis unavailable, a coding thread lost). */
  readonly attempts?: number;
  /** First retry delay in ms; doubled at each attempt. */
  readonly backoffMs?: number;
  /** Completed jobs kept (for de-duplication and inspection); older ones are removed. */
  readonly keepCompleted?: number;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 2000;
export const DEFAULT_KEEP_COMPLETED = 10_000;

export function jobOptions(d: JobDefaults = {}): JobsOptions {
  return {
    attempts: d.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: d.backoffMs ?? DEFAULT_BACKOFF_MS },
    removeOnComplete: { count: d.keepCompleted ?? DEFAULT_KEEP_COMPLETED },
    // failed jobs stay until retried or cleaned: they are the record of what needs attention
    removeOnFail: false,
  };
}

/** Opens the queue for a short CLI command, failing with a readable error when Redis cannot be reached. */
export async function openQueue(url: string, name: string): Promise<Queue<JobData, JobResult>> {
  const queue = new Queue<JobData, JobResult>(checkQueueName(name), { connection: connection(url, 'client') });
  queue.on('error', () => {
    /* reported by the failing call */
  });
  try {
    await withTimeout(queue.waitUntilReady(), 8000);
  } catch (e) {
    await queue.close().catch(() => undefined);
    throw new DyadicError('DYADIC_USAGE', {
      detail: `cannot connect to Redis at ${redactRedis(url)}: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
  return queue;
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Totals the workers add up in Redis (a hash next to the queue's own keys; removed with the queue). */
export function statsKey(queue: Queue | { readonly qualifiedName: string }): string {
  return `${queue.qualifiedName}:dyadic-stats`;
}

export interface QueueStatus {
  readonly queue: string;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
  readonly paused: number;
  readonly prioritized: number;
  /** Worker processes connected to the queue. */
  readonly workers: number;
  /** Stories and events written by workers since the queue was created (completed jobs, failures excluded). */
  readonly stories: number;
  readonly events: number;
  readonly storyFailures: number;
  /** Averages between the first and the latest job a worker finished. */
  readonly storiesPerSecond: number;
  readonly eventsPerSecond: number;
  /** Jobs completed per minute over the last 1, 5 and 15 whole minutes (BullMQ metrics). */
  readonly completedPerMinute: { readonly last1: number; readonly last5: number; readonly last15: number };
}

function avg(data: readonly number[], n: number): number {
  const part = data.slice(0, n);
  if (part.length === 0) return 0;
  return Math.round((part.reduce((a, b) => a + b, 0) / part.length) * 10) / 10;
}

export async function queueStatus(queue: Queue<JobData, JobResult>): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'paused', 'prioritized');
  const client = await queue.client;
  const stats = await client.hgetall(statsKey(queue));
  const metrics = await queue.getMetrics('completed', 0, 14).catch(() => ({ data: [] as number[] }));
  const workers = await queue.getWorkersCount().catch(() => 0);
  const n = (k: string) => Number(stats[k] ?? 0);
  const span = (n('last') - n('first')) / 1000;
  const rate = (x: number) => (span > 0 ? Math.round((x / span) * 10) / 10 : 0);
  return {
    queue: queue.name,
    waiting: c.waiting ?? 0,
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
    paused: c.paused ?? 0,
    prioritized: c.prioritized ?? 0,
    workers,
    stories: n('stories'),
    events: n('events'),
    storyFailures: n('failed'),
    storiesPerSecond: rate(n('stories') + n('failed')),
    eventsPerSecond: rate(n('events')),
    completedPerMinute: { last1: avg(metrics.data, 1), last5: avg(metrics.data, 5), last15: avg(metrics.data, 15) },
  };
}

export interface FailedJob {
  readonly jobId: string;
  /** The story id, or the input location for an unreadable input. */
  readonly story: string | null;
  readonly where: string;
  readonly reason: string;
  readonly attempts: number;
  readonly failedAt: string | null;
}

export async function failedJobs(queue: Queue<JobData, JobResult>, limit: number, offset = 0): Promise<FailedJob[]> {
  const jobs = await queue.getFailed(offset, offset + limit - 1);
  return jobs.map((j) => ({
    jobId: String(j.id),
    story: j.data.kind === 'input-failure' ? null : j.data.story.id,
    where: j.data.where,
    reason: j.failedReason ?? '',
    attempts: j.attemptsMade,
    failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
  }));
}

/**
 * Takes a failed job out of the statistics before it is retried (the worker counts it again by how
 * its next attempt ends): the marker the worker left on the job goes, and the failure with it.
 */
const UNCOUNT = `
if redis.call('hdel', KEYS[1], 'dyadicCounted') == 1 then redis.call('hincrby', KEYS[2], 'failed', -1) end
return 0`;

async function uncount(queue: Queue<JobData, JobResult>, jobId: string): Promise<void> {
  const client = await queue.client;
  client.defineCommand('dyadicUncount', { numberOfKeys: 2, lua: UNCOUNT });
  await client.runCommand('dyadicUncount', [`${queue.qualifiedName}:${jobId}`, statsKey(queue)]);
}

/**
 * Moves failed jobs back to waiting: all of them, or those named by job id or story id. Returns
 * how many were retried and the names that matched no failed job.
 */
export async function retryFailed(
  queue: Queue<JobData, JobResult>,
  which: { all: true } | { ids: readonly string[] },
): Promise<{ retried: number; notFound: string[] }> {
  // a retried job gets its attempts back (queue.retryJobs would keep the used ones)
  const again = { resetAttemptsMade: true, resetAttemptsStarted: true };
  if ('all' in which) {
    let retried = 0;
    for (;;) {
      const page = await queue.getFailed(0, 199);
      let moved = 0;
      for (const job of page) {
        try {
          await uncount(queue, String(job.id));
          await job.retry('failed', again);
          moved++;
        } catch {
          // retried or removed meanwhile
        }
      }
      retried += moved;
      if (moved === 0) break;
    }
    return { retried, notFound: [] };
  }
  let retried = 0;
  const notFound: string[] = [];
  for (const name of which.ids) {
    let job = /^[si]-[0-9a-f]{40}$/.test(name) ? await queue.getJob(name) : undefined;
    job ??= await queue.getJob(storyJobId(name));
    if (!job || !(await job.isFailed())) {
      notFound.push(name);
      continue;
    }
    await uncount(queue, String(job.id));
    await job.retry('failed', again);
    retried++;
  }
  return { retried, notFound };
}
