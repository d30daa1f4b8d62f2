/** `GET /health`: the server, the coder and the store are up. */
import { Hono } from 'hono';
import type { Coder } from '../../ingest/coding.js';
import type { Store } from '../../store/store.js';
import { VERSION } from '../../version.js';
import type { CodeAccess } from '../app.js';
import type { HealthResponse } from '../types.js';

export function healthRoutes(store: Store, coder: Coder, writes: boolean, code: CodeAccess = 'open') {
  return new Hono().get('/health', async (c) => {
    const n = await store.counts();
    return c.json({
      status: 'ok',
      version: VERSION,
      coder_version: coder.version,
      store: { kind: store.kind, schema_version: store.schemaVersion, stories: n.stories, events: n.events },
      writes,
      code,
    } satisfies HealthResponse);
  });
}
