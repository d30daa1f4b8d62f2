/** Runs the app on Node's HTTP server (`dyadic serve`, `dyadic demo`, tests, the load benchmark). */

import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.js';

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

export async function startServer(o: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(o);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((res) => {
            server.close(() => res());
            if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
