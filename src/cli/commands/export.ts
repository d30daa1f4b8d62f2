/** `dyadic export --format gdelt|jsonl|parquet --out FILE`: the store's events for other tools. */
import type { Command } from 'commander';
import { DyadicError } from '../../core/errors.js';
import { exportEvents } from '../../store/export/index.js';
import { oneOf } from '../../store/format.js';
import { openExistingStore } from '../../store/open.js';
import { filterFrom, filterOptions, usageErrors } from './events.js';
import { dbOption } from './ingest.js';

export function registerExport(program: Command): void {
  const cmd = filterOptions(
    program
      .command('export')
      .description('export stored events as GDELT-style CSV, JSONL (records) or Parquet')
      .requiredOption('--format <fmt>', 'gdelt, jsonl or parquet')
      .option('--out <file>', "output file ('-' for stdout, not for parquet)", '-'),
  );
  usageErrors(dbOption(cmd)).action(async (o: Record<string, string | boolean | string[] | undefined>) => {
    const format = oneOf(String(o.format), ['gdelt', 'jsonl', 'parquet'] as const, '--format');
    const out = String(o.out);
    if (format === 'parquet' && out === '-')
      throw new DyadicError('DYADIC_USAGE', { detail: 'Parquet export needs --out FILE' });
    const filter = filterFrom(o);
    const store = await openExistingStore(String(o.db));
    try {
      const n = await exportEvents(store, format, out === '-' ? process.stdout : out, filter);
      if (out !== '-') process.stderr.write(`exported ${n} events to ${out}\n`);
    } finally {
      await store.close();
    }
  });
}
