/** CoNLL-U reading and writing: round trip, multiword ranges and empty nodes skipped, errors with file:line. */
import { describe, expect, it } from 'vitest';
import { DyadicError } from '../../src/core/errors.js';
import { readConllu, writeConllu } from '../../src/core/syntax/conllu.js';

// A sentence written for this test (not from any corpus).
const SAMPLE = [
  '# sent_id = t1',
  "# text = Envoys didn't meet.",
  '1\tEnvoys\tenvoy\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t_\t_',
  "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  '3.1\tmet\tmeet\tVERB\t_\t_\t_\t_\t4:conj\t_',
  '4\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_',
  '',
].join('\n');

describe('CoNLL-U', () => {
  it('reads words, skipping multiword ranges and empty nodes', () => {
    const s = readConllu(SAMPLE, 'sample.conllu');
    expect(s).toHaveLength(2);
    expect(s[0]!.forms).toEqual(['Envoys', 'did', "n't", 'meet', '.']);
    expect(s[0]!.heads).toEqual([4, 4, 4, 0, 4]);
    expect(s[0]!.deprels).toEqual(['nsubj', 'aux', 'advmod', 'root', 'punct']);
    expect(s[0]!.comments).toEqual(['sent_id = t1', "text = Envoys didn't meet."]);
    expect(s[1]!.line).toBe(11);
  });

  it('round-trips through writeConllu', () => {
    const a = readConllu(SAMPLE);
    const b = readConllu(writeConllu(a));
    expect(b.map((s) => ({ ...s, line: 0 }))).toEqual(a.map((s) => ({ ...s, line: 0 })));
    expect(writeConllu(b)).toBe(writeConllu(a));
  });

  it('names the file and line of a malformed line', () => {
    const bad = '1\tA\ta\tDET\t_\t_\t2\tdet\t_\t_\n2\tcat\tcat\tNOUN\t_\t_\n';
    let err: unknown;
    try {
      readConllu(bad, 'bad.conllu');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DyadicError);
    expect((err as DyadicError).details.path).toBe('bad.conllu:2');
    expect(() => readConllu('1\tA\ta\tDET\t_\t_\t9\tdet\t_\t_\n', 'x')).toThrow(/past the sentence end/);
    expect(() => readConllu('2\tA\ta\tDET\t_\t_\t0\troot\t_\t_\n', 'x')).toThrow(/out of sequence/);
  });
});
