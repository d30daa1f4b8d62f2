/** The SQL behind `dyadic events`, `timeline` and `actors`, shared by both databases. */
import { DyadicError } from '../core/errors.js';
import { isIsoDate } from '../io/stories.js';
import type { SqlValue } from './db.js';
import { dayNumber } from './rows.js';
import type { EventFilter } from './store.js';

/** Modes counted as things that happened (negated and hypothetical events are kept, never counted). */
export const HAPPENED_MODES: readonly string[] = ['asserted', 'future', 'proposed', 'alleged'];

/** Order of an event listing: newest first (the default of lists) or oldest first. */
export const EVENT_ORDERS = ['newest', 'oldest'] as const;
export type EventOrder = (typeof EVENT_ORDERS)[number];

/** A query with an order (SqlStore reads it; the store's own default is oldest first, as exports want). */
export interface Ordered {
  readonly order?: EventOrder;
}

export interface Where {
  readonly sql: string;
  readonly params: SqlValue[];
}

const COUNTRY_RE = /^[A-Z]{3}$/;

/** Is this a country-level actor argument (three letters: `USA`, `IRN`, `IGO`)? */
export function isCountry(actor: string): boolean {
  return COUNTRY_RE.test(actor);
}

function successor(s: string): string {
  return s.slice(0, -1) + String.fromCharCode(s.charCodeAt(s.length - 1) + 1);
}

/** One side (`source`/`target`) matching a country (`IRN`) or an actor-code prefix (`USAGOV` also matches `USAGOVMIL`). */
export function sideCond(side: 'source' | 'target', actor: string, params: SqlValue[]): string {
  const a = actor.trim().toUpperCase();
  if (!/^[A-Z0-9]+$/.test(a)) throw new DyadicError('DYADIC_USAGE', { detail: `invalid actor "${actor}"` });
  if (isCountry(a)) {
    params.push(a);
    return `${side}_country = ?`;
  }
  params.push(a, a, successor(a));
  return `(${side}_code = ? OR (${side}_code > ? AND ${side}_code < ?))`;
}

function inList(col: string, values: readonly (string | number)[], params: SqlValue[]): string {
  params.push(...values);
  return `${col} IN (${values.map(() => '?').join(', ')})`;
}

function likeParam(s: string): string {
  return `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function checkDate(value: string, flag: string): string {
  if (!isIsoDate(value))
    throw new DyadicError('DYADIC_USAGE', { detail: `${flag}: invalid date "${value}", expected YYYY-MM-DD` });
  return value;
}

/** WHERE clause for an event filter (always a valid clause, `1 = 1` when empty). */
export function eventWhere(f: EventFilter): Where {
  const params: SqlValue[] = [];
  const conds: string[] = [];
  const any = <T>(xs: readonly T[] | undefined): xs is readonly T[] => xs !== undefined && xs.length > 0;
  if (any(f.actor)) {
    conds.push(
      `(${f.actor.map((a) => `${sideCond('source', a, params)} OR ${sideCond('target', a, params)}`).join(' OR ')})`,
    );
  }
  if (any(f.source)) conds.push(`(${f.source.map((a) => sideCond('source', a, params)).join(' OR ')})`);
  if (any(f.target)) conds.push(`(${f.target.map((a) => sideCond('target', a, params)).join(' OR ')})`);
  if (f.pair) {
    const [a, b] = f.pair;
    const ab = `(${sideCond('source', a, params)} AND ${sideCond('target', b, params)})`;
    const ba = `(${sideCond('source', b, params)} AND ${sideCond('target', a, params)})`;
    conds.push(`(${ab} OR ${ba})`);
  }
  if (any(f.cameo)) {
    const parts = f.cameo.map((c) => {
      if (!/^\d{2,4}$/.test(c)) throw new DyadicError('DYADIC_USAGE', { detail: `invalid CAMEO code "${c}"` });
      if (c.length === 2) {
        params.push(c);
        return 'root = ?';
      }
      params.push(c, c, successor(c));
      return '(cameo = ? OR (cameo > ? AND cameo < ?))';
    });
    conds.push(`(${parts.join(' OR ')})`);
  }
  if (any(f.root)) {
    const roots = f.root.map((r) => {
      if (!/^\d{1,2}$/.test(r) || Number(r) < 1 || Number(r) > 20)
        throw new DyadicError('DYADIC_USAGE', { detail: `invalid CAMEO root "${r}", expected 01-20` });
      return r.padStart(2, '0');
    });
    conds.push(inList('root', roots, params));
  }
  if (any(f.plover))
    conds.push(
      inList(
        'plover_event',
        f.plover.map((p) => p.toUpperCase()),
        params,
      ),
    );
  if (any(f.quadClass)) {
    for (const q of f.quadClass) {
      if (![1, 2, 3, 4].includes(q))
        throw new DyadicError('DYADIC_USAGE', { detail: `invalid quad class "${q}", expected 1-4` });
    }
    conds.push(inList('quad_class', f.quadClass, params));
  }
  if (any(f.mode)) conds.push(inList('mode', f.mode, params));
  if (f.since) {
    params.push(dayNumber(checkDate(f.since, '--since')));
    conds.push('day_n >= ?');
  }
  if (f.until) {
    params.push(dayNumber(checkDate(f.until, '--until')));
    conds.push('day_n <= ?');
  }
  if (f.place) {
    params.push(likeParam(f.place));
    conds.push("LOWER(location_name) LIKE ? ESCAPE '\\'");
  }
  if (any(f.placeCountry))
    conds.push(
      inList(
        'location_country',
        f.placeCountry.map((c) => c.toUpperCase()),
        params,
      ),
    );
  if (f.text) {
    params.push(likeParam(f.text));
    conds.push("LOWER(sentence) LIKE ? ESCAPE '\\'");
  }
  if (any(f.storyId)) conds.push(inList('story_id', f.storyId, params));
  if (!f.includeDuplicates) conds.push('duplicate_of IS NULL');
  return { sql: conds.length ? conds.join(' AND ') : '1 = 1', params };
}
