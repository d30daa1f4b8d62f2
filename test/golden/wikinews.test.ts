/**
 * Every story of the Wikinews corpus (../shared/corpus/wikinews/bench.jsonl, 437 real articles)
 * codes without error, every record passes a schema check, record ids are unique, and the corpus
 * yields a plausible number of events. Skipped with a message when the corpus is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/coder.js';
import type { StoryResult } from '../../src/core/coder-types.js';
import { type ActorRecord, type EventRecord, MODES, type Story } from '../../src/core/records.js';
import { cameoEntry } from '../../src/ontology/cameo.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/wikinews/bench.jsonl');
const HAVE_CORPUS = existsSync(CORPUS);
if (!HAVE_CORPUS) console.warn(`[wikinews.test] ${CORPUS} not found: the corpus tests are skipped`);

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const FIELDS = [
  'id',
  'story_id',
  'sentence_index',
  'sentence',
  'date',
  'source',
  'target',
  'cameo',
  'root',
  'quad_class',
  'goldstein',
  'plover',
  'mode',
  'claimed_by',
  'reported_by',
  'location',
  'counts',
  'evidence',
  'rule',
] as const;

const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): boolean => v === null || (Number.isInteger(v) && (v as number) >= 0);

function actorProblems(a: ActorRecord | null, what: string): string[] {
  if (a === null) return [];
  const p: string[] = [];
  if (typeof a !== 'object') return [`${what} is not an object`];
  // Words in the story; empty only for an actor the guide's rules imply ("... (implied)" in `name`).
  if (typeof a.text !== 'string' || (a.text === '' && !a.name?.endsWith('(implied)'))) p.push(`${what}.text`);
  if (typeof a.code !== 'string' || a.code === '') p.push(`${what}.code "${a.code}"`);
  if (!isStrOrNull(a.country) || (a.country !== null && !/^[A-Z]{3}$/.test(a.country)))
    p.push(`${what}.country "${a.country}"`);
  if (!isStrOrNull(a.sector)) p.push(`${what}.sector`);
  if (!isStrOrNull(a.name)) p.push(`${what}.name`);
  if (typeof a.code === 'string' && a.country && !a.code.startsWith(a.country))
    p.push(`${what}.code ${a.code} does not start with country ${a.country}`);
  return p;
}

/** Everything wrong with one record, as short messages (empty when it is valid). */
function recordProblems(e: EventRecord, story: Story, sentences: number): string[] {
  const p: string[] = [];
  const rec = e as unknown as Record<string, unknown>;
  for (const f of FIELDS) if (!(f in rec)) p.push(`missing ${f}`);
  if (p.length) return p;
  if (typeof e.id !== 'string' || !e.id.startsWith(`${story.id}:`)) p.push(`id ${e.id}`);
  if (e.story_id !== story.id) p.push(`story_id ${e.story_id}`);
  if (!Number.isInteger(e.sentence_index) || e.sentence_index < 0 || e.sentence_index >= sentences)
    p.push(`sentence_index ${e.sentence_index}`);
  if (typeof e.sentence !== 'string' || !story.text.includes(e.sentence)) p.push('sentence is not a span of the story');
  if (!(e.date === null || (typeof e.date === 'string' && DATE_RE.test(e.date)))) p.push(`date ${e.date}`);
  p.push(...actorProblems(e.source, 'source'), ...actorProblems(e.target, 'target'));
  p.push(...actorProblems(e.claimed_by, 'claimed_by'), ...actorProblems(e.reported_by, 'reported_by'));
  const entry = typeof e.cameo === 'string' ? cameoEntry(e.cameo) : undefined;
  if (!entry) p.push(`cameo ${e.cameo} not in the ontology`);
  else {
    if (e.root !== e.cameo.slice(0, 2) || e.root !== entry.root) p.push(`root ${e.root} for ${e.cameo}`);
    if (e.quad_class !== entry.quadClass) p.push(`quad_class ${e.quad_class} for ${e.cameo}`);
    if (e.goldstein !== entry.goldstein) p.push(`goldstein ${e.goldstein} for ${e.cameo}`);
    if (
      !e.plover ||
      e.plover.event !== entry.plover.event ||
      e.plover.mode !== entry.plover.mode ||
      e.plover.context !== entry.plover.context
    ) {
      p.push(`plover ${JSON.stringify(e.plover)} for ${e.cameo}`);
    }
  }
  if (!MODES.includes(e.mode)) p.push(`mode ${e.mode}`);
  if (e.location !== null) {
    const l = e.location;
    if (typeof l.name !== 'string' || l.name === '') p.push('location.name');
    if (!isStrOrNull(l.country)) p.push('location.country');
    if (!(l.lat === null || (typeof l.lat === 'number' && l.lat >= -90 && l.lat <= 90)))
      p.push(`location.lat ${l.lat}`);
    if (!(l.lon === null || (typeof l.lon === 'number' && l.lon >= -180 && l.lon <= 180)))
      p.push(`location.lon ${l.lon}`);
  }
  if (!e.counts || !isCount(e.counts.killed) || !isCount(e.counts.injured) || !isCount(e.counts.arrested))
    p.push(`counts ${JSON.stringify(e.counts)}`);
  const ev = e.evidence;
  if (
    !ev ||
    !Number.isInteger(ev.start) ||
    !Number.isInteger(ev.end) ||
    ev.start < 0 ||
    ev.end <= ev.start ||
    ev.end > story.text.length
  ) {
    p.push(`evidence offsets ${JSON.stringify(ev)}`);
  } else {
    if (story.text.slice(ev.start, ev.end) !== ev.text)
      p.push(`evidence [${ev.start},${ev.end}) slices to "${story.text.slice(ev.start, ev.end)}" not "${ev.text}"`);
    if (!e.sentence.includes(ev.text)) p.push('sentence does not contain evidence.text');
  }
  if (
    !e.rule ||
    typeof e.rule.id !== 'string' ||
    e.rule.id === '' ||
    typeof e.rule.pattern !== 'string' ||
    !Array.isArray(e.rule.matched)
  ) {
    p.push('rule');
  } else {
    if (e.rule.matched.length === 0) p.push('rule.matched is empty');
    for (const m of e.rule.matched) {
      if (typeof m.role !== 'string' || story.text.slice(m.start, m.end) !== m.text)
        p.push(`rule.matched ${JSON.stringify(m)}`);
    }
  }
  return p;
}

