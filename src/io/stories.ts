/**
 * Story input: `.txt` (one story) and `.jsonl` (one story per line). Parsing is separated from file
 * access so the CLI, the store's ingest and the workers share it. Bad items are values
 * (`{ ok: false }`) naming the file and line, so one bad story never stops a batch.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { DyadicError } from '../core/errors.js';
import type { Story } from '../core/records.js';

export type StoryItem =
  | { readonly ok: true; readonly story: Story; readonly where: string }
  | { readonly ok: false; readonly where: string; readonly code: string; readonly message: string };

export interface TxtDefaults {
  readonly id?: string | undefined;
  readonly date?: string | undefined;
  readonly dateline?: string | undefined;
  readonly title?: string | undefined;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Today's date (UTC) as YYYY-MM-DD: the default story date when none is given. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function fail(where: string, err: DyadicError): StoryItem {
  return { ok: false, where, code: err.code, message: err.message };
}

/** Decodes bytes as UTF-8, refusing invalid sequences (instead of silently replacing them). */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new DyadicError('DYADIC_INPUT_ENCODING', { where }, { cause });
  }
}

/** One `.txt` story. The id defaults to the file name without extension. */
export function storyFromText(text: string, path: string, d: TxtDefaults = {}): StoryItem {
  const where = path;
  const date = d.date ?? today();
  if (!isIsoDate(date)) return fail(where, new DyadicError('DYADIC_DATE', { value: date }));
  const id = d.id ?? basename(path, extname(path));
  return {
    ok: true,
    where,
    story: { id, date, text, dateline: d.dateline ?? null, title: d.title ?? null },
  };
}

/** Parses one JSONL line into a story, validating fields. `where` is `file:line`. */
export function storyFromJsonLine(line: string, where: string): StoryItem {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return fail(where, new DyadicError('DYADIC_INPUT_JSON', { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return fail(where, new DyadicError('DYADIC_INPUT_JSON', { detail: 'expected an object {id, date, text}' }));
  }
  const o = obj as Record<string, unknown>;
  const str = (k: string): string | null => (typeof o[k] === 'string' ? (o[k] as string) : null);
  const id = typeof o.id === 'number' ? String(o.id) : str('id');
  if (!id) return fail(where, new DyadicError('DYADIC_INPUT_FIELD', { field: 'id', detail: 'a non-empty string' }));
  const w = `${where} (${id})`;
  const text = str('text');
  if (text === null) return fail(w, new DyadicError('DYADIC_INPUT_FIELD', { field: 'text', detail: 'a string' }));
  // A date may be null (unknown: only absolute dates in the text date its events); if given it must be valid.
  const date = str('date');
  if ((o.date !== null && o.date !== undefined && date === null) || (date !== null && !isIsoDate(date.slice(0, 10)))) {
    return fail(w, new DyadicError('DYADIC_INPUT_FIELD', { field: 'date', detail: 'YYYY-MM-DD or null' }));
  }
  return {
    ok: true,
    where: w,
    story: {
      id,
      date: date === null ? null : date.slice(0, 10),
      text,
      dateline: str('dateline'),
      title: str('title'),
      url: str('url'),
      source: str('source') ?? str('outlet'),
    },
  };
}

/** Streams the stories of a `.jsonl` file (or stdin when path is '-'), line by line, in constant memory. */
export async function* readJsonlStories(path: string, input?: NodeJS.ReadableStream): AsyncGenerator<StoryItem> {
  const stream = input ?? createReadStream(path);
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim() === '') continue;
    yield storyFromJsonLine(line, `${path}:${n}`);
  }
}

/** Reads stories from a `.txt` or `.jsonl` path; other extensions are a per-file error. */
export async function* readStoryFile(path: string, d: TxtDefaults = {}): AsyncGenerator<StoryItem> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonlStories(path);
    return;
  }
  if (ext === '.txt' || ext === '') {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (e) {
      yield fail(
        path,
        new DyadicError('DYADIC_INPUT_FILE', { path, detail: e instanceof Error ? e.message : String(e) }),
      );
      return;
    }
    let text: string;
    try {
      text = decodeUtf8(bytes, path);
    } catch (e) {
      yield fail(path, e as DyadicError);
      return;
    }
    yield storyFromText(text, path, d);
    return;
  }
  yield fail(path, new DyadicError('DYADIC_INPUT_FORMAT', { path, detail: `expected .txt or .jsonl, got "${ext}"` }));
}
