/**
 * A small response cache for the read endpoints (events, timeline): recent bodies by normalised query, for
 * a few seconds, cleared by every write through this server. Dashboards ask the same questions again
 * and again; a store written by another process (e.g. `dyadic ingest`) shows up within `ttlMs`.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { at: number; body: string }>();
  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly maxBodyChars = 2_000_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): string | undefined {
    if (!this.enabled) return undefined;
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.body;
  }

  set(key: string, body: string): void {
    if (!this.enabled || body.length > this.maxBodyChars) return;
    this.entries.delete(key);
    this.entries.set(key, { at: Date.now(), body });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The cache key of a request: path and its sorted query parameters. */
export function cacheKey(url: string): string {
  const u = new URL(url);
  const params = [...u.searchParams].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return `${u.pathname}?${new URLSearchParams(params).toString()}`;
}
