/**
 * `GET /summary?<event filters>`: what the matching events add up to, for the dashboard's landing
 * view and its map: events per day and quad class, per place country, the busiest country pairs and
 * countries. The same filters as `GET /events`. Registered through `eventsRoutes`.
 */
import { Hono } from 'hono';
import { SqlStore } from '../../store/sql-store.js';
import type { Store } from '../../store/store.js';
import { cacheKey, type ResponseCache } from '../cache.js';
import { HttpError } from '../errors.js';
import { onlyKnown, queryLists } from '../params.js';
import type { SummaryResponse } from '../types.js';
import { FILTER_PARAMS, filterFromQuery } from './events.js';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

export function summaryRoutes(store: Store, cache?: ResponseCache) {
  return new Hono().get('/summary', async (c) => {
    const key = cache?.enabled ? cacheKey(c.req.url) : '';
    const hit = key ? cache?.get(key) : undefined;
    if (hit !== undefined) return c.body(hit, 200, JSON_TYPE);
    const q = queryLists(c.req.url);
    onlyKnown(q, [...FILTER_PARAMS]);
    const filter = filterFromQuery(q);
    if (!(store instanceof SqlStore)) throw new HttpError(501, 'NOT_IMPLEMENTED', 'summary: not offered by this store');
    const body = JSON.stringify((await store.summary(filter)) satisfies SummaryResponse);
    if (key) cache?.set(key, body);
    return c.body(body, 200, JSON_TYPE);
  });
}
