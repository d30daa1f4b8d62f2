/**
 * `dyadic parse` as a child process (dist/cli/main.js, built by test/setup/build.ts): raw text to
 * CoNLL-U, `--conllu` with and without `--eval`, and its errors. The texts are written here.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConllu } from '../../src/core/syntax/conllu.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyadic-parse-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dyadic(args: string[], input = ''): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
}

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const row = (id: number, form: string, upos: string, head: number, rel: string) =>
  `${id}\t${form}\t_\t${upos}\t_\t_\t${head}\t${rel}\t_\t_`;

// Two sentences written for this test, annotated by hand.
const TINY = [
  '# sent_id = a',
  '# text = The envoys met in Oslo.',
  row(1, 'The', 'DET', 2, 'det'),
  row(2, 'envoys', 'NOUN', 3, 'nsubj'),
  row(3, 'met', 'VERB', 0, 'root'),
  row(4, 'in', 'ADP', 5, 'case'),
  row(5, 'Oslo', 'PROPN', 3, 'obl'),
  row(6, '.', 'PUNCT', 3, 'punct'),
  '',
  '# sent_id = b',
  "1-2\tcan't\t_\t_\t_\t_\t_\t_\t_\t_",
  row(1, 'ca', 'AUX', 3, 'aux'),
  row(2, "n't", 'PART', 3, 'advmod'),
  row(3, 'wait', 'VERB', 0, 'root'),
  row(4, '!', 'PUNCT', 3, 'punct'),
  '',
].join('\n');

describe('dyadic parse', () => {
  it('prints CoNLL-U for raw text from stdin', () => {
    const r = dyadic(['parse'], "Iran's offer was rejected by the ministers. The talks resumed on Monday.\n");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("# text = Iran's offer was rejected by the ministers.");
    const sents = readConllu(r.stdout, 'stdout');
    expect(sents).toHaveLength(2);
    for (const s of sents) {
      expect(s.heads.filter((h) => h === 0)).toHaveLength(1);
      expect(s.forms.length).toBe(s.upos.length);
    }
    expect(sents[0]!.forms.slice(0, 3)).toEqual(['Iran', "'s", 'offer']);
    expect(sents[0]!.lemmas[3]).toBe('be'); // wink's lemma of "was"
  });

  it('parses the words of a CoNLL-U file, keeping sentences and word order', () => {
    const r = dyadic(['parse', '--conllu', file('tiny.conllu', TINY)]);
    expect(r.status).toBe(0);
    const sents = readConllu(r.stdout, 'stdout');
    expect(sents.map((s) => s.forms)).toEqual([
      ['The', 'envoys', 'met', 'in', 'Oslo', '.'],
      ['ca', "n't", 'wait', '!'],
    ]);
    expect(sents[0]!.comments).toContain('sent_id = a');
  });

  it('scores against the file with --eval', () => {
    const gold = file('tiny2.conllu', TINY);
    const j = dyadic(['parse', '--conllu', gold, '--eval', '--json']);
    expect(j.status).toBe(0);
    const res = JSON.parse(j.stdout) as { words: number; uas: number; las: number; upos: number };
    expect(res.words).toBe(10);
    expect(res.uas).toBeGreaterThanOrEqual(80);
    expect(res.las).toBeGreaterThanOrEqual(70);
    expect(res.upos).toBeGreaterThanOrEqual(80);
    const t = dyadic(['parse', '--conllu', gold, '--eval']);
    expect(t.status).toBe(0);
    expect(t.stdout).toMatch(/UPOS [\d.]+ {2}UAS [\d.]+ {2}LAS [\d.]+/);
    expect(t.stdout).toContain('punctuation included');
  });

  it('reports bad input on one line with file:line, and usage errors with exit code 2', () => {
    const bad = file('bad.conllu', `${row(1, 'A', 'DET', 2, 'det')}\n2\tcat\n`);
    const r = dyadic(['parse', '--conllu', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${bad}:2`);
    const missing = dyadic(['parse', join(dir, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.txt');
    expect(dyadic(['parse', '--eval']).status).toBe(2);
  });
});
