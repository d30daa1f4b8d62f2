/** A deeply nested JSON body is a 400 naming the problem, never a stack overflow and a 500. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { openStore } from '../../src/store/open.js';
import { sharedCoder } from './fixture.js';

describe('JSON bodies', () => {
  it('refuses bodies nested deeper than the limit on both write endpoints', async () => {
    const store = await openStore(':memory:');
    const app = createApp({ store, coder: sharedCoder(), token: 't' });
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const headers = { 'content-type': 'application/json', authorization: 'Bearer t' };
    for (const [path, body] of [
      ['/api/v1/code', `{"text":"Iran met Iraq.","x":${deep}}`],
      ['/api/v1/stories', `{"stories":${deep}}`],
      ['/api/v1/stories', `[${deep}]`],
    ] as const) {
      const r = await app.request(path, { method: 'POST', headers, body });
      expect(r.status, path).toBe(400);
      expect(await r.json()).toEqual({
        error: { code: 'BAD_JSON', message: 'request body is nested more than 32 levels deep' },
      });
    }
    const ok = await app.request('/api/v1/code', {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'Iran offered to help train Iraqi security forces.', date: '2007-05-28' }),
    });
    expect(ok.status).toBe(200);
    await store.close();
  });
});
