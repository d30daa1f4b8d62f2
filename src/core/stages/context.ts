/**
 * Stage 5a, context: when (story date plus the sentence's date expressions, via chrono-node with
 * filters for its false readings), where (gazetteer places after place prepositions, "here" = the
 * dateline) and how many (killed, injured, arrested).
 */
import { createRequire } from 'node:module';
import type { ParsedResult } from 'chrono-node';
import type * as ChronoEn from 'chrono-node/en';
import {
  COUNT_WORDS,
  DATE_PERIOD_MODIFIERS,
  DATE_PERIOD_WORDS,
  DATE_TRIGGERS,
  HERE_WORDS,
  MONTH_NAMES,
  MORE_THAN,
  NUMBER_WORDS,
  PLACE_PREPOSITIONS,
} from '../../knowledge/lexicon.js';
import { type Doc, FLAG_CAPITALIZED, POS } from '../doc.js';
import type { Gazetteer, Place } from '../knowledge/gazetteer.js';
import type { CountsRecord, Mode } from '../records.js';
import type { Mentions } from './mentions.js';

const requireCjs = createRequire(import.meta.url);
let chronoEn: typeof ChronoEn | null = null;
/**
 * chrono-node's English parser, loaded (synchronously, as CommonJS) the first time a date expression
 * needs it: most sentences' dates are read without it, and a short run never pays for its 60 modules.
 */
function chrono(): typeof ChronoEn {
  chronoEn ??= requireCjs('chrono-node/en') as typeof ChronoEn;
  return chronoEn;
}

const TRIGGERS = new Set(DATE_TRIGGERS);
const PERIODS = new Set(DATE_PERIOD_WORDS);
const PERIOD_MODS = new Set(DATE_PERIOD_MODIFIERS);
const PREPS = new Set(PLACE_PREPOSITIONS);
const HERE = new Set(HERE_WORDS);
/** chrono reads these as dates; in news they are mostly verbs, modals or ordinals. */
const FALSE_DATES = new Set([
  'sat',
  'sun',
  'may',
  'march',
  'second',
  'wed',
  'now',
  'sec',
  'mar',
  "today's",
  'tues',
  'thu',
  'fri',
  'mon',
  'tue',
]);
/** Capitalised words that name towns somewhere but are dates or titles in news text. */
const NOT_PLACES = new Set([
  ...DATE_TRIGGERS,
  'president',
  'minister',
  'university',
  'police',
  'army',
  'mosque',
  'church',
]);
const VAGUE = /\b(few|several|some|couple)\b/i;
const PLACE_MODIFIERS = new Set([
  'downtown',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'north',
  'south',
  'east',
  'west',
  'the',
  'a',
  'an',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'capital',
  'city',
  'of',
  'historic',
  'neighbouring',
  'neighboring',
  'nearby',
]);

/** Words after a number that make it a time of day: "1800 UTC", "0600 GMT", "1900 hours", "2100 local". */
const CLOCK_WORDS = new Set([
  'utc',
  'gmt',
  'z',
  'zulu',
  'local',
  'hours',
  'hrs',
  'hr',
  'h',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'et',
  'pt',
  'cet',
  'cest',
  'eet',
  'eest',
  'bst',
  'ist',
  'msk',
  'jst',
  'kst',
  'aest',
  'aedt',
  'wib',
  'sast',
  'pkt',
  'irst',
  'ast',
]);
/** Words before a number that make "at 1800" a time of day (a year takes "in", "by", "since", not "at"). */
const CLOCK_PREPS = new Set(['at']);

/**
 * Is the four-digit number at token `i` a time of day rather than a year? A general rule, before any
 * date reading: HHMM shape (hours 00-23, minutes 00-59) and either a time-zone or clock word after it
 * ("1800 UTC", "(1800 GMT)", "0600 hours", "2100 local time") or "at" before it ("at 1800"),
 * or a leading zero ("0600": no year is written so). "In 1800" stays a year.
 */
