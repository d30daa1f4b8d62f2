/**
 * The HTTP API (`/api/v1`) and, when given a directory, the built dashboard at `/`. One `onError`
 * turns everything thrown into `{error: {code, message}}`; server-side failures never leak details.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Coder } from '../ingest/coding.js';
import type { Store } from '../store/store.js';
import { ResponseCache } from './cache.js';
import { type CodePool, localCodePool } from './code-pool.js';
import { errorResponse, HttpError } from './errors.js';
import { ActorIndex, actorsRoutes } from './routes/actors.js';
import { codeRoutes } from './routes/code.js';
import { eventsRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { ledgerRoutes } from './routes/ledger.js';
import { storyReadRoutes, storyWriteRoutes } from './routes/stories.js';
import { timelineRoutes } from './routes/timeline.js';

export interface ApiLimits {
  /** Largest body of `POST /code`, in bytes (default 1 MB). */
  readonly codeBytes?: number;
  /** Largest body of `POST /stories`, in bytes (default 10 MB). */
  readonly storiesBytes?: number;
  /** How long `GET /events`, `/timeline` and `/ledger` answers are reused, in ms (default 3000; 0 turns the cache off). */
  readonly cacheMs?: number;
  /** Total size of the response cache, in bytes (default 64 MB). */
  readonly cacheBytes?: number;
  /** Largest answer the cache keeps, in bytes (default 1 MB). */
  readonly cacheEntryBytes?: number;
}

/** Who may `POST /code`: anyone (`open`), holders of the token (`token`), no one (`off`). */
export type CodeAccess = 'open' | 'token' | 'off';

export interface AppOptions {
  readonly store: Store;
  readonly coder: Coder;
  /** Bearer token required by `POST /stories` (and by `POST /code` with `code: 'token'`); without one, writes are refused (503). */
  readonly token?: string | undefined;
  /** `POST /code`: open to all (default), behind the token, or off (403). */
  readonly code?: CodeAccess;
  /**
   * Where `POST /code` codes: `startServer` passes a pool of worker threads; without one, the app
   * codes in the calling thread (through the same bounded queue).
   */
  readonly codePool?: CodePool;
  /** The response cache to use (default: one made from `limits`); given by the server to close it, by tests to watch it. */
  readonly responseCache?: ResponseCache;
  readonly limits?: ApiLimits;
  /** Directory of the built dashboard (`dist/web`), served at `/`. */
  readonly webRoot?: string | undefined;
  /** Called with errors that became 5xx responses (the server logs them; responses never carry them). */
  readonly onServerError?: (err: unknown) => void;
}

export const API_PREFIX = '/api/v1';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('Content-Security-Policy', CSP);
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Referrer-Policy', 'no-referrer');
  h.set('X-Frame-Options', 'DENY');
  h.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (c.req.path.startsWith(API_PREFIX)) h.set('Cache-Control', 'no-store');
};

const digest = (s: string) => createHash('sha256').update(s).digest();

function requireToken(token: string | undefined, what = 'writes'): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected)
      throw new HttpError(503, 'WRITES_DISABLED', `${what} are disabled: start the server with DYADIC_TOKEN set`);
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!m || !timingSafeEqual(digest(m[1] ?? ''), expected)) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new HttpError(401, 'UNAUTHORIZED', 'missing or wrong token: send Authorization: Bearer <DYADIC_TOKEN>');
    }
    await next();
  };
}

function limit(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body is larger than ${maxSize} bytes`);
    },
  });
}

export function createApp(o: AppOptions) {
  const codeBytes = o.limits?.codeBytes ?? 1024 * 1024;
  const storiesBytes = o.limits?.storiesBytes ?? 10 * 1024 * 1024;
  const actors = new ActorIndex(o.store);
  const cache =
    o.responseCache ??
    new ResponseCache(o.limits?.cacheMs ?? 3000, {
      ...(o.limits?.cacheBytes !== undefined ? { maxBytes: o.limits.cacheBytes } : {}),
      ...(o.limits?.cacheEntryBytes !== undefined ? { maxEntryBytes: o.limits.cacheEntryBytes } : {}),
    });
  const codeAccess = o.code ?? 'open';
  const pool = o.codePool ?? localCodePool(o.coder);
  const codeGate: MiddlewareHandler =
    codeAccess === 'off'
      ? () => {
          throw new HttpError(403, 'CODE_DISABLED', 'POST /code is switched off on this server');
        }
      : codeAccess === 'token'
        ? requireToken(o.token, 'POST /code requests')
        : async (_c, next) => {
            await next();
          };
  const onWrite = () => {
    actors.invalidate();
    cache.clear();
  };
  const api = new Hono()
    .route('/', eventsRoutes(o.store, cache))
    .route('/', timelineRoutes(o.store, cache))
    .route('/', ledgerRoutes(o.store, cache))
    .route('/', actorsRoutes(actors))
    .route('/', storyReadRoutes(o.store))
    .route('/', healthRoutes(o.store, o.coder, Boolean(o.token), codeAccess))
    .use('/code', codeGate, limit(codeBytes))
    .route('/', codeRoutes(pool))
    .use('/stories', requireToken(o.token), limit(storiesBytes))
    .route('/', storyWriteRoutes(o.store, o.coder, onWrite));

  const base = new Hono();
  base.use('*', securityHeaders);
  const app = base.route(API_PREFIX, api);
  app.all(`${API_PREFIX}/*`, () => {
    throw new HttpError(404, 'NOT_FOUND', 'no such endpoint');
  });
  if (o.webRoot && existsSync(o.webRoot)) {
    const root = o.webRoot;
    app.use('/*', serveStatic({ root }));
    app.get('/', serveStatic({ root, path: 'index.html' }));
  }
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404));
  app.onError((err, c) => {
    const r = errorResponse(err);
    if (r.status >= 500) o.onServerError?.(err);
    return c.json({ error: { code: r.code, message: r.message } }, r.status);
  });
  return app;
}

/** The app's type (routes under `/api/v1`), for `hc<AppType>` clients. */
export type AppType = ReturnType<typeof createApp>;
