/**
 * Coding back-ends for ingest and recode: in this thread (one coder), or a pool of worker threads
 * (one coder each, created once and reused). Both return `CodedStory` values (result + fingerprints)
 * in input order; a story never throws, a broken worker fails the whole run (DYADIC_INTERNAL).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CoderOptions, StoryResult } from '../core/coder-types.js';
import { DyadicError } from '../core/errors.js';
import type { Story } from '../core/records.js';
import { fingerprints } from '../store/simhash.js';
import type { CodedStory } from '../store/store.js';

/** The coder as the store needs it (`src/core/coder.ts` provides `createCoder(options): Coder`). */
export interface Coder {
  codeStory(story: Story, options?: { readonly minConfidence?: number }): StoryResult;
  /** Changes whenever the knowledge base changes: stories coded under another version are stale. */
  readonly version: string;
}

export interface CodingBackend {
  readonly version: string;
  /** Codes stories, results in input order. */
  code(stories: readonly Story[]): Promise<CodedStory[]>;
  close(): Promise<void>;
}

/** Codes one story and fingerprints its text; an exception from the coder becomes a failed result. */
export function codeOne(coder: Coder, story: Story, minConfidence?: number): CodedStory {
  let result: StoryResult;
  try {
    result = minConfidence === undefined ? coder.codeStory(story) : coder.codeStory(story, { minConfidence });
  } catch (e) {
    result = {
      status: 'failed',
      story_id: story.id,
      error: { code: 'DYADIC_INTERNAL', message: e instanceof Error ? e.message : String(e) },
    };
  }
  return { story, result, ...fingerprints(story.text) };
}

/** Coding in the calling thread. */
export function localBackend(coder: Coder): CodingBackend {
  return {
    version: coder.version,
    async code(stories) {
      // yields to the event loop every few milliseconds, so a database write in flight proceeds meanwhile
      const out: CodedStory[] = [];
      let slice = performance.now();
      for (const s of stories) {
        out.push(codeOne(coder, s));
        if (performance.now() - slice > 4) {
          await new Promise<void>((r) => setImmediate(r));
          slice = performance.now();
        }
      }
      return out;
    },
    async close() {},
  };
}

/** The module that exports `createCoder` (built JS: workers cannot load TypeScript). */
export function defaultCoderModule(): string {
  return builtUrl(new URL('../core/coder.js', import.meta.url)).href;
}

/** Maps `src/**\/x.js|ts` (tests running the sources) to `dist/**\/x.js`; built URLs pass through. */
export function builtUrl(u: URL): URL {
  const p = fileURLToPath(u);
  const m = /^(.*)[\\/]src[\\/](.*)\.(ts|js)$/.exec(p);
  if (!m || !import.meta.url.endsWith('.ts')) return u;
  return pathToFileURL(`${m[1]}/dist/${m[2]}.js`);
}

export interface PoolOptions {
  readonly jobs?: number;
  /** URL of a module exporting `createCoder(options)`; default the project's coder. */
  readonly coderModule?: string;
  readonly coderOptions?: CoderOptions;
  /** Stories per message to a worker. */
  readonly chunk?: number;
}

interface Pending {
  resolve(v: CodedStory[]): void;
  reject(e: unknown): void;
  stories: readonly Story[];
}

interface Slot {
  worker: Worker;
  load: number;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Starts `jobs` worker threads, each creating one coder; resolves when all are ready. */
export async function workerPool(opts: PoolOptions = {}): Promise<CodingBackend> {
  const jobs = Math.max(1, opts.jobs ?? defaultJobs());
  const chunk = Math.max(1, opts.chunk ?? 8);
  const workerUrl = builtUrl(new URL('./worker.js', import.meta.url));
  const coderModule = opts.coderModule ?? defaultCoderModule();
  const pending = new Map<number, Pending & { slot: Slot }>();
  let nextId = 0;
  let failure: DyadicError | null = null;
  const slots: Slot[] = [];
  let closing = false;

  const fail = (err: DyadicError) => {
    failure ??= err;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };

  const versions = await Promise.all(
    Array.from({ length: jobs }, async () => {
      const worker = new Worker(workerUrl, { workerData: { coderModule, coderOptions: opts.coderOptions ?? {} } });
      const slot: Slot = { worker, load: 0 };
      slots.push(slot);
      return new Promise<string>((resolve, reject) => {
        worker.on('message', (m: WorkerMessage) => {
          if (m.type === 'ready') resolve(m.version);
          else if (m.type === 'init-error')
            reject(new DyadicError('DYADIC_INTERNAL', { detail: `worker could not create a coder: ${m.message}` }));
          else if (m.type === 'done') {
            const p = pending.get(m.id);
            if (!p) return;
            pending.delete(m.id);
            p.slot.load -= p.stories.length;
            p.resolve(m.results.map((r, i) => ({ ...r, story: p.stories[i] as Story })));
          }
        });
        worker.on('error', (e) => {
          const err = new DyadicError(
            'DYADIC_INTERNAL',
            { detail: `coding worker failed: ${e.message}` },
            { cause: e },
          );
          reject(err);
          fail(err);
        });
        worker.on('exit', (code) => {
          if (code !== 0 && !closing)
            fail(new DyadicError('DYADIC_INTERNAL', { detail: `coding worker exited with code ${code}` }));
        });
      });
    }),
  ).catch(async (e: unknown) => {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw e;
  });
  const version = versions[0] ?? '';

  const send = (stories: readonly Story[]): Promise<CodedStory[]> => {
    if (failure) return Promise.reject(failure);
    let slot = slots[0] as Slot;
    for (const s of slots) if (s.load < slot.load) slot = s;
    const id = nextId++;
    slot.load += stories.length;
    return new Promise<CodedStory[]>((resolve, reject) => {
      pending.set(id, { resolve, reject, stories, slot });
      slot.worker.postMessage({ type: 'code', id, stories } satisfies MainMessage);
    });
  };

  return {
    version,
    async code(stories) {
      const parts: Promise<CodedStory[]>[] = [];
      for (let i = 0; i < stories.length; i += chunk) parts.push(send(stories.slice(i, i + chunk)));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

export type MainMessage = { type: 'code'; id: number; stories: readonly Story[] };
export type WorkerMessage =
  | { type: 'ready'; version: string }
  | { type: 'init-error'; message: string }
  | { type: 'done'; id: number; results: Omit<CodedStory, 'story'>[] };

/**
 * The back-end `--jobs` asks for: a pool of `jobs` worker threads, so the store's reads and writes on
 * the calling thread overlap with coding even for one job; in this thread only with `coder` or jobs 0.
 */
export async function createBackend(opts: PoolOptions & { coder?: Coder }): Promise<CodingBackend> {
  const jobs = opts.jobs ?? defaultJobs();
  if (opts.coder) return localBackend(opts.coder);
  if (jobs <= 0) {
    const mod = (await import(opts.coderModule ?? defaultCoderModule())) as { createCoder(o?: CoderOptions): Coder };
    return localBackend(mod.createCoder(opts.coderOptions ?? {}));
  }
  return workerPool({ ...opts, jobs });
}