export function isClockTime(doc: Doc, i: number): boolean {
  const w = doc.lower[i]!;
  if (!/^\d{4}$/.test(w)) return false;
  const hh = Number(w.slice(0, 2));
  const mm = Number(w.slice(2));
  if (hh > 24 || mm > 59) return false;
  if (w.startsWith('0')) return true;
  const k = doc.sent[i]!;
  const e = doc.sentEnd[k]!;
  const s = doc.sentStart[k]!;
  let j = i + 1;
  while (j < e && (doc.lower[j] === ')' || doc.lower[j] === ']')) j++;
  const next = j < e ? doc.lower[j]! : '';
  if (CLOCK_WORDS.has(next) || CLOCK_WORDS.has(next.replace(/[.,;:)]+$/, ''))) return true;
  let p = i - 1;
  while (p >= s && (doc.lower[p] === '(' || doc.lower[p] === '[')) p--;
  const prev = p >= s ? doc.lower[p]! : '';
  return CLOCK_PREPS.has(prev);
}

export interface DateFinding {
  readonly value: string;
  readonly start: number; // token index
}

/** Tokens of context chrono sees around a date trigger: enough for "back in early March 2007". */
const DATE_WINDOW_BEFORE = 5;
const DATE_WINDOW_AFTER = 5;

function isTrigger(doc: Doc, i: number, s: number): boolean {
  const w = doc.lower[i]!;
  // Month names only capitalised: "may" and "march" are mostly a modal and a verb.
  if (MONTH_INDEX.has(w)) return (doc.flags[i]! & FLAG_CAPITALIZED) !== 0 && !(w === 'may' && i === s);
  return (
    TRIGGERS.has(w) ||
    (PERIODS.has(doc.lemma[i]!) && i > s && PERIOD_MODS.has(doc.lower[i - 1]!)) ||
    (doc.pos[i] === POS.NUM && w.length === 4 && /^(1[89]|20)\d\d$/.test(w) && !isClockTime(doc, i))
  );
}

/**
 * Date expressions of a sentence, filtered; [] when the sentence has no date trigger. chrono runs
 * only on short windows around trigger words, not on whole sentences: the cost stays small and flat.
 */
export function sentenceDates(doc: Doc, k: number, storyDate: string): DateFinding[] {
  const s = doc.sentStart[k]!;
  const e = doc.sentEnd[k]!;
  const out: DateFinding[] = [];
  const ref = new Date(`${storyDate}T12:00:00Z`);
  let doneTo = s;
  for (let i = s; i < e; i++) {
    if (!isTrigger(doc, i, s)) continue;
    // The commonest expressions need no parser: "today", "on Monday", "yesterday".
    const quick = quickDate(doc, i, e, storyDate);
    if (quick !== undefined) {
      if (quick) out.push({ value: quick, start: i });
      continue;
    }
    let from = Math.max(s, i - DATE_WINDOW_BEFORE, doneTo);
    let to = Math.min(e, i + 1 + DATE_WINDOW_AFTER);
    // Extend over further triggers close by ("on Monday, May 5").
    while (to < e && isTrigger(doc, to - 1, s) && to - from < 30) to = Math.min(e, to + DATE_WINDOW_AFTER);
    if (from >= to) continue;
    if (from > s && doc.lower[from] === '-') from++;
    parseWindow(doc, from, to, s, e, storyDate, ref, out);
    doneTo = to;
    i = to - 1;
  }
  return out;
}

const MONTH_INDEX: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, m) => names.map((n) => [n, m + 1] as const)),
);
const UNIT_DAYS: ReadonlyMap<string, number> = new Map([
  ['day', 1],
  ['days', 1],
  ['week', 7],
  ['weeks', 7],
  ['month', 30],
  ['months', 30],
  ['year', 365],
  ['years', 365],
]);
const pad2 = (n: number) => String(n).padStart(2, '0');

function dayNumber(w: string | undefined): number | null {
  if (!w || !/^\d{1,2}(st|nd|rd|th)?$/.test(w)) return null;
  const d = Number.parseInt(w, 10);
  return d >= 1 && d <= 31 ? d : null;
}

function yearNumber(w: string | undefined): number | null {
  return w && /^(1[89]|20)\d\d$/.test(w) ? Number(w) : null;
}

/**
 * A date around a month name: day before or after it, year after it. Without a year, the latest such
 * date on or before the story date (news reports the past), or the next one after a future cue.
 */
