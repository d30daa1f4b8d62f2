/**
 * End to end through the built CLI with the real coder on the Wikinews corpus (../shared): ingesting
 * twice gives the same counts; a kill -9 in the middle of an ingest followed by a rerun gives exactly
 * the events of an uninterrupted run; the query commands answer.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'dist/cli/main.js');
const corpus = resolve(root, '../shared/corpus/wikinews/bench.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'dyadic-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dyadic(args: string[]) {
  const r = spawnSync(process.execPath, [main, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function snapshot(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    return {
      stories: d
        .prepare('SELECT id, status, error_code, coder_version, duplicate_of, text_hash FROM stories ORDER BY id')
        .all(),
      events: d.prepare('SELECT id, story_id, duplicate_of, record FROM events ORDER BY id').all(),
    };
  } finally {
    d.close();
  }
}

function storyCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT COUNT(*) AS n FROM stories').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created / migrated yet
  }
}

const INGEST = ['ingest', corpus, '--batch', '20', '--jobs', '2', '--quiet'];

describe.skipIf(!existsSync(corpus))('CLI end to end on Wikinews (skipped when ../shared is absent)', () => {
  const clean = join(dir, 'clean.db');
  let r1: ReturnType<typeof dyadic>;
  beforeAll(() => {
    r1 = dyadic([...INGEST, '--db', clean, '--json']);
  });

  it('ingests the corpus; a second ingest adds nothing', () => {
    expect(r1.code, r1.stderr).toBeLessThanOrEqual(1);
    const s1 = JSON.parse(r1.stdout) as {
      read: number;
      stories: number;
      events: number;
      failed: number;
      skipped: number;
    };
    expect(s1.read).toBe(437);
    expect(s1.stories).toBeGreaterThan(400);
    const first = snapshot(clean);
    const r2 = dyadic([...INGEST, '--db', clean, '--json']);
    const s2 = JSON.parse(r2.stdout) as { stories: number; events: number; skipped: number };
    expect(s2).toMatchObject({ stories: 0, events: 0, skipped: s1.stories });
    expect(snapshot(clean)).toEqual(first);
  });

  it('after kill -9 mid-ingest, a rerun ends with exactly the events of an uninterrupted run', async () => {
    const killed = join(dir, 'killed.db');
    const child: ChildProcess = spawn(process.execPath, [main, ...INGEST, '--db', killed], {
      cwd: dir,
      stdio: 'ignore',
    });
    const exited = new Promise<void>((res) => child.on('exit', () => res()));
    let seen = 0;
    for (let i = 0; i < 3000 && child.exitCode === null; i++) {
      seen = storyCount(killed);
      if (seen >= 60) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await exited;
    const partial = storyCount(killed);
    expect(partial, 'the kill should land mid-ingest').toBeLessThan(437);
    expect(partial).toBeGreaterThan(0);
    const r = dyadic([...INGEST, '--db', killed]);
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    expect(snapshot(killed)).toEqual(snapshot(clean));
  });

  it('answers events, timeline, actors and export', () => {
    const ev = dyadic(['events', '--db', clean, '--format', 'jsonl']);
    expect(ev.code).toBe(0);
    const lines = ev.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    const rec = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(rec)).toEqual(
      expect.arrayContaining(['id', 'story_id', 'cameo', 'source', 'target', 'mode', 'evidence', 'rule']),
    );
    const csv = dyadic(['events', '--db', clean, '--format', 'csv', '--actor', 'USA']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^id,story_id,sentence_index,/);
    const tl = dyadic(['timeline', 'USA', 'IRN', '--by', 'week', '--db', clean, '--format', 'jsonl']);
    expect(tl.code, tl.stderr).toBe(0);
    const ac = dyadic(['actors', '--db', clean, '--limit', '5']);
    expect(ac.code).toBe(0);
    expect(ac.stdout).toMatch(/actor\s+events/);
    const out = join(dir, 'all.parquet');
    const ex = dyadic(['export', '--db', clean, '--format', 'parquet', '--out', out]);
    expect(ex.code, ex.stderr).toBe(0);
    expect(ex.stderr).toMatch(/exported \d+ events/);
    const bad = dyadic(['timeline', 'USA', 'IRN', '--by', 'year', '--db', clean]);
    expect(bad.code).toBe(2);
  });
});
