/**
 * Load benchmark of `GET /api/v1/events` on a store of 1,000,000 events (target: >= 2,000 req/s, p99 < 50 ms).
 * The server runs in this process; autocannon runs in a second process against 127.0.0.1 for a fixed time.
 *
 * Run:  npx tsc -p tsconfig.json   (emits dist-check/)
 *       node dist-check/bench/api-load.js [seconds=10] [connections=10] [db path]
 * The store is the one `bench/store-timeline.ts` builds (same synthetic generator), built first when missing.
 * Scenarios: one dashboard query repeated (served from the 3-second response cache after the first), and
 * varied queries (a random month of a random pair per request, 240 months x 40 pairs) with the cache off.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/api/server.js';
import { createCoder } from '../src/core/coder.js';
import { openStore } from '../src/store/open.js';

const N = 1_000_000;
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  non2xx: number;
  errors: number;
}

const COUNTRIES = ['USA', 'IRN', 'IRQ', 'SYR', 'ISR', 'RUS', 'UKR', 'CHN', 'GBR', 'FRA', 'DEU', 'TUR'];
const FIXED = '/api/v1/events?pair=USA,IRN&since=2015-03-01&until=2015-03-31&limit=50';

let seed = 7;
function rand(n: number): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return Math.floor((seed / 4294967296) * n);
}

/** A random month of a random pair (USA-IRN a third of the time). */
function variedPath(): string {
  const y = 2004 + rand(20);
  const m = String(1 + rand(12)).padStart(2, '0');
  const a = rand(3) === 0 ? 'USA' : (COUNTRIES[rand(COUNTRIES.length)] as string);
  let b = a === 'USA' ? 'IRN' : (COUNTRIES[rand(COUNTRIES.length)] as string);
  if (b === a) b = 'IRN';
  return `/api/v1/events?pair=${a},${b}&since=${y}-${m}-01&until=${y}-${m}-28&limit=50`;
}

type Autocannon = (
  o: Record<string, unknown>,
  cb: (err: unknown, r: Result) => void,
) => unknown;

/** The second process: autocannon against `base`, fixed or varied paths; prints its JSON result. */
async function client(base: string, scenario: string, seconds: number, connections: number): Promise<void> {
  const autocannon = createRequire(import.meta.url)(join(root, 'node_modules/autocannon')) as Autocannon;
  const r = await new Promise<Result>((res, rej) =>
    autocannon(
      {
        url: base,
        duration: seconds,
        connections,
        requests: [{ method: 'GET', setupRequest: (req: { path: string }) => ({ ...req, path: scenario === 'varied' ? variedPath() : FIXED }) }],
      },
      (err, result) => (err ? rej(err) : res(result)),
    ),
  );
  process.stdout.write(JSON.stringify(r));
}

function runClient(base: string, scenario: string, seconds: number, connections: number): Promise<Result> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--client', base, scenario, String(seconds), String(connections)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', rej);
    child.on('exit', (code) => {
      try {
        res(JSON.parse(out) as Result);
      } catch {
        rej(new Error(`load client exited with ${code}: ${out.slice(0, 300)}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const connections = Number(process.argv[3] ?? 10);
  const dbPath = process.argv[4] ?? join(tmpdir(), `dyadic-bench-timeline-${N}.db`);
  if (!existsSync(dbPath)) {
    console.log(`building ${dbPath} with bench/store-timeline (1,000,000 events)...`);
    execFileSync(process.execPath, [join(here, 'store-timeline.js'), String(N), dbPath], { stdio: 'inherit' });
  }
  const store = await openStore(dbPath);
  const counts = await store.counts();
  const coder = createCoder();
  console.log(`store: ${counts.events} events; autocannon -c ${connections} -d ${seconds}s in a second process on 127.0.0.1`);
  const scenarios: [string, string, number][] = [
    ['same query, cache on', 'fixed', 3000],
    ['same query, cache off', 'fixed', 0],
    ['varied queries, cache off', 'varied', 0],
  ];
  for (const [name, scenario, cacheMs] of scenarios) {
    const server = await startServer({ store, coder, port: 0, host: '127.0.0.1', limits: { cacheMs } });
    const base = server.url.replace(/\/$/, '');
    await runClient(base, scenario, 2, connections); // warm-up
    const r = await runClient(base, scenario, seconds, connections);
    console.log(
      `${name.padEnd(26)} ${String(Math.round(r.requests.average)).padStart(6)} req/s  p50 ${r.latency.p50} ms  p90 ${r.latency.p90} ms  p99 ${r.latency.p99} ms  max ${r.latency.max} ms  (${r.requests.total} requests, non-2xx ${r.non2xx}, errors ${r.errors})`,
    );
    await server.close();
  }
  console.log(`fixed query: ${FIXED} (50 events per response)`);
  await store.close();
}

if (process.argv[2] === '--client') {
  void client(process.argv[3] ?? '', process.argv[4] ?? 'fixed', Number(process.argv[5] ?? 10), Number(process.argv[6] ?? 10));
} else {
  void main();
}