function monthDate(doc: Doc, i: number, e: number, month: number, storyDate: string): string | null | undefined {
  let day = dayNumber(doc.lower[i + 1]);
  let j = day !== null ? i + 2 : i + 1;
  if (day === null) {
    day = i > 0 ? dayNumber(doc.lower[i - 1]) : null; // "5 May"
  }
  if (doc.lower[j] === ',') j++;
  let year = j < e ? yearNumber(doc.lower[j]) : null;
  if (year === null && day === null && doc.lower[i + 1] === 'of') year = yearNumber(doc.lower[i + 2]);
  const sy = Number(storyDate.slice(0, 4));
  if (year === null) {
    const md = `${pad2(month)}-${pad2(day ?? 1)}`;
    const future = futureNear(doc, i);
    year = !future && md > storyDate.slice(5) ? sy - 1 : future && md < storyDate.slice(5) ? sy + 1 : sy;
  }
  if (day === null) return `${year}-${pad2(month)}`;
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || new Date(`${iso}T00:00:00Z`).getUTCDate() !== day ? null : iso;
}

/** "<n> <unit> ago": day precision for days, month precision for weeks or vague counts, year for years. */
function agoDate(doc: Doc, i: number, storyDate: string): string | null | undefined {
  const unit = UNIT_DAYS.get(doc.lower[i - 1] ?? '');
  if (unit === undefined) return undefined;
  const nw = doc.lower[i - 2] ?? '';
  const vague = nw === 'few' || nw === 'several' || nw === 'some' || nw === 'couple';
  const n = /^\d+$/.test(nw) ? Number(nw) : (NUMBER_WORDS[nw] ?? (vague ? 3 : null));
  if (n === null || n > 200) return undefined;
  const back = addDays(storyDate, -n * unit);
  if (unit >= 365) return back.slice(0, 4);
  if (unit >= 7 || vague) return back.slice(0, 7);
  return back;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Resolves "today", "yesterday", "tomorrow" and a weekday name (the latest such day on or before the
 * story date, as news uses it) without chrono; undefined when the words need the full parser.
 */
function quickDate(doc: Doc, i: number, e: number, storyDate: string): string | null | undefined {
  const w = doc.lower[i]!;
  const rel = RELATIVE_DAYS.get(w);
  if (rel !== undefined) return addDays(storyDate, rel);
  const wd = WEEKDAYS.indexOf(w);
  if (wd >= 0) {
    // "Monday, May 5" or "next Monday": leave to chrono.
    const next = i + 1 < e ? doc.lower[i + 1]! : '';
    const prev = doc.lower[i - 1] ?? '';
    if (next === ',' || prev === 'next' || prev === 'last' || prev === 'this' || prev === 'coming') return undefined;
    if ((doc.flags[i]! & FLAG_CAPITALIZED) === 0) return null;
    const day = new Date(`${storyDate}T12:00:00Z`).getUTCDay();
    // "will sign ... on Saturday": the coming day; otherwise the latest such day (news reports the past).
    if (futureNear(doc, i)) return addDays(storyDate, (wd - day + 7) % 7);
    return addDays(storyDate, -((day - wd + 7) % 7));
  }
  // "May 5", "5 May 2019", "March 2007", "back in March": month names without chrono.
  const mon = MONTH_INDEX.get(w);
  if (mon !== undefined) return monthDate(doc, i, e, mon, storyDate);
  // "three weeks ago", "a few days ago", "two years ago".
  if (w === 'ago') return agoDate(doc, i, storyDate);
  // A year on its own ("in 2018"), with no month or day next to it.
  if (doc.pos[i] === POS.NUM && w.length === 4) {
    const prev = doc.lower[i - 1] ?? '';
    const next = i + 1 < e ? doc.lower[i + 1]! : '';
    if (isClockTime(doc, i)) return null;
    if (!MONTH_INDEX.has(prev) && !MONTH_INDEX.has(next) && !/^\d/.test(prev) && prev !== ',') return w;
  }
  return undefined;
}

const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  'shall',
  'scheduled',
  'due',
  'expected',
  'planned',
  'plans',
  'next',
  'upcoming',
  'tomorrow',
]);

/** A future cue in the eight tokens before a date word, within its sentence. */
function futureNear(doc: Doc, i: number): boolean {
  const k = doc.sent[i]!;
  const s = doc.sentStart[k]!;
  for (let j = i - 1; j >= s && j >= i - 8; j--) if (FUTURE_WORDS.has(doc.lower[j]!)) return true;
  return false;
}

