/** The HTTP API through `app.request()`: every endpoint, validation, auth, size limits, and no leaks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type {
  ActorsResponse,
  ApiError,
  CodeResponse,
  EventsResponse,
  HealthResponse,
  IngestResponse,
  StoryResponse,
  TimelineResponse,
} from '../../src/api/types.js';
import type { Store } from '../../src/store/store.js';
import { filledStore, HAVE_SEED, OWN_STORIES, SEED_ID, sharedCoder } from './fixture.js';

const TOKEN = 'test-token-1234';
let store: Store;
let app: ReturnType<typeof createApp>;

if (!HAVE_SEED)
  console.warn('test/api: ../shared/corpus/seed is absent: seed-story checks are skipped, own texts only');

beforeAll(async () => {
  store = await filledStore();
  app = createApp({
    store,
    coder: sharedCoder(),
    token: TOKEN,
    limits: { codeBytes: 64 * 1024, storiesBytes: 256 * 1024 },
  });
});
afterAll(async () => {
  await store?.close();
});

async function get<T>(path: string, status = 200): Promise<T> {
  const r = await app.request(path);
  const text = await r.text();
  expect(r.status, `${path}: ${text.slice(0, 300)}`).toBe(status);
  noLeak(text);
  return JSON.parse(text) as T;
}

async function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; text: string }> {
  const r = await app.request(path, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  const text = await r.text();
  noLeak(text);
  return { status: r.status, json: text ? (JSON.parse(text) as unknown) : null, text };
}

/** No stack traces, file paths or SQL in any response. */
function noLeak(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+|SELECT |FROM events|SQLITE_|Error: /);
}

function expectError(json: unknown, code?: string): void {
  const e = json as ApiError;
  expect(typeof e.error?.code).toBe('string');
  expect(typeof e.error?.message).toBe('string');
  if (code) expect(e.error.code).toBe(code);
}

