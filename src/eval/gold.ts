/**
 * The hand-coded corpus (`test/gold/{train,test}/*.gold.json`): gold files that point into a corpus under
 * `<shared>/corpus` by story id and half-open UTF-16 character spans, so no article text is kept in the
 * repo. Loading resolves the spans to evidence text; validation checks a file against the coding guide's
 * formal rules (spans in the story and inside one sentence as dyadic splits it, 4-15 words, CAMEO codes
 * that exist, actor countries of the code table, the guide's modes, no required negated/hypothetical event).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../core/records.js';
import { createSegmenter, type Segmenter } from '../core/stages/segment.js';
import { actorCodesOfKind, cameoEntry } from '../ontology/index.js';
import type { GoldEvent, GoldStory } from './score.js';
import type { EvalSet } from './sets.js';

type Side = string | null | readonly (string | null)[];

/** One event of a gold file as stored. */
export interface StoredGoldEvent {
  readonly id: string;
  readonly required: boolean;
  readonly symmetric?: boolean;
  readonly evidence_span: readonly [number, number];
  readonly source: Side;
  readonly target: Side;
  readonly roots: readonly string[];
  readonly cameo: readonly string[];
  readonly plover: string | null;
  readonly mode?: string;
  readonly date?: string;
  readonly place?: string;
  readonly claimed_by?: string;
  readonly reported_by?: string;
  readonly fatalities_min?: number;
  readonly injured_min?: number;
  readonly arrested_min?: number;
}

export interface StoredGold {
  readonly story: {
    readonly id: string;
    readonly corpus: string;
    readonly date: string;
    readonly dateline?: string | null;
  };
  readonly notes?: string;
  readonly events: readonly StoredGoldEvent[];
}

/** The three states the CAMEO table leaves out, coded in its style as the project's country table does. */
export const EXTRA_COUNTRIES: readonly string[] = ['TWN', 'SSD', 'KSV'];
export const GOLD_MODES: ReadonlySet<string> = new Set([
  'asserted',
  'negated',
  'future',
  'proposed',
  'hypothetical',
  'alleged',
]);
const EVENT_KEYS = new Set([
  'id',
  'required',
  'symmetric',
  'evidence_span',
  'source',
  'target',
  'roots',
  'cameo',
  'plover',
  'mode',
  'date',
  'place',
  'claimed_by',
  'reported_by',
  'fatalities_min',
  'injured_min',
  'arrested_min',
]);
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const ROOT_RE = /^(0[1-9]|1\d|20)$/;

let countries: ReadonlySet<string> | undefined;
/** Countries a gold side may name: the table's country codes, IGO, NGO and the extras. */
export function goldCountries(): ReadonlySet<string> {
  countries ??= new Set(['IGO', 'NGO', ...EXTRA_COUNTRIES, ...actorCodesOfKind('country').map((e) => e.code)]);
  return countries;
}

/** PLOVER type of a CAMEO code: the shared table's, with appeals (root 02) as REQUEST and statements none. */
export function goldPlover(code: string): string | null {
  const e = cameoEntry(code);
  if (!e) return null;
  return e.plover.event ?? (e.root === '02' ? 'REQUEST' : null);
}

export interface CorpusStory {
  readonly id: string;
  readonly date: string | null;
  readonly title?: string | null;
  readonly text: string;
}

const corpora = new Map<string, Map<string, CorpusStory>>();
/** A JSONL corpus under `<shared>/corpus`, read once per process. */
export function loadCorpus(shared: string, name: string): Map<string, CorpusStory> {
  const file = join(shared, 'corpus', name);
  let c = corpora.get(file);
  if (c) return c;
  if (!existsSync(file)) throw new Error(`corpus ${file} not found (gold files point into it)`);
  c = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as CorpusStory;
    c.set(o.id, o);
  }
  corpora.set(file, c);
  return c;
}

/** `<dir>/*.gold.json`, sorted by file name. */
export function readGoldDir(dir: string): { file: string; doc: StoredGold }[] {
  if (!existsSync(dir)) throw new Error(`gold folder ${dir} not found`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => ({ file: join(dir, f), doc: JSON.parse(readFileSync(join(dir, f), 'utf8')) as StoredGold }));
}

/** A folder of gold files as an evaluation set: stories from the corpus, evidence text from the spans. */
export function loadGoldSet(name: string, dir: string, shared: string): EvalSet {
  const stories: Story[] = [];
  const golds: GoldStory[] = [];
  for (const { file, doc } of readGoldDir(dir)) {
    const src = loadCorpus(shared, doc.story.corpus).get(doc.story.id);
    if (!src) throw new Error(`${file}: story ${doc.story.id} not found in ${doc.story.corpus}`);
    stories.push({
      id: src.id,
      date: doc.story.date,
      dateline: doc.story.dateline ?? null,
      title: src.title ?? null,
      text: src.text,
    });
    golds.push({
      story: { id: src.id, date: doc.story.date, dateline: doc.story.dateline ?? null },
      events: doc.events.map(
        (e): GoldEvent => ({ ...e, evidence: src.text.slice(e.evidence_span[0], e.evidence_span[1]) }),
      ),
    });
  }
  return { name, stories, golds };
}