function parseWindow(
  doc: Doc,
  from: number,
  to: number,
  s: number,
  e: number,
  storyDate: string,
  ref: Date,
  out: DateFinding[],
): void {
  const base = doc.start[from]!;
  const text = doc.text.slice(base, doc.end[to - 1]!);
  let results: ParsedResult[];
  try {
    results = chrono().parse(text, ref, { forwardDate: false });
  } catch {
    return;
  }
  for (const r of results) {
    const t = r.text.trim();
    const lower = t.toLowerCase();
    if (FALSE_DATES.has(lower) && (t === lower || lower === 'sat' || lower === 'sun' || lower === 'second')) continue;
    // "March" alone must be capitalised and not a verb; "may" is a modal.
    if (/^[a-z]/.test(t) && /^(march|may|june|august)\b/.test(lower)) continue;
    const d = r.start.date();
    if (Number.isNaN(d.getTime())) continue;
    const at0 = base + r.index;
    // A bare four-digit number chrono took for a year may be a time of day ("(1800 UTC)").
    if (/^\d{4}$/.test(t)) {
      let tok = from;
      while (tok < to && doc.end[tok]! <= at0) tok++;
      if (tok < to && isClockTime(doc, tok)) continue;
    }
    const iso = d.toISOString().slice(0, 10);
    // Far from the story: "in about 25 years" is a duration, not a date.
    const years = Math.abs(d.getTime() - ref.getTime()) / 3.15e10;
    if (years > 30) continue;
    let value: string;
    if (r.start.isCertain('day') && !VAGUE.test(t)) value = iso;
    else if (r.start.isCertain('month') || VAGUE.test(t)) value = iso.slice(0, 7);
    else if (r.start.isCertain('weekday')) value = iso;
    else if (r.start.isCertain('year')) value = iso.slice(0, 4);
    else continue;
    // A month named without a year lies before the story date ("back in March" in May).
    if (
      value.length === 7 &&
      !r.start.isCertain('year') &&
      value > storyDate.slice(0, 7) &&
      !/\b(next|coming|within|in)\b/i.test(t) &&
      !futureNear(doc, from)
    ) {
      const y = Number(value.slice(0, 4)) - 1;
      value = `${y}${value.slice(4)}`;
    }
    if (value.length === 10 && Number.isNaN(Date.parse(`${value}T00:00:00Z`))) continue;
    const at = base + r.index;
    let tok = from;
    while (tok < to && doc.end[tok]! <= at) tok++;
    out.push({ value, start: tok });
  }
  void s;
  void e;
}

/** The date of an event at token `anchor`: the nearest date expression in its sentence, else the story date. */
export function eventDate(
  dates: readonly DateFinding[],
  anchor: number,
  storyDate: string | null,
  mode: Mode,
): string | null {
  if (storyDate === null) return null;
  if (dates.length === 0) return mode === 'future' || mode === 'hypothetical' ? null : storyDate;
  let best = dates[0]!;
  for (const d of dates) if (Math.abs(d.start - anchor) < Math.abs(best.start - anchor)) best = d;
  if (best.value > storyDate && mode !== 'future') return storyDate;
  return best.value;
}

export interface PlaceFinding {
  readonly place: Place;
  readonly start: number;
  readonly end: number;
}

