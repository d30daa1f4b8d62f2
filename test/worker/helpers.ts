/** Shared by the worker tests: the built CLI as child processes, queue and schema set-up and clean-up. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import pg from 'pg';
import { describe, it } from 'vitest';

export const root = resolve(import.meta.dirname, '../..');
export const main = join(root, 'dist/cli/main.js');
export const corpus = resolve(root, '../shared/corpus/wikinews/bench.jsonl');
export const redisUrl = process.env.DYADIC_TEST_REDIS_URL;
export const pgUrl = process.env.DYADIC_TEST_PG_URL;

/** A PostgreSQL store location in one schema. */
export function pgAt(schema: string): string {
  const u = new URL(pgUrl ?? 'postgres://localhost/test');
  u.searchParams.set('schema', schema);
  return u.toString();
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Child {
  readonly proc: ChildProcess;
  readonly done: Promise<Run>;
  /** stderr so far */
  err(): string;
  /** Resolves when stderr contains `text`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
}

export function dyadic(args: readonly string[], env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, [main, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { re: string | RegExp; resolve(): void }[] = [];
  proc.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const w of [...waiters]) {
      if (typeof w.re === 'string' ? stderr.includes(w.re) : w.re.test(stderr)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const done = new Promise<Run>((res) => proc.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
  return {
    proc,
    done,
    err: () => stderr,
    waitFor(re, timeoutMs = 60_000) {
      if (typeof re === 'string' ? stderr.includes(re) : re.test(stderr)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const t = setTimeout(
          () => reject(new Error(`timed out waiting for ${String(re)}; stderr:\n${stderr}`)),
          timeoutMs,
        );
        waiters.push({
          re,
          resolve: () => {
            clearTimeout(t);
            resolve();
          },
        });
        void done.then((r) => {
          clearTimeout(t);
          reject(new Error(`process exited (${r.code ?? r.signal}) before ${String(re)}; stderr:\n${r.stderr}`));
        });
      });
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function pgQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

export async function dropSchemas(...schemas: string[]): Promise<void> {
  for (const s of schemas) await pgQuery(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
}

/** Removes the queue's keys, including the workers' statistics hash. */
export async function removeQueue(name: string): Promise<void> {
  const q = new Queue(name, { connection: { url: redisUrl ?? '' } });
  try {
    await q.obliterate({ force: true });
    const client = await q.client;
    await client.del(`${q.qualifiedName}:dyadic-stats`);
  } finally {
    await q.close();
  }
}

/**
 * Ends the PostgreSQL sessions whose application_name is `name` (a worker names its connections
 * `dyadic worker <name>`): a dropped store connection, as a database restart or a network cut gives.
 */
export async function terminateBackendsNamed(name: string): Promise<number> {
  const rows = await pgQuery<{ ok: boolean }>(
    'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
    [name],
  );
  return rows.filter((r) => r.ok).length;
}

async function pgReachable(url: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return `PostgreSQL at DYADIC_TEST_PG_URL is unreachable (${e instanceof Error ? e.message : String(e)})`;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function redisReachable(url: string): Promise<string | null> {
  const u = new URL(url);
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const sock = connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) });
    const done = (why: string | null) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(why ? `Redis at DYADIC_TEST_REDIS_URL is unreachable (${why})` : null);
    };
    const timer = setTimeout(() => done('no answer within 3 s'), 3000);
    let got = '';
    sock.on('connect', () => {
      const auth = u.password
        ? `AUTH ${decodeURIComponent(u.username || 'default')} ${decodeURIComponent(u.password)}\r\n`
        : '';
      sock.write(`${auth}PING\r\n`);
    });
    sock.on('data', (d: Buffer) => {
      got += d.toString();
      if (got.includes('+PONG')) done(null);
      else if (got.startsWith('-')) done(got.trim());
    });
    sock.on('error', (e) => done(e.message));
  });
}

/**
 * Why the services a test file needs cannot be used (variable unset, server unreachable), or null.
 */
export async function missingServices(need: { pg?: boolean; redis?: boolean }): Promise<string | null> {
  if (need.redis && !redisUrl) return 'set DYADIC_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379)';
  if (need.pg && !pgUrl) return 'set DYADIC_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test)';
  if (need.redis && redisUrl) {
    const why = await redisReachable(redisUrl);
    if (why) return why;
  }
  if (need.pg && pgUrl) return pgReachable(pgUrl);
  return null;
}

/** The queue and schema names of one test case: unique per process, case and time. */
export function caseNames(tag: string): { queue: string; schema: string; ref: string } {
  const run = `dyadic_w${process.pid}_${tag}_${Date.now().toString(36)}`;
  return { queue: run, schema: `${run}_w`, ref: `${run}_ref` };
}

/**
 * Declares what happens when a test file cannot run: under `CI=true` a failing test naming the
 * missing service (CI provides them all); otherwise a skipped test, its reason on the console.
 */
export function cannotRun(suite: string, reason: string, isService = true): void {
  if (isService && process.env.CI === 'true') {
    describe(suite, () => {
      it('has the services it needs (CI=true)', () => {
        throw new Error(`${suite}: ${reason}`);
      });
    });
    return;
  }
  console.warn(`${suite}: skipped: ${reason}`);
  describe(suite, () => {
    it.skip(`skipped: ${reason}`, () => {});
  });
}
