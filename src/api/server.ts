/** Runs the app on Node's HTTP server (`dyadic serve`, `dyadic demo`, tests, the load benchmark). */

import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { DyadicError } from '../core/errors.js';
import { type AppOptions, createApp } from './app.js';
import { ResponseCache } from './cache.js';
import { type CodePoolOptions, codePool } from './code-pool.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The package's root directory (the one whose package.json is named `dyadic`). */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string | null {
  let dir = dirname(from);
  for (;;) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        if ((JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === 'dyadic') return dir;
      } catch {
        // not ours
      }
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** The built dashboard shipped with the package (`dist/web`), if built. */
export function defaultWebRoot(): string | undefined {
  const root = packageRoot();
  const dir = root ? join(root, 'dist', 'web') : null;
  return dir && existsSync(join(dir, 'index.html')) ? dir : undefined;
}

export interface ServerOptions extends AppOptions {
  readonly port: number;
  readonly host: string;
  /** The worker threads of `POST /code` (unless `codePool` is given or `code` is `off`). */
  readonly codeThreads?: CodePoolOptions;
}

/**
 * Listens on `host:port`. `POST /code` codes on a pool of worker threads (started with the first
 * request), so the event loop keeps answering everything else. A port in use fails with one line
 * (DYADIC_USAGE) suggesting `--port`.
 */
export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const ownPool = !o.codePool && o.code !== 'off' ? codePool(o.codeThreads) : undefined;
  const cache =
    o.responseCache ??
    new ResponseCache(o.limits?.cacheMs ?? 3000, {
      ...(o.limits?.cacheBytes !== undefined ? { maxBytes: o.limits.cacheBytes } : {}),
      ...(o.limits?.cacheEntryBytes !== undefined ? { maxEntryBytes: o.limits.cacheEntryBytes } : {}),
    });
  const app = createApp({ ...o, responseCache: cache, ...(ownPool ? { codePool: ownPool } : {}) });
  const release = async () => {
    if (!o.responseCache) cache.close();
    await ownPool?.close();
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: async () => {
          await new Promise<void>((res) => {
            server.close(() => res());
            if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections();
          });
          await release();
        },
      });
    });
    server.once('error', (e: NodeJS.ErrnoException) => {
      void release().finally(() => {
        const where = `${o.host}:${o.port}`;
        if (e.code === 'EADDRINUSE')
          reject(
            new DyadicError(
              'DYADIC_USAGE',
              { detail: `port ${o.port} on ${o.host} is in use: choose another with --port` },
              { cause: e },
            ),
          );
        else if (e.code === 'EACCES')
          reject(
            new DyadicError(
              'DYADIC_USAGE',
              { detail: `not allowed to listen on ${where}: choose a port above 1023 with --port` },
              { cause: e },
            ),
          );
        else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
          reject(
            new DyadicError(
              'DYADIC_USAGE',
              { detail: `cannot listen on ${where}: no such address here (--host)` },
              { cause: e },
            ),
          );
        else reject(e);
      });
    });
  });
}
