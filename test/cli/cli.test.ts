/**
 * The `dyadic` CLI as a child process (dist/cli/main.js; test/setup/build.ts builds it when src/ is
 * newer): `code` on .txt, .jsonl and stdin, JSONL and CSV output, bad input (one line on stderr per
 * bad story or line, the other stories still coded, exit code 1), long unpunctuated text, atomic
 * `--out`, `explain` and `eval`. Texts are written here; the seed story is read from ../shared.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/records.js';
import { CSV_COLUMNS } from '../../src/io/output.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');
const SEED = resolve(ROOT, '../shared/corpus/seed/us-iran-talks-2007-05-28.gold.json');
const CORPUS = resolve(ROOT, '../shared/corpus/wikinews/bench.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'dyadic-cli-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dyadic(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 300_000,
    maxBuffer: 256 * 1024 * 1024,
  });
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function jsonl(stdout: string): EventRecord[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EventRecord);
}

function stderrLines(r: SpawnSyncReturns<string>): string[] {
  return r.stderr.split('\n').filter((l) => l.trim() !== '');
}

/** Minimal RFC 4180 parser (quotes, doubled quotes, newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const STORY_A = 'Iranian diplomats met Syrian officials here today. The Kremlin condemned Georgia.';
const STORY_B = 'Washington criticized Tehran. France said Germany attacked Poland.';

/** Random words, no punctuation: the 1 MB input of issue 2 (deterministic, seeded). */
function unpunctuated(chars: number): string {
  const words =
    'government minister talks border trade army city people meeting river council agreement village vote water market school report official region policy'.split(
      ' ',
    );
  let seed = 12345;
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const w = words[seed % words.length]!;
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

describe('dyadic code', () => {
  it('codes a .txt story with --id --date --dateline into JSONL', () => {
    const p = file('story-a.txt', STORY_A);
    const r = dyadic(['code', p, '--id', 'story-a', '--date', '2009-06-10', '--dateline', 'Cairo']);
    expect(r.status, r.stderr).toBe(0);
    const ev = jsonl(r.stdout);
    expect(ev.length).toBeGreaterThanOrEqual(2);
    for (const e of ev) {
      expect(e.story_id).toBe('story-a');
      expect(e.id.startsWith('story-a:')).toBe(true);
      expect(STORY_A.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    }
    const meet = ev.find((e) => e.root === '04');
    expect(meet?.date).toBe('2009-06-10');
    expect(meet?.location?.name).toBe('Cairo');
    expect(ev.some((e) => e.source?.code === 'RUSGOV')).toBe(true);
  });

  it('uses the file name as id when --id is not given', () => {
    const p = file('named-story.txt', STORY_B);
    const r = dyadic(['code', p, '--date', '2009-06-10']);
    expect(r.status, r.stderr).toBe(0);
    const ev = jsonl(r.stdout);
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(e.story_id).toBe('named-story');
  });

  it('--format csv writes a header and one row per event', () => {
    const p = file(
      'stories.jsonl',
      `${JSON.stringify({ id: 'a', date: '2009-06-10', text: STORY_A })}\n${JSON.stringify({ id: 'b', date: '2009-06-10', text: STORY_B })}\n`,
    );
    const j = dyadic(['code', p]);
    const c = dyadic(['code', p, '--format', 'csv']);
    expect(c.status, c.stderr).toBe(0);
    const rows = parseCsv(c.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const events = jsonl(j.stdout);
    expect(rows.length - 1).toBe(events.length);
    expect(events.length).toBeGreaterThan(2);
    for (const row of rows.slice(1)) expect(row).toHaveLength(CSV_COLUMNS.length);
    const idCol = CSV_COLUMNS.indexOf('id');
    const cameoCol = CSV_COLUMNS.indexOf('cameo');
    const sentCol = CSV_COLUMNS.indexOf('sentence');
    expect(rows.slice(1).map((r) => r[idCol])).toEqual(events.map((e) => e.id));
    expect(rows.slice(1).map((r) => r[cameoCol])).toEqual(events.map((e) => e.cameo));
    expect(rows.slice(1).map((r) => r[sentCol])).toEqual(events.map((e) => e.sentence));
  });

  it('rejects an unknown --format with exit code 2', () => {
    const r = dyadic(['code', file('f.txt', STORY_B), '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
  });

  it('"code -" reads JSONL stories from stdin', () => {
    const input = `${JSON.stringify({ id: 'in-1', date: '2009-06-10', text: STORY_A })}\n${JSON.stringify({ id: 'in-2', date: '2009-06-10', text: STORY_B })}\n`;
    const r = dyadic(['code', '-'], input);
    expect(r.status, r.stderr).toBe(0);
    const ids = new Set(jsonl(r.stdout).map((e) => e.story_id));
    expect([...ids].sort()).toEqual(['in-1', 'in-2']);
  });

  it('"code -" reads a plain-text story from stdin', () => {
    const r = dyadic(['code', '-', '--id', 'plain', '--date', '2009-06-10'], STORY_B);
    expect(r.status, r.stderr).toBe(0);
    const ev = jsonl(r.stdout);
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(e.story_id).toBe('plain');
  });

  it('bad input: one stderr line per bad story naming file/line and id, the good stories still coded, exit code 1', () => {
    const lines = [
      JSON.stringify({ id: 'good-1', date: '2009-06-10', text: STORY_B }),
      JSON.stringify({ id: 'empty-text', date: '2009-06-10', text: '   ' }),
      '{"id": "broken", "date": ',
      JSON.stringify({ id: 'no-text', date: '2009-06-10' }),
      JSON.stringify({ id: 'bad-date', date: '2009-13-45', text: STORY_B }),
      '',
      JSON.stringify({ id: 'good-2', date: '2009-06-10', text: STORY_A }),
    ];
    const jl = file('mixed.jsonl', `${lines.join('\n')}\n`);
    const badTxt = file(
      'bad-bytes.txt',
      Buffer.concat([
        Buffer.from('Washington criticized '),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(' Tehran.\n'),
      ]),
    );
    const badJl = file(
      'bad-bytes.jsonl',
      Buffer.concat([
        Buffer.from('{"id":"bad-utf8","date":"2009-06-10","text":"Washington criticized '),
        Buffer.from([0xff]),
        Buffer.from(' Tehran."}\n'),
        Buffer.from(`${JSON.stringify({ id: 'good-3', date: '2009-06-10', text: 'Japan hosted Chinese leaders.' })}\n`),
      ]),
    );
    const good = file('good.txt', STORY_A);
    const r = dyadic(['code', jl, badTxt, badJl, good, '--date', '2009-06-10']);
    expect(r.status).toBe(1);
    const err = stderrLines(r);
    expect(err, r.stderr).toHaveLength(6);
    const expectLine = (re: RegExp) =>
      expect(
        err.filter((l) => re.test(l)),
        `${re} in\n${r.stderr}`,
      ).toHaveLength(1);
    expectLine(/mixed\.jsonl:2\b.*empty-text/);
    expectLine(/mixed\.jsonl:3\b/);
    expectLine(/mixed\.jsonl:4\b.*no-text.*text/);
    expectLine(/mixed\.jsonl:5\b.*bad-date.*date/);
    expectLine(/bad-bytes\.txt.*UTF-8/);
    expectLine(/bad-bytes\.jsonl:1\b.*bad-utf8.*UTF-8/);
    for (const l of err) expect(l).toMatch(/^dyadic: /);
    const ids = new Set(jsonl(r.stdout).map((e) => e.story_id));
    expect(ids.has('good-1')).toBe(true);
    expect(ids.has('good-2')).toBe(true);
    expect(ids.has('good-3')).toBe(true);
    expect(ids.has('good')).toBe(true);
    for (const bad of ['empty-text', 'broken', 'no-text', 'bad-date', 'bad-utf8', 'bad-bytes'])
      expect(ids.has(bad)).toBe(false);
  });

  it('an invalid --date for a .txt story is refused with one line and exit code 2', () => {
    const r = dyadic(['code', file('d.txt', STORY_B), '--date', '2009-02-30']);
    expect(r.status).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('a missing input file is one line naming it, and the other files are still coded', () => {
    const r = dyadic(['code', join(dir, 'does-not-exist.txt'), file('exists.txt', STORY_B), '--date', '2009-06-10']);
    expect(r.status).toBe(1);
    const err = stderrLines(r);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('does-not-exist.txt');
    expect(jsonl(r.stdout).length).toBeGreaterThan(0);
  });

  it('1 MB of text without punctuation above --max-chars fails cleanly with one line', () => {
    const p = file('nopunct-1m.txt', unpunctuated(1_000_000));
    const r = dyadic(['code', p, '--date', '2020-01-01', '--max-chars', '500000']);
    expect(r.status).toBe(1);
    const err = stderrLines(r);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('nopunct-1m.txt');
    expect(r.stdout).toBe('');
  });

  it('a 1 MB text without punctuation codes (or fails cleanly) in time linear in size: 1 MB / 250 KB < 8', () => {
    const small = file('nopunct-250k.txt', unpunctuated(250_000));
    const big = file('nopunct-1m-full.txt', unpunctuated(1_000_000));
    const time = (p: string) => {
      const t0 = performance.now();
      const r = dyadic(['code', p, '--date', '2020-01-01']);
      expect([0, 1]).toContain(r.status);
      expect(stderrLines(r).length).toBeLessThanOrEqual(1);
      return performance.now() - t0;
    };
    const ts = time(small);
    const tb = time(big);
    console.info(`[cli] no punctuation: 250 KB ${Math.round(ts)} ms, 1 MB ${Math.round(tb)} ms`);
    expect(tb / ts).toBeLessThan(8);
    expect(tb).toBeLessThan(120_000);
  });
});

describe('dyadic code --out', () => {
  it('writes the file completely and leaves no temp file', () => {
    const out = join(dir, 'out-ok.jsonl');
    const r = dyadic(['code', file('o.txt', STORY_B), '--date', '2009-06-10', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const ev = jsonl(readFileSync(out, 'utf8'));
    expect(ev.length).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.includes('out-ok') && f !== 'out-ok.jsonl')).toEqual([]);
  });

  it('a run killed midway leaves the previous file untouched (no partial file)', async () => {
    const out = join(dir, 'out-killed.jsonl');
    writeFileSync(out, 'previous content\n');
    // A long input: many copies of a story, so the run is still going when it is killed.
    const many = file(
      'many.jsonl',
      Array.from({ length: 4000 }, (_, i) =>
        JSON.stringify({ id: `s${i}`, date: '2009-06-10', text: `${STORY_A} ${STORY_B}` }),
      ).join('\n'),
    );
    const child = spawn(process.execPath, [MAIN, 'code', many, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    // Wait until the temp file exists (output has started), then kill.
    const t0 = Date.now();
    while (Date.now() - t0 < 60_000 && !readdirSync(dir).some((f) => f.startsWith('.out-killed.jsonl.')))
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(out, 'utf8')).toBe('previous content\n');
  });

  it('when every story is bad the output file is still written (empty) and the exit code is 1', () => {
    const out = join(dir, 'out-bad.jsonl');
    const r = dyadic(['code', file('only-bad.jsonl', '{"id":"x"\n'), '--out', out]);
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  it('--out into a missing directory is one error line, not a stack trace', () => {
    const out = join(dir, 'no-such-dir', 'x.jsonl');
    const r = dyadic(['code', file('m.txt', STORY_B), '--date', '2009-06-10', '--out', out]);
    expect(r.status).not.toBe(0);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/^dyadic: /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('dyadic explain', () => {
  it('prints tokens, mentions and EVENT lines with the rule', () => {
    const r = dyadic([
      'explain',
      'The Associated Press reported that the Iranian envoy claimed another meeting would be held within a month.',
      '--date',
      '2007-05-28',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/sentence 0: /);
    expect(r.stdout).toMatch(/tokens\s+.*envoy\/NOUN/);
    expect(r.stdout).toMatch(/mention\s+"the Iranian envoy" -> IRN/);
    expect(r.stdout).toMatch(/EVENT\s+IRN\S* -> .*036.*mode=future/);
    expect(r.stdout).toMatch(/rule=\S+/);
    expect(r.stdout).toMatch(/evidence \[\d+,\d+\) "/);
    // the dependency tree, and the confidence model's strongest features
    expect(r.stdout).toMatch(/tree\s+.*reported\(root\)/);
    expect(r.stdout).toMatch(/Press\((nsubj|flat)<-/);
    expect(r.stdout).toMatch(/confidence [\d.]+: \S+=\S+ [+-]\d/);
  });

  it('--json prints the event records', () => {
    const r = dyadic(['explain', 'Washington criticized Tehran.', '--date', '2007-05-28', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const ev = jsonl(r.stdout);
    expect(ev).toHaveLength(1);
    expect(ev[0]!.source?.code).toBe('USAGOV');
    expect(ev[0]!.date).toBe('2007-05-28');
  });

  it('an empty text or a bad date is one line on stderr and a non-zero exit code', () => {
    const a = dyadic(['explain', '  ']);
    expect(a.status).not.toBe(0);
    expect(stderrLines(a)).toHaveLength(1);
    const b = dyadic(['explain', 'Washington criticized Tehran.', '--date', 'yesterday']);
    expect(b.status).toBe(2);
    expect(stderrLines(b)).toHaveLength(1);
  });
});

describe('dyadic eval', () => {
  it.skipIf(!existsSync(SEED))('--set seed --json prints the scores', () => {
    const r = dyadic(['eval', '--set', 'seed', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim()) as Record<
      string,
      { precision: number; recall: number; f1: number; required: number }
    >;
    expect(Object.keys(out)).toEqual(['seed']);
    expect(out.seed!.required).toBeGreaterThan(10);
    expect(out.seed!.precision).toBeGreaterThanOrEqual(0.85);
    expect(out.seed!.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('a missing shared folder is one line and exit code 2', () => {
    const r = dyadic(['eval', '--set', 'seed', '--shared', join(dir, 'nowhere')]);
    expect(r.status).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
  });
});

describe.skipIf(!existsSync(CORPUS))('dyadic code on the Wikinews corpus', () => {
  it('codes every story without an error line and exit code 0', () => {
    const r = dyadic(['code', CORPUS, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ev = jsonl(r.stdout);
    expect(ev.length).toBeGreaterThan(400);
  });
});
