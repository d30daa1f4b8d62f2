/**
 * Benchmark: the words-and-deeds ledger over 1,000,000 stored events on SQLite (target: seconds).
 * Run: npx tsc -p tsconfig.json; node dist-check/bench/ledger.js [events=1000000] [db path]
 * The store is the one `bench/store-timeline.ts` generates (built by running it when the file is
 * missing): 40 countries, 20 years, codes 010/036/040/051/070/057/112/130/173/190 in all modes; the
 * statements are the 036 intents to meet, 057 agreements and 130 threats.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storeLedger } from '../src/ledger/store.js';
import { SqlStore } from '../src/store/sql-store.js';
import { SqliteDb } from '../src/store/sqlite/db.js';

const N = Number(process.argv[2] ?? 1_000_000);
const path = process.argv[3] ?? join(tmpdir(), `dyadic-bench-timeline-${N}.db`);

async function main(): Promise<void> {
  if (!existsSync(path)) {
    const generator = join(dirname(fileURLToPath(import.meta.url)), 'store-timeline.js');
    execFileSync(process.execPath, [generator, String(N), path], { stdio: 'inherit' });
  }
  const store = await new SqlStore(new SqliteDb(path)).init();
  const counts = await store.counts();
  console.log(`store: ${counts.events} events, ${counts.stories} stories (${path})`);
  const cases: [string, { a?: string; b?: string; windowDays?: number }][] = [
    ['whole store, window 90d', {}],
    ['whole store, window 1y', { windowDays: 365 }],
    ['USA IRN', { a: 'USA', b: 'IRN' }],
    ['RUS', { a: 'RUS' }],
  ];
  for (const [label, opts] of cases) {
    const times: number[] = [];
    let summary = '';
    for (let i = 0; i < 2; i++) {
      const t = performance.now();
      const l = await storeLedger(store, opts);
      times.push(performance.now() - t);
      const x = l.totals;
      summary = `${x.statements} statements: ${x.kept} kept, ${x.broken} broken, ${x.defied} defied, ${x.open} open, ${x.lapsed} lapsed`;
    }
    times.sort((x, y) => x - y);
    const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
    console.log(`ledger ${label}: best of 2 ${(times[0]! / 1000).toFixed(2)} s, worst ${(times[1]! / 1000).toFixed(2)} s (${summary}; heap ${heap} MB)`);
  }
  await store.close();
}

void main();
