/** Shared by the worker tests: the built CLI as child processes, queue and schema set-up and clean-up. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import pg from 'pg';

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

/** Ends the PostgreSQL sessions of one process (found by its TCP ports): a dropped store connection. */
export async function terminateBackendsOf(pid: number): Promise<number> {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync('ss', ['-tnpH', 'state', 'established', '( dport = :5432 )'], { encoding: 'utf8' });
  const ports = out
    .split('\n')
    .filter((l) => l.includes(`pid=${pid},`))
    .map((l) => Number(/:(\d+)\s+\S+:5432\b/.exec(l)?.[1]))
    .filter((p) => p > 0);
  if (ports.length === 0) return 0;
  const rows = await pgQuery<{ ok: boolean }>(
    'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE client_port = ANY($1::int[]) AND pid <> pg_backend_pid()',
    [ports],
  );
  return rows.filter((r) => r.ok).length;
}
