/** The shared store: a PostgreSQL database (optionally one schema of it). */
import { SqlStore } from '../sql-store.js';
import { PostgresDb } from './db.js';

export async function openPostgresStore(url: string, schema?: string): Promise<SqlStore> {
  const db = await PostgresDb.connect(url, schema);
  try {
    return await new SqlStore(db).init();
  } catch (err) {
    await db.close();
    throw err;
  }
}
