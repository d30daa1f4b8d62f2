/** `dyadic ingest PATH...`: code stories into the store, in batches, with progress and a summary. */

import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { DyadicError } from '../../core/errors.js';
import { createBackend, defaultJobs } from '../../ingest/coding.js';
import { DEFAULT_BATCH, ingest } from '../../ingest/ingest.js';
import { createProgress } from '../../ingest/progress.js';
import { isIsoDate } from '../../io/stories.js';
import { positiveInt, probability } from '../../store/format.js';
import { DEFAULT_DB, openStore } from '../../store/open.js';
import { reportError } from '../output.js';

export interface StoreCliOptions {
  db: string;
}

/** The coder module the CLI uses (tests may point DYADIC_CODER_MODULE at another `createCoder`). */
export function coderModuleFromEnv(): { coderModule?: string } {
  const m = process.env.DYADIC_CODER_MODULE;
  return m ? { coderModule: m } : {};
}

export function dbOption(cmd: Command): Command {
  return cmd.option('--db <location>', 'SQLite file or postgres:// URL', process.env.DYADIC_DB ?? DEFAULT_DB);
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('code stories (.txt, .jsonl, .html, RSS/Atom, directories) and store their events')
    .argument('<paths...>', 'files or directories')
    .option('--id <id>', 'story id of a single .txt file (default: file name)')
    .option('--date <YYYY-MM-DD>', 'story date for .txt/.html inputs without one')
    .option('--dateline <place>', 'dateline place of .txt inputs')
    .option('--jobs <n>', `worker threads (default: cores, ${defaultJobs()})`)
    .option('--batch <n>', 'stories per transaction', String(DEFAULT_BATCH))
    .option('--max-chars <n>', 'longest story accepted, in characters')
    .option(
      '--min-confidence <p>',
      "store only events at or above this confidence, 0..1 (default: the model's threshold)",
    )
    .option('--replace', 'overwrite stories stored with other text under the same id (default: report and keep)')
    .option('--quiet', 'no progress display')
    .option('--json', 'print the summary as JSON');
  dbOption(cmd).action(async (paths: string[], opts: Record<string, string | boolean | undefined>) => {
    if (typeof opts.date === 'string' && !isIsoDate(opts.date)) {
      throw new DyadicError('DYADIC_DATE', { value: opts.date });
    }
    const jobs = typeof opts.jobs === 'string' ? positiveInt(opts.jobs, '--jobs') : defaultJobs();
    // More threads than cores only add memory and contention.
    const cores = availableParallelism();
    if (jobs > Math.max(2, cores))
      throw new DyadicError('DYADIC_USAGE', { detail: `--jobs ${jobs} is more than this machine's ${cores} cores` });
    const maxChars = typeof opts.maxChars === 'string' ? positiveInt(opts.maxChars, '--max-chars') : undefined;
    const minConfidence =
      typeof opts.minConfidence === 'string' ? probability(opts.minConfidence, '--min-confidence') : undefined;
    const batchSize = positiveInt(String(opts.batch), '--batch');
    const store = await openStore(String(opts.db));
    const backend = await createBackend({
      jobs,
      ...coderModuleFromEnv(),
      coderOptions: {
        ...(maxChars !== undefined ? { maxChars } : {}),
        ...(minConfidence !== undefined ? { minConfidence } : {}),
      },
    }).catch(async (e: unknown) => {
      await store.close();
      throw e;
    });
    const progress = opts.quiet ? null : createProgress(process.stderr, 'ingest');
    try {
      const summary = await ingest({
        store,
        paths,
        backend,
        batchSize,
        replace: opts.replace === true,
        ...(maxChars !== undefined ? { maxChars } : {}),
        txtDefaults: {
          id: typeof opts.id === 'string' ? opts.id : undefined,
          date: typeof opts.date === 'string' ? opts.date : undefined,
          dateline: typeof opts.dateline === 'string' ? opts.dateline : undefined,
        },
        ...(progress ? { onProgress: (p) => progress.update(p) } : {}),
        onFailure: (f) => {
          progress?.stop();
          reportError(f.where, `${f.code}: ${f.message}`);
        },
      });
      progress?.stop();
      if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else {
        const rate = summary.seconds > 0 ? (summary.stories / summary.seconds).toFixed(1) : '-';
        process.stdout.write(
          `stories ${summary.stories}, sentences ${summary.sentences}, events ${summary.events}, skipped ${summary.skipped}, ` +
            `failed ${summary.failed}, duplicates ${summary.duplicates}, time ${summary.seconds.toFixed(1)}s (${rate} stories/s)\n`,
        );
      }
      if (summary.failed > 0) process.exitCode = 1;
    } finally {
      progress?.stop();
      await backend.close();
      await store.close();
    }
  });
}
