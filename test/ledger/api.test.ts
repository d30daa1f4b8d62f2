/** `GET /api/v1/ledger` and `storeLedger` over a store holding invented stories coded by the real coder. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { createCoder } from '../../src/core/coder.js';
import type { Story } from '../../src/core/records.js';
import { codeOne } from '../../src/ingest/coding.js';
import type { LedgerResponse } from '../../src/ledger/ledger.js';
import { storeLedger } from '../../src/ledger/store.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

/** Invented stories, written for this test. */
const STORIES: readonly Story[] = [
  { id: 'offer', date: '2021-03-01', text: 'Japan pledged to provide economic aid to Sri Lanka on Monday.' },
  { id: 'given', date: '2021-04-16', text: 'Japan gave 50 million dollars in economic aid to Sri Lanka on Friday.' },
  { id: 'threat', date: '2021-05-03', text: 'The president of Chad threatened to attack Sudan.' },
  { id: 'attack', date: '2021-06-08', text: 'Chadian troops shelled Sudanese border villages on Tuesday.' },
  { id: 'later', date: '2021-09-01', text: 'Norway praised Sweden for its help.' },
];

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  const coder = createCoder();
  store = await openStore(':memory:');
  await store.writeStories(
    STORIES.map((s) => codeOne(coder, s)),
    coder.version,
  );
  app = createApp({ store, coder, limits: { cacheMs: 0 } });
});
afterAll(async () => {
  await store?.close();
});

async function get(path: string, status = 200): Promise<unknown> {
  const r = await app.request(path);
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return JSON.parse(text) as unknown;
}

describe('ledger from a store', () => {
  it('streams the facts and settles the statements', async () => {
    const l = await storeLedger(store);
    expect(l.as_of).toBe('2021-09-01');
    expect(l.statements.map((s) => [s.date, s.source, s.target, s.cameo, s.status, s.deciding])).toEqual([
      ['2021-03-01', 'JPN', 'LKA', '033', 'kept', ['given:0:0']],
      ['2021-05-03', 'TCD', 'SDN', '1384', 'kept', ['attack:0:0']],
    ]);
    expect((await storeLedger(store, { a: 'TCD' })).statements.map((s) => s.cameo)).toEqual(['1384']);
    expect((await storeLedger(store, { a: 'JPN', b: 'SDN' })).statements).toEqual([]);
    expect((await storeLedger(store, { asOf: '2021-06-01' })).statements.map((s) => s.status)).toEqual([
      'kept',
      'open',
    ]);
    expect((await storeLedger(store, { windowDays: 30 })).statements.map((s) => s.status)).toEqual([
      'lapsed',
      'lapsed',
    ]);
  });
});

describe('GET /api/v1/ledger', () => {
  it('gives the pair ledger with sentences, deciding deeds and summaries', async () => {
    const r = (await get('/api/v1/ledger?a=jpn&b=LKA&window=90d')) as LedgerResponse;
    expect(r).toMatchObject({ a: 'JPN', b: 'LKA', as_of: '2021-09-01', window_days: 90, truncated: false });
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({
      status: 'kept',
      id: 'offer:0:0',
      deciding: ['given:0:0'],
      deed: { id: 'given:0:0', cameo: '071' },
    });
    expect(r.statements[0]?.sentence).toMatch(/^Japan pledged/);
    expect(r.totals).toMatchObject({ statements: 1, kept: 1, followed: 1 });
    expect(r.pairs).toEqual([expect.objectContaining({ source: 'JPN', target: 'LKA', kept: 1 })]);
    expect(r.actors.map((x) => x.actor)).toEqual(['JPN']);
  });

  it('lists the whole store newest first, filtered by status and date', async () => {
    const all = (await get('/api/v1/ledger')) as LedgerResponse;
    expect(all.statements.map((s) => s.cameo)).toEqual(['1384', '033']);
    const open = (await get('/api/v1/ledger?as_of=2021-06-01&status=open')) as LedgerResponse;
    expect(open.statements.map((s) => s.cameo)).toEqual(['1384']);
    expect(open.totals.statements).toBe(2);
    const some = (await get('/api/v1/ledger?since=2021-04-01&limit=1')) as LedgerResponse;
    expect(some.statements.map((s) => s.cameo)).toEqual(['1384']);
    const short = (await get('/api/v1/ledger?window=4w')) as LedgerResponse;
    expect(short.statements.map((s) => s.status)).toEqual(['lapsed', 'lapsed']);
  });

  it('refuses bad parameters with 400', async () => {
    for (const q of [
      'window=soon',
      'a=U$A',
      'b=IRN',
      'since=2021-13-01',
      'status=maybe',
      'limit=0',
      'colour=red',
      'since=2021-05-01&until=2021-01-01',
    ]) {
      const body = (await get(`/api/v1/ledger?${q}`, 400)) as { error: { code: string; message: string } };
      expect(body.error.code, q).toBe('BAD_REQUEST');
    }
  });
});