let segmenter: Segmenter | undefined;
/** Sentence character ranges of a text, as dyadic splits it. */
export function sentenceRanges(text: string): [number, number][] {
  segmenter ??= createSegmenter();
  const doc = segmenter.segment(text);
  const out: [number, number][] = [];
  for (let k = 0; k < doc.sentenceCount; k++) out.push([doc.start[doc.sentStart[k]!]!, doc.end[doc.sentEnd[k]! - 1]!]);
  return out;
}

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const sides = (s: Side): readonly (string | null)[] => (Array.isArray(s) ? s : [s as string | null]);

/** Every problem of one gold file, as `event N (id): problem` strings; empty when the file is valid. */
export function validateGold(doc: StoredGold, shared: string): string[] {
  const errs: string[] = [];
  const story = doc?.story;
  if (!story || typeof story.id !== 'string' || typeof story.corpus !== 'string')
    return ['story.id or story.corpus missing'];
  let src: CorpusStory | undefined;
  try {
    src = loadCorpus(shared, story.corpus).get(story.id);
  } catch (e) {
    return [(e as Error).message];
  }
  if (!src) return [`story ${story.id} is not in ${story.corpus}`];
  if (story.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(String(story.date)))
    errs.push(`story.date ${story.date} is not YYYY-MM-DD (or null when the corpus has none)`);
  if (!Array.isArray(doc.events)) return [...errs, 'events must be an array'];
  const sents = sentenceRanges(src.text);
  const known = goldCountries();
  const ids = new Set<string>();
  for (const [i, e] of doc.events.entries()) {
    const at = `event ${i} (${e?.id ?? '?'})`;
    for (const k of Object.keys(e)) if (!EVENT_KEYS.has(k)) errs.push(`${at}: unknown key "${k}"`);
    if (typeof e.id !== 'string' || !ID_RE.test(e.id)) errs.push(`${at}: id must be lower-case words joined by -`);
    else if (ids.has(e.id)) errs.push(`${at}: duplicate id`);
    ids.add(e.id);
    if (typeof e.required !== 'boolean') errs.push(`${at}: required must be true or false`);
    if (e.symmetric !== undefined && typeof e.symmetric !== 'boolean') errs.push(`${at}: symmetric must be boolean`);
    const span = e.evidence_span;
    if (!Array.isArray(span) || span.length !== 2 || !span.every(Number.isInteger)) {
      errs.push(`${at}: evidence_span must be [start, end]`);
    } else {
      const [a, b] = span;
      if (a < 0 || b > src.text.length || a >= b) errs.push(`${at}: evidence_span [${a}, ${b}] outside the story`);
      else {
        const t = src.text.slice(a, b);
        const n = wordCount(t);
        if (n < 4 || n > 15) errs.push(`${at}: evidence has ${n} words, not 4-15`);
        if (!sents.some(([s, z]) => s <= a && b <= z))
          errs.push(`${at}: evidence [${a}, ${b}] crosses a sentence boundary`);
        if (t !== t.trim()) errs.push(`${at}: evidence starts or ends with white space`);
      }
    }
    for (const side of ['source', 'target'] as const) {
      if (!(side in e)) {
        errs.push(`${at}: ${side} missing (null when no actor)`);
        continue;
      }
      const vals = sides(e[side]);
      if (vals.length === 0) errs.push(`${at}: ${side} is an empty list`);
      for (const v of vals)
        if (v !== null && (typeof v !== 'string' || !known.has(v)))
          errs.push(`${at}: ${side} ${JSON.stringify(v)} is not a country of the actor-code table, IGO, NGO or null`);
    }
    for (const side of ['claimed_by', 'reported_by'] as const) {
      const v = e[side];
      if (v != null && (typeof v !== 'string' || !/^[A-Z]{3}/.test(v)))
        errs.push(`${at}: ${side} must be an actor code`);
    }
    if (!Array.isArray(e.roots) || e.roots.length === 0) errs.push(`${at}: roots must list CAMEO roots`);
    else
      for (const r of e.roots) if (!ROOT_RE.test(String(r))) errs.push(`${at}: root ${JSON.stringify(r)} is not 01-20`);
    if (!Array.isArray(e.cameo) || e.cameo.length === 0) errs.push(`${at}: cameo must list CAMEO codes`);
    else {
      for (const c of e.cameo) {
        const k = cameoEntry(c);
        if (!k) errs.push(`${at}: cameo ${JSON.stringify(c)} is not a CAMEO code`);
        else if (Array.isArray(e.roots) && !e.roots.includes(k.root))
          errs.push(`${at}: cameo ${c} has root ${k.root}, not in roots`);
      }
      const want = cameoEntry(e.cameo[0]!) ? goldPlover(e.cameo[0]!) : undefined;
      if (want !== undefined && (e.plover ?? null) !== want)
        errs.push(`${at}: plover should be ${JSON.stringify(want)}`);
    }
    const mode = e.mode ?? 'asserted';
    if (!GOLD_MODES.has(mode)) errs.push(`${at}: mode ${JSON.stringify(mode)} is not one of the guide's modes`);
    if (e.required === true && (mode === 'negated' || mode === 'hypothetical'))
      errs.push(`${at}: a ${mode} event is never required`);
    if (e.date != null && (typeof e.date !== 'string' || !DATE_RE.test(e.date)))
      errs.push(`${at}: date must be YYYY[-MM[-DD]]`);
    if (e.place != null && typeof e.place !== 'string') errs.push(`${at}: place must be a string`);
    for (const k of ['fatalities_min', 'injured_min', 'arrested_min'] as const) {
      const v = e[k];
      if (v != null && (!Number.isInteger(v) || v < 0)) errs.push(`${at}: ${k} must be a whole number`);
    }
  }
  return errs;
}
