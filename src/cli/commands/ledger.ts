/**
 * `dyadic ledger [A] [B]`: the words-and-deeds ledger. Every statement (promise, agreement, appeal,
 * demand, threat, rejection) with its status and the events that decided it, then per-pair and
 * per-actor summaries.
 *
 * Output:
 * - `--format table` (default): the statements, then the pair summary and the actor summary.
 * - `--format jsonl`: one line per statement, `{"type":"statement", ...LedgerStatement}`; with
 *   `--summary`, followed by `{"type":"pair", ...}`, `{"type":"actor", ...}` lines and one
 *   `{"type":"totals", ...}` line.
 */
import type { Command } from 'commander';
import { DyadicError } from '../../core/errors.js';
import { isIsoDate } from '../../io/stories.js';
import {
  LEDGER_STATUSES,
  type LedgerStatement,
  type LedgerStatus,
  parseWindow,
  type StatusCounts,
} from '../../ledger/ledger.js';
import { storeLedger } from '../../ledger/store.js';
import { list, oneOf, renderTable, truncate } from '../../store/format.js';
import { openExistingStore } from '../../store/open.js';
import { usageErrors } from './events.js';
import { dbOption } from './ingest.js';

function date(value: unknown, flag: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!isIsoDate(value))
    throw new DyadicError('DYADIC_USAGE', { detail: `${flag}: invalid date "${value}", expected YYYY-MM-DD` });
  return value;
}

/** " (+2 more)" when more deeds of the deciding kind followed. */
function more(s: LedgerStatement): string {
  const n = (s.status === 'kept' ? s.kept_deeds : s.contrary_deeds) - 1;
  return n > 0 ? ` (+${n} more)` : '';
}

function share(c: StatusCounts): string {
  return c.followed === null ? '' : `${Math.round(c.followed * 100)}%`;
}

export function registerLedger(program: Command): void {
  const cmd = program
    .command('ledger')
    .description(
      'words and deeds: did what was promised, demanded or threatened happen? (kept, broken, defied, open, lapsed)',
    )
    .argument('[A]', 'only statements involving this country (USA) or actor code (IGOUNO)')
    .argument('[B]', 'only statements between A and B (either direction)')
    .option('--window <span>', 'how long deeds count after a statement: 90d, 12w, 6m, 1y', '90d')
    .option('--since <YYYY-MM-DD>', 'statements from this day')
    .option('--until <YYYY-MM-DD>', 'statements up to this day')
    .option('--as-of <YYYY-MM-DD>', 'the ledger as of this day (default: the latest event day in the store)')
    .option('--status <list>', 'list only statements with these statuses (summaries count all)')
    .option('--summary', 'with --format jsonl: add pair, actor and totals lines')
    .option('--format <fmt>', 'table or jsonl', 'table');
  usageErrors(dbOption(cmd)).action(
    async (a: string | undefined, b: string | undefined, o: Record<string, string | boolean | undefined>) => {
      const format = oneOf(String(o.format), ['table', 'jsonl'] as const, '--format');
      const windowDays = parseWindow(String(o.window));
      if (windowDays === null)
        throw new DyadicError('DYADIC_USAGE', {
          detail: `--window: expected a span like 90d, 12w, 6m or 1y (got "${String(o.window)}")`,
        });
      for (const x of [a, b]) {
        if (x !== undefined && !/^[A-Za-z0-9]{3,30}$/.test(x))
          throw new DyadicError('DYADIC_USAGE', { detail: `invalid actor "${x}"` });
      }
      const statuses = list(typeof o.status === 'string' ? o.status : undefined)?.map((s) =>
        oneOf(s, LEDGER_STATUSES, '--status'),
      );
      const since = date(o.since, '--since');
      const until = date(o.until, '--until');
      const asOf = date(o.asOf, '--as-of');
      const store = await openExistingStore(String(o.db));
      try {
        const ledger = await storeLedger(store, {
          windowDays,
          ...(a ? { a } : {}),
          ...(b ? { b } : {}),
          ...(since ? { since } : {}),
          ...(until ? { until } : {}),
          ...(asOf ? { asOf } : {}),
        });
        const shown = statuses
          ? ledger.statements.filter((s) => statuses.includes(s.status as LedgerStatus))
          : ledger.statements;
        if (format === 'jsonl') {
          const lines = shown.map((s) => JSON.stringify({ type: 'statement', ...s }));
          if (o.summary) {
            lines.push(...ledger.pairs.map((p) => JSON.stringify({ type: 'pair', ...p })));
            lines.push(...ledger.actors.map((x) => JSON.stringify({ type: 'actor', ...x })));
            lines.push(
              JSON.stringify({
                type: 'totals',
                as_of: ledger.as_of,
                window_days: ledger.window_days,
                ...ledger.totals,
              }),
            );
          }
          process.stdout.write(lines.map((l) => `${l}\n`).join(''));
          return;
        }
        process.stdout.write(
          renderTable(
            ['date', 'source → target', 'code', 'statement', 'reports', 'status', 'decided by'],
            shown.map((s) => [
              s.date,
              `${s.source} → ${s.target}`,
              s.cameo,
              truncate(s.name, 40),
              s.events.length,
              s.reply_to && !s.deed ? 'reply' : s.status,
              s.deed
                ? `${s.deed.day} ${s.deed.cameo} ${s.deed.source}→${s.deed.target ?? '?'} ${s.deed.id}${more(s)}`
                : s.reply_to
                  ? `reply to ${s.reply_to}`
                  : `nothing by ${s.window_end}`,
            ]),
          ),
        );
        const t = ledger.totals;
        process.stdout.write(
          `\n${t.statements} statements as of ${ledger.as_of ?? '—'} (window ${ledger.window_days} days): ${t.kept} kept, ${t.broken} broken, ${t.defied} defied, ${t.open} open, ${t.lapsed} lapsed; followed by deeds ${share(t) || '—'}\n\n`,
        );
        const cols = ['statements', 'kept', 'broken', 'defied', 'open', 'lapsed', 'followed'] as const;
        const counts = (c: StatusCounts) => [c.statements, c.kept, c.broken, c.defied, c.open, c.lapsed, share(c)];
        process.stdout.write(
          renderTable(
            ['source', 'target', ...cols],
            ledger.pairs.map((p) => [p.source, p.target, ...counts(p)]),
          ),
        );
        process.stdout.write('\n');
        process.stdout.write(
          renderTable(
            [
              'actor',
              'spoke',
              'kept',
              'broken',
              'defied',
              'open',
              'lapsed',
              'followed',
              'owed',
              'did',
              'failed',
              'owed open',
            ],
            ledger.actors.map((x) => [
              x.actor,
              ...counts(x.spoke),
              x.owed.statements,
              x.owed.kept,
              x.owed.broken + x.owed.defied,
              x.owed.open,
            ]),
          ),
        );
      } finally {
        await store.close();
      }
    },
  );
}
