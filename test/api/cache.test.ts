/**
 * The response cache is bounded in bytes and by age: a unit test of its bounds and eviction, and a
 * real listening server hammered with many distinct queries whose answers are large (the store behind
 * it answers every query with hundreds of events), whose cache must stay under its byte bound. The
 * server's RSS after the run is printed (set DYADIC_CACHE_HAMMER=1100 for the full run).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ResponseCache } from '../../src/api/cache.js';
import { type RunningServer, startServer } from '../../src/api/server.js';
import type { Store, StoredEvent } from '../../src/store/store.js';
import { filledStore, sharedCoder } from './fixture.js';

const MB = 1024 * 1024;

describe('ResponseCache', () => {
  afterAll(() => {
    vi.useRealTimers();
  });

  it('keeps its total under maxBytes, evicting the oldest entries first', () => {
    const c = new ResponseCache(60_000, { maxBytes: 10_000, maxEntryBytes: 4_000 });
    const body = (n: number) => `${n}`.padEnd(3_000, 'x');
    for (let i = 0; i < 10; i++) {
      c.set(`k${i}`, body(i));
      expect(c.bytes).toBeLessThanOrEqual(10_000);
    }
    // three entries of ~3,000 bytes fit: the newest three
    expect(c.size).toBe(3);
    expect(c.get('k9')).toBe(body(9));
    expect(c.get('k7')).toBe(body(7));
    expect(c.get('k6')).toBeUndefined();
    expect(c.get('k0')).toBeUndefined();
    c.close();
  });

  it('does not keep an answer larger than maxEntryBytes (counted in UTF-8 bytes)', () => {
    const c = new ResponseCache(60_000, { maxBytes: 100_000, maxEntryBytes: 1_000 });
    c.set('small', 'a'.repeat(900));
    c.set('big', 'a'.repeat(1_001));
    c.set('wide', 'é'.repeat(600)); // 600 characters, 1,200 bytes
    expect(c.get('small')).toBeDefined();
    expect(c.get('big')).toBeUndefined();
    expect(c.get('wide')).toBeUndefined();
    expect(c.size).toBe(1);
    expect(c.bytes).toBe(900 + 'small'.length);
    c.close();
  });

  it('replacing a key does not count it twice; clear() empties it', () => {
    const c = new ResponseCache(60_000, { maxBytes: 100_000 });
    c.set('k', 'a'.repeat(100));
    c.set('k', 'b'.repeat(200));
    expect(c.size).toBe(1);
    expect(c.bytes).toBe(201);
    expect(c.get('k')).toBe('b'.repeat(200));
    c.clear();
    expect(c.bytes).toBe(0);
    expect(c.get('k')).toBeUndefined();
    c.close();
  });

  it('sweeps expired entries on set and on its timer, without being read', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const c = new ResponseCache(1_000, { maxBytes: 100_000, sweepMs: 1_000 });
    c.set('a', 'x'.repeat(100));
    c.set('b', 'x'.repeat(100));
    vi.advanceTimersByTime(600);
    c.set('c', 'x'.repeat(100));
    vi.advanceTimersByTime(500); // a and b are 1,100 ms old, c 500 ms
    c.set('d', 'x'.repeat(100)); // the set sweeps a and b
    expect(c.size).toBe(2);
    expect(c.bytes).toBe(202);
    vi.advanceTimersByTime(2_000); // the timer sweeps c and d: nobody read them
    expect(c.size).toBe(0);
    expect(c.bytes).toBe(0);
    c.close();
    vi.useRealTimers();
  });

  it('a disabled cache (ttl 0) keeps nothing and starts no timer', () => {
    const c = new ResponseCache(0);
    c.set('k', 'v');
    expect(c.get('k')).toBeUndefined();
    expect(c.size).toBe(0);
    c.close();
  });
});

describe('response cache under distinct large queries (real server)', () => {
  const CACHE_BYTES = 16 * MB;
  const requests = Number(process.env.DYADIC_CACHE_HAMMER ?? 300);
  let store: Store;
  let server: RunningServer;
  let cache: ResponseCache;

  beforeAll(async () => {
    store = await filledStore();
    const sample = (await store.events({ limit: 1 }))[0] as StoredEvent;
    // every query answered with `limit` copies of a real event: ~1 KB each, so limit=600 is ~0.6 MB of JSON
    const big = {
      ...store,
      kind: store.kind,
      events: async (q: { limit?: number }) =>
        Array.from({ length: Math.min(q.limit ?? 100, 1001) }, (_, i) => ({ ...sample, id: `${sample.id}-${i}` })),
    } as unknown as Store;
    cache = new ResponseCache(60_000, { maxBytes: CACHE_BYTES });
    server = await startServer({
      store: big,
      coder: sharedCoder(),
      code: 'off',
      responseCache: cache,
      port: 0,
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it(`stays under its byte bound after ${requests} distinct queries with large answers`, async () => {
    const rss0 = process.memoryUsage().rss;
    let largest = 0;
    let answered = 0;
    const one = async (i: number) => {
      // distinct queries: another text filter each time; answers of 0.3-0.9 MB, and some over 1 MB
      const limit = i % 10 === 0 ? 1000 : 300 + (i % 7) * 100;
      const r = await fetch(`${server.url}api/v1/events?limit=${limit}&text=q${i}`);
      const text = await r.text();
      expect(r.status).toBe(200);
      largest = Math.max(largest, text.length);
      answered++;
      expect(cache.bytes).toBeLessThanOrEqual(CACHE_BYTES);
    };
    for (let i = 0; i < requests; i += 4) await Promise.all([0, 1, 2, 3].map((k) => one(i + k)));
    expect(answered).toBeGreaterThanOrEqual(requests);
    expect(largest).toBeGreaterThan(MB); // some answers were too large to keep
    expect(cache.bytes).toBeLessThanOrEqual(CACHE_BYTES);
    expect(cache.bytes).toBeGreaterThan(CACHE_BYTES / 2); // it did fill up
    // a repeated query is answered from the cache
    const again = await fetch(
      `${server.url}api/v1/events?limit=${300 + ((requests - 1) % 7) * 100}&text=q${requests - 1}`,
    );
    expect(again.status).toBe(200);
    (globalThis as { gc?: () => void }).gc?.();
    const rss = process.memoryUsage().rss;
    console.log(
      `cache: ${requests} distinct queries (largest answer ${(largest / MB).toFixed(2)} MB): cache ${(cache.bytes / MB).toFixed(1)} MB in ${cache.size} entries (bound ${CACHE_BYTES / MB} MB); process RSS ${(rss0 / MB).toFixed(0)} MB before, ${(rss / MB).toFixed(0)} MB after`,
    );
  }, 90_000);
});
