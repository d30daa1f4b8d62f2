/**
 * Opens a store by location: `postgres://` / `postgresql://` URLs select PostgreSQL (a `schema`
 * query parameter, or the `schema` option, picks the schema); anything else is a SQLite file path.
 */
import type { Store } from './store.js';

export const DEFAULT_DB = 'dyadic.db';

export interface OpenOptions {
  /** PostgreSQL schema to use (created when missing). */
  readonly schema?: string;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string = DEFAULT_DB, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const url = new URL(location);
    const schema = options.schema ?? url.searchParams.get('schema') ?? undefined;
    url.searchParams.delete('schema');
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore(url.toString(), schema);
  }
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(location);
}
