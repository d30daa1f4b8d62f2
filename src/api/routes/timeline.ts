/** `GET /timeline?a=USA&b=IRN&by=week`: both directions, the figures of `dyadic timeline`. */
import { Hono } from 'hono';
import { z } from 'zod';
import { MODES } from '../../core/records.js';
import { isIsoDate } from '../../io/stories.js';
import type { Store, TimelineQuery } from '../../store/store.js';
import { cacheKey, type ResponseCache } from '../cache.js';
import { HttpError } from '../errors.js';
import { flag, one, onlyKnown, parse, queryLists, splitList } from '../params.js';
import type { TimelineResponse } from '../types.js';

const actor = z
  .string({ error: 'required: a country (USA) or an actor code (USAGOV)' })
  .regex(/^[A-Za-z0-9]{3,30}$/, 'expected a country (USA) or an actor code (USAGOV)')
  .transform((s) => s.toUpperCase());
const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');

const schema = z.object({
  a: actor,
  b: actor,
  by: z.enum(['day', 'week', 'month'], { error: 'expected day, week or month' }),
  since: isoDate.optional(),
  until: isoDate.optional(),
  modes: z.array(z.enum(MODES as unknown as [string, ...string[]])).optional(),
});

export function timelineRoutes(store: Store, cache?: ResponseCache) {
  return new Hono().get('/timeline', async (c) => {
    const key = cache?.enabled ? cacheKey(c.req.url) : '';
    const hit = key ? cache?.get(key) : undefined;
    if (hit !== undefined) return c.body(hit, 200, { 'content-type': 'application/json; charset=utf-8' });
    const q = queryLists(c.req.url);
    onlyKnown(q, ['a', 'b', 'by', 'since', 'until', 'mode', 'duplicates']);
    const modeList = splitList(q.get('mode'));
    const v = parse(
      schema,
      {
        a: one(q, 'a'),
        b: one(q, 'b'),
        by: one(q, 'by') ?? 'month',
        since: one(q, 'since') || undefined,
        until: one(q, 'until') || undefined,
        modes: modeList && modeList.length === 1 && modeList[0] === 'all' ? [] : modeList,
      },
      'query',
    );
    if (v.since && v.until && v.since > v.until)
      throw new HttpError(400, 'BAD_REQUEST', 'since: must not be after until');
    const tq: TimelineQuery = {
      a: v.a,
      b: v.b,
      by: v.by,
      ...(v.since ? { since: v.since } : {}),
      ...(v.until ? { until: v.until } : {}),
      ...(v.modes ? { modes: v.modes } : {}),
      includeDuplicates: flag(q, 'duplicates'),
    };
    const rows = await store.timeline(tq);
    const body = JSON.stringify({ a: v.a, b: v.b, by: v.by, rows } satisfies TimelineResponse);
    if (key) cache?.set(key, body);
    return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
}