/** Places of a sentence: gazetteer names after a place preposition (with modifiers between), and "here". */
export function sentencePlaces(
  doc: Doc,
  k: number,
  gaz: Gazetteer,
  dateline: Place | null,
  mentions?: Mentions,
): PlaceFinding[] {
  const s = doc.sentStart[k]!;
  const e = doc.sentEnd[k]!;
  const out: PlaceFinding[] = [];
  // Place names used as modifiers ("a Kabul car bombing") were marked by the mention stage.
  if (mentions) {
    for (let i = s; i < e; i++) {
      const mi = mentions.at[i]!;
      if (mi < 0) continue;
      const m = mentions.list[mi]!;
      i = m.end - 1;
      if (!m.locative || PREPS.has(doc.lower[m.start - 1] ?? '')) continue;
      let a = m.start;
      while (a < m.end && (doc.lower[a] === 'the' || doc.lower[a] === 'a' || doc.lower[a] === 'an')) a++;
      const hit = placeAt(doc, a, m.end, gaz);
      if (hit) out.push(hit);
    }
  }
  for (let i = s; i < e; i++) {
    const w = doc.lower[i]!;
    if (HERE.has(w) && dateline) {
      out.push({ place: dateline, start: i, end: i + 1 });
      continue;
    }
    if (!PREPS.has(w)) continue;
    let j = i + 1;
    let mods = 0;
    while (
      j < e &&
      mods < 3 &&
      PLACE_MODIFIERS.has(doc.lower[j]!) &&
      !(doc.flags[j]! & FLAG_CAPITALIZED && doc.lower[j] !== 'the')
    ) {
      j++;
      mods++;
    }
    const hit = placeAt(doc, j, e, gaz);
    if (hit) {
      out.push(hit);
      i = hit.end - 1;
    }
  }
  if (out.length > 1) out.sort((x, y) => x.start - y.start);
  return out;
}

function placeAt(doc: Doc, j: number, e: number, gaz: Gazetteer): PlaceFinding | null {
  if (j >= e || (doc.flags[j]! & FLAG_CAPITALIZED) === 0) return null;
  for (let len = Math.min(gaz.maxTokens, e - j); len >= 1; len--) {
    let key = doc.lower[j]!;
    for (let t = 1; t < len; t++) key += ` ${doc.lower[j + t]!}`;
    const p = gaz.byName.get(key);
    if (p && !(len === 1 && NOT_PLACES.has(key))) return { place: p, start: j, end: j + len };
  }
  return null;
}

/** How far (in tokens) a place phrase may stand from the event's anchor and still be its place. */
const PLACE_WINDOW = 14;

/** The place of an event: the nearest place after its anchor, else before it, within a window; else null. */
export function eventPlace(places: readonly PlaceFinding[], anchor: number): PlaceFinding | null {
  let before: PlaceFinding | null = null;
  for (const p of places) {
    if (p.start >= anchor) return p.start - anchor <= PLACE_WINDOW ? p : before;
    if (anchor - p.end <= PLACE_WINDOW) before = p;
  }
  return before;
}

/** Counts of killed, injured and arrested people stated in a sentence. */
export function sentenceCounts(doc: Doc, k: number): CountsRecord {
  const s = doc.sentStart[k]!;
  const e = doc.sentEnd[k]!;
  const c: { killed: number | null; injured: number | null; arrested: number | null } = {
    killed: null,
    injured: null,
    arrested: null,
  };
  for (let i = s; i < e; i++) {
    const kind = COUNT_WORDS[doc.lower[i]!] ?? COUNT_WORDS[doc.lemma[i]!];
    if (!kind) continue;
    // "killed more than 20 people" (number after) or "20 people were killed" / "20 dead" (number before).
    const n = numberNear(doc, i + 1, Math.min(e, i + 6), 1) ?? numberNear(doc, i - 1, Math.max(s - 1, i - 6), -1);
    if (n !== null && (c[kind] === null || n > c[kind]!)) c[kind] = n;
  }
  return c;
}

function numberNear(doc: Doc, from: number, to: number, step: 1 | -1): number | null {
  for (let j = from; step > 0 ? j < to : j > to; j += step) {
    const w = doc.lower[j]!;
    let v: number | null = null;
    if (doc.pos[j] === POS.NUM && /^\d[\d,]*$/.test(w)) v = Number(w.replace(/,/g, ''));
    else if (NUMBER_WORDS[w] !== undefined && (doc.pos[j] === POS.NUM || /s$/.test(w))) v = NUMBER_WORDS[w]!;
    if (v === null) {
      if (doc.pos[j] === POS.VERB && step > 0 && j > from) return null;
      continue;
    }
    if (!Number.isFinite(v) || v > 1e6) return null;
    // "more than 20" = at least 21.
    for (const mt of MORE_THAN) {
      let ok = j - mt.length >= 0;
      for (let t = 0; ok && t < mt.length; t++) if (doc.lower[j - mt.length + t] !== mt[t]) ok = false;
      if (ok) return v + 1;
    }
    return v;
  }
  return null;
}
