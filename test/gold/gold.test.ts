/**
 * The hand-coded corpus (test/gold): every gold file valid under the coding guide's formal rules, the
 * splits disjoint and as the recorded draw made them. Reads the stories from ../shared and skips with a
 * message when it is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGoldDir, type StoredGold, validateGold } from '../../src/eval/gold.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const haveShared = fs.existsSync(path.join(shared, 'corpus', 'wikinews', 'bench.jsonl'));
if (!haveShared) console.warn(`gold: ${shared} not found; the gold files' spans are not checked`);

const FOLDERS = ['train', 'test', 'agreement/a', 'agreement/b'] as const;
const docs = new Map<string, { file: string; doc: StoredGold }[]>(
  FOLDERS.map((f) => [f, fs.existsSync(path.join(here, f)) ? readGoldDir(path.join(here, f)) : []]),
);
const ids = (f: string) => new Set((docs.get(f) ?? []).map((d) => d.doc.story.id));

interface Draw {
  seed: number;
  testCandidates: string[];
  agreement: string[];
  trainCandidates: string[];
  dev: string[];
}
async function loadDraw(): Promise<Draw> {
  const mod = (await import(path.join(repoRoot, 'scripts', 'gold-draw.mjs'))) as { draw: () => Draw };
  return mod.draw();
}

describe('gold corpus', () => {
  it('has the sizes the README states', () => {
    expect(ids('train').size).toBeGreaterThanOrEqual(160);
    expect(ids('test').size).toBeGreaterThanOrEqual(60);
    expect(ids('agreement/a').size).toBeGreaterThanOrEqual(10);
    expect(ids('agreement/b').size).toBeGreaterThanOrEqual(10);
  });

  it('keeps train and test apart, every file named after its story', () => {
    const train = ids('train');
    for (const id of ids('test')) expect(train.has(id), id).toBe(false);
    for (const f of FOLDERS)
      for (const { file, doc } of docs.get(f) ?? []) {
        expect(doc.story.corpus).toBe('wikinews/bench.jsonl');
        expect(path.basename(file).endsWith('.gold.json')).toBe(true);
      }
  });

  it.runIf(haveShared)('splits as the recorded draw made them', async () => {
    const d = await loadDraw();
    const readme = fs.readFileSync(path.join(here, 'README.md'), 'utf8');
    expect(readme).toContain(`seed ${d.seed}`);
    const candidates = new Set(d.testCandidates);
    for (const id of ids('test')) expect(candidates.has(id), `${id} was not drawn for test`).toBe(true);
    for (const id of ids('train')) expect(candidates.has(id), `${id} was drawn for test`).toBe(false);
    const agree = new Set(d.agreement);
    for (const id of [...ids('agreement/a'), ...ids('agreement/b')]) expect(agree.has(id), id).toBe(true);
    // a story both coders coded was adjudicated into the test split; one coded by one coder only was
    // adjudicated either way (in test/, or listed in excluded.tsv)
    const excluded = fs.readFileSync(path.join(here, 'excluded.tsv'), 'utf8');
    for (const id of ids('agreement/a'))
      if (ids('agreement/b').has(id)) expect(ids('test').has(id), `${id} not adjudicated into test`).toBe(true);
    for (const id of new Set([...ids('agreement/a'), ...ids('agreement/b')]))
      expect(ids('test').has(id) || excluded.includes(`${id}\t`), `${id} neither in test nor excluded`).toBe(true);
    // every drawn story is either coded or listed as excluded, never both
    for (const id of [...d.testCandidates, ...d.trainCandidates, ...d.dev]) {
      const coded = ids('test').has(id) || ids('train').has(id);
      expect(
        coded !== excluded.includes(`${id}\t`),
        `${id}: coded ${coded}, excluded ${excluded.includes(`${id}\t`)}`,
      ).toBe(true);
    }
  });

  it.runIf(haveShared)('every gold file is valid under the guide', () => {
    const problems: string[] = [];
    let events = 0;
    for (const f of FOLDERS)
      for (const { file, doc } of docs.get(f) ?? []) {
        events += doc.events.length;
        for (const e of validateGold(doc, shared)) problems.push(`${path.relative(here, file)}: ${e}`);
      }
    expect(problems).toEqual([]);
    expect(events).toBeGreaterThan(1000);
  });
});

describe('gold validation', () => {
  const story = "wn:Germany_bans_Mahan_Air_of_Iran,_citing_'security'";
  const good = (): StoredGold => ({
    story: { id: story, corpus: 'wikinews/bench.jsonl', date: '2019-01-23', dateline: null },
    events: [
      {
        id: 'ban',
        required: true,
        evidence_span: [0, 50],
        source: 'DEU',
        target: 'IRN',
        roots: ['16', '17'],
        cameo: ['163', '172'],
        plover: 'COERCE',
      },
    ],
  });
  const withEvent = (patch: Record<string, unknown>): StoredGold => {
    const g = good();
    return { ...g, events: [{ ...g.events[0]!, ...patch } as StoredGold['events'][number]] };
  };

  it.runIf(haveShared)('accepts a valid file and names each problem of a bad one', () => {
    expect(validateGold(good(), shared)).toEqual([]);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ evidence_span: [0, 17] }, /3 words, not 4-15/],
      [{ evidence_span: [0, 200] }, /crosses a sentence boundary|words, not 4-15/],
      [{ evidence_span: [0, 999999] }, /outside the story/],
      [{ source: 'IMG' }, /not a country/],
      [{ target: 'AFR' }, /not a country/],
      [{ source: ['DEU', 'XXX'] }, /"XXX" is not a country/],
      [{ cameo: ['999'] }, /not a CAMEO code/],
      [{ cameo: ['190'] }, /root 19, not in roots/],
      [{ roots: ['21'], cameo: ['163'] }, /not 01-20/],
      [{ mode: 'conditional' }, /not one of the guide's modes/],
      [{ mode: 'negated' }, /never required/],
      [{ mode: 'hypothetical' }, /never required/],
      [{ plover: 'AID' }, /plover should be "COERCE"/],
      [{ date: 'Monday' }, /date must be/],
      [{ evidence: 'words' }, /unknown key "evidence"/],
    ];
    for (const [patch, want] of cases) {
      const errs = validateGold(withEvent(patch), shared);
      expect(errs.join('\n'), JSON.stringify(patch)).toMatch(want);
    }
    expect(validateGold(withEvent({ source: null, target: ['IRN', null] }), shared)).toEqual([]);
    expect(validateGold(withEvent({ source: 'TWN' }), shared)).toEqual([]);
    expect(validateGold({ ...good(), story: { ...good().story, id: 'nope' } }, shared)).toEqual([
      'story nope is not in wikinews/bench.jsonl',
    ]);
  });
});
