/**
 * A small response cache for the read endpoints (events, timeline, ledger): recent bodies by normalised
 * query, for a few seconds, cleared by every write through this server. Dashboards ask the same questions
 * again and again; a store written by another process (e.g. `dyadic ingest`) shows up within `ttlMs`.
 *
 * Bounded in bytes, not entries: at most `maxBytes` in all (default 64 MB, keys included), and an answer
 * larger than `maxEntryBytes` (default 1 MB) is not kept at all. Expired entries are swept on every `set`
 * and by a timer that does not keep the process alive; when the bytes run out the oldest entries go first.
 */

export interface CacheLimits {
  /** Total size of keys and bodies, in bytes (default 64 MB). */
  readonly maxBytes?: number;
  /** Largest body kept, in bytes (default 1 MB). */
  readonly maxEntryBytes?: number;
  /** How often expired entries are swept without any `set` (default: `ttlMs`, at least 1 s). */
  readonly sweepMs?: number;
}

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_CACHE_ENTRY_BYTES = 1024 * 1024;

interface Entry {
  readonly at: number;
  readonly body: string;
  readonly bytes: number;
}

/** Size of a string as sent (UTF-8); V8 keeps ASCII JSON at one byte per character, so this is its memory too. */
const sizeOf = (s: string): number => Buffer.byteLength(s, 'utf8');

export class ResponseCache {
  /** In insertion order, which is age order: a `set` re-inserts its key. */
  private readonly entries = new Map<string, Entry>();
  private total = 0;
  private timer: NodeJS.Timeout | null = null;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;

  constructor(
    readonly ttlMs: number,
    limits: CacheLimits = {},
  ) {
    this.maxBytes = limits.maxBytes ?? DEFAULT_CACHE_BYTES;
    this.maxEntryBytes = Math.min(limits.maxEntryBytes ?? DEFAULT_CACHE_ENTRY_BYTES, this.maxBytes);
    if (this.enabled) {
      this.timer = setInterval(() => this.sweep(), Math.max(limits.sweepMs ?? ttlMs, 1000));
      this.timer.unref();
    }
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** Bytes held (keys and bodies). */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): string | undefined {
    if (!this.enabled) return undefined;
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.remove(key, e);
      return undefined;
    }
    return e.body;
  }

  set(key: string, body: string): void {
    if (!this.enabled) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.sweep();
    // a quick bound first (UTF-8 takes at least one byte a character), then the exact size
    if (body.length > this.maxEntryBytes) return;
    const bytes = sizeOf(body) + sizeOf(key);
    if (bytes > this.maxEntryBytes) return;
    for (const [k, e] of this.entries) {
      if (this.total + bytes <= this.maxBytes) break;
      this.remove(k, e);
    }
    this.entries.set(key, { at: Date.now(), body, bytes });
    this.total += bytes;
  }

  /** Drops expired entries (the oldest come first, so the sweep stops at the first fresh one). */
  sweep(now = Date.now()): void {
    for (const [k, e] of this.entries) {
      if (now - e.at <= this.ttlMs) break;
      this.remove(k, e);
    }
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** Stops the sweep timer and empties the cache. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
  }

  private remove(key: string, e: Entry): void {
    this.entries.delete(key);
    this.total -= e.bytes;
  }
}

/** The cache key of a request: path and its sorted query parameters. */
export function cacheKey(url: string): string {
  const u = new URL(url);
  const params = [...u.searchParams].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return `${u.pathname}?${new URLSearchParams(params).toString()}`;
}
