/**
 * Hostile input and output, through the CLI as a child process: output files never replace what is not a
 * regular file and never leave half a file; limits are enforced while reading; BOMs, NUL bytes, control
 * characters, repeated ids, symlink loops and bad option values are each handled with one clear line.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyadic-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dyadic(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [MAIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
const STORY = 'Iran offered to help train Iraqi security forces.';
const story = (id: string, text = STORY) => `${JSON.stringify({ id, date: '2007-05-28', text })}\n`;
const w = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const noTemp = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

describe('output files', () => {
  const input = w('one.txt', STORY);

  it('follows a symlink: the link stays a link, its target gets the events', () => {
    const target = w('real.jsonl', 'old\n');
    symlinkSync(target, join(dir, 'link.jsonl'));
    const r = dyadic(['code', input, '--date', '2007-05-28', '--out', 'link.jsonl', '-q']);
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('"cameo"');
    expect(noTemp(dir)).toEqual([]);
  });

  it('writes into a device in place and never replaces it', () => {
    const before = statSync('/dev/null');
    const r = dyadic(['code', input, '--out', '/dev/null', '-q']);
    expect(r.status).toBe(0);
    const after = statSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
  });

  it.runIf(existsSync('/dev/full'))('reports a full device in one line with exit 2', () => {
    const r = dyadic(['code', input, '--out', '/dev/full', '-q']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/cannot write \/dev\/full: no space left.*ENOSPC/)]);
  });

  it('reports an unwritable folder in one line, exit 2, nothing left behind', () => {
    const r = dyadic(['code', input, '--out', '/proc/dyadic-test.jsonl', '-q']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot write \/proc\/dyadic-test\.jsonl/);
  });

  it('keeps the old file when a run fails, and leaves no temp file', () => {
    const out = w('keep.jsonl', 'previous\n');
    // a folder where the input should be: the run fails before anything is written
    const r = dyadic(['code', join(dir, 'missing.txt'), '--out', out, '-q']);
    expect(r.status).toBe(1);
    expect(noTemp(dir)).toEqual([]);
  });
});

describe('limits while reading', () => {
  it('refuses an endless input at the limit, naming the size', () => {
    const r = dyadic(['code', '/dev/zero', '--max-chars', '1000']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/zero: input is over \d+ bytes, more than a story of 1000 characters/);
  });

  it('refuses endless stdin at the limit', () => {
    const r = dyadic(['code', '-', '--max-chars', '100'], Buffer.alloc(2_000_000, 0x61));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/<stdin>: input is over \d+ bytes/);
  });

  it('skips an over-long JSONL line and codes the rest', () => {
    const f = w('long.jsonl', story('big', 'x '.repeat(50_000)) + story('ok'));
    const r = dyadic(['code', f, '--max-chars', '1000']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/long\.jsonl:1: input is over/);
    expect(r.stdout).toContain('"story_id":"ok"');
  });

  it('names NUL bytes as binary data, not an encoding problem', () => {
    const f = w('zeros.txt', Buffer.alloc(10_000, 0));
    const r = dyadic(['code', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/NUL characters: it looks like binary data/);
  });

  it('rejects bad option values with exit 2', () => {
    for (const v of ['-1', '0', 'abc']) {
      const r = dyadic(['code', '-', '--max-chars', v], STORY);
      expect(r.status, v).toBe(2);
      expect(r.stderr).toMatch(/--max-chars must be a positive integer/);
    }
    const r = dyadic(['ingest', w('j.jsonl', story('j')), '--jobs', '500', '--db', join(dir, 'jobs.db')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs 500 is more than this machine's \d+ cores/);
    expect(existsSync(join(dir, 'jobs.db'))).toBe(false);
  });
});

describe('input quirks', () => {
  it('keeps the first JSONL line after a UTF-8 BOM', () => {
    const f = w(
      'bom.jsonl',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story('first') + story('second'))]),
    );
    const r = dyadic(['code', f]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"story_id":"first"');
    expect(r.stdout).toContain('"story_id":"second"');
  });

  it('shows control characters from input escaped on stderr', () => {
    const f = w('esc.jsonl', `${JSON.stringify({ id: 'x\u001b[31mred', date: '2007-05-28', text: '' })}\n`);
    const r = dyadic(['code', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('x\\x1b[31mred');
  });

  it('refuses a story id repeated in one run, naming the first place', () => {
    const f = w('dup.jsonl', story('a') + story('a'));
    const r = dyadic(['code', f]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/dup\.jsonl:2 \(a\): story id "a" already used at .*dup\.jsonl:1/),
    ]);
    const ids = lines(r.stdout).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reports a stored id with other text, and overwrites it with --replace', () => {
    const db = join(dir, 'conflict.db');
    const first = dyadic(['ingest', w('c1.jsonl', story('c')), '--db', db, '--quiet', '--json']);
    expect(first.status).toBe(0);
    const other = w('c2.jsonl', story('c', 'Iran rejected the offer of talks with Iraq.'));
    const again = dyadic(['ingest', other, '--db', db, '--quiet', '--json']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/story "c" is stored with different text: kept the stored one/);
    expect(JSON.parse(again.stdout)).toMatchObject({ stories: 0, failed: 1 });
    const replaced = dyadic(['ingest', other, '--db', db, '--quiet', '--json', '--replace']);
    expect(replaced.status).toBe(0);
    expect(JSON.parse(replaced.stdout)).toMatchObject({ stories: 1, replaced: 1 });
    const events = dyadic(['events', '--db', db, '--story', 'c', '--format', 'jsonl']);
    expect(events.stdout).toContain('rejected');
    // the same text again is skipped quietly (idempotent)
    const same = dyadic(['ingest', other, '--db', db, '--quiet', '--json']);
    expect(same.status).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ stories: 0, skipped: 1, failed: 0 });
  });

  it('walks a folder with symlink loops: each real file once, no hang', () => {
    const root = join(dir, 'loops');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'sub', 's.jsonl'), story('loop-story'));
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync('../sub', join(root, 'sub', 'again'));
    symlinkSync(join(root, 'sub', 's.jsonl'), join(root, 'alias.jsonl'));
    const r = dyadic(['ingest', root, '--db', join(dir, 'loops.db'), '--quiet', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 1, stories: 1 });
  });
});
