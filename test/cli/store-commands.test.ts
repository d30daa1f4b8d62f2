/**
 * The reading and re-coding commands as an analyst uses them (issue #14), on a small store built
 * here with `dyadic ingest`: `recode` loses no events (a story without a date, a story that fails
 * to code), usage errors exit 2 with one line, reading commands never create a database, CSV
 * columns are the same in `code` and `events`, lists are newest first, and a closed pipe
 * (`| head -1`) ends the command quietly.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/records.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyadic-cli-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dyadic(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [MAIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
const records = (s: string) => lines(s).map((l) => JSON.parse(l) as EventRecord);

const TEXT =
  'Washington criticized Tehran. Iran accused Israel of aggression. France hosted German officials in Paris. Russian troops attacked Georgian villages.';

const COUNTRIES = ['France', 'Germany', 'Russia', 'Iran', 'Israel', 'Japan', 'China', 'Egypt', 'Turkey', 'India'];
const VERBS = ['criticized', 'praised', 'accused', 'threatened', 'hosted', 'condemned'];

/** Four different sentences per story (distinct texts: no near-duplicates), seeded. */
function text(i: number): string {
  let seed = i * 7919 + 17;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: string[] = [];
  for (let k = 0; k < 4; k++) {
    const a = COUNTRIES[next(COUNTRIES.length)]!;
    let b = COUNTRIES[next(COUNTRIES.length)]!;
    if (b === a) b = a === 'France' ? 'Germany' : 'France';
    out.push(`${a} ${VERBS[next(VERBS.length)]} ${b}.`);
  }
  return `Washington criticized Tehran. ${out.join(' ')}`;
}

/** 60 stories, one every 32 days from 2005 to 2010, plus one without a date. */
function stories(): string {
  const out: string[] = [];
  const t0 = Date.UTC(2005, 0, 3);
  for (let i = 0; i < 60; i++) {
    const date = new Date(t0 + i * 32 * 86_400_000).toISOString().slice(0, 10);
    out.push(JSON.stringify({ id: `s${String(i).padStart(3, '0')}`, date, text: text(i) }));
  }
  out.push(JSON.stringify({ id: 'undated', date: null, text: 'Washington criticized Tehran. Iran accused Israel.' }));
  out.push(JSON.stringify({ id: 'fragile', date: '2008-02-01', text: `${TEXT} Marker FRAGILE.` }));
  return `${out.join('\n')}\n`;
}

const db = join(dir, 'store.db');
const input = join(dir, 'stories.jsonl');

