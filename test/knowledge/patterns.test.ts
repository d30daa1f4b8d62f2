import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { literalCount, parsePattern, WORD } from '../../src/knowledge/patterns/grammar.js';
import { CLASSES, EVENT_PATTERNS, PATTERNS_BY_ROOT } from '../../src/knowledge/patterns/index.js';
import type { EventPattern } from '../../src/knowledge/patterns/types.js';

const CODES_TSV = fileURLToPath(new URL('../../../shared/ontology/cameo-codes.tsv', import.meta.url));
const haveCodes = existsSync(CODES_TSV);
if (!haveCodes) console.warn(`patterns.test: ${CODES_TSV} not found; skipping the code-list checks`);

function loadCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const line of readFileSync(CODES_TSV, 'utf8').split('\n').slice(1)) {
    const [code, , name] = line.split('\t');
    if (code) codes.set(code, name ?? '');
  }
  return codes;
}

const syntaxProblems = (p: EventPattern): readonly string[] => parsePattern(p, CLASSES).problems;
const literals = (p: EventPattern): number => literalCount(parsePattern(p, CLASSES).elements);

describe('event patterns', () => {
  const roots = Object.keys(PATTERNS_BY_ROOT).sort();

  it('has all 20 roots, each with patterns, concatenated into EVENT_PATTERNS', () => {
    expect(roots).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    let total = 0;
    for (const r of roots) {
      const list = PATTERNS_BY_ROOT[r] ?? [];
      expect(list.length, `root ${r}`).toBeGreaterThan(0);
      total += list.length;
    }
    expect(EVENT_PATTERNS.length).toBe(total);
    expect(total).toBeGreaterThanOrEqual(600);
  });

  it('puts every pattern in its own root file', () => {
    for (const r of roots) for (const p of PATTERNS_BY_ROOT[r] ?? []) expect(p.code.slice(0, 2), p.pattern).toBe(r);
  });

  it('parses every pattern under the syntax of types.ts', () => {
    const bad: string[] = [];
    for (const p of EVENT_PATTERNS) {
      const problems = syntaxProblems(p);
      if (problems.length > 0) bad.push(`${p.code} '${p.pattern}': ${problems.join(', ')}`);
    }
    expect(bad).toEqual([]);
  });

  it('gives every pattern a unique id and no pattern two codes', () => {
    const ids = new Map<string, number>();
    const codeOf = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of roots) {
      for (const p of PATTERNS_BY_ROOT[r] ?? []) {
        const id = p.id;
        ids.set(id, (ids.get(id) ?? 0) + 1);
        const key = `${p.pos} ${p.pattern}`;
        const prev = codeOf.get(key);
        if (prev !== undefined && prev !== p.code) clashes.push(`${key}: ${prev} / ${p.code}`);
        codeOf.set(key, p.code);
      }
    }
    expect([...ids].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
    expect(clashes).toEqual([]);
  });

  it('defines word classes as non-empty lists of lower-case words', () => {
    for (const [name, words] of Object.entries(CLASSES)) {
      expect(words.length, name).toBeGreaterThan(0);
      for (const w of words) expect(WORD.test(w), `${name}: ${w}`).toBe(true);
    }
  });

  it('gives every literal-poor anchor pattern a context', () => {
    // A lone literal fires at every token with that lemma: keep those few and deliberate.
    const lone = EVENT_PATTERNS.filter((p) => literals(p) === 1 && p.pattern.split(' ').length === 1);
    expect(lone.length).toBeLessThan(EVENT_PATTERNS.length / 3);
  });

  it.skipIf(!haveCodes)('uses only CAMEO codes of the code list and covers most leaf codes', () => {
    const codes = loadCodes();
    const unknown = EVENT_PATTERNS.filter((p) => !codes.has(p.code)).map((p) => `${p.code} '${p.pattern}'`);
    expect(unknown).toEqual([]);

    const all = [...codes.keys()];
    const leaves = all.filter((c) => c.length > 2 && !all.some((d) => d !== c && d.startsWith(c)));
    const used = new Set(EVENT_PATTERNS.map((p) => p.code));
    const lines: string[] = [];
    let covered = 0;
    for (const r of roots) {
      const mine = leaves.filter((c) => c.startsWith(r));
      const hit = mine.filter((c) => used.has(c));
      covered += hit.length;
      const missing = mine.filter((c) => !used.has(c));
      lines.push(
        `  ${r}: ${String((PATTERNS_BY_ROOT[r] ?? []).length).padStart(4)} patterns, leaves ${hit.length}/${mine.length}` +
          (missing.length > 0 ? ` (missing ${missing.join(' ')})` : ''),
      );
    }
    const share = covered / leaves.length;
    console.log(
      `event patterns: ${EVENT_PATTERNS.length} patterns, leaf coverage ${covered}/${leaves.length} ` +
        `(${(share * 100).toFixed(1)}%)\n${lines.join('\n')}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.7);
  });
});

describe('the pattern grammar', () => {
  const base = { id: '0111.1', code: '0111', pos: 'verb' } as const;
  it.each([
    ['criticize $target', []],
    ['accuse $target of * @weapon', []],
    ['* criticize', ['gap at an end']],
    ['criticize * * $target', ['two gaps in a row']],
    ['@nonesuch talk', ['undefined class @nonesuch']],
    ['$target @weapon', ['no literal word to anchor on']],
    ['the criticism', ['function word as anchor the']],
    ['Criticize $target', ['bad literal Criticize']],
    ['criticize $target $target', ['more than one $target']],
    ['criticize  $target', ['stray whitespace']],
    ['criticize $whom', ['unknown slot $whom']],
  ] as const)('%s', (pattern, problems) => {
    expect(parsePattern({ ...base, pattern }, CLASSES).problems).toEqual(problems);
  });
  it('checks ids, modes and flags', () => {
    expect(parsePattern({ ...base, id: '0112.1', pattern: 'criticize' }, CLASSES).problems).toEqual([
      'id must be 0111.<n>',
    ]);
    expect(parsePattern({ ...base, pattern: 'criticize', symmetric: true, inverse: true }, CLASSES).problems).toEqual([
      'symmetric and inverse',
    ]);
    expect(
      parsePattern({ id: 'none.3', code: '-', pos: 'noun', ignore: true, pattern: 'talk show' }, CLASSES).problems,
    ).toEqual([]);
  });
});
