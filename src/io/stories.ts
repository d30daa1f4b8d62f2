/**
 * Story input: `.txt` (one story) and `.jsonl` (one story per line). Parsing is separated from file
 * access so the CLI, the store's ingest and the workers share it. Bad items are values
 * (`{ ok: false }`) naming the file and line, so one bad story never stops a batch.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
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
  // NUL bytes mean binary data: say so, rather than blame the encoding.
  if (bytes.includes(0)) throw new DyadicError('DYADIC_INPUT_BINARY', { where });
  try {
    // A UTF-8 byte-order mark is not part of the text (the decoder drops it: ignoreBOM false).
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

/** Default longest story, in characters (the coder's own default). */
export const DEFAULT_MAX_CHARS = 2_000_000;

/** Bytes a story of `maxChars` characters can take: 4 per character as a file, 6 escaped in JSON. */
export function byteLimit(maxChars: number, json: boolean): number {
  return maxChars * (json ? 6 : 4) + 65_536;
}

function tooLarge(where: string, bytes: number, maxChars: number): DyadicError {
  return new DyadicError('DYADIC_INPUT_OVERSIZE', { where, bytes, limit: maxChars });
}

/**
 * Reads a whole file, but never more than `limit` bytes: a larger file (or an endless one such as
 * /dev/zero) is refused as soon as the limit is passed, before it fills the memory.
 */
export async function readBounded(path: string, limit: number, maxChars: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooLarge(path, limit, maxChars);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}

/**
 * Lines of a stream, each at most `limit` bytes: a longer line is skipped to its end and reported as an
 * error item (the stream is never held whole). Line numbers count from 1; the first line loses a BOM.
 */
async function* boundedLines(
  stream: NodeJS.ReadableStream,
  limit: number,
): AsyncGenerator<{ line: string; n: number } | { tooLong: number; n: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let n = 0;
  const decoder = new TextDecoder('utf-8');
  const take = (): string => {
    const s = decoder.decode(Buffer.concat(parts, size));
    parts = [];
    size = 0;
    return n === 1 && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    while (from < buf.length) {
      const nl = buf.indexOf(10, from);
      const end = nl < 0 ? buf.length : nl;
      if (!skipping) {
        if (size + end - from > limit) {
          skipping = true;
          parts = [];
          size = 0;
        } else {
          parts.push(buf.subarray(from, end));
          size += end - from;
        }
      }
      if (nl < 0) break;
      n++;
      if (skipping) {
        skipping = false;
        yield { tooLong: limit, n };
      } else yield { line: take().replace(/\r$/, ''), n };
      from = nl + 1;
    }
  }
  if (skipping) yield { tooLong: limit, n: n + 1 };
  else if (size > 0) {
    n++;
    yield { line: take().replace(/\r$/, ''), n };
  }
}

/** Streams the stories of a `.jsonl` file (or stdin when path is '-'), line by line, in bounded memory. */
export async function* readJsonlStories(
  path: string,
  input?: NodeJS.ReadableStream,
  maxChars = DEFAULT_MAX_CHARS,
): AsyncGenerator<StoryItem> {
  const stream = input ?? createReadStream(path);
  for await (const l of boundedLines(stream, byteLimit(maxChars, true))) {
    if ('tooLong' in l) {
      yield fail(`${path}:${l.n}`, tooLarge(`${path}:${l.n}`, l.tooLong, maxChars));
      continue;
    }
    if (l.line.trim() === '') continue;
    yield storyFromJsonLine(l.line, `${path}:${l.n}`);
  }
}

/** Reads stories from a `.txt` or `.jsonl` path; other extensions are a per-file error. */
export async function* readStoryFile(
  path: string,
  d: TxtDefaults = {},
  maxChars = DEFAULT_MAX_CHARS,
): AsyncGenerator<StoryItem> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonlStories(path, undefined, maxChars);
    return;
  }
  if (ext === '.txt' || ext === '') {
    let bytes: Uint8Array;
    try {
      bytes = await readBounded(path, byteLimit(maxChars, false), maxChars);
    } catch (e) {
      if (e instanceof DyadicError) yield fail(path, e);
      else
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
