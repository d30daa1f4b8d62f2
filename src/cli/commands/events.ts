/** `dyadic events`: query stored events; table, JSONL (the coder's records) or CSV. */
import type { Command } from 'commander';
import { DyadicError } from '../../core/errors.js';
import type { EventRecord } from '../../core/records.js';
import { csvHeader, csvRow } from '../../io/output.js';
import { LineSink } from '../../store/export/index.js';
import { list, oneOf, positiveInt, renderTable, truncate } from '../../store/format.js';
import { openExistingStore } from '../../store/open.js';
import { EVENT_ORDERS, type Ordered } from '../../store/queries.js';
import type { EventFilter, EventQuery } from '../../store/store.js';
import { dbOption } from './ingest.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

/**
 * Usage errors of a reading command exit with code 2 and one line (commander's default is exit
 * code 1 followed by the whole help text).
 */
export function usageErrors(cmd: Command): Command {
  return cmd.showHelpAfterError(false).exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
}

/** Adds the event filter options to a command. */
export function filterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <code>', 'actor on either side: country (IRN) or actor code prefix (USAGOV); repeatable', collect)
    .option('--source <code>', 'source actor or country; repeatable', collect)
    .option('--target <code>', 'target actor or country; repeatable', collect)
    .option('--pair <A,B>', 'events between A and B, either direction')
    .option('--cameo <code>', 'CAMEO code or prefix (04, 043, 0431); repeatable', collect)
    .option('--root <root>', 'CAMEO root (01-20); repeatable', collect)
    .option('--plover <type>', 'PLOVER event type (CONSULT, ASSAULT, ...); repeatable', collect)
    .option('--quad <n>', 'quad class 1-4; repeatable', collect)
    .option('--mode <mode>', 'asserted, negated, future, proposed, hypothetical, alleged; repeatable', collect)
    .option('--since <YYYY-MM-DD>', 'from this day')
    .option('--until <YYYY-MM-DD>', 'up to this day')
    .option('--place <name>', 'event place name contains')
    .option('--place-country <code>', 'event place country; repeatable', collect)
    .option('--text <words>', 'sentence contains')
    .option('--story <id>', 'events of this story; repeatable', collect)
    .option('--duplicates', 'include events marked as duplicates of an earlier story');
}

type Opts = Record<string, string | boolean | string[] | undefined>;

export function filterFrom(o: Opts): EventFilter {
  const arr = (k: string) => list(o[k] as string[] | string | undefined);
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  let pair: [string, string] | undefined;
  const p = str('pair');
  if (p !== undefined) {
    const parts = p.split(/[,:]/).map((s) => s.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw new DyadicError('DYADIC_USAGE', { detail: '--pair expects A,B' });
    pair = [parts[0], parts[1]];
  }
  const f: Record<string, unknown> = {
    actor: arr('actor'),
    source: arr('source'),
    target: arr('target'),
    pair,
    cameo: arr('cameo'),
    root: arr('root'),
    plover: arr('plover'),
    quadClass: arr('quad')?.map(Number),
    mode: arr('mode'),
    since: str('since'),
    until: str('until'),
    place: str('place'),
    placeCountry: arr('placeCountry'),
    text: str('text'),
    storyId: arr('story'),
    includeDuplicates: Boolean(o.duplicates),
  };
  for (const k of Object.keys(f)) if (f[k] === undefined) delete f[k];
  return f as EventFilter;
}

function nonNegativeInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new DyadicError('DYADIC_USAGE', { detail: `${flag} must be a whole number (got "${value}")` });
  return n;
}

function actorLabel(a: EventRecord['source']): string {
  return a ? a.code : '-';
}

export function registerEvents(program: Command): void {
  const cmd = filterOptions(
    program
      .command('events')
      .description('list stored events matching filters')
      .option('--format <fmt>', 'table, jsonl or csv', 'table')
      .option('--limit <n>', 'at most this many events (table default 50)')
      .option('--offset <n>', 'skip this many events')
      .option('--order <order>', 'newest (newest first) or oldest (oldest first)', 'newest'),
  );
  usageErrors(dbOption(cmd)).action(async (o: Opts) => {
    const format = oneOf(String(o.format), ['table', 'jsonl', 'csv'] as const, '--format');
    const order = oneOf(String(o.order), EVENT_ORDERS, '--order');
    const filter: EventFilter & Ordered = { ...filterFrom(o), order };
    const limit = typeof o.limit === 'string' ? positiveInt(o.limit, '--limit') : format === 'table' ? 50 : undefined;
    const offset = typeof o.offset === 'string' ? nonNegativeInt(o.offset, '--offset') : 0;
    const store = await openExistingStore(String(o.db));
    try {
      if (format === 'table') {
        const q: EventQuery & Ordered = { ...filter, limit: limit ?? 50, offset };
        const events = await store.events(q);
        const rows = events.map((e) => {
          const r = JSON.parse(e.record) as EventRecord;
          return [
            r.date ?? '', // at the precision the text gives: 2007, 2007-03 or 2007-03-14
            actorLabel(r.source),
            actorLabel(r.target),
            r.cameo,
            r.quad_class,
            r.goldstein,
            r.mode,
            truncate(r.sentence, 70),
          ];
        });
        process.stdout.write(
          renderTable(['date', 'source', 'target', 'cameo', 'quad', 'goldstein', 'mode', 'sentence'], rows),
        );
        const total = await store.countEvents(filter);
        if (total > events.length)
          process.stderr.write(`(${events.length} of ${total} events; use --limit/--offset or --format jsonl)\n`);
        return;
      }
      const sink = new LineSink(process.stdout);
      // The same columns as `dyadic code --format csv`.
      if (format === 'csv') await sink.write(csvHeader());
      let i = 0;
      let n = 0;
      for await (const e of store.iterateEvents(filter)) {
        if (i++ < offset) continue;
        if (limit !== undefined && n >= limit) break;
        n++;
        await sink.write(format === 'jsonl' ? `${e.record}\n` : csvRow(JSON.parse(e.record) as EventRecord));
      }
      await sink.flush();
    } finally {
      await store.close();
    }
  });
}
