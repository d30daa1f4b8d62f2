/** `dyadic timeline A B --by week`: per period and direction, events by quad class, Goldstein, words vs deeds. */
import type { Command } from 'commander';
import { DyadicError } from '../../core/errors.js';
import { csvLine } from '../../store/export/csv.js';
import { list, oneOf, renderTable } from '../../store/format.js';
import { openExistingStore } from '../../store/open.js';
import { HAPPENED_MODES } from '../../store/queries.js';
import type { TimelineQuery } from '../../store/store.js';
import { usageErrors } from './events.js';
import { dbOption } from './ingest.js';

const COLUMNS = [
  'period',
  'direction',
  'source',
  'target',
  'events',
  'q1',
  'q2',
  'q3',
  'q4',
  'goldstein_sum',
  'goldstein_mean',
  'verbal',
  'material',
] as const;

export function registerTimeline(program: Command): void {
  const cmd = program
    .command('timeline')
    .description('what A and B did to each other, per period: counts by quad class, Goldstein, words against deeds')
    .argument('<A>', 'country (USA) or actor code (USAGOV)')
    .argument('<B>', 'country (IRN) or actor code (IRNGOV)')
    .option('--by <period>', 'day, week or month', 'month')
    .option('--since <YYYY-MM-DD>', 'from this day')
    .option('--until <YYYY-MM-DD>', 'up to this day')
    .option('--mode <modes>', `modes counted (default ${HAPPENED_MODES.join(',')}; "all" for every mode)`)
    .option('--duplicates', 'count events marked as duplicates too')
    .option('--format <fmt>', 'table, csv or jsonl', 'table');
  usageErrors(dbOption(cmd)).action(async (a: string, b: string, o: Record<string, string | boolean | undefined>) => {
    const format = oneOf(String(o.format), ['table', 'csv', 'jsonl'] as const, '--format');
    const by = oneOf(String(o.by), ['day', 'week', 'month'] as const, '--by');
    const modes = typeof o.mode === 'string' ? (o.mode === 'all' ? [] : list(o.mode)) : undefined;
    const q: TimelineQuery = {
      a: a.toUpperCase(),
      b: b.toUpperCase(),
      by,
      ...(typeof o.since === 'string' ? { since: o.since } : {}),
      ...(typeof o.until === 'string' ? { until: o.until } : {}),
      ...(modes ? { modes } : {}),
      includeDuplicates: Boolean(o.duplicates),
    };
    const store = await openExistingStore(String(o.db));
    try {
      for (const actor of [q.a, q.b]) {
        if ((await store.countEvents({ actor: [actor], includeDuplicates: true })) === 0)
          throw new DyadicError('DYADIC_USAGE', { detail: `unknown actor "${actor}": no stored event has it` });
      }
      const rows = await store.timeline(q);
      if (format === 'jsonl') process.stdout.write(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
      else if (format === 'csv')
        process.stdout.write(csvLine(COLUMNS) + rows.map((r) => csvLine(COLUMNS.map((c) => r[c]))).join(''));
      else
        process.stdout.write(
          renderTable(
            COLUMNS,
            rows.map((r) => COLUMNS.map((c) => r[c])),
          ),
        );
    } finally {
      await store.close();
    }
  });
}
