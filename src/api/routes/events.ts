/** `GET /events`: the filters of `dyadic events`, with opaque cursor pagination. */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { MODES } from '../../core/records.js';
import { isIsoDate } from '../../io/stories.js';
import { EVENT_ORDERS, type Ordered } from '../../store/queries.js';
import type { EventFilter, EventQuery, Store } from '../../store/store.js';
import { cacheKey, type ResponseCache } from '../cache.js';
import { HttpError } from '../errors.js';
import { eventsArrayJson } from '../events-json.js';
import { flag, one, onlyKnown, parse, queryLists, splitList } from '../params.js';
import { summaryRoutes } from './summary.js';

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;

const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9]{3,30}$/, 'expected a country (USA) or an actor code (USAGOV)')
  .transform((s) => s.toUpperCase());
const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');

const filterSchema = z.object({
  actor: z.array(actorCode).max(50).optional(),
  source: z.array(actorCode).max(50).optional(),
  target: z.array(actorCode).max(50).optional(),
  pair: z.tuple([actorCode, actorCode]).optional(),
  cameo: z
    .array(z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix of 2-4 digits'))
    .max(50)
    .optional(),
  root: z
    .array(z.string().regex(/^(0?[1-9]|1\d|20)$/, 'expected a CAMEO root 01-20'))
    .max(20)
    .optional(),
  plover: z
    .array(z.string().regex(/^[A-Za-z_]{2,20}$/, 'expected a PLOVER event type'))
    .max(20)
    .optional(),
  quadClass: z
    .array(z.coerce.number().int().min(1, 'expected a quad class 1-4').max(4, 'expected a quad class 1-4'))
    .max(4)
    .optional(),
  mode: z
    .array(z.enum(MODES as unknown as [string, ...string[]]))
    .max(6)
    .optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  place: z.string().min(1).max(200).optional(),
  placeCountry: z
    .array(z.string().regex(/^[A-Za-z]{3}$/, 'expected a three-letter country code'))
    .max(50)
    .optional(),
  text: z.string().min(1).max(500).optional(),
  storyId: z.array(z.string().min(1).max(500)).max(100).optional(),
  includeDuplicates: z.boolean(),
});

export const FILTER_PARAMS = [
  'actor',
  'source',
  'target',
  'pair',
  'cameo',
  'root',
  'plover',
  'quad',
  'mode',
  'since',
  'until',
  'place',
  'place_country',
  'text',
  'story',
  'duplicates',
] as const;

/** The event filter of a query string (the same filters as `dyadic events`). */
export function filterFromQuery(q: Map<string, string[]>): EventFilter {
  const pairList = splitList(q.get('pair'));
  if (pairList && pairList.length !== 2) throw new HttpError(400, 'BAD_REQUEST', 'pair: expected two actors, A,B');
  const raw: Record<string, unknown> = {
    actor: splitList(q.get('actor')),
    source: splitList(q.get('source')),
    target: splitList(q.get('target')),
    pair: pairList,
    cameo: splitList(q.get('cameo')),
    root: splitList(q.get('root'))?.map((r) => r.padStart(2, '0')),
    plover: splitList(q.get('plover'))?.map((p) => p.toUpperCase()),
    quadClass: splitList(q.get('quad')),
    mode: splitList(q.get('mode')),
    since: one(q, 'since') || undefined,
    until: one(q, 'until') || undefined,
    place: one(q, 'place') || undefined,
    placeCountry: splitList(q.get('place_country'))?.map((c) => c.toUpperCase()),
    text: one(q, 'text') || undefined,
    storyId: q.get('story')?.filter(Boolean),
    includeDuplicates: flag(q, 'duplicates'),
  };
  for (const k of Object.keys(raw))
    if (raw[k] === undefined || (Array.isArray(raw[k]) && (raw[k] as unknown[]).length === 0)) delete raw[k];
  const f = parse(filterSchema, raw, 'query');
  if (f.since && f.until && f.since > f.until)
    throw new HttpError(400, 'BAD_REQUEST', 'since: must not be after until');
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined) out[k] = v;
  return out as EventFilter;
}

function filterHash(f: EventFilter): string {
  return createHash('sha1').update(JSON.stringify(f)).digest('base64url').slice(0, 10);
}

/** An opaque cursor: the offset of the next page, bound to the filter it was made for. */
export function encodeCursor(offset: number, f: EventFilter): string {
  return Buffer.from(JSON.stringify({ o: offset, h: filterHash(f) })).toString('base64url');
}

export function decodeCursor(cursor: string, f: EventFilter): number {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    v = null;
  }
  const o = v as { o?: unknown; h?: unknown } | null;
  if (!o || typeof o !== 'object' || !Number.isSafeInteger(o.o) || (o.o as number) < 0 || typeof o.h !== 'string') {
    throw new HttpError(400, 'BAD_REQUEST', 'cursor: not a cursor returned by this API');
  }
  if (o.h !== filterHash(f))
    throw new HttpError(400, 'BAD_REQUEST', 'cursor: made for other filters; repeat the same filters');
  return o.o as number;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

const limitSchema = z.coerce.number().int('limit: expected an integer').min(1).max(MAX_LIMIT);

export function eventsRoutes(store: Store, cache?: ResponseCache) {
  return new Hono().route('/', summaryRoutes(store, cache)).get('/events', async (c) => {
    const key = cache?.enabled ? cacheKey(c.req.url) : '';
    const hit = key ? cache?.get(key) : undefined;
    if (hit !== undefined) return c.body(hit, 200, JSON_TYPE);
    const q = queryLists(c.req.url);
    onlyKnown(q, [...FILTER_PARAMS, 'limit', 'cursor', 'order']);
    const order = parse(z.enum(EVENT_ORDERS), one(q, 'order') ?? 'newest', 'order');
    // The cursor is bound to the filter and the order (an offset means nothing in another order).
    const filter: EventFilter & Ordered = { ...filterFromQuery(q), ...(order === 'oldest' ? { order } : {}) };
    const limitRaw = one(q, 'limit');
    const limit = limitRaw === undefined ? DEFAULT_LIMIT : parse(limitSchema, limitRaw, 'limit');
    const cursor = one(q, 'cursor');
    const offset = cursor ? decodeCursor(cursor, filter) : 0;
    const query: EventQuery & Ordered = { ...filter, order, limit: limit + 1, offset };
    const rows = await store.events(query);
    const more = rows.length > limit;
    if (more) rows.length = limit;
    const next = more ? JSON.stringify(encodeCursor(offset + limit, filter)) : 'null';
    const body = `{"events":${eventsArrayJson(rows)},"next_cursor":${next}}`;
    if (key) cache?.set(key, body);
    return c.body(body, 200, JSON_TYPE);
  });
}
