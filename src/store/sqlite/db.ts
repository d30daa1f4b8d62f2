/** better-sqlite3 behind the `Db` port: WAL, prepared statements cached by SQL text. */
import Database from 'better-sqlite3';
import { DyadicError } from '../../core/errors.js';
import type { Db, Row, SqlValue } from '../db.js';

export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  readonly raw: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();
  private inTx = false;

  constructor(path: string) {
    try {
      this.raw = new Database(path);
    } catch (cause) {
      throw new DyadicError('DYADIC_STORE', { detail: `cannot open ${path}: ${(cause as Error).message}` }, { cause });
    }
    this.raw.pragma('journal_mode = WAL');
    this.raw.pragma('synchronous = NORMAL');
    this.raw.pragma('busy_timeout = 10000');
    this.raw.pragma('foreign_keys = ON');
    this.raw.pragma('cache_size = -65536');
    // Reads through a memory map instead of a system call per page (random reads of a large store).
    this.raw.pragma('mmap_size = 1073741824');
  }

  prepare(sql: string): Database.Statement {
    let st = this.cache.get(sql);
    if (!st) {
      st = this.raw.prepare(sql);
      this.cache.set(sql, st);
    }
    return st;
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.prepare(sql).run(...params).changes;
  }

  readonly byteOrder = '';
  readonly rowKey = 'rowid';

  serialized<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  async *iterate<T extends Row = Row>(sql: string, params: readonly SqlValue[], _pageSize: number): AsyncGenerator<T> {
    // a separate statement object: an iterating statement cannot be reused meanwhile
    for (const row of this.raw.prepare(sql).iterate(...params)) yield row as T;
  }

  async exec(sql: string): Promise<void> {
    this.raw.exec(sql);
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    const st = this.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const r of rows) st.run(...r);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTx) throw new DyadicError('DYADIC_INTERNAL', { detail: 'nested store transaction' });
    this.inTx = true;
    this.raw.exec('BEGIN IMMEDIATE');
    try {
      const out = await fn();
      this.raw.exec('COMMIT');
      return out;
    } catch (err) {
      if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
      throw err;
    } finally {
      this.inTx = false;
    }
  }

  async lockForWrite(): Promise<void> {
    // BEGIN IMMEDIATE already holds the write lock
  }

  async close(): Promise<void> {
    if (this.raw.open) {
      try {
        this.raw.pragma('optimize');
      } finally {
        this.raw.close();
      }
    }
  }
}
