/**
 * `GET /ledger?a=USA&b=IRN&window=90d`: the words-and-deeds ledger between two parties (or around
 * one, or for the whole store): statements with their status and deciding events, and summaries.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { isIsoDate } from '../../io/stories.js';
import { LEDGER_STATUSES, type LedgerResponse, parseWindow } from '../../ledger/ledger.js';
import { storeLedger } from '../../ledger/store.js';
import type { Store } from '../../store/store.js';
import { cacheKey, type ResponseCache } from '../cache.js';
import { HttpError } from '../errors.js';
import { one, onlyKnown, parse, queryLists, splitList } from '../params.js';

const actor = z
  .string()
  .regex(/^[A-Za-z0-9]{3,30}$/, 'expected a country (USA) or an actor code (USAGOV)')
  .transform((s) => s.toUpperCase());
const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');

const schema = z.object({
  a: actor.optional(),
  b: actor.optional(),
  window: z.string().transform((s, ctx) => {
    const days = parseWindow(s);
    if (days === null) {
      ctx.addIssue({ code: 'custom', message: 'expected a span like 90d, 12w, 6m or 1y (at most 10 years)' });
      return z.NEVER;
    }
    return days;
  }),
  since: isoDate.optional(),
  until: isoDate.optional(),
  asOf: isoDate.optional(),
  status: z.array(z.enum(LEDGER_STATUSES as unknown as [string, ...string[]])).optional(),
  limit: z.coerce.number().int().min(1).max(5000),
});

export function ledgerRoutes(store: Store, cache?: ResponseCache) {
  return new Hono().get('/ledger', async (c) => {
    const key = cache?.enabled ? cacheKey(c.req.url) : '';
    const hit = key ? cache?.get(key) : undefined;
    if (hit !== undefined) return c.body(hit, 200, { 'content-type': 'application/json; charset=utf-8' });
    const q = queryLists(c.req.url);
    onlyKnown(q, ['a', 'b', 'window', 'since', 'until', 'as_of', 'status', 'limit']);
    const v = parse(
      schema,
      {
        a: one(q, 'a') || undefined,
        b: one(q, 'b') || undefined,
        window: one(q, 'window') || '90d',
        since: one(q, 'since') || undefined,
        until: one(q, 'until') || undefined,
        asOf: one(q, 'as_of') || undefined,
        status: splitList(q.get('status')),
        limit: one(q, 'limit') || 1000,
      },
      'query',
    );
    if (v.b && !v.a) throw new HttpError(400, 'BAD_REQUEST', 'b: give a as well');
    if (v.since && v.until && v.since > v.until)
      throw new HttpError(400, 'BAD_REQUEST', 'since: must not be after until');
    const ledger = await storeLedger(store, {
      windowDays: v.window,
      sentences: true,
      ...(v.a ? { a: v.a } : {}),
      ...(v.b ? { b: v.b } : {}),
      ...(v.since ? { since: v.since } : {}),
      ...(v.until ? { until: v.until } : {}),
      ...(v.asOf ? { asOf: v.asOf } : {}),
    });
    const wanted = v.status;
    const matching = wanted ? ledger.statements.filter((s) => wanted.includes(s.status)) : ledger.statements;
    // newest first: the dashboard lists the latest words at the top
    const statements = [...matching].reverse().slice(0, v.limit);
    const body = JSON.stringify({
      a: v.a ?? null,
      b: v.b ?? null,
      as_of: ledger.as_of,
      window_days: ledger.window_days,
      statements,
      truncated: matching.length > statements.length,
      totals: ledger.totals,
      pairs: ledger.pairs,
      actors: ledger.actors,
    } satisfies LedgerResponse);
    if (key) cache?.set(key, body);
    return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
}
