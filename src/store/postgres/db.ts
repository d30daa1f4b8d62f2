/** node-postgres behind the `Db` port: one connection, `?` placeholders numbered, multi-row inserts. */
import pg from 'pg';
import { DyadicError } from '../../core/errors.js';
import type { Db, Row, SqlValue } from '../db.js';

/** PostgreSQL allows 65,535 parameters per statement. */
const MAX_PARAMS = 60_000;

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;
  private readonly client: pg.Client;
  private inTx = false;
  private cursors = 0;

  private constructor(client: pg.Client) {
    this.client = client;
  }

  /** Connects; `schema` (created when missing) becomes the search path, so tests and tenants stay apart. */
  static async connect(url: string, schema?: string): Promise<PostgresDb> {
    const client = new pg.Client({ connectionString: url });
    // Listen before connecting: a session ended while it connects (a restart, pg_terminate_backend)
    // also emits 'error', and an unheard 'error' would end the process. Errors reach the caller
    // through the rejected connect or the next query.
    client.on('error', () => {
      /* surfaced by connect() or the next query */
    });
    try {
      await client.connect();
    } catch (cause) {
      await client.end().catch(() => undefined);
      throw new DyadicError(
        'DYADIC_STORE',
        { detail: `cannot connect to PostgreSQL at ${redact(url)}: ${(cause as Error).message}` },
        { cause },
      );
    }
    const db = new PostgresDb(client);
    await db.exec('SET client_min_messages = warning');
    if (schema) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) {
        await client.end();
        throw new DyadicError('DYADIC_STORE', { detail: `invalid schema name "${schema}"` });
      }
      // one process at a time: CREATE SCHEMA IF NOT EXISTS can fail against a concurrent twin
      await db.serialized('create-schema', () =>
        db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`),
      );
    }
    return db;
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const res = await this.q(numbered(sql), params);
    return res.rows as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const res = await this.q(numbered(sql), params);
    return res.rowCount ?? 0;
  }

  readonly byteOrder = ' COLLATE "C"';
  readonly rowKey = 'id';

  async serialized<T>(name: string, fn: () => Promise<T>): Promise<T> {
    // the key is taken before fn runs (fn may change the search path), and the same key is released
    const key = await this.q("SELECT hashtext(current_schema() || ':dyadic-' || $1) AS k", [name]);
    const k = key.rows[0].k as number;
    await this.q('SELECT pg_advisory_lock($1)', [k]);
    try {
      return await fn();
    } finally {
      await this.q('SELECT pg_advisory_unlock($1)', [k]).catch(() => undefined);
    }
  }

  /** A server-side cursor in its own transaction (or the current one). */
  async *iterate<T extends Row = Row>(sql: string, params: readonly SqlValue[], pageSize: number): AsyncGenerator<T> {
    const own = !this.inTx;
    const name = `dyadic_cur_${++this.cursors}`;
    if (own) await this.q('BEGIN', []);
    let open = own;
    try {
      await this.q(`DECLARE ${name} NO SCROLL CURSOR FOR ${numbered(sql)}`, params);
      for (;;) {
        const res = await this.q(`FETCH ${Math.max(1, Math.floor(pageSize))} FROM ${name}`, []);
        for (const row of res.rows) yield row as T;
        if (res.rows.length < pageSize) break;
      }
      await this.q(`CLOSE ${name}`, []);
      if (own) await this.q('COMMIT', []);
      open = false;
    } finally {
      // an error, or a consumer that stops early, leaves the cursor's transaction open: end it
      if (open) await this.client.query('ROLLBACK').catch(() => undefined);
    }
  }

  async exec(sql: string): Promise<void> {
    await this.q(sql, []);
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const params: SqlValue[] = [];
      const tuples: string[] = [];
      let n = 0;
      for (const r of chunk) {
        const ph: string[] = [];
        for (const v of r) {
          params.push(v);
          ph.push(`$${++n}`);
        }
        tuples.push(`(${ph.join(',')})`);
      }
      await this.q(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(',')}`, params);
    }
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTx) throw new DyadicError('DYADIC_INTERNAL', { detail: 'nested store transaction' });
    this.inTx = true;
    await this.q('BEGIN', []);
    try {
      const out = await fn();
      await this.q('COMMIT', []);
      return out;
    } catch (err) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      this.inTx = false;
    }
  }

  async lockForWrite(): Promise<void> {
    // one writer at a time per schema: serialises concurrent ingests and migrations
    await this.q("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':dyadic'))", []);
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }

  private async q(sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult> {
    try {
      return await this.client.query(sql, params as SqlValue[]);
    } catch (cause) {
      if (cause instanceof DyadicError) throw cause;
      throw new DyadicError('DYADIC_STORE', { detail: (cause as Error).message }, { cause });
    }
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
