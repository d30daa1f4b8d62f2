/** The embedded store: one SQLite file (WAL), or `:memory:`. */
import { SqlStore } from '../sql-store.js';
import { SqliteDb } from './db.js';

export async function openSqliteStore(path: string): Promise<SqlStore> {
  const db = new SqliteDb(path);
  try {
    return await new SqlStore(db).init();
  } catch (err) {
    await db.close();
    throw err;
  }
}