describe.skipIf(!HAVE_CORPUS)('Wikinews corpus', () => {
  let stories: Story[] = [];
  const results = new Map<string, StoryResult>();

  beforeAll(() => {
    stories = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const o = JSON.parse(l) as { id: string; date: string | null; title?: string; text: string; url?: string };
        return {
          id: o.id,
          date: o.date === null ? null : o.date.slice(0, 10),
          title: o.title ?? null,
          text: o.text,
          url: o.url ?? null,
        };
      });
    const coder = createCoder();
    for (const s of stories) results.set(s.id, coder.codeStory(s));
  });

  it('has the stories (437 expected, ids unique)', () => {
    expect(stories.length).toBeGreaterThanOrEqual(400);
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
  });

  it('codes every story with status "coded"', () => {
    const failed = [...results.values()].filter((r) => r.status !== 'coded');
    expect(
      failed.map((r) => (r.status === 'failed' ? `${r.story_id}: ${r.error.code} ${r.error.message}` : '')),
    ).toEqual([]);
  });

  it('codes the story with a null date too', () => {
    const undated = stories.filter((s) => s.date === null);
    expect(undated.length).toBeGreaterThanOrEqual(1);
    for (const s of undated) {
      const r = results.get(s.id)!;
      expect(r.status).toBe('coded');
      if (r.status === 'coded') expect(r.sentences).toBeGreaterThan(0);
    }
  });

  it('every record passes the schema check', () => {
    const problems: string[] = [];
    let n = 0;
    for (const s of stories) {
      const r = results.get(s.id)!;
      if (r.status !== 'coded') continue;
      for (const e of r.events) {
        n++;
        for (const p of recordProblems(e, s, r.sentences)) if (problems.length < 30) problems.push(`${e.id}: ${p}`);
      }
    }
    expect(n).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('record ids are unique across the corpus', () => {
    const ids = [...results.values()].flatMap((r) => (r.status === 'coded' ? r.events.map((e) => e.id) : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('yields a plausible number of events (measured: about 1,400 from about 14,200 sentences)', () => {
    let events = 0;
    let sentences = 0;
    const roots = new Set<string>();
    for (const r of results.values()) {
      if (r.status !== 'coded') continue;
      events += r.events.length;
      sentences += r.sentences;
      for (const e of r.events) roots.add(e.root);
    }
    console.info(
      `[wikinews] ${results.size} stories, ${sentences} sentences, ${events} events, ${roots.size} CAMEO roots`,
    );
    expect(sentences).toBeGreaterThan(10_000);
    expect(events).toBeGreaterThanOrEqual(400);
    expect(events).toBeLessThanOrEqual(5000);
    // A real news corpus touches most of the 20 roots.
    expect(roots.size).toBeGreaterThanOrEqual(15);
  });

  it('codes the same story the same way twice (deterministic)', () => {
    const coder = createCoder();
    for (const s of stories.slice(0, 20)) {
      expect(JSON.stringify(coder.codeStory(s))).toBe(JSON.stringify(results.get(s.id)));
    }
  });
});
