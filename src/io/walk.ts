/**
 * Input paths → story items: files dispatched by extension (`.txt`, `.jsonl`/`.ndjson`, `.html`/`.htm`,
 * `.rss`/`.atom`/`.rdf`/`.xml`), directories walked recursively in name order (hidden entries and
 * files of other types ignored). Every problem — a missing or unreadable file, bad bytes, a page
 * without text — is an `{ ok: false }` item naming the file; nothing here throws for bad input.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { DyadicError } from '../core/errors.js';
import { storiesFromFeed } from './feed.js';
import { storyFromHtml } from './html.js';
import { decodeUtf8, readStoryFile, type StoryItem, type TxtDefaults } from './stories.js';

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
  const visit = async (path: string, root: string | null): Promise<void> => {
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(path);
    } catch (e) {
      out.push({ path, kind: inputKind(path), size: 0, error: fileError(path, e) });
      return;
    }
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

async function readText(path: string): Promise<string> {
  return decodeUtf8(await readFile(path), path);
}

/** A cheap guess at a file's number of stories (for progress bars): JSONL lines, feed items, else 1. */
export async function estimateStories(f: InputFile): Promise<number> {
  if (f.error) return 0;
  if (f.kind !== 'jsonl' && f.kind !== 'feed') return 1;
  try {
    const buf = await readFile(f.path);
    if (f.kind === 'jsonl') {
      let n = 0;
      for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
      return buf.length > 0 && buf[buf.length - 1] !== 10 ? n + 1 : n;
    }
    const s = buf.toString('utf8');
    return (s.match(/<(item|entry)[\s>]/g) ?? []).length || 1;
  } catch {
    return 0;
  }
}

/** The story items of one input file; read errors, even midway, become items. */
export async function* readInputFile(f: InputFile, d: TxtDefaults = {}): AsyncGenerator<StoryItem> {
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
        yield* readStoryFile(f.path, defaults);
        return;
      case 'html':
        yield storyFromHtml(await readText(f.path), f.path, f.relId !== undefined ? { ...d, id: undefined } : d);
        return;
      case 'feed':
        yield* storiesFromFeed(await readText(f.path), f.path, { ...d, id: undefined });
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
