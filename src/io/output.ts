/** Event record writers: JSONL (the schema as is) and CSV (flattened columns). */
import type { ActorRecord, EventRecord } from '../core/records.js';

export type EventFormat = 'jsonl' | 'csv';

export const CSV_COLUMNS = [
  'id',
  'story_id',
  'sentence_index',
  'date',
  'source_code',
  'source_country',
  'source_sector',
  'source_text',
  'target_code',
  'target_country',
  'target_sector',
  'target_text',
  'cameo',
  'root',
  'quad_class',
  'goldstein',
  'plover_event',
  'plover_mode',
  'plover_context',
  'mode',
  'claimed_by',
  'reported_by',
  'location_name',
  'location_country',
  'lat',
  'lon',
  'killed',
  'injured',
  'arrested',
  'evidence_start',
  'evidence_end',
  'evidence',
  'rule_id',
  'sentence',
] as const;

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function who(a: ActorRecord | null): string {
  return a ? a.code || a.text : '';
}

export function csvRow(r: EventRecord): string {
  const vals = [
    r.id,
    r.story_id,
    r.sentence_index,
    r.date,
    r.source?.code,
    r.source?.country,
    r.source?.sector,
    r.source?.text,
    r.target?.code,
    r.target?.country,
    r.target?.sector,
    r.target?.text,
    r.cameo,
    r.root,
    r.quad_class,
    r.goldstein,
    r.plover.event,
    r.plover.mode,
    r.plover.context,
    r.mode,
    who(r.claimed_by),
    who(r.reported_by),
    r.location?.name,
    r.location?.country,
    r.location?.lat,
    r.location?.lon,
    r.counts.killed,
    r.counts.injured,
    r.counts.arrested,
    r.evidence.start,
    r.evidence.end,
    r.evidence.text,
    r.rule.id,
    r.sentence,
  ];
  return `${vals.map(cell).join(',')}\n`;
}

export function formatEvent(r: EventRecord, format: EventFormat): string {
  return format === 'csv' ? csvRow(r) : `${JSON.stringify(r)}\n`;
}
