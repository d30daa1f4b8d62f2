/** `dyadic code [FILE...|-]`: code stories into event records (JSONL or CSV) on stdout or --out. */
import type { Command } from 'commander';
import { createCoder } from '../../core/coder.js';
import type { DyadicError } from '../../core/errors.js';
import { csvHeader, type EventFormat, formatEvent } from '../../io/output.js';
import {
  byteLimit,
  isIsoDate,
  readJsonlStories,
  readStoryFile,
  type StoryItem,
  storyFromText,
} from '../../io/stories.js';
import { positiveInt, probability } from '../../store/format.js';
import { openSink, reportError } from '../output.js';
import { readStdin } from '../stdin.js';

interface CodeOptions {
  id?: string;
  date?: string;
  dateline?: string;
  title?: string;
  format: string;
  out?: string;
  maxChars?: string;
  minConfidence?: string;
  quiet?: boolean;
}

export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code stories (.txt, .jsonl, or - for stdin) into event records')
    .argument(
      '[files...]',
      '.txt (one story) or .jsonl ({id, date, dateline?, title?, text, url?} per line); - reads stdin',
      ['-'],
    )
    .option('--id <id>', 'story id for a .txt story (default: the file name)')
    .option('--date <YYYY-MM-DD>', 'story date for a .txt story (default: today)')
    .option('--dateline <place>', 'dateline place for a .txt story: where "here" is')
    .option('--title <title>', 'title for a .txt story')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write to a file (atomically) instead of stdout')
    .option('--max-chars <n>', 'longest story accepted, in characters', '2000000')
    .option(
      '--min-confidence <p>',
      "drop events below this confidence, 0..1 (default: the model's threshold; 0 keeps all)",
    )
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (files: string[], opts: CodeOptions) => {
      process.exitCode = await runCode(files, opts);
    });
}

async function runCode(files: string[], opts: CodeOptions): Promise<number> {
  const format = opts.format as EventFormat;
  if (format !== 'jsonl' && format !== 'csv') {
    reportError('--format', `unknown format "${opts.format}": use jsonl or csv`);
    return 2;
  }
  if (opts.date && !isIsoDate(opts.date)) {
    reportError('--date', `invalid date "${opts.date}": expected YYYY-MM-DD`);
    return 2;
  }
  let maxChars: number;
  try {
    maxChars = positiveInt(String(opts.maxChars), '--max-chars');
  } catch (err) {
    reportError('--max-chars', err instanceof Error ? err.message : String(err));
    return 2;
  }
  let minConfidence: number | undefined;
  try {
    minConfidence = opts.minConfidence === undefined ? undefined : probability(opts.minConfidence, '--min-confidence');
  } catch (err) {
    reportError('--min-confidence', err instanceof Error ? err.message : String(err));
    return 2;
  }
  const coder = createCoder(minConfidence === undefined ? { maxChars } : { maxChars, minConfidence });
  let sink: ReturnType<typeof openSink>;
  try {
    sink = openSink(opts.out);
  } catch (err) {
    reportError('--out', err instanceof Error ? err.message : String(err));
    return 2;
  }
  const started = performance.now();
  let stories = 0;
  let failed = 0;
  let events = 0;
  let sentences = 0;
  const txt = { id: opts.id, date: opts.date, dateline: opts.dateline, title: opts.title };
  // Story ids must be unique in one run (event ids are built from them): a repeat is refused, naming both.
  const seenIds = new Map<string, string>();
  try {
    if (format === 'csv') await sink.write(csvHeader());
    for (const file of files) {
      for await (const item of items(file, txt, maxChars)) {
        if (!item.ok) {
          failed++;
          reportError(item.where, item.message);
          continue;
        }
        const first = seenIds.get(item.story.id);
        if (first !== undefined) {
          failed++;
          reportError(
            item.where,
            `story id "${item.story.id}" already used at ${first}: skipped (event ids would repeat)`,
          );
          continue;
        }
        seenIds.set(item.story.id, item.where);
        stories++;
        const res = coder.codeStory(item.story);
        if (res.status === 'failed') {
          failed++;
          reportError(item.where, res.error.message);
          continue;
        }
        sentences += res.sentences;
        for (const r of res.events) {
          events++;
          await sink.write(formatEvent(r, format));
        }
      }
    }
    await sink.close();
  } catch (err) {
    sink.abort();
    reportError('code', err instanceof Error ? err.message : String(err));
    return 2;
  }
  if (!opts.quiet && (process.stderr.isTTY || opts.out)) {
    const secs = (performance.now() - started) / 1000;
    process.stderr.write(
      `dyadic: ${stories} stories, ${sentences} sentences, ${events} events, ${failed} failed in ${secs.toFixed(2)} s\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

async function* items(
  file: string,
  txt: Parameters<typeof readStoryFile>[1],
  maxChars: number,
): AsyncGenerator<StoryItem> {
  if (file !== '-') {
    yield* readStoryFile(file, txt, maxChars);
    return;
  }
  // stdin: JSONL when the first non-blank character is "{", else one plain-text story; never more
  // than the largest input the limit allows is held.
  let text: string;
  try {
    text = await readStdin(byteLimit(maxChars, true), maxChars);
  } catch (e) {
    yield {
      ok: false,
      where: '<stdin>',
      code: (e as DyadicError).code ?? 'DYADIC_INPUT_FILE',
      message: (e as Error).message,
    };
    return;
  }
  if (text.trimStart().startsWith('{')) {
    const { Readable } = await import('node:stream');
    yield* readJsonlStories('<stdin>', Readable.from([text]), maxChars);
  } else {
    yield storyFromText(text, '<stdin>', { ...txt, id: txt?.id ?? 'stdin' });
  }
}
