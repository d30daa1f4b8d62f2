/** `dyadic serve`: the HTTP API and the dashboard; `dyadic demo`: the example stories in a store, then serve. */
import { join } from 'node:path';
import type { Command } from 'commander';
import type { CodeAccess } from '../../api/app.js';
import { defaultWebRoot, packageRoot, startServer } from '../../api/server.js';
import { createCoder } from '../../core/coder.js';
import { DyadicError } from '../../core/errors.js';
import { localBackend } from '../../ingest/coding.js';
import { ingest } from '../../ingest/ingest.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { dbOption } from './ingest.js';

interface ServeOpts {
  db: string;
  port: string;
  host: string;
  web?: string;
  /** `--code <access>`; `--no-code` gives false. */
  code: string | boolean;
  codeThreads?: string;
}

function codeAccess(value: string | boolean): CodeAccess {
  if (value === false) return 'off';
  if (value === 'open' || value === 'token' || value === 'off') return value;
  throw new DyadicError('DYADIC_USAGE', { detail: `--code must be open, token or off (got "${String(value)}")` });
}

function threads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new DyadicError('DYADIC_USAGE', { detail: `--code-threads must be 1-64 (got "${value}")` });
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new DyadicError('DYADIC_USAGE', { detail: `--port must be 0-65535 (got "${value}")` });
  return n;
}

function serverOptions(cmd: Command): Command {
  return cmd
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--web <dir>', 'directory of the built dashboard (default: the one shipped in dist/web)')
    .option(
      '--code <access>',
      'who may POST /api/v1/code: open (anyone), token (Authorization: Bearer $DYADIC_TOKEN), off',
      'open',
    )
    .option('--no-code', 'switch POST /api/v1/code off (same as --code off)')
    .option('--code-threads <n>', 'worker threads coding POST /api/v1/code (default: cores - 1, 1 to 4)');
}

/** Checks the options before anything is opened or built: a usage error costs nothing. */
function checkOptions(o: ServeOpts): void {
  port(o.port);
  if (codeAccess(o.code) === 'token' && !process.env.DYADIC_TOKEN)
    throw new DyadicError('DYADIC_USAGE', { detail: '--code token needs DYADIC_TOKEN set' });
  if (o.codeThreads !== undefined) threads(o.codeThreads);
}

async function run(store: Store, coder: ReturnType<typeof createCoder>, o: ServeOpts): Promise<void> {
  const token = process.env.DYADIC_TOKEN || undefined;
  const webRoot = o.web ?? defaultWebRoot();
  const code = codeAccess(o.code);
  const server = await startServer({
    store,
    coder,
    token,
    code,
    ...(o.codeThreads !== undefined ? { codeThreads: { threads: threads(o.codeThreads) } } : {}),
    webRoot,
    port: port(o.port),
    host: o.host,
    onServerError: (e) =>
      process.stderr.write(`dyadic serve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
  });
  process.stdout.write(`dyadic: serving ${o.db} at ${server.url}\n`);
  if (!webRoot) process.stderr.write('dyadic: the dashboard is not built (npm run build:web); serving the API only\n');
  process.stderr.write(
    token
      ? 'dyadic: POST /api/v1/stories accepts the token in DYADIC_TOKEN\n'
      : 'dyadic: DYADIC_TOKEN is not set: writes are disabled\n',
  );
  process.stderr.write(
    code === 'off'
      ? 'dyadic: POST /api/v1/code is off\n'
      : `dyadic: POST /api/v1/code is ${code === 'token' ? 'open to holders of DYADIC_TOKEN' : 'open to anyone (--code token or --no-code to restrict it)'}\n`,
  );
  const stop = () => {
    void server
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function registerServe(program: Command): void {
  const cmd = serverOptions(program.command('serve').description('serve the HTTP API (/api/v1) and the dashboard'));
  dbOption(cmd).action(async (o: ServeOpts) => {
    checkOptions(o);
    const store = await openStore(String(o.db));
    try {
      const coder = createCoder();
      await run(store, coder, o);
    } catch (e) {
      await store.close();
      throw e;
    }
  });
}

export function registerDemo(program: Command): void {
  const cmd = serverOptions(
    program
      .command('demo')
      .description('ingest the example stories into a store and open the dashboard on them')
      .option('--stories <file>', 'stories to ingest (default: the examples shipped with dyadic)')
      .option('--db <location>', 'SQLite file or postgres:// URL', 'dyadic-demo.db'),
  );
  cmd.action(async (o: ServeOpts & { stories?: string }) => {
    checkOptions(o);
    const root = packageRoot();
    const stories = o.stories ?? (root ? join(root, 'examples', 'stories.jsonl') : 'examples/stories.jsonl');
    const store = await openStore(String(o.db));
    try {
      const coder = createCoder();
      const s = await ingest({ store, paths: [stories], backend: localBackend(coder), batchSize: 200 });
      process.stdout.write(
        `dyadic: ${s.stories} new stories, ${s.events} events, ${s.skipped} already stored (${o.db})\n`,
      );
      await run(store, coder, o);
    } catch (e) {
      await store.close();
      throw e;
    }
  });
}
