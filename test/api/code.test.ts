/**
 * `POST /code`: JSON only (415), switched off (403) or behind the token; coding on worker threads behind
 * a bounded queue (429 with Retry-After when full), so a real listening server keeps answering /health
 * while a burst of large posts is being coded; and `dyadic serve` on a busy port fails with one line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { boundedPool, CodeQueueFull, localBackend, localCodePool } from '../../src/api/code-pool.js';
import { type RunningServer, startServer } from '../../src/api/server.js';
import type { ApiError, CodeResponse, HealthResponse } from '../../src/api/types.js';
import type { Store } from '../../src/store/store.js';
import { filledStore, OWN_STORIES, ROOT, sharedCoder } from './fixture.js';

const TOKEN = 'code-token-5678';
const TEXT = 'Iran accused the United States of spying on Monday.';
let store: Store;

beforeAll(async () => {
  store = await filledStore();
});
afterAll(async () => {
  await store?.close();
});

const postCode = (app: ReturnType<typeof createApp>, body: string, headers: Record<string, string>) =>
  app.request('/api/v1/code', { method: 'POST', body, headers });

describe('POST /api/v1/code: who may post, and what', () => {
  it('accepts application/json only: text/plain, forms and no type are refused with 415', async () => {
    const app = createApp({ store, coder: sharedCoder() });
    const body = JSON.stringify({ text: TEXT, date: '2020-03-02' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const r = await postCode(app, body, type ? { 'content-type': type } : {});
      expect(r.status, type).toBe(415);
      expect(((await r.json()) as ApiError).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const ok = await postCode(app, body, { 'content-type': 'application/json; charset=utf-8' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as CodeResponse).events.length).toBeGreaterThan(0);
  });

  it('min_confidence filters the events of one request (0 keeps all; 1.1 is a 400)', async () => {
    const app = createApp({ store, coder: sharedCoder() });
    const post = async (extra: Record<string, unknown>) => {
      const r = await postCode(app, JSON.stringify({ text: TEXT, date: '2020-03-02', ...extra }), {
        'content-type': 'application/json',
      });
      return { status: r.status, body: (await r.json()) as CodeResponse & ApiError };
    };
    const all = await post({ min_confidence: 0 });
    expect(all.status).toBe(200);
    expect(all.body.events.length).toBeGreaterThan(0);
    const ps = all.body.events.map((e) => e.confidence ?? 0);
    const cut = Math.max(...ps) + 1e-6;
    expect((await post({ min_confidence: Math.min(1, cut) })).body.events).toEqual(
      all.body.events.filter((e) => (e.confidence ?? 0) >= Math.min(1, cut)),
    );
    const bad = await post({ min_confidence: 1.1 });
    expect(bad.status).toBe(400);
  });

  it('can be switched off (403), and health says so', async () => {
    const app = createApp({ store, coder: sharedCoder(), code: 'off' });
    const r = await postCode(app, JSON.stringify({ text: TEXT }), { 'content-type': 'application/json' });
    expect(r.status).toBe(403);
    expect(((await r.json()) as ApiError).error.code).toBe('CODE_DISABLED');
    const h = (await (await app.request('/api/v1/health')).json()) as HealthResponse;
    expect(h.code).toBe('off');
  });

  it('can be put behind the token (401 without it, 200 with it; 503 when the server has none)', async () => {
    const app = createApp({ store, coder: sharedCoder(), code: 'token', token: TOKEN });
    const body = JSON.stringify({ text: TEXT });
    const json = { 'content-type': 'application/json' };
    const no = await postCode(app, body, json);
    expect(no.status).toBe(401);
    expect(no.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await postCode(app, body, { ...json, authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    const yes = await postCode(app, body, { ...json, authorization: `Bearer ${TOKEN}` });
    expect(yes.status).toBe(200);
    const none = createApp({ store, coder: sharedCoder(), code: 'token' });
    expect((await postCode(none, body, { ...json, authorization: 'Bearer x' })).status).toBe(503);
    const h = (await (await app.request('/api/v1/health')).json()) as HealthResponse;
    expect(h.code).toBe('token');
  });

  it('answers 429 with Retry-After when its queue is full', async () => {
    // a back-end whose coding waits until released: the queue fills deterministically
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const local = localBackend(sharedCoder());
    const slow = boundedPool(
      async () => ({ ...local, code: async (story) => gate.then(() => local.code(story)) }),
      1,
      2,
    );
    const app = createApp({ store, coder: sharedCoder(), codePool: slow });
    const send = async () => postCode(app, JSON.stringify({ text: TEXT }), { 'content-type': 'application/json' });
    const first = [send(), send()];
    await new Promise((r) => setTimeout(r, 50));
    const third = await send();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await third.json()) as ApiError).error.code).toBe('BUSY');
    release();
    for (const r of await Promise.all(first)) expect(r.status).toBe(200);
    expect(slow.pending).toBe(0);
    expect(await send().then((r) => r.status)).toBe(200);
    await expect(
      (async () => {
        const p = localCodePool(sharedCoder(), 1);
        const a = p.code({ id: 'a', date: null, text: TEXT });
        try {
          await p.code({ id: 'b', date: null, text: TEXT });
        } finally {
          await a;
        }
      })(),
    ).rejects.toBeInstanceOf(CodeQueueFull);
  });
});

describe('POST /api/v1/code on worker threads (real server)', () => {
  let server: RunningServer;
  const big = (i: number) => {
    // ~100 KB of news text, different in every post
    const parts: string[] = [];
    for (let n = 0; parts.join(' ').length < 100_000; n++)
      parts.push(`${OWN_STORIES[n % OWN_STORIES.length]?.text} (${i}-${n})`);
    return parts.join(' ');
  };

  beforeAll(async () => {
    server = await startServer({
      store,
      coder: sharedCoder(),
      codeThreads: { threads: 1, maxQueue: 64 },
      limits: { codeBytes: 1024 * 1024 },
      port: 0,
      host: '127.0.0.1',
    });
    // the first post starts the pool (a coder per thread)
    const r = await fetch(`${server.url}api/v1/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: TEXT }),
    });
    expect(r.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('keeps answering /health while a burst of 100 KB posts is coded', async () => {
    const N = 30;
    let inFlight = N;
    const codeTimes: number[] = [];
    const t0 = performance.now();
    const burst = Array.from({ length: N }, async (_, i) => {
      const r = await fetch(`${server.url}api/v1/code`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: `b${i}`, text: big(i) }),
      });
      const j = (await r.json()) as CodeResponse;
      expect(r.status).toBe(200);
      expect(j.events.length).toBeGreaterThan(0);
      codeTimes.push(performance.now() - t0);
      inFlight--;
    });
    const health: number[] = [];
    let answeredDuringBurst = 0;
    while (inFlight > 0) {
      const h0 = performance.now();
      const r = await fetch(`${server.url}api/v1/health`);
      expect(r.status).toBe(200);
      await r.json();
      health.push(performance.now() - h0);
      if (inFlight > 0) answeredDuringBurst++;
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(burst);
    const sorted = [...health].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    console.log(
      `code burst: ${N} posts of 100 KB coded in ${(Math.max(...codeTimes) / 1000).toFixed(1)} s on 1 thread; ` +
        `/health answered ${health.length} times meanwhile: median ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`,
    );
    // the event loop was free: /health answered many times while the posts were still being coded
    expect(answeredDuringBurst).toBeGreaterThanOrEqual(5);
  }, 120_000);
});

describe('dyadic serve on a busy port', () => {
  let busy: Server;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyadic-serve-'));
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
  });
  afterAll(() => {
    busy?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints one line suggesting --port and exits 2', async () => {
    const port = (busy.address() as { port: number }).port;
    const proc = spawn(
      process.execPath,
      [join(ROOT, 'dist/cli/main.js'), 'serve', '--port', String(port), '--db', join(dir, 'x.db')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => {
      const t = setTimeout(() => proc.kill('SIGKILL'), 45_000);
      proc.on('close', (c) => {
        clearTimeout(t);
        resolve(c);
      });
    });
    expect(code, stderr).toBe(2);
    expect(stderr).toBe(`dyadic: port ${port} on 127.0.0.1 is in use: choose another with --port\n`);
  }, 60_000);
});
