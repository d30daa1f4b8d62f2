/**
 * Benchmark: `timeline` over 1,000,000 stored events on SQLite (target < 200 ms).
 * Run: npx tsc -p tsconfig.json; node dist-check/bench/store-timeline.js [events=1000000] [db path]
 * Synthetic events: 40 countries, a few actor codes each, 20 years of days; USA and IRN take part in
 * about 6% of them, so the USA–IRN timeline aggregates ~30,000 events per direction.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventRecord } from '../src/core/records.js';
import { SqliteDb } from '../src/store/sqlite/db.js';
import { SqlStore } from '../src/store/sql-store.js';
import { dayFromNumber, dayNumber, EVENT_COLUMNS, eventRow, STORY_COLUMNS } from '../src/store/rows.js';
import type { SqlValue } from '../src/store/db.js';

const N = Number(process.argv[2] ?? 1_000_000);
const path = process.argv[3] ?? join(tmpdir(), `dyadic-bench-timeline-${N}.db`);
const COUNTRIES = ['USA', 'IRN', 'IRQ', 'SYR', 'ISR', 'PSE', 'RUS', 'UKR', 'CHN', 'TWN', 'GBR', 'FRA', 'DEU', 'TUR', 'EGY', 'SAU', 'YEM', 'AFG', 'PAK', 'IND', 'JPN', 'KOR', 'PRK', 'BRA', 'VEN', 'COL', 'MEX', 'CUB', 'NGA', 'ETH', 'SOM', 'SDN', 'LBY', 'LBN', 'JOR', 'QAT', 'ARE', 'KWT', 'OMN', 'IGO'];
const SECTORS = ['', 'GOV', 'MIL', 'OPP', 'CVL'];
const CODES: [string, number, number][] = [['010', 1, 0], ['036', 1, 4], ['040', 1, 1], ['051', 1, 3.4], ['070', 2, 7], ['057', 1, 8], ['112', 3, -2], ['130', 3, -4.4], ['173', 4, -5], ['190', 4, -10]];
const MODES = ['asserted', 'asserted', 'asserted', 'future', 'negated', 'alleged'];

let seed = 42;
function rand(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function actor(country: string) {
  const code = country + pick(SECTORS);
  return { text: code, code, country, sector: code.slice(3) || null, name: null };
}

async function build(): Promise<void> {
  const db = new SqliteDb(path);
  const store = await new SqlStore(db).init();
  const first = dayNumber('2004-01-01');
  const span = dayNumber('2023-12-31') - first;
  const perStory = 10;
  const t0 = performance.now();
  db.raw.exec('BEGIN');
  const storyRows: SqlValue[][] = [];
  const rows: SqlValue[][] = [];
  for (let s = 0; s < N / perStory; s++) {
    const date = dayFromNumber(first + Math.floor(rand() * span));
    const id = `bench:${s}`;
    storyRows.push([id, date, null, null, null, null, `h${s}`, '', null, null, null, null, null, 'coded', null, null, 10, perStory, 'bench', null, '']);
    for (let k = 0; k < perStory; k++) {
      const focus = rand() < 0.06;
      const a = focus ? (rand() < 0.5 ? 'USA' : 'IRN') : pick(COUNTRIES);
      const b = focus ? (a === 'USA' ? 'IRN' : 'USA') : pick(COUNTRIES);
      const [cameo, quad, goldstein] = pick(CODES);
      const rec = {
        id: `${id}:${k}:0`, story_id: id, sentence_index: k, sentence: `Sentence ${k}.`, date,
        source: actor(a), target: actor(b), cameo, root: cameo.slice(0, 2), quad_class: quad, goldstein,
        plover: { event: null, mode: null, context: null }, mode: pick(MODES), claimed_by: null, reported_by: null,
        location: null, counts: { killed: null, injured: null, arrested: null },
        evidence: { start: 0, end: 8, text: 'Sentence' }, rule: { id: 'bench', pattern: 'bench', matched: [] },
      } as unknown as EventRecord;
      rows.push(eventRow(rec, k, date, null));
    }
    if (rows.length >= 50_000) {
      await db.insertMany('stories', STORY_COLUMNS, storyRows.splice(0));
      await db.insertMany('events', EVENT_COLUMNS, rows.splice(0));
    }
  }
  await db.insertMany('stories', STORY_COLUMNS, storyRows.splice(0));
  await db.insertMany('events', EVENT_COLUMNS, rows.splice(0));
  db.raw.exec('COMMIT');
  db.raw.exec('ANALYZE');
  await store.close();
  console.log(`built ${N} events in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${path}`);
}

async function main(): Promise<void> {
  if (!existsSync(path)) await build();
  const db = new SqliteDb(path);
  const store = await new SqlStore(db).init();
  const counts = await store.counts();
  console.log(`store: ${counts.events} events, ${counts.stories} stories`);
  const cases: [string, string, 'day' | 'week' | 'month'][] = [
    ['USA', 'IRN', 'week'],
    ['USA', 'IRN', 'month'],
    ['USA', 'IRN', 'day'],
    ['USAGOV', 'IRNGOV', 'week'],
    ['RUS', 'UKR', 'month'],
  ];
  for (const [a, b, by] of cases) {
    await store.timeline({ a, b, by }); // warm the page cache
    const times: number[] = [];
    let rows = 0;
    let events = 0;
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const r = await store.timeline({ a, b, by });
      times.push(performance.now() - t);
      rows = r.length;
      events = r.reduce((n, x) => n + x.events, 0);
    }
    times.sort((x, y) => x - y);
    console.log(`timeline ${a} ${b} --by ${by}: median ${times[3]?.toFixed(1)} ms, max ${times[6]?.toFixed(1)} ms (${rows} rows, ${events} events counted)`);
  }
  const plan = db.raw
    .prepare("EXPLAIN QUERY PLAN SELECT day_n, COUNT(*) FROM events WHERE source_country = 'USA' AND target_country = 'IRN' AND mode IN ('asserted') AND day_n IS NOT NULL AND duplicate_of IS NULL GROUP BY day_n")
    .all() as { detail: string }[];
  console.log(`plan: ${plan.map((p) => p.detail).join(' | ')}`);
  await store.close();
  if (process.argv.includes('--rm')) rmSync(path, { force: true });
}

void main();