beforeAll(() => {
  writeFileSync(input, stories());
  const r = dyadic(['ingest', input, '--db', db, '--jobs', '1']);
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

describe('dyadic recode', () => {
  it('--all keeps every event, the story without a date included', () => {
    const before = records(dyadic(['events', '--db', db, '--format', 'jsonl']).stdout);
    expect(before.some((e) => e.story_id === 'undated')).toBe(true);
    const r = dyadic(['recode', '--all', '--db', db, '--quiet', '--jobs', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const after = records(dyadic(['events', '--db', db, '--format', 'jsonl']).stdout);
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    const undated = after.filter((e) => e.story_id === 'undated');
    expect(undated.length).toBe(2);
    for (const e of undated) expect(e.date).toBeNull();
  });

  it('a story that fails to code is one stderr line naming it, and keeps its events', () => {
    const coder = join(dir, 'fragile-coder.mjs');
    const real = pathToFileURL(join(ROOT, 'dist/index.js')).href;
    writeFileSync(
      coder,
      `import { createCoder as real } from ${JSON.stringify(real)};
export function createCoder(o) {
  const c = real(o);
  return {
    version: 'fragile-' + c.version,
    codeStory(s) {
      if (s.text.includes('FRAGILE')) return { status: 'failed', story_id: s.id, error: { code: 'DYADIC_INTERNAL', message: 'forced failure' } };
      return c.codeStory(s);
    },
  };
}
`,
    );
    const before = records(dyadic(['events', '--db', db, '--format', 'jsonl', '--story', 'fragile']).stdout);
    expect(before.length).toBeGreaterThan(0);
    const r = dyadic(['recode', '--all', '--db', db, '--quiet', '--jobs', '1'], {
      DYADIC_CODER_MODULE: pathToFileURL(coder).href,
    });
    expect(r.status).toBe(1);
    const err = lines(r.stderr);
    expect(err, r.stderr).toHaveLength(1);
    expect(err[0]).toMatch(/^dyadic: recode: story fragile: forced failure$/);
    const after = records(dyadic(['events', '--db', db, '--format', 'jsonl', '--story', 'fragile']).stdout);
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  it('--story with an unknown id is a one-line error, exit 2', () => {
    const r = dyadic(['recode', '--story', 'nope', '--db', db, '--quiet']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('"nope"');
  });
});

describe('usage errors and missing stores', () => {
  it('reading commands never create a database: one line, exit 2, no file', () => {
    for (const args of [
      ['events'],
      ['timeline', 'USA', 'IRN'],
      ['actors'],
      ['ledger'],
      ['export', '--format', 'jsonl'],
      ['recode', '--all'],
    ]) {
      const typo = join(dir, `typo-${args[0]}.db`);
      const r = dyadic([...args, '--db', typo]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(/^dyadic: no database at .*typo/);
      expect(existsSync(typo), args.join(' ')).toBe(false);
    }
  });

  it('unknown options, missing arguments and bad values exit 2 with one line', () => {
    const cases: string[][] = [
      ['events', '--db', db, '--no-such-option'],
      ['events', '--db', db, '--root', '99'],
      ['events', '--db', db, '--format', 'xml'],
      ['events', '--db', db, '--order', 'sideways'],
      ['timeline', 'USA', '--db', db],
      ['timeline', 'USA', 'XYZ', '--db', db],
      ['timeline', 'USA', 'IRN', '--by', 'year', '--db', db],
      ['actors', '--db', db, '--limit', '0'],
      ['ledger', '--db', db, '--window', 'forever'],
    ];
    for (const args of cases) {
      const r = dyadic(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr), `${args.join(' ')}\n${r.stderr}`).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect(dyadic(['events', '--db', db, '--root', '99']).stderr).toMatch(/root "99".*01-20/);
    expect(dyadic(['timeline', 'USA', 'XYZ', '--db', db]).stderr).toMatch(/unknown actor "XYZ"/);
  });
});

describe('dyadic events', () => {
  it('--format csv has the columns of code --format csv, in the same order', () => {
    const code = dyadic(['code', input, '--format', 'csv']);
    const events = dyadic(['events', '--db', db, '--format', 'csv']);
    expect(events.status, events.stderr).toBe(0);
    const header = (s: string) => s.slice(0, s.indexOf('\n'));
    expect(header(events.stdout)).toBe(header(code.stdout));
    expect(header(events.stdout)).toMatch(/^id,story_id,sentence_index,date,/);
  });

  it('lists the newest first by default, and the oldest first with --order oldest', () => {
    const newest = records(dyadic(['events', '--db', db, '--format', 'jsonl']).stdout);
    const dated = newest.filter((e) => e.date !== null).map((e) => e.date as string);
    expect(dated[0]).toBe('2010-03-06');
    expect([...dated].sort().reverse()).toEqual(dated);
    expect(newest.at(-1)?.date).toBeNull(); // undated events last
    const oldest = records(dyadic(['events', '--db', db, '--format', 'jsonl', '--order', 'oldest']).stdout);
    expect(oldest[0]?.date).toBe('2005-01-03');
    const table = dyadic(['events', '--db', db, '--limit', '3']);
    expect(lines(table.stdout)[2]).toMatch(/^2010-03-06\b/);
  });
});

describe('a closed pipe ends the command quietly', () => {
  const pipe = (cmd: string) =>
    spawnSync('bash', ['-c', `set -o pipefail; ${cmd} | head -1 > /dev/null`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
  const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(MAIN)}`;
  for (const format of ['jsonl', 'csv', 'table']) {
    it(`events --format ${format} | head -1`, () => {
      const r = pipe(`${node} events --db ${JSON.stringify(db)} --format ${format} --limit 100000`);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
  for (const format of ['jsonl', 'csv']) {
    it(`code --format ${format} | head -1`, () => {
      const r = pipe(`${node} code ${JSON.stringify(input)} --format ${format} -q`);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
});
