/** Records ↔ table rows: the event columns (actors flattened) and the day arithmetic the queries index. */
import type { ActorRecord, EventRecord } from '../core/records.js';
import type { SqlValue } from './db.js';

const ACTOR_FIELDS = ['code', 'country', 'sector', 'name', 'text'] as const;

function actorColumns(p: string): string[] {
  return ACTOR_FIELDS.map((f) => `${p}_${f}`);
}

export const EVENT_COLUMNS: readonly string[] = [
  'id',
  'story_id',
  'ord',
  'sentence_index',
  'date',
  'day',
  'day_n',
  'month_n',
  ...actorColumns('source'),
  ...actorColumns('target'),
  'cameo',
  'root',
  'quad_class',
  'goldstein',
  'plover_event',
  'plover_mode',
  'plover_context',
  'mode',
  ...actorColumns('claimed_by'),
  ...actorColumns('reported_by'),
  'location_name',
  'location_country',
  'location_lat',
  'location_lon',
  'killed',
  'injured',
  'arrested',
  'evidence_start',
  'evidence_end',
  'evidence_text',
  'rule_id',
  'rule_pattern',
  'sentence',
  'duplicate_of',
  'record',
];

export const STORY_COLUMNS: readonly string[] = [
  'id',
  'date',
  'source',
  'url',
  'title',
  'dateline',
  'text_hash',
  'text',
  'simhash',
  'sh0',
  'sh1',
  'sh2',
  'sh3',
  'status',
  'error_code',
  'error_message',
  'sentences',
  'event_count',
  'coder_version',
  'duplicate_of',
  'ingested_at',
];

function actorValues(a: ActorRecord | null): SqlValue[] {
  if (!a) return [null, null, null, null, null];
  return [a.code, a.country, a.sector, a.name, a.text];
}

const EPOCH = Date.UTC(1900, 0, 1); // a Monday: weeks are day_n - day_n mod 7
const DAY_MS = 86_400_000;

/** Days since 1900-01-01 for YYYY-MM-DD. */
export function dayNumber(day: string): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
}

export function dayFromNumber(n: number): string {
  return new Date(EPOCH + n * DAY_MS).toISOString().slice(0, 10);
}

export function monthNumber(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

export function monthFromNumber(n: number): string {
  const y = Math.floor(n / 12);
  const m = n - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * The day an event is counted on: its own date when it names a day; the story date when the event's
 * month or year contains it; else the first day of the month or year the text gives.
 */
export function eventDay(date: string | null, storyDate: string | null): string | null {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (date && storyDate?.startsWith(date)) return storyDate;
  if (date && /^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (date && /^\d{4}$/.test(date)) return `${date}-01-01`;
  return storyDate && /^\d{4}-\d{2}-\d{2}$/.test(storyDate) ? storyDate : null;
}

export function eventRow(
  e: EventRecord,
  ord: number,
  storyDate: string | null,
  duplicateOf: string | null,
): SqlValue[] {
  const day = eventDay(e.date, storyDate);
  return [
    e.id,
    e.story_id,
    ord,
    e.sentence_index,
    e.date,
    day,
    day ? dayNumber(day) : null,
    day ? monthNumber(day) : null,
    ...actorValues(e.source),
    ...actorValues(e.target),
    e.cameo,
    e.root,
    e.quad_class,
    e.goldstein,
    e.plover?.event ?? null,
    e.plover?.mode ?? null,
    e.plover?.context ?? null,
    e.mode,
    ...actorValues(e.claimed_by),
    ...actorValues(e.reported_by),
    e.location?.name ?? null,
    e.location?.country ?? null,
    e.location?.lat ?? null,
    e.location?.lon ?? null,
    e.counts?.killed ?? null,
    e.counts?.injured ?? null,
    e.counts?.arrested ?? null,
    e.evidence?.start ?? null,
    e.evidence?.end ?? null,
    e.evidence?.text ?? null,
    e.rule?.id ?? null,
    e.rule?.pattern ?? null,
    e.sentence,
    duplicateOf,
    JSON.stringify(e),
  ];
}
