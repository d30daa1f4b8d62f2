/**
 * A `dyadic worker` process: takes jobs from the queue (BullMQ), codes each story on a pool of coding
 * threads (`ingest/coding.ts`, one coder per thread, so the event loop stays free to renew job locks)
 * and writes it through the store's own write path (`Store.writeStories`, one transaction, skipping
 * stories already stored). Stories finished at the same moment share one transaction (group commit).
 *
 * Delivery is at least once: a job whose worker dies is redelivered after its lock expires, and a
 * job that failed for a passing reason (store or Redis unreachable, a coding thread lost) is retried
 * with exponential backoff. Writes are idempotent by story id, so the effect is exactly once. A story
 * the coder refuses (bad text, too large) fails at once (UnrecoverableError) with the coder's reason,
 * and is stored as failed as `ingest` does.
 */
import { hostname } from 'node:os';
import { type Job, MetricsTime, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { CoderOptions } from '../core/coder-types.js';
import { DyadicError } from '../core/errors.js';
import { type CodingBackend, defaultJobs, workerPool } from '../ingest/coding.js';
import { openStore } from '../store/open.js';
import type { CodedStory, InputFailure, Store } from '../store/store.js';
import { checkQueueName, connection, type JobData, type JobResult, statsKey } from './queue.js';

export const DEFAULT_LOCK_DURATION = 60_000;
export const DEFAULT_STALLED_INTERVAL = 30_000;
export const DEFAULT_WRITE_LINGER_MS = 100;
export const DEFAULT_WRITE_BATCH = 200;

export interface WorkerOptions {
  readonly redis: string;
  readonly queue: string;
  /** Store location (a postgres:// URL; a SQLite file works for one worker process). */
  readonly db: string;
  /** Coding threads (default: cores). */
  readonly threads?: number;
  /** Jobs in progress at once (default: 16 per coding thread; also bounds a write batch). */
  readonly concurrency?: number;
  /** How long a finished story waits for others to share its transaction (default 100 ms). */
  readonly writeLingerMs?: number;
  /** Most stories per transaction (default 200, as ingest). */
  readonly writeBatch?: number;
  readonly coderModule?: string;
  readonly coderOptions?: CoderOptions;
  /** A job not renewed within this time is considered stalled and redelivered. */
  readonly lockDuration?: number;
  /** How often this worker looks for stalled jobs. */
  readonly stalledInterval?: number;
  /** Times a job may stall before it is failed (default 2). */
  readonly maxStalledCount?: number;
  /** Worker name shown by Redis and recorded on jobs (default host:pid). */
  readonly name?: string;
  /** Each story that fails permanently (where, code, message). */
  readonly onFailure?: (f: InputFailure) => void;
  /** Other notices (transient errors, retries). */
  readonly onNotice?: (line: string) => void;
  /**
   * How long a job keeps retrying a lost store connection (reconnecting, with backoff) before the
   * attempt fails (default 5 minutes). These retries spend none of the job's BullMQ attempts.
   */
  readonly storeRetryMs?: number;
  /** Fault injection for tests. */
  readonly faults?: WorkerFaults;
}

/** Faults a test can inject into a running worker. */
export interface WorkerFaults {
  /** The next N store writes (transactions of stories, input failures) fail with a lost connection (ECONNRESET). */
  failStoreWrites?: number;
}

export interface WorkerStats {
  /** Stories coded and written by this process. */
  readonly coded: number;
  /** Jobs whose story was already stored (a redelivery, a re-enqueue). */
  readonly alreadyStored: number;
  readonly events: number;
  /** Jobs failed for good (stories the coder refused, unreadable inputs). */
  readonly failed: number;
  /** Failed attempts that will be retried. */
  readonly retries: number;
  readonly active: number;
  readonly elapsedMs: number;
  /** Time the write connection was busy (transactions, one at a time), in ms. */
  readonly storeBusyMs: number;
  /** Store operations retried inside their job after a lost connection. */
  readonly storeRetries: number;
}

export interface RunningWorker {
  readonly name: string;
  readonly version: string;
  readonly threads: number;
  readonly concurrency: number;
  stats(): WorkerStats;
  /**
   * Stops taking jobs and lets the active ones finish; after `timeoutMs` the rest are abandoned
   * (their locks expire and another worker takes them). Then closes every connection.
   */
  close(timeoutMs?: number): Promise<void>;
}

/**
 * An error that means the store connection is gone or cannot be had right now (reconnect, retry):
 * socket errors (ECONNRESET, ECONNREFUSED, EPIPE), SQLSTATE class 08 (connection exception) and 57P0x
 * (admin shutdown, crash shutdown, cannot connect now), node-postgres' "Connection terminated".
 */
export function connectionLost(e: unknown): boolean {
  const seen = new Set<unknown>();
  for (let x: unknown = e; x && typeof x === 'object' && !seen.has(x); x = (x as { cause?: unknown }).cause) {
    seen.add(x);
    const code = String((x as { code?: unknown }).code ?? '');
    const msg = String((x as { message?: unknown }).message ?? '');
    if (/^(08|57P0)/.test(code) || /^E(CONN|PIPE|HOSTUNREACH|TIMEDOUT)/.test(code)) return true;
    if (
      /terminat|not queryable|connection (is )?closed|ECONNRE|EPIPE|Connection terminated|the database system is (shutting down|starting up)/i.test(
        msg,
      )
    )
      return true;
  }
  return false;
}

type Check =
  | { readonly state: 'absent' }
  | { readonly state: 'coded'; readonly events: number }
  | { readonly state: 'failed' };

/** One store connection, used one operation at a time (a connection runs one transaction at a time); reopened when lost. */
class Connection {
  private store: Store | null = null;
  private opening: Promise<Store> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  /** Time spent on operations (ms). */
  busyMs = 0;

  /** Fault injection (tests): set once the worker has started. */
  faults: WorkerFaults | undefined;

  constructor(private readonly location: string) {}

  private async get(): Promise<Store> {
    if (this.store) return this.store;
    this.opening ??= openStore(this.location)
      .then((s) => {
        this.store = s;
        return s;
      })
      .finally(() => {
        this.opening = null;
      });
    return this.opening;
  }

  /** Runs `fn` when the connection is free. */
  exclusive<T>(fn: (s: Store) => Promise<T>): Promise<T> {
    const p = this.chain.then(async () => {
      const t = performance.now();
      try {
        const store = await this.get();
        if (this.faults?.failStoreWrites) {
          this.faults.failStoreWrites--;
          throw Object.assign(new Error('Connection terminated unexpectedly (injected fault)'), { code: 'ECONNRESET' });
        }
        return await fn(store);
      } catch (e) {
        if (connectionLost(e)) {
          const s = this.store;
          this.store = null;
          await s?.close().catch(() => undefined);
        }
        throw e;
      } finally {
        this.busyMs += performance.now() - t;
      }
    });
    this.chain = p.catch(() => undefined);
    return p;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.opening?.catch(() => undefined);
    await this.store?.close();
    this.store = null;
  }
}

/**
 * The store as the worker uses it: existence checks on one connection (they see committed stories
 * only), writes on another. Checks and writes queue up while their connection is busy and go as one
 * batch; a write batch also waits `lingerMs` for company, because every transaction takes the
 * store's write lock (one writer per schema across all workers), so its fixed cost is paid once per batch.
 */
class StoreLane {
  readonly reads: Connection;
  readonly writes: Connection;
  private readonly checkBatch: Batch<string, Check>;
  private readonly writeBatch: Batch<CodedStory, void>;

  constructor(
    location: string,
    private readonly version: string,
    lingerMs: number,
    maxBatch: number,
  ) {
    this.reads = new Connection(location);
    this.writes = new Connection(location);
    this.checkBatch = new Batch(0, maxBatch);
    this.writeBatch = new Batch(lingerMs, maxBatch);
  }

  check(id: string): Promise<Check> {
    return this.checkBatch.add(id, false, (ids) =>
      this.reads.exclusive(async (s) => {
        const existing = await s.existingIds(ids);
        const out: Check[] = [];
        for (const id of ids) {
          if (!existing.has(id)) out.push({ state: 'absent' });
          else {
            const st = await s.getStory(id);
            out.push(st?.status === 'failed' ? { state: 'failed' } : { state: 'coded', events: st?.event_count ?? 0 });
          }
        }
        return out.map((value) => ({ ok: true as const, value }));
      }),
    );
  }

  /** `Store.writeStories`: stories already stored are skipped, the rest written in one transaction. */
  /** `now`: no other story is on its way (being checked or coded): write without lingering. */
  write(c: CodedStory, now = false): Promise<void> {
    return this.writeBatch.add(c, now, async (batch) => {
      try {
        await this.writes.exclusive((s) => s.writeStories(batch, this.version));
        return batch.map(() => ({ ok: true as const, value: undefined }));
      } catch (e) {
        if (batch.length === 1 || connectionLost(e)) throw e;
      }
      // one story the store refuses must not fail the others written with it: one transaction each
      return Promise.all(
        batch.map((one) =>
          this.writes
            .exclusive((s) => s.writeStories([one], this.version))
            .then(
              (): Outcome<void> => ({ ok: true, value: undefined }),
              (error: unknown): Outcome<void> => ({ ok: false, error }),
            ),
        ),
      );
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.reads.close(), this.writes.close()]);
  }
}

type Outcome<O> = { readonly ok: true; readonly value: O } | { readonly ok: false; readonly error: unknown };

/**
 * Collects items and runs them together: the first item waits `lingerMs` (at least one macrotask)
 * for others, up to `max`; items arriving while a run is in flight go with the next one.
 */
class Batch<I, O> {
  private items: { item: I; resolve(o: O): void; reject(e: unknown): void }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private runs: Promise<void> = Promise.resolve();

  constructor(
    private readonly lingerMs: number,
    private readonly max: number,
  ) {}

  /** `run` answers each item (in order), or rejects for all of them. */
  add(item: I, now: boolean, run: (items: I[]) => Promise<Outcome<O>[]>): Promise<O> {
    const p = new Promise<O>((resolve, reject) => this.items.push({ item, resolve, reject }));
    if (now || this.items.length >= this.max) this.fire(run);
    else this.timer ??= setTimeout(() => this.fire(run), this.lingerMs);
    return p;
  }

  private fire(run: (items: I[]) => Promise<Outcome<O>[]>): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const taken = this.items;
    this.items = [];
    if (taken.length === 0) return;
    // runs go one after the other, so a batch collects while the previous one is written
    this.runs = this.runs.then(() =>
      run(taken.map((t) => t.item)).then(
        (outs) =>
          taken.forEach((t, i) => {
            const o = outs[i];
            if (o?.ok) t.resolve(o.value);
            else t.reject(o ? o.error : new Error('no outcome'));
          }),
        (e: unknown) => {
          for (const t of taken) t.reject(e);
        },
      ),
    );
  }
}

