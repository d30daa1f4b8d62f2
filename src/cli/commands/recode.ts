/** `dyadic recode`: re-code stored stories coded by another knowledge-base version; events replaced atomically. */
import type { Command } from 'commander';
import { DyadicError } from '../../core/errors.js';
import { createBackend, defaultJobs } from '../../ingest/coding.js';
import { DEFAULT_BATCH } from '../../ingest/ingest.js';
import { createProgress } from '../../ingest/progress.js';
import { recode } from '../../ingest/recode.js';
import { list, positiveInt } from '../../store/format.js';
import { openExistingStore } from '../../store/open.js';
import { reportError } from '../output.js';
import { usageErrors } from './events.js';
import { coderModuleFromEnv, dbOption } from './ingest.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function registerRecode(program: Command): void {
  const cmd = program
    .command('recode')
    .description('re-code stored stories after a dictionary change (stale ones, or --all, or --story ID)')
    .option('--all', 're-code every story, not only stale ones')
    .option('--story <id>', 'only this story (repeatable)', collect)
    .option('--jobs <n>', `worker threads (default: cores, ${defaultJobs()})`)
    .option('--batch <n>', 'stories per transaction', String(DEFAULT_BATCH))
    .option('--quiet', 'no progress display');
  usageErrors(dbOption(cmd)).action(async (opts: Record<string, string | boolean | string[] | undefined>) => {
    const jobs = typeof opts.jobs === 'string' ? positiveInt(opts.jobs, '--jobs') : defaultJobs();
    const batchSize = positiveInt(String(opts.batch), '--batch');
    const ids = list(opts.story as string[] | undefined);
    const store = await openExistingStore(String(opts.db));
    if (ids) {
      const found = await store.countStories({ ids: [...new Set(ids)] });
      if (found < new Set(ids).size) {
        const missing: string[] = [];
        for (const id of ids) if (!missing.includes(id) && !(await store.getStory(id))) missing.push(id);
        await store.close();
        throw new DyadicError('DYADIC_USAGE', {
          detail: `--story: no stored story ${missing.map((m) => `"${m}"`).join(', ')}`,
        });
      }
    }
    const backend = await createBackend({ jobs, ...coderModuleFromEnv() }).catch(async (e: unknown) => {
      await store.close();
      throw e;
    });
    const progress = opts.quiet ? null : createProgress(process.stderr, 'recode');
    try {
      const s = await recode({
        store,
        backend,
        all: Boolean(opts.all) || ids !== undefined,
        ...(ids ? { ids } : {}),
        batchSize,
        ...(progress ? { onProgress: (p) => progress.update(p) } : {}),
        onFailure: (id, message) => reportError(`recode: story ${id}`, message),
      });
      progress?.stop();
      process.stdout.write(
        `recoded ${s.stories} stories (coder ${backend.version}), events ${s.events}, failed ${s.failed}, time ${s.seconds.toFixed(1)}s\n`,
      );
      if (s.failed > 0) process.exitCode = 1;
    } finally {
      progress?.stop();
      await backend.close();
      await store.close();
    }
  });
}
