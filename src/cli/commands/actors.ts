/** `dyadic actors`: the most active actors and pairs. */
import type { Command } from 'commander';
import { csvLine } from '../../store/export/csv.js';
import { list, oneOf, positiveInt, renderTable } from '../../store/format.js';
import { openExistingStore } from '../../store/open.js';
import { usageErrors } from './events.js';
import { dbOption } from './ingest.js';

export function registerActors(program: Command): void {
  const cmd = program
    .command('actors')
    .description('most active actors and pairs of actors')
    .option('--by <level>', 'code (USAGOV) or country (USA)', 'code')
    .option('--limit <n>', 'rows of each list', '20')
    .option('--since <YYYY-MM-DD>', 'from this day')
    .option('--until <YYYY-MM-DD>', 'up to this day')
    .option('--mode <modes>', 'modes counted (default: those that happened; "all" for every mode)')
    .option('--duplicates', 'count events marked as duplicates too')
    .option('--format <fmt>', 'table, csv or jsonl', 'table');
  usageErrors(dbOption(cmd)).action(async (o: Record<string, string | boolean | undefined>) => {
    const format = oneOf(String(o.format), ['table', 'csv', 'jsonl'] as const, '--format');
    const by = oneOf(String(o.by), ['code', 'country'] as const, '--by');
    const modes = typeof o.mode === 'string' ? (o.mode === 'all' ? [] : list(o.mode)) : undefined;
    const store = await openExistingStore(String(o.db));
    try {
      const { actors, pairs } = await store.actors({
        by,
        limit: positiveInt(String(o.limit), '--limit'),
        ...(typeof o.since === 'string' ? { since: o.since } : {}),
        ...(typeof o.until === 'string' ? { until: o.until } : {}),
        ...(modes ? { modes } : {}),
        includeDuplicates: Boolean(o.duplicates),
      });
      if (format === 'jsonl') {
        const lines = [
          ...actors.map((a) => JSON.stringify({ kind: 'actor', ...a })),
          ...pairs.map((p) => JSON.stringify({ kind: 'pair', ...p })),
        ];
        process.stdout.write(lines.map((l) => `${l}\n`).join(''));
      } else if (format === 'csv') {
        process.stdout.write(
          csvLine(['kind', 'actor', 'target', 'events', 'as_source', 'as_target', 'goldstein_mean']) +
            actors.map((a) => csvLine(['actor', a.actor, '', a.events, a.as_source, a.as_target, ''])).join('') +
            pairs.map((p) => csvLine(['pair', p.source, p.target, p.events, '', '', p.goldstein_mean])).join(''),
        );
      } else {
        process.stdout.write(
          renderTable(
            ['actor', 'events', 'as source', 'as target'],
            actors.map((a) => [a.actor, a.events, a.as_source, a.as_target]),
          ),
        );
        process.stdout.write('\n');
        process.stdout.write(
          renderTable(
            ['source', 'target', 'events', 'mean goldstein'],
            pairs.map((p) => [p.source, p.target, p.events, p.goldstein_mean]),
          ),
        );
      }
    } finally {
      await store.close();
    }
  });
}
