/**
 * Opens a store by location: `postgres://` / `postgresql://` URLs select PostgreSQL (a `schema`
 * query parameter, or the `schema` option, picks the schema); anything else is a SQLite file path.
 */
import { existsSync, statSync } from 'node:fs';
import { DyadicError } from '../core/errors.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'dyadic.db';

export interface OpenOptions {
  /** PostgreSQL schema to use (created when missing). */
  readonly schema?: string;
  /**
   * The store must already exist (reading commands): a SQLite path that is not a file is a one-line
   * usage error instead of a new empty database.
   */
  readonly mustExist?: boolean;
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
  if (options.mustExist && location !== ':memory:' && !(existsSync(location) && statSync(location).isFile()))
    throw new DyadicError('DYADIC_USAGE', {
      detail: `no database at ${location} (create one with "dyadic ingest FILE --db ${location}")`,
    });
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(location);
}

/** Opens an existing store for a reading command (never creates a database). */
export function openExistingStore(location: string): Promise<Store> {
  return openStore(location, { mustExist: true });
}
