/**
 * Input paths → story items: files dispatched by extension (`.txt`, `.jsonl`/`.ndjson`, `.html`/`.htm`,
 * `.rss`/`.atom`/`.rdf`/`.xml`), directories walked recursively in name order (hidden entries and
 * files of other types ignored). Every problem — a missing or unreadable file, bad bytes, a page
 * without text — is an `{ ok: false }` item naming the file; nothing here throws for bad input.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { DyadicError } from '../core/errors.js';
import { storiesFromFeed } from './feed.js';
import { storyFromHtml } from './html.js';
import {
  byteLimit,
  DEFAULT_MAX_CHARS,
  decodeUtf8,
  readBounded,
  readStoryFile,
  type StoryItem,
  type TxtDefaults,
} from './stories.js';

export type InputKind = 'txt' | 'jsonl' | 'html' | 'feed';

const KINDS: Readonly<Record<string, InputKind>> = {
  '.txt': 'txt',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.xml': 'feed',
};

export function inputKind(path: string): InputKind | null {
  return KINDS[extname(path).toLowerCase()] ?? null;
}

export interface InputFile {
  readonly path: string;
  readonly kind: InputKind | null;
  /** For files found in a directory: the path below it, without extension (the default .txt id). */
  readonly relId?: string;
  readonly size: number;
  /** Set when the file cannot be used: the error item to report. */
  readonly error?: StoryItem;
}

function failItem(where: string, err: DyadicError): StoryItem {
  return { ok: false, where, code: err.code, message: err.message };
}

function fileError(path: string, e: unknown): StoryItem {
  return failItem(
    path,
    new DyadicError('DYADIC_INPUT_FILE', { path, detail: e instanceof Error ? e.message : String(e) }),
  );
}

/** Expands the paths into input files, in a stable order. `onIgnored` hears of directory entries of no known type. */
export async function listInputs(paths: readonly string[], onIgnored?: (path: string) => void): Promise<InputFile[]> {
  const out: InputFile[] = [];
  // Each real file and folder once, by device and inode: symlink loops neither repeat a file nor hang.
  const seen = new Set<string>();
  const visit = async (path: string, root: string | null): Promise<void> => {
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(path);
    } catch (e) {
      out.push({ path, kind: inputKind(path), size: 0, error: fileError(path, e) });
      return;
    }
    const key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (e) {
        out.push({ path, kind: null, size: 0, error: fileError(path, e) });
        return;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue;
        await visit(join(path, name), root ?? path);
      }
      return;
    }
    const kind = inputKind(path);
    if (root !== null && kind === null) {
      onIgnored?.(path);
      return;
    }
    if (!st.isFile()) {
      out.push({
        path,
        kind,
        size: 0,
        error: failItem(path, new DyadicError('DYADIC_INPUT_FILE', { path, detail: 'not a regular file' })),
      });
      return;
    }
    if (kind === null) {
      const detail = `expected .txt, .jsonl, .html or an RSS/Atom file, got "${extname(path) || 'no extension'}"`;
      out.push({
        path,
        kind,
        size: st.size,
        error: failItem(path, new DyadicError('DYADIC_INPUT_FORMAT', { path, detail })),
      });
      return;
    }
    const file: InputFile = { path, kind, size: st.size };
    if (root !== null) {
      const rel = relative(root, path);
      out.push({
        ...file,
        relId: rel
          .slice(0, rel.length - extname(rel).length)
          .split(sep)
          .join('/'),
      });
    } else out.push(file);
  };
  for (const p of paths) await visit(p, null);
  return out;
}

/** A page or feed, read no further than `maxChars` stories' worth of bytes (markup included, x4). */
async function readText(path: string, maxChars: number): Promise<string> {
  return decodeUtf8(await readBounded(path, byteLimit(maxChars, false) * 4, maxChars), path);
}

/** A cheap guess at a file's number of stories (for progress bars): JSONL lines, feed items, else 1. */
export async function estimateStories(f: InputFile): Promise<number> {
  if (f.error) return 0;
  if (f.kind !== 'jsonl' && f.kind !== 'feed') return 1;
  try {
    // Streamed in constant memory: a large file is counted, never held whole.
    if (f.kind === 'jsonl') {
      let n = 0;
      let last = 10;
      for await (const chunk of createReadStream(f.path)) {
        const b = chunk as Buffer;
        for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++;
        if (b.length) last = b[b.length - 1]!;
      }
      return last !== 10 ? n + 1 : n;
    }
    if (f.size > 64 * 1024 * 1024) return 1;
    const s = (await readFile(f.path)).toString('utf8');
    return (s.match(/<(item|entry)[\s>]/g) ?? []).length || 1;
  } catch {
    return 0;
  }
}

/** The story items of one input file; read errors, even midway, become items. */
export async function* readInputFile(
  f: InputFile,
  d: TxtDefaults = {},
  maxChars = DEFAULT_MAX_CHARS,
): AsyncGenerator<StoryItem> {
  if (f.error) {
    yield f.error;
    return;
  }
  // --id names one story: it applies to a file given by name, not to every file of a directory
  const defaults: TxtDefaults = f.relId !== undefined ? { ...d, id: f.relId } : d;
  try {
    switch (f.kind) {
      case 'txt':
      case 'jsonl':
        yield* readStoryFile(f.path, defaults, maxChars);
        return;
      case 'html':
        yield storyFromHtml(
          await readText(f.path, maxChars),
          f.path,
          f.relId !== undefined ? { ...d, id: undefined } : d,
        );
        return;
      case 'feed':
        yield* storiesFromFeed(await readText(f.path, maxChars * 4), f.path, { ...d, id: undefined });
        return;
      default:
        yield failItem(
          f.path,
          new DyadicError('DYADIC_INPUT_FORMAT', { path: f.path, detail: 'unsupported file type' }),
        );
    }
  } catch (e) {
    if (e instanceof DyadicError) yield failItem(f.path, e);
    else yield fileError(f.path, e);
  }
}

/** All story items of the given paths, in order. */
export async function* readInputs(
  paths: readonly string[],
  d: TxtDefaults = {},
  onIgnored?: (path: string) => void,
): AsyncGenerator<StoryItem> {
  for (const f of await listInputs(paths, onIgnored)) yield* readInputFile(f, d);
}
