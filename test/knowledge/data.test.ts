/** The knowledge data files: schema, error reporting, and the size of what the Phoenix build added. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileActorLexicon, restoreLexicon, serializeLexicon } from '../../src/core/knowledge/actor-lexicon.js';
import { readArtifactFile, writeArtifact } from '../../src/core/knowledge/artifact-file.js';
import { KnowledgeError, loadKnowledgeFiles } from '../../src/knowledge/data.js';
import { KNOWLEDGE_DIR } from '../../src/knowledge/files.js';
import { ORGANIZATIONS, PEOPLE } from '../../src/knowledge/index.js';

describe('knowledge data files', () => {
  it('load and validate', () => {
    const k = loadKnowledgeFiles();
    expect(k.countries.length).toBeGreaterThanOrEqual(235);
    expect(k.hash).toMatch(/^[0-9a-f]{12}$/);
  });

  it('hold at least 15,000 people with dated roles, 500 armed groups and 300 IGOs and NGOs', () => {
    const dated = PEOPLE.filter((p) => p.roles.some((r) => r.from || r.to));
    expect(dated.length).toBeGreaterThanOrEqual(15000);
    expect(ORGANIZATIONS.filter((o) => o.kind === 'armed-group').length).toBeGreaterThanOrEqual(500);
    expect(ORGANIZATIONS.filter((o) => o.kind === 'igo' || o.kind === 'ngo').length).toBeGreaterThanOrEqual(300);
  });

  it('give armed groups a country of operation, never IMG, a region or UIS', () => {
    for (const o of ORGANIZATIONS.filter((x) => x.source === 'phoenix' && x.kind === 'armed-group')) {
      expect(o.country).toMatch(/^[A-Z]{3}$/);
      expect(['IMG', 'UIS', 'INT']).not.toContain(o.country);
      expect(['REB', 'INS', 'SEP']).toContain(o.sector);
    }
  });

  it('keep the hand-written roles of a leader the Phoenix tables also list', () => {
    const maliki = PEOPLE.find((p) => p.names[0] === 'Nouri al-Maliki');
    expect(maliki?.roles.some((r) => r.country === 'IRQ' && r.sector === 'GOV' && r.from?.startsWith('2006'))).toBe(
      true,
    );
  });

  it('report every bad row as file:line, all at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyadic-knowledge-'));
    for (const f of ['countries', 'organizations', 'sectors', 'surname-stoplist', 'ambiguous'])
      writeFileSync(join(dir, `${f}.jsonl`), readFileSync(join(KNOWLEDGE_DIR, `${f}.jsonl`), 'utf8'));
    writeFileSync(
      join(dir, 'people.jsonl'),
      [
        '{"person":"A Good Row","country":"IRQ","sector":"GOV","title":"x","from":"2001-01-01"}',
        '{"person":"Bad Sector","country":"IRQ","sector":"XXX","title":"x"}',
        'not json',
        '{"person":"Backwards","country":"IRQ","sector":"GOV","title":"x","from":"2005-01-01","to":"2001-01-01"}',
        '{"person":"Nowhere","country":"QQQ","sector":"GOV","title":"x"}',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'phoenix-organizations.jsonl'),
      '{"code":"IMGREB","kind":"armed-group","country":"IMG","sector":"REB","names":["Some Group"],"source":"phoenix"}\n',
    );
    let err: unknown;
    try {
      loadKnowledgeFiles(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KnowledgeError);
    const problems = (err as KnowledgeError).problems;
    expect(problems.some((p) => p.startsWith('people.jsonl:2: sector'))).toBe(true);
    expect(problems.some((p) => p.startsWith('people.jsonl:3: not JSON'))).toBe(true);
    expect(problems.some((p) => p.startsWith('people.jsonl:4:') && p.includes('before it starts'))).toBe(true);
    expect(problems.some((p) => p.startsWith('people.jsonl:5: unknown country QQQ'))).toBe(true);
    expect(problems.some((p) => p.startsWith('phoenix-organizations.jsonl:1:') && p.includes('IMG'))).toBe(true);
    expect(problems).toHaveLength(5);
  });
});

describe('the prepared artifact', () => {
  it('restores a lexicon equal to the compiled one', () => {
    const tokenize = (texts: readonly string[]) => texts.map((t) => t.toLowerCase().split(/\s+/).filter(Boolean));
    const data = {
      countries: loadKnowledgeFiles().countries.slice(0, 5),
      organizations: ORGANIZATIONS.slice(0, 20),
      people: PEOPLE.slice(0, 50),
      sectors: [],
    };
    const lex = compileActorLexicon(data, tokenize);
    // Through the artifact file format, as at build and start-up.
    const file = join(mkdtempSync(join(tmpdir(), 'dyadic-art-')), 'lexicon.bin');
    writeArtifact(file, serializeLexicon(lex));
    const back = restoreLexicon(readArtifactFile(file) as ReturnType<typeof serializeLexicon>, data);
    // Levels in key order (the restored trie is sorted, the compiled one in insertion order).
    const dump = (m: typeof lex.root): unknown =>
      [...m]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([k, n]) => [k, n.entries?.map((e) => ({ ...e })) ?? null, n.next ? dump(n.next) : null]);
    expect(dump(back.root)).toEqual(dump(lex.root));
    expect(back.maxLen).toBe(lex.maxLen);
  });
});
