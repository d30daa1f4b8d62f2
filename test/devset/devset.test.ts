/**
 * Validates the hand-coded development set (test/devset/*.devgold.json): structure, codes, and the
 * evidence spans against the real stories in ../shared (skipped with a message when ../shared is absent).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const sharedDir = path.resolve(repoRoot, '..', 'shared');
const corpusFile = path.join(sharedDir, 'corpus', 'wikinews', 'bench.jsonl');
const codesFile = path.join(sharedDir, 'ontology', 'cameo-codes.tsv');
const actorsFile = path.join(sharedDir, 'ontology', 'cameo-actor-codes.tsv');
const haveShared = fs.existsSync(corpusFile) && fs.existsSync(codesFile) && fs.existsSync(actorsFile);
if (!haveShared) console.warn(`devset: ${sharedDir} not found; corpus and ontology checks are skipped`);

type Side = string | null | (string | null)[];
interface DevEvent {
  id: string;
  required: boolean;
  symmetric?: boolean;
  evidence_span: [number, number];
  source: Side;
  target: Side;
  roots: string[];
  cameo: string[];
  plover: string | null;
  mode?: string;
  date?: string;
  place?: string;
  fatalities_min?: number;
}
interface DevDoc {
  story: { id: string; corpus: string; date: string; dateline: string | null };
  notes: string;
  events: DevEvent[];
}
interface Story {
  id: string;
  date: string | null;
  title: string;
  text: string;
}

const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.devgold.json'))
  .sort();
const docs = files.map((f) => ({ file: f, doc: JSON.parse(fs.readFileSync(path.join(here, f), 'utf8')) as DevDoc }));

const MODES = new Set(['asserted', 'negated', 'future', 'proposed', 'hypothetical', 'alleged', 'conditional']);
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ACTOR_RE = /^[A-Z]{3}$/;

const sides = (s: Side): (string | null)[] => (Array.isArray(s) ? s : [s]);

function loadCorpus(): Map<string, Story> {
  const map = new Map<string, Story>();
  for (const line of fs.readFileSync(corpusFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const s = JSON.parse(line) as Story;
    map.set(s.id, s);
  }
  return map;
}

function loadTsv(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
}

describe('devset structure', () => {
  it('has 20 stories with distinct ids', () => {
    expect(files.length).toBe(20);
    expect(new Set(docs.map((d) => d.doc.story.id)).size).toBe(20);
  });

  it('has at least 100 required events', () => {
    const required = docs.reduce((n, d) => n + d.doc.events.filter((e) => e.required).length, 0);
    expect(required).toBeGreaterThanOrEqual(100);
  });

  it('every story has a required event and well-formed story metadata', () => {
    for (const { file, doc } of docs) {
      expect(doc.story.corpus, file).toBe('wikinews/bench.jsonl');
      expect(doc.story.date, file).toMatch(DATE_RE);
      expect(doc.story.dateline === null || typeof doc.story.dateline === 'string', file).toBe(true);
      expect(typeof doc.notes, file).toBe('string');
      expect(
        doc.events.some((e) => e.required),
        file,
      ).toBe(true);
    }
  });

  it('events are well formed', () => {
    for (const { file, doc } of docs) {
      const ids = new Set<string>();
      for (const e of doc.events) {
        const where = `${file}#${e.id}`;
        expect(ids.has(e.id), `${where} duplicate id`).toBe(false);
        ids.add(e.id);
        expect(typeof e.required, where).toBe('boolean');
        if (e.symmetric !== undefined) expect(typeof e.symmetric, where).toBe('boolean');
        expect(Array.isArray(e.evidence_span) && e.evidence_span.length === 2, where).toBe(true);
        expect(
          e.evidence_span.every((n) => Number.isInteger(n)),
          where,
        ).toBe(true);
        expect(e.evidence_span[1] > e.evidence_span[0], where).toBe(true);
        expect((e as unknown as Record<string, unknown>).evidence, `${where} must not carry text`).toBeUndefined();
        for (const a of [...sides(e.source), ...sides(e.target)]) {
          expect(a === null || ACTOR_RE.test(a), `${where} actor ${String(a)}`).toBe(true);
        }
        expect(e.roots.length > 0 && e.cameo.length > 0, where).toBe(true);
        for (const r of e.roots) expect(r, where).toMatch(/^\d{2}$/);
        for (const c of e.cameo) expect(e.roots, `${where} cameo ${c} root not in roots`).toContain(c.slice(0, 2));
        if (e.mode !== undefined) expect(MODES.has(e.mode), `${where} mode ${e.mode}`).toBe(true);
        if (e.date !== undefined) expect(e.date, where).toMatch(DATE_RE);
        if (e.fatalities_min !== undefined)
          expect(Number.isInteger(e.fatalities_min) && e.fatalities_min >= 0, where).toBe(true);
      }
    }
  });
});

describe.skipIf(!haveShared)('devset against ../shared', () => {
  it('every story id exists in the corpus and dates agree', () => {
    const corpus = loadCorpus();
    for (const { file, doc } of docs) {
      const story = corpus.get(doc.story.id);
      expect(story, `${file}: ${doc.story.id} not in corpus`).toBeDefined();
      expect(story?.date, file).toBe(doc.story.date);
    }
  });

  it('every evidence span is in range and inside one sentence', () => {
    const corpus = loadCorpus();
    // A sentence end inside the span: . ! or ? (optionally a closing quote), whitespace, then a capital
    // (optionally after an opening quote). "U.S. " followed by a capital counts too, so spans avoid it.
    const breakRe = /[.!?]["'\u201d\u2019]?\s+["'\u201c\u2018]?[A-Z]/;
    for (const { file, doc } of docs) {
      const text = corpus.get(doc.story.id)?.text ?? '';
      for (const e of doc.events) {
        const [start, end] = e.evidence_span;
        const where = `${file}#${e.id}`;
        expect(start >= 0 && end <= text.length, `${where} span out of range`).toBe(true);
        const ev = text.slice(start, end);
        expect(ev.trim().length, where).toBeGreaterThan(3);
        expect(ev, `${where} starts or ends inside a word`).toMatch(/^\S[\s\S]*\S$/);
        expect(breakRe.test(ev), `${where} crosses a sentence: ${ev}`).toBe(false);
        expect(/\n/.test(ev), `${where} crosses a paragraph`).toBe(false);
        const before = text[start - 1];
        const after = text[end];
        expect(before === undefined || !/[\p{L}\p{N}]/u.test(before), `${where} starts mid-word`).toBe(true);
        expect(after === undefined || !/[\p{L}\p{N}]/u.test(after), `${where} ends mid-word`).toBe(true);
      }
    }
  });

  it('roots, cameo codes, plover types and actor codes exist in the ontology', () => {
    const codes = new Map(loadTsv(codesFile).map((c) => [c[0] ?? '', c]));
    const actorCodes = new Set(loadTsv(actorsFile).map((c) => c[1] ?? ''));
    for (const { file, doc } of docs) {
      for (const e of doc.events) {
        const where = `${file}#${e.id}`;
        for (const r of e.roots) expect(codes.has(r), `${where} root ${r}`).toBe(true);
        for (const c of e.cameo) expect(codes.has(c), `${where} cameo ${c}`).toBe(true);
        const first = e.cameo[0] ?? '';
        const root = first.slice(0, 2);
        const expected = root === '01' ? null : root === '02' ? 'REQUEST' : codes.get(first)?.[5] || null;
        expect(e.plover, `${where} plover`).toBe(expected);
        for (const a of [...sides(e.source), ...sides(e.target)]) {
          if (a !== null) expect(actorCodes.has(a), `${where} actor ${a}`).toBe(true);
        }
      }
    }
  });

  it('materializes to standard gold files and stories.jsonl', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'devset-test-'));
    try {
      const r = spawnSync(
        process.execPath,
        [path.join(repoRoot, 'scripts', 'devset.mjs'), 'materialize', out, '--shared', sharedDir],
        {
          encoding: 'utf8',
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const golds = fs.readdirSync(out).filter((f) => f.endsWith('.gold.json'));
      expect(golds.length).toBe(20);
      const stories = fs.readFileSync(path.join(out, 'stories.jsonl'), 'utf8').trim().split('\n');
      expect(stories.length).toBe(20);
      const byId = new Map(stories.map((l) => JSON.parse(l) as Story).map((s) => [s.id, s]));
      for (const g of golds) {
        const gold = JSON.parse(fs.readFileSync(path.join(out, g), 'utf8')) as {
          story: { id: string };
          events: { evidence: string }[];
        };
        const text = byId.get(gold.story.id)?.text ?? '';
        for (const e of gold.events) expect(text.includes(e.evidence), g).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('fails clearly when the corpus is missing', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'devset-test-'));
    try {
      const r = spawnSync(
        process.execPath,
        [path.join(repoRoot, 'scripts', 'devset.mjs'), 'materialize', out, '--shared', out],
        {
          encoding: 'utf8',
        },
      );
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/corpus not found/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
