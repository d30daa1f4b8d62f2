/**
 * `enqueue`: the inputs `ingest` takes (files, directories, JSONL, HTML, feeds — read by `io/walk.ts`)
 * streamed into the queue as jobs, in bulk batches. At most `batchSize` jobs are held in memory:
 * reading waits while a batch is being added, and (with `maxWaiting`) while the queue already has
 * that many jobs waiting, so an archive of any size passes through in constant memory on both sides.
 */
import type { Queue } from 'bullmq';
import { DyadicError } from '../core/errors.js';
import type { TxtDefaults } from '../io/stories.js';
import { estimateStories, listInputs, readInputFile } from '../io/walk.js';
import type { InputFailure } from '../store/store.js';
import { type JobData, type JobDefaults, type JobResult, jobIdOf, jobOptions } from './queue.js';

export const DEFAULT_ENQUEUE_BATCH = 100;
/** The coder's default `maxChars`: a longer story is refused by the coder anyway, so its text is not shipped. */
export const DEFAULT_MAX_CHARS = 2_000_000;

export interface EnqueueProgress {
  /** Input items read. */
  readonly done: number;
  /** Estimated input items. */
  readonly total: number;
  /** Jobs handed to Redis (a job already in the queue is not added twice). */
  readonly submitted: number;
  /** Input items that could not be read (sent as input-failure jobs, so the store records them). */
  readonly failed: number;
  /** Stories above the size limit (sent without their text; they fail in the worker). */
  readonly oversize: number;
  readonly elapsedMs: number;
}

export interface EnqueueSummary extends Omit<EnqueueProgress, 'total' | 'elapsedMs'> {
  readonly seconds: number;
}

export interface EnqueueOptions {
  readonly queue: Queue<JobData, JobResult>;
  readonly paths: readonly string[];
  readonly txtDefaults?: TxtDefaults;
  readonly batchSize?: number;
  readonly maxChars?: number;
  /** Pause reading while the queue holds at least this many waiting jobs (0: no limit). */
  readonly maxWaiting?: number;
  readonly jobDefaults?: JobDefaults;
  readonly onProgress?: (p: EnqueueProgress) => void;
  readonly onFailure?: (f: InputFailure) => void;
  readonly onIgnored?: (path: string) => void;
  /** Hears when reading pauses because of `maxWaiting`. */
  readonly onWait?: (waiting: number) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function enqueue(o: EnqueueOptions): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const batchSize = Math.max(1, o.batchSize ?? DEFAULT_ENQUEUE_BATCH);
  const maxChars = o.maxChars ?? DEFAULT_MAX_CHARS;
  const opts = jobOptions(o.jobDefaults);
  const files = await listInputs(o.paths, o.onIgnored);
  let total = 0;
  for (const f of files) total += await estimateStories(f);

  let done = 0;
  let submitted = 0;
  let failed = 0;
  let oversize = 0;
  let batch: { name: string; data: JobData; opts: typeof opts }[] = [];
  const progress = () =>
    o.onProgress?.({
      done,
      total: Math.max(total, done),
      submitted,
      failed,
      oversize,
      elapsedMs: performance.now() - t0,
    });

  const waitForRoom = async () => {
    const max = o.maxWaiting ?? 0;
    if (max <= 0) return;
    for (;;) {
      const c = await o.queue.getJobCounts('waiting', 'prioritized', 'paused');
      const waiting = (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.paused ?? 0);
      if (waiting < max) return;
      o.onWait?.(waiting);
      await sleep(1000);
    }
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const jobs = batch;
    batch = [];
    await waitForRoom();
    await o.queue.addBulk(jobs);
    submitted += jobs.length;
    progress();
  };
  const add = (data: JobData) => {
    batch.push({ name: data.kind, data, opts: { ...opts, jobId: jobIdOf(data) } });
  };

  progress();
  for (const file of files) {
    for await (const item of readInputFile(file, o.txtDefaults)) {
      done++;
      if (!item.ok) {
        failed++;
        o.onFailure?.({ where: item.where, code: item.code, message: item.message });
        add({ kind: 'input-failure', where: item.where, code: item.code, message: item.message });
      } else if (item.story.text.length > maxChars) {
        oversize++;
        const { text, ...meta } = item.story;
        const err = new DyadicError('DYADIC_INPUT_TOO_LARGE', { size: text.length, limit: maxChars });
        o.onFailure?.({ where: item.where, code: err.code, message: err.message });
        add({ kind: 'oversize', where: item.where, story: meta, size: text.length, limit: maxChars });
      } else {
        add({ kind: 'story', where: item.where, story: item.story });
      }
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  progress();
  return { done, submitted, failed, oversize, seconds: (performance.now() - t0) / 1000 };
}
