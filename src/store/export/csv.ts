/** CSV writing (RFC 4180 quoting) and the flat event columns of `dyadic events --format csv` and Parquet. */
import type { EventRecord } from '../../core/records.js';
import type { SqlValue } from '../db.js';
import { EVENT_COLUMNS, eventRow } from '../rows.js';
import type { StoredEvent } from '../store.js';

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** Flat columns: every record field (actors flattened) plus the story's outlet and URL. */
export const FLAT_COLUMNS: readonly string[] = [
  ...EVENT_COLUMNS.filter((c) => c !== 'ord' && c !== 'record' && c !== 'day_n' && c !== 'month_n'),
  'story_source',
  'story_url',
];

const KEEP = EVENT_COLUMNS.map((c, i) => [c, i] as const).filter(
  ([c]) => c !== 'ord' && c !== 'record' && c !== 'day_n' && c !== 'month_n',
);

export function flatRow(e: StoredEvent): SqlValue[] {
  const rec = JSON.parse(e.record) as EventRecord;
  const row = eventRow(rec, 0, e.story_date, e.duplicate_of);
  return [...KEEP.map(([, i]) => row[i] ?? null), e.story_source, e.story_url];
}

/** Parquet/column types of the flat columns. */
export function flatColumnType(name: string): 'STRING' | 'INT32' | 'DOUBLE' {
  if (['goldstein', 'location_lat', 'location_lon'].includes(name)) return 'DOUBLE';
  if (
    ['sentence_index', 'quad_class', 'killed', 'injured', 'arrested', 'evidence_start', 'evidence_end'].includes(name)
  ) {
    return 'INT32';
  }
  return 'STRING';
}