function permanent(code: string, message: string): UnrecoverableError {
  return new UnrecoverableError(`${code}: ${message}`);
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Adds a finished job to the queue's statistics exactly once: the job's own hash carries a marker
 * set in the same script, so a job redelivered after its worker died (and found already stored) is
 * counted only if the dead worker had not counted it. The marker goes when BullMQ removes the job.
 */
const COUNT_ONCE = `
if redis.call('exists', KEYS[1]) == 0 then return 0 end
if redis.call('hsetnx', KEYS[1], 'dyadicCounted', '1') == 0 then return 0 end
redis.call('hincrby', KEYS[2], 'stories', ARGV[1])
redis.call('hincrby', KEYS[2], 'events', ARGV[2])
redis.call('hincrby', KEYS[2], 'failed', ARGV[3])
redis.call('hsetnx', KEYS[2], 'first', ARGV[4])
redis.call('hset', KEYS[2], 'last', ARGV[4])
return 1`;

/** The store location with an `application_name` naming the worker (seen in pg_stat_activity). */
function withApplicationName(db: string, name: string): string {
  if (!/^postgres(ql)?:\/\//i.test(db)) return db;
  try {
    const u = new URL(db);
    if (!u.searchParams.has('application_name'))
      u.searchParams.set('application_name', `dyadic worker ${name}`.slice(0, 63));
    return u.toString();
  } catch {
    return db;
  }
}

export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const queueName = checkQueueName(o.queue);
  const threads = Math.max(1, o.threads ?? defaultJobs());
  const concurrency = Math.max(1, o.concurrency ?? threads * 16);
  const name = o.name ?? `${hostname()}:${process.pid}`;
  const notice = o.onNotice ?? (() => {});
  const poolOptions = {
    jobs: threads,
    chunk: 1,
    ...(o.coderModule ? { coderModule: o.coderModule } : {}),
    ...(o.coderOptions ? { coderOptions: o.coderOptions } : {}),
  };

  let pool: Promise<CodingBackend> = workerPool(poolOptions);
  const first = await pool;
  const version = first.version;
  const lane = new StoreLane(
    withApplicationName(o.db, name),
    version,
    o.writeLingerMs ?? DEFAULT_WRITE_LINGER_MS,
    Math.max(1, o.writeBatch ?? DEFAULT_WRITE_BATCH),
  );
  const storeRetryMs = o.storeRetryMs ?? 300_000;
  let storeRetries = 0;
  let lastRetryNotice = 0;
  /**
   * Runs a store operation, retrying a lost connection with backoff (the connection reopens on the
   * next use) for up to `storeRetryMs`: a database restart or a killed session costs no attempt.
   */
  const retrying = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    for (let n = 0; ; n++) {
      try {
        return await fn();
      } catch (e) {
        if (!connectionLost(e) || Date.now() - t0 > storeRetryMs) throw e;
        storeRetries++;
        if (Date.now() - lastRetryNotice > 5000) {
          lastRetryNotice = Date.now();
          notice(`store connection lost during ${what} (${e instanceof Error ? e.message : String(e)}); reconnecting`);
        }
        await sleepMs(Math.min(5000, 100 * 2 ** n) * (0.5 + Math.random() / 2));
      }
    }
  };
  // open the store before taking jobs: a wrong --db fails the command, not the jobs
  try {
    await lane.writes.exclusive(async () => undefined);
    await lane.reads.exclusive(async () => undefined);
  } catch (e) {
    await first.close();
    await lane.close().catch(() => undefined);
    throw e;
  }
  lane.writes.faults = o.faults;

  /** Codes one story; a lost coding thread replaces the pool and fails the attempt (retried). */
  const code = async (story: CodedStory['story']): Promise<CodedStory> => {
    const used = pool;
    const backend = await used;
    try {
      const [c] = await backend.code([story]);
      if (!c) throw new DyadicError('DYADIC_INTERNAL', { detail: 'coding pool returned no result' });
      return c;
    } catch (e) {
      if (pool === used) {
        notice(`coding threads failed (${e instanceof Error ? e.message : String(e)}); starting new ones`);
        pool = backend.close().then(() => workerPool(poolOptions));
      }
      throw e;
    }
  };

  const t0 = performance.now();
  let coded = 0;
  let alreadyStored = 0;
  let events = 0;
  let failed = 0;
  let retries = 0;
  let active = 0;
  let upstream = 0;
  const statsQueue = new Queue(queueName, { connection: connection(o.redis, 'worker') });
  statsQueue.on('error', () => {
    /* statistics only: reported by the failing count */
  });
  let lastCountNotice = 0;
  const defined = new WeakSet<object>();
  /** Adds a finished job to the queue's statistics (stories, events, failed stories), once per job. */
  const count = async (job: Job<JobData, JobResult>, stories: number, evs: number, fails: number): Promise<void> => {
    for (let n = 0; ; n++) {
      try {
        const client = await statsQueue.client;
        if (!defined.has(client)) {
          client.defineCommand('dyadicCountOnce', { numberOfKeys: 2, lua: COUNT_ONCE });
          defined.add(client);
        }
        await client.runCommand('dyadicCountOnce', [
          `${job.queueQualifiedName}:${job.id}`,
          statsKey(statsQueue),
          stories,
          evs,
          fails,
          Date.now(),
        ]);
        return;
      } catch (e) {
        // statistics only: a few tries, then the job goes on without them
        if (n >= 3) {
          if (Date.now() - lastCountNotice > 5000) {
            lastCountNotice = Date.now();
            notice(`queue statistics not updated: ${e instanceof Error ? e.message : String(e)}`);
          }
          return;
        }
        await sleepMs(200 * 2 ** n);
      }
    }
  };

  const processor = async (job: Job<JobData, JobResult>): Promise<JobResult> => {
    const d = job.data;
    if (d.kind === 'input-failure') {
      await retrying('a write', () =>
        lane.writes.exclusive((s) => s.recordInputFailures([{ where: d.where, code: d.code, message: d.message }])),
      );
      await count(job, 0, 0, 1);
      throw permanent(d.code, d.message);
    }
    if (d.kind === 'oversize') {
      const err = new DyadicError('DYADIC_INPUT_TOO_LARGE', { size: d.size, limit: d.limit });
      await retrying('a write', () =>
        lane.writes.exclusive((s) => s.recordInputFailures([{ where: d.where, code: err.code, message: err.message }])),
      );
      await count(job, 0, 0, 1);
      throw permanent(err.code, err.message);
    }
    // `upstream`: stories on their way to a write; when none is left, a write batch need not linger
    let prior: Check;
    let c: CodedStory;
    upstream++;
    try {
      prior = await retrying('a read', () => lane.check(d.story.id));
      if (prior.state === 'coded') {
        // stored by an earlier attempt of this job whose worker died before telling Redis: count it now
        // (counted once: a worker that counted it before dying left the job's marker)
        if (job.attemptsStarted > 1 || job.stalledCounter > 0) await count(job, 1, prior.events, 0);
        return { status: 'stored', events: prior.events };
      }
      c = await code(d.story);
    } finally {
      upstream--;
    }
    const now = upstream === 0;
    if (prior.state === 'failed') {
      // a failed story retried (e.g. after raising --max-chars): replace its outcome when it now codes
      if (c.result.status === 'coded')
        await retrying('a write', () => lane.writes.exclusive((s) => s.replaceStories([c], version)));
    } else if (c.result.status === 'failed') {
      // stored as failed, as ingest does; if the store cannot even take its text, the coder's reason still decides
      const stored = await retrying('a write', () => lane.write(c, now)).then(
        () => null,
        (e: unknown) => e,
      );
      if (stored !== null && connectionLost(stored)) throw stored;
      const note = stored === null ? '' : ` (not stored: ${stored instanceof Error ? stored.message : String(stored)})`;
      await count(job, 0, 0, 1);
      throw permanent(c.result.error.code, `${c.result.error.message}${note}`);
    } else {
      await retrying('a write', () => lane.write(c, now));
    }
    if (c.result.status === 'failed') {
      await count(job, 0, 0, 1);
      throw permanent(c.result.error.code, c.result.error.message);
    }
    await count(job, 1, c.result.events.length, 0);
    return { status: 'coded', events: c.result.events.length };
  };

  const worker = new Worker<JobData, JobResult>(queueName, processor, {
    connection: connection(o.redis, 'worker'),
    concurrency,
    name,
    lockDuration: o.lockDuration ?? DEFAULT_LOCK_DURATION,
    stalledInterval: o.stalledInterval ?? DEFAULT_STALLED_INTERVAL,
    maxStalledCount: o.maxStalledCount ?? 2,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
    autorun: false,
  });
  worker.on('error', (e) => notice(`queue error: ${e.message}`));
  worker.on('active', () => {
    active++;
  });
  worker.on('completed', (_job, r) => {
    active--;
    if (r.status === 'coded') {
      coded++;
      events += r.events;
    } else alreadyStored++;
  });
  worker.on('failed', (job, err) => {
    active--;
    if (!job) return;
    const final =
      err instanceof UnrecoverableError ||
      err.name === 'UnrecoverableError' ||
      job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) {
      failed++;
      // permanent failures were counted by the processor; attempts used up are counted here
      if (!(err instanceof UnrecoverableError || err.name === 'UnrecoverableError')) void count(job, 0, 0, 1);
      const [code, ...rest] = err.message.split(': ');
      o.onFailure?.({
        where: job.data.where,
        code: code && /^[A-Z_]+$/.test(code) ? code : 'DYADIC_INTERNAL',
        message: code && /^[A-Z_]+$/.test(code) ? rest.join(': ') : err.message,
      });
    } else {
      retries++;
      notice(`${job.data.where}: attempt ${job.attemptsMade} failed, will retry: ${err.message}`);
    }
  });

  const running = worker
    .run()
    .catch((e: unknown) => notice(`worker stopped: ${e instanceof Error ? e.message : String(e)}`));

  let closing: Promise<void> | null = null;
  return {
    name,
    version,
    threads,
    concurrency,
    stats: () => ({
      coded,
      alreadyStored,
      events,
      failed,
      retries,
      active: Math.max(0, active),
      elapsedMs: performance.now() - t0,
      storeBusyMs: lane.writes.busyMs,
      storeRetries,
    }),
    close(timeoutMs = 30_000) {
      closing ??= (async () => {
        const graceful = worker.close().then(() => true);
        let timer: NodeJS.Timeout | undefined;
        const done = await Promise.race([
          graceful,
          new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs))),
        ]);
        clearTimeout(timer);
        if (!done) {
          notice(`active jobs did not finish within ${timeoutMs} ms: leaving them to be redelivered`);
          await worker.close(true).catch(() => undefined);
        }
        await running;
        await statsQueue.close().catch(() => undefined);
        await (await pool).close();
        await lane.close().catch(() => undefined);
      })();
      return closing;
    },
  };
}