describe('GET /api/v1/health', () => {
  it('reports the store and the coder', async () => {
    const h = await get<HealthResponse>('/api/v1/health');
    expect(h.status).toBe('ok');
    expect(h.store.kind).toBe('sqlite');
    expect(h.store.stories).toBe(OWN_STORIES.length + (HAVE_SEED ? 1 : 0));
    expect(h.writes).toBe(true);
    expect(h.coder_version).toMatch(/^\d+\.\d+\.\d+\+/);
  });

  it('sends security headers', async () => {
    const r = await app.request('/api/v1/health');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/v1/events', () => {
  it('lists events with their records', async () => {
    const r = await get<EventsResponse>('/api/v1/events');
    expect(r.events.length).toBeGreaterThan(0);
    const e = r.events[0];
    expect(e?.record.id).toBe(e?.id);
    expect(typeof e?.record.evidence.start).toBe('number');
    expect(r.next_cursor).toBeNull();
  });

  it('pages with an opaque cursor until next_cursor is null, matching the unpaged list', async () => {
    const all = await get<EventsResponse>('/api/v1/events?limit=1000');
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: EventsResponse = await get<EventsResponse>(
        `/api/v1/events?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      ids.push(...r.events.map((e) => e.id));
      cursor = r.next_cursor;
      pages++;
    } while (cursor && pages < 100);
    expect(ids).toEqual(all.events.map((e) => e.id));
    expect(pages).toBe(Math.max(1, Math.ceil(all.events.length / 2)));
  });

  it('applies the filters of `dyadic events` like the store does', async () => {
    const cases: [string, Parameters<Store['events']>[0]][] = [
      ['actor=FRA', { actor: ['FRA'] }],
      ['source=RUS', { source: ['RUS'] }],
      ['target=UKR,FRA', { target: ['UKR', 'FRA'] }],
      ['pair=USA,IRN', { pair: ['USA', 'IRN'] }],
      ['quad=1&quad=3', { quadClass: [1, 3] }],
      ['mode=asserted', { mode: ['asserted'] }],
      ['root=4', { root: ['04'] }],
      ['cameo=11', { cameo: ['11'] }],
      ['since=2007-06-01&until=2007-06-30', { since: '2007-06-01', until: '2007-06-30' }],
      ['text=ceasefire', { text: 'ceasefire' }],
      ['story=own-2', { storyId: ['own-2'] }],
      ['plover=accuse', { plover: ['ACCUSE'] }],
      ['place=paris', { place: 'paris' }],
      ['place_country=FRA', { placeCountry: ['FRA'] }],
      ['duplicates=true', { includeDuplicates: true }],
    ];
    for (const [qs, filter] of cases) {
      const r = await get<EventsResponse>(`/api/v1/events?limit=1000&${qs}`);
      // the API lists newest first (the store's own default is oldest first)
      const expected = await store.events({ ...filter, limit: 1000, order: 'newest' } as Parameters<
        Store['events']
      >[0]);
      expect(
        r.events.map((e) => e.id),
        qs,
      ).toEqual(expected.map((e) => e.id));
    }
    const own2 = await get<EventsResponse>('/api/v1/events?story=own-2');
    expect(own2.events.length).toBeGreaterThan(0);
  });

  it.skipIf(!HAVE_SEED)('finds the seed story between the United States and Iran', async () => {
    const r = await get<EventsResponse>('/api/v1/events?pair=USA,IRN');
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.every((e) => e.story_id === SEED_ID)).toBe(true);
  });

  it('answers bad parameters with 400 and a clear message', async () => {
    const bad: [string, RegExp][] = [
      ['limit=0', /limit/],
      ['limit=1001', /limit/],
      ['limit=abc', /limit/],
      ['quad=5', /quad/i],
      ['since=2007-13-01', /since/],
      ['since=2007-06-02&until=2007-06-01', /since/],
      ['mode=maybe', /mode/],
      ['pair=USA', /pair/],
      ['actor=U$A', /actor/],
      ['cameo=abc', /cameo/],
      ['cursor=garbage', /cursor/],
      ['actr=USA', /unknown parameter "actr"/],
    ];
    for (const [qs, msg] of bad) {
      const r = await get<ApiError>(`/api/v1/events?${qs}`, 400);
      expectError(r);
      expect(r.error.message, qs).toMatch(msg);
    }
  });

  it('refuses a cursor made for other filters', async () => {
    const r = await get<EventsResponse>('/api/v1/events?limit=1');
    expect(r.next_cursor).not.toBeNull();
    const e = await get<ApiError>(`/api/v1/events?limit=1&actor=FRA&cursor=${r.next_cursor}`, 400);
    expect(e.error.message).toMatch(/cursor/);
  });
});

describe('GET /api/v1/timeline', () => {
  it.skipIf(!HAVE_SEED)('gives both directions, the figures of the store timeline (dyadic timeline)', async () => {
    for (const by of ['day', 'week', 'month'] as const) {
      const r = await get<TimelineResponse>(`/api/v1/timeline?a=usa&b=IRN&by=${by}`);
      expect(r).toMatchObject({ a: 'USA', b: 'IRN', by });
      expect(r.rows).toEqual(await store.timeline({ a: 'USA', b: 'IRN', by, includeDuplicates: false }));
      expect(r.rows.length).toBeGreaterThan(0);
    }
    const w = await get<TimelineResponse>('/api/v1/timeline?a=USA&b=IRN&by=week');
    expect(new Set(w.rows.map((x) => x.direction))).toEqual(new Set(['A>B', 'B>A']));
    expect(w.rows.map((x) => x.period)).toContain('2007-05-28');
    const all = await get<TimelineResponse>('/api/v1/timeline?a=USA&b=IRN&by=week&mode=all');
    expect(all.rows).toEqual(
      await store.timeline({ a: 'USA', b: 'IRN', by: 'week', modes: [], includeDuplicates: false }),
    );
  });

  it('defaults to months and validates its parameters', async () => {
    const r = await get<TimelineResponse>('/api/v1/timeline?a=FRA&b=DEU');
    expect(r.by).toBe('month');
    for (const qs of [
      'a=USA',
      'b=IRN',
      'a=USA&b=IRN&by=year',
      'a=USA&b=IRN&since=yesterday',
      'a=U S&b=IRN',
      'a=USA&b=IRN&mode=x',
      'a=USA&b=IRN&x=1',
    ]) {
      expectError(await get<ApiError>(`/api/v1/timeline?${qs}`, 400), 'BAD_REQUEST');
    }
  });
});

describe('GET /api/v1/actors', () => {
  it('suggests actors by code prefix and by name', async () => {
    const byName = await get<ActorsResponse>('/api/v1/actors?q=united');
    expect(byName.actors.map((a) => a.code)).toContain('USA');
    expect(byName.actors.find((a) => a.code === 'USA')?.name).toBe('United States');
    const byCode = await get<ActorsResponse>('/api/v1/actors?q=ir');
    expect(byCode.actors.map((a) => a.code)).toEqual(expect.arrayContaining(['IRN', 'IRQ']));
    const fra = await get<ActorsResponse>('/api/v1/actors?q=fra');
    expect(fra.actors[0]).toMatchObject({ code: 'FRA', name: 'France', kind: 'country' });
    expect(fra.actors[0]?.events).toBeGreaterThan(0);
    const ger = await get<ActorsResponse>('/api/v1/actors?q=germ&limit=3');
    expect(ger.actors.length).toBeLessThanOrEqual(3);
    expect(ger.actors.map((a) => a.code)).toContain('DEU');
  });

  it('lists the most active actors without q', async () => {
    const r = await get<ActorsResponse>('/api/v1/actors');
    expect(r.actors.length).toBeGreaterThan(0);
    expect(r.actors.every((a) => a.events > 0)).toBe(true);
    const counts = r.actors.map((a) => a.events);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
  });

  it('validates limit and q', async () => {
    expectError(await get<ApiError>('/api/v1/actors?limit=0', 400), 'BAD_REQUEST');
    expectError(await get<ApiError>(`/api/v1/actors?q=${'x'.repeat(101)}`, 400), 'BAD_REQUEST');
  });
});

describe('GET /api/v1/stories/:id', () => {
  it('returns the story with its events', async () => {
    const r = await get<StoryResponse>('/api/v1/stories/own-2');
    expect(r.story.id).toBe('own-2');
    expect(r.story.text).toBe(OWN_STORIES[1]?.text);
    expect(r.story.title).toBe(OWN_STORIES[1]?.title);
    expect(r.events.length).toBe(r.story.event_count);
    for (const e of r.events)
      expect(r.story.text.slice(e.record.evidence.start, e.record.evidence.end)).toBe(e.record.evidence.text);
  });

  it.skipIf(!HAVE_SEED)('returns the seed story', async () => {
    const r = await get<StoryResponse>(`/api/v1/stories/${SEED_ID}`);
    expect(r.events.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown story', async () => {
    expectError(await get<ApiError>('/api/v1/stories/no-such-story', 404), 'NOT_FOUND');
  });
});

describe('POST /api/v1/code', () => {
  it('codes text without storing it', async () => {
    const before = await store.counts();
    const r = await post('/api/v1/code', {
      text: 'Iran accused the United States of spying on Monday.',
      date: '2020-03-02',
    });
    expect(r.status).toBe(200);
    const c = r.json as CodeResponse;
    expect(c.events.length).toBeGreaterThan(0);
    expect(c.events[0]?.source?.country).toBe('IRN');
    expect(c.events[0]?.target?.country).toBe('USA');
    expect(await store.counts()).toEqual(before);
  });

  it('validates the body', async () => {
    for (const body of [
      {},
      { text: '' },
      { text: '   ' },
      { text: 42 },
      { text: 'Iran spoke.', date: '2020-02-30' },
      [1, 2],
    ]) {
      const r = await post('/api/v1/code', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expectError(r.json, 'BAD_REQUEST');
    }
    const bad = await post('/api/v1/code', '{"text": "unterminated');
    expect(bad.status).toBe(400);
    expectError(bad.json, 'BAD_JSON');
  });

  it('refuses oversized bodies with 413', async () => {
    const r = await post('/api/v1/code', { text: 'Iran spoke. '.repeat(10_000) });
    expect(r.status).toBe(413);
    expectError(r.json, 'PAYLOAD_TOO_LARGE');
  });
});

describe('POST /api/v1/stories', () => {
  const story = {
    id: 'api-1',
    date: '2008-01-07',
    text: 'Japan and China held talks in Beijing on Monday.',
    title: 'Talks',
  };

  it('refuses writes without the token (401) or with a wrong one', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: TOKEN },
      { authorization: 'Basic dGVzdA==' },
    ]) {
      const r = await post('/api/v1/stories', story, headers);
      expect(r.status).toBe(401);
      expectError(r.json, 'UNAUTHORIZED');
    }
    expect(await store.getStory('api-1')).toBeNull();
  });

  it('refuses writes when the server has no token (503)', async () => {
    const open = createApp({ store, coder: sharedCoder() });
    const r = await open.request('/api/v1/stories', {
      method: 'POST',
      body: JSON.stringify(story),
      headers: { authorization: 'Bearer x' },
    });
    expect(r.status).toBe(503);
    expectError(await r.json(), 'WRITES_DISABLED');
    const h = (await (await open.request('/api/v1/health')).json()) as HealthResponse;
    expect(h.writes).toBe(false);
  });

  it('ingests one story, then many, and skips those already stored', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await get<EventsResponse>('/api/v1/events?story=api-1')).events).toEqual([]); // now cached
    const one = await post('/api/v1/stories', story, auth);
    expect(one.status).toBe(201);
    const s1 = one.json as IngestResponse;
    expect(s1).toMatchObject({ stored: 1, skipped: 0, failed: [] });
    expect(s1.events).toBeGreaterThan(0);
    const got = await get<StoryResponse>('/api/v1/stories/api-1');
    expect(got.events.length).toBe(s1.events);
    // the write cleared the response cache
    expect((await get<EventsResponse>('/api/v1/events?story=api-1')).events.length).toBe(s1.events);

    const many = await post(
      '/api/v1/stories',
      {
        stories: [
          story,
          { id: 'api-2', date: null, text: 'Egypt condemned the attack.' },
          { id: 'api-3', date: '2008-01-08', text: ' ' },
        ],
      },
      auth,
    );
    expect(many.status).toBe(201);
    const s2 = many.json as IngestResponse;
    expect(s2.stored).toBe(2);
    expect(s2.skipped).toBe(1);
    expect(s2.failed.map((f) => f.id)).toEqual(['api-3']);
    const actors = await get<ActorsResponse>('/api/v1/actors?q=jap');
    expect(actors.actors[0]?.events).toBeGreaterThan(0);
  });

  it('validates stories and refuses oversized bodies', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    for (const body of [{ id: 'x' }, { text: 'no id' }, { id: 'x', text: 'a', date: 'today' }, [], 'null']) {
      const r = await post('/api/v1/stories', body, auth);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expectError(r.json);
    }
    const big = await post('/api/v1/stories', { id: 'big', date: null, text: 'Iran spoke. '.repeat(30_000) }, auth);
    expect(big.status).toBe(413);
    expectError(big.json, 'PAYLOAD_TOO_LARGE');
    expect(await store.getStory('big')).toBeNull();
  });
});

describe('errors', () => {
  it('answers unknown endpoints and methods with JSON 404', async () => {
    expectError(await get<ApiError>('/api/v1/nothing', 404), 'NOT_FOUND');
    const r = await app.request('/api/v1/events', { method: 'DELETE' });
    expect(r.status).toBe(404);
  });

  it('hides server-side failures behind a generic 500', async () => {
    const broken = {
      ...store,
      kind: 'sqlite',
      events: () => Promise.reject(new Error('SQLITE_ERROR: near "SELECT": syntax error in SELECT * FROM events')),
    } as unknown as Store;
    const seen: unknown[] = [];
    const a = createApp({ store: broken, coder: sharedCoder(), onServerError: (e) => seen.push(e) });
    const r = await a.request('/api/v1/events');
    expect(r.status).toBe(500);
    const text = await r.text();
    noLeak(text);
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
    expect(seen.length).toBe(1);
  });
});
