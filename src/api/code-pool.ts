/**
 * Coding for `POST /code` off the event loop: a small pool of worker threads running the ingest coding
 * worker (`ingest/worker.ts`: one coder per thread, created once by `createCoder()`), behind a bounded
 * queue. The threads answer with the events already serialised, so the event loop neither copies nor
 * serialises thousands of records. A request that finds the queue full is refused at once
 * (`CodeQueueFull`, answered 429 with Retry-After), so a burst of large posts can neither stall the
 * server's other answers nor pile up without limit.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CoderOptions } from '../core/coder-types.js';
import type { Story } from '../core/records.js';
import { builtUrl, type Coder, codeOne, defaultCoderModule, type WorkerMessage } from '../ingest/coding.js';
import type { JsonReply, JsonRequest } from '../ingest/worker.js';

/** What coding a text gave: the events as a JSON array (text), or the coder's refusal. */
export type CodeAnswer =
  | { readonly status: 'coded'; readonly sentences: number; readonly events: string }
  | { readonly status: 'failed'; readonly error: { readonly code: string; readonly message: string } };

export interface CodePool {
  /**
   * Codes one story (`minConfidence` overrides the coder's threshold for it); rejects with
   * `CodeQueueFull` when `maxQueue` stories are already waiting or in progress.
   */
  code(story: Story, minConfidence?: number): Promise<CodeAnswer>;
  /** Stories waiting or in progress. */
  readonly pending: number;
  close(): Promise<void>;
}

/** Where the stories are coded. */
export interface CodeBackend {
  code(story: Story, minConfidence?: number): Promise<CodeAnswer>;
  close(): Promise<void>;
}

export class CodeQueueFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many texts are being coded: try again shortly');
    this.name = 'CodeQueueFull';
  }
}

export interface CodePoolOptions {
  /** Coding threads (default: cores - 1, between 1 and 4: the event loop keeps a core). */
  readonly threads?: number;
  /** Most stories waiting or in progress (default 16 per thread). */
  readonly maxQueue?: number;
  readonly coderModule?: string;
  readonly coderOptions?: CoderOptions;
}

export function defaultCodeThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Bounds a coding back-end (started on first use): at most `maxQueue` stories at once; the rest are refused. */
export function boundedPool(start: () => Promise<CodeBackend>, threads: number, maxQueue: number): CodePool {
  let backend: Promise<CodeBackend> | null = null;
  let pending = 0;
  let closed = false;
  const get = (): Promise<CodeBackend> => {
    if (backend) return backend;
    const b = start();
    backend = b;
    // a pool that could not start is tried again by the next request
    b.catch(() => {
      if (backend === b) backend = null;
    });
    return b;
  };
  return {
    get pending() {
      return pending;
    },
    async code(story, minConfidence) {
      if (closed) throw new Error('the coding pool is closed');
      if (pending >= maxQueue) throw new CodeQueueFull(Math.max(1, Math.ceil(pending / (threads * 20))));
      pending++;
      try {
        const used = get();
        const b = await used;
        try {
          return await b.code(story, minConfidence);
        } catch (e) {
          // a lost thread fails the pool: a new one starts with the next request
          if (backend === used) {
            backend = null;
            void b.close().catch(() => undefined);
          }
          throw e;
        }
      } finally {
        pending--;
      }
    },
    async close() {
      closed = true;
      const b = backend;
      backend = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}

/** `threads` coding worker threads; resolves when every one has built its coder. */
async function threadBackend(o: CodePoolOptions, threads: number): Promise<CodeBackend> {
  const url = builtUrl(new URL('../ingest/worker.js', import.meta.url));
  const workerData = { coderModule: o.coderModule ?? defaultCoderModule(), coderOptions: o.coderOptions ?? {} };
  type Slot = {
    worker: Worker;
    load: number;
    waiting: Map<number, { resolve(a: CodeAnswer): void; reject(e: unknown): void }>;
  };
  const slots: Slot[] = [];
  let nextId = 0;
  let broken: Error | null = null;
  const fail = (slot: Slot, err: Error) => {
    broken ??= err;
    for (const w of slot.waiting.values()) w.reject(err);
    slot.waiting.clear();
  };
  let closing = false;
  try {
    await Promise.all(
      Array.from({ length: threads }, () => {
        const slot: Slot = { worker: new Worker(url, { workerData }), load: 0, waiting: new Map() };
        slots.push(slot);
        return new Promise<void>((resolve, reject) => {
          slot.worker.on('message', (m: WorkerMessage | JsonReply) => {
            if (m.type === 'ready') resolve();
            else if (m.type === 'init-error') reject(new Error(`coding thread could not create a coder: ${m.message}`));
            else if (m.type === 'done-json') {
              const w = slot.waiting.get(m.id);
              if (!w) return;
              slot.waiting.delete(m.id);
              slot.load--;
              const { type: _t, id: _i, ...answer } = m;
              w.resolve(answer);
            }
          });
          slot.worker.on('error', (e) => {
            const err = new Error(`coding thread failed: ${e.message}`);
            reject(err);
            fail(slot, err);
          });
          slot.worker.on('exit', (code) => {
            if (!closing) fail(slot, new Error(`coding thread exited with code ${code}`));
          });
        });
      }),
    );
  } catch (e) {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw e;
  }
  return {
    code(story, minConfidence) {
      if (broken) return Promise.reject(broken);
      let slot = slots[0] as Slot;
      for (const s of slots) if (s.load < slot.load) slot = s;
      const id = nextId++;
      slot.load++;
      return new Promise<CodeAnswer>((resolve, reject) => {
        slot.waiting.set(id, { resolve, reject });
        slot.worker.postMessage({ type: 'code-json', id, story, minConfidence } satisfies JsonRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Worker threads, started on the first request (each builds its coder once, ~1 s). */
export function codePool(o: CodePoolOptions = {}): CodePool {
  const threads = Math.max(1, o.threads ?? defaultCodeThreads());
  const maxQueue = Math.max(1, o.maxQueue ?? threads * 16);
  return boundedPool(() => threadBackend(o, threads), threads, maxQueue);
}

/** Coding in the calling thread (what the threads do, without them). */
export function localBackend(coder: Coder): CodeBackend {
  return {
    async code(story, minConfidence) {
      const { result } = codeOne(coder, story, minConfidence);
      return result.status === 'coded'
        ? { status: 'coded', sentences: result.sentences, events: JSON.stringify(result.events) }
        : { status: 'failed', error: result.error };
    },
    async close() {},
  };
}

/** In the calling thread, with the same bound (apps made by `createApp` without a pool: tests, embedding). */
export function localCodePool(coder: Coder, maxQueue = 16): CodePool {
  return boundedPool(async () => localBackend(coder), 1, maxQueue);
}
