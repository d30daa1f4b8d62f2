/**
 * The one schema both stores share, as numbered migrations run on open (each in its own
 * transaction, recorded in `schema_version`). Add a migration; never edit a released one.
 */
import { DyadicError } from '../core/errors.js';
import type { Db, SqlTypes } from './db.js';
import { POSTGRES_TYPES, SQLITE_TYPES } from './db.js';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly statements: (t: SqlTypes) => readonly string[];
}

const ACTOR_COLS = (p: string) => `${p}_code TEXT, ${p}_country TEXT, ${p}_sector TEXT, ${p}_name TEXT, ${p}_text TEXT`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'stories, events, input failures',
    statements: (t) => [
      `CREATE TABLE stories (
        seq ${t.serialPk},
        id TEXT NOT NULL UNIQUE,
        date TEXT, source TEXT, url TEXT, title TEXT, dateline TEXT,
        text_hash TEXT NOT NULL, text TEXT NOT NULL,
        simhash TEXT, sh0 INTEGER, sh1 INTEGER, sh2 INTEGER, sh3 INTEGER,
        status TEXT NOT NULL, error_code TEXT, error_message TEXT,
        sentences INTEGER, event_count INTEGER NOT NULL DEFAULT 0,
        coder_version TEXT, duplicate_of TEXT,
        ingested_at TEXT NOT NULL
      )`,
      'CREATE INDEX stories_text_hash ON stories (text_hash)',
      'CREATE INDEX stories_sh0 ON stories (sh0)',
      'CREATE INDEX stories_sh1 ON stories (sh1)',
      'CREATE INDEX stories_sh2 ON stories (sh2)',
      'CREATE INDEX stories_sh3 ON stories (sh3)',
      'CREATE INDEX stories_coder_version ON stories (coder_version, seq)',
      `CREATE TABLE events (
        id TEXT NOT NULL PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        date TEXT, day TEXT, day_n INTEGER, month_n INTEGER,
        ${ACTOR_COLS('source')},
        ${ACTOR_COLS('target')},
        cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein ${t.real} NOT NULL,
        plover_event TEXT, plover_mode TEXT, plover_context TEXT,
        mode TEXT NOT NULL,
        ${ACTOR_COLS('claimed_by')},
        ${ACTOR_COLS('reported_by')},
        location_name TEXT, location_country TEXT, location_lat ${t.real}, location_lon ${t.real},
        killed INTEGER, injured INTEGER, arrested INTEGER,
        evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
        rule_id TEXT, rule_pattern TEXT,
        sentence TEXT NOT NULL,
        duplicate_of TEXT,
        record TEXT NOT NULL
      )`,
      'CREATE INDEX events_story ON events (story_id, ord)',
      // covering indexes for the timeline: direction, period, and the aggregated columns
      'CREATE INDEX events_country_pair ON events (source_country, target_country, day_n, month_n, quad_class, goldstein, mode, duplicate_of)',
      'CREATE INDEX events_code_pair ON events (source_code, target_code, day_n, month_n, quad_class, goldstein, mode, duplicate_of)',
      'CREATE INDEX events_target_country ON events (target_country, day_n)',
      'CREATE INDEX events_target_code ON events (target_code, day_n)',
      'CREATE INDEX events_day ON events (day_n)',
      'CREATE INDEX events_cameo ON events (cameo)',
      'CREATE INDEX events_root ON events (root, day_n)',
      'CREATE INDEX events_plover ON events (plover_event)',
      'CREATE INDEX events_location_country ON events (location_country)',
      `CREATE TABLE input_failures (
        location TEXT NOT NULL PRIMARY KEY,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        seen_at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    description: 'pair indexes also cover the listing order (story_id, ord)',
    statements: () => [
      'DROP INDEX events_country_pair',
      'DROP INDEX events_code_pair',
      'CREATE INDEX events_country_pair ON events (source_country, target_country, day_n, month_n, quad_class, goldstein, mode, duplicate_of, story_id, ord)',
      'CREATE INDEX events_code_pair ON events (source_code, target_code, day_n, month_n, quad_class, goldstein, mode, duplicate_of, story_id, ord)',
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings the database to the current schema version; refuses a database from a newer dyadic.
 * Processes opening the same store at once (workers starting together) take turns: PostgreSQL's
 * `CREATE TABLE IF NOT EXISTS` is not safe against a concurrent twin.
 */
export function migrate(db: Db): Promise<number> {
  return db.serialized('migrate', () => migrateNow(db));
}

async function migrateNow(db: Db): Promise<number> {
  const types = db.dialect === 'sqlite' ? SQLITE_TYPES : POSTGRES_TYPES;
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  for (const m of MIGRATIONS) {
    const applied = await db.transaction(async () => {
      await db.lockForWrite();
      const rows = await db.all<{ v: number | string | null }>('SELECT MAX(version) AS v FROM schema_version');
      const current = Number(rows[0]?.v ?? 0);
      if (current > SCHEMA_VERSION) {
        throw new DyadicError('DYADIC_STORE', {
          detail: `the database has schema version ${current}, newer than this dyadic's ${SCHEMA_VERSION}; upgrade dyadic`,
        });
      }
      if (current >= m.version) return false;
      for (const s of m.statements(types)) await db.exec(s);
      await db.run('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.description,
        new Date().toISOString(),
      ]);
      return true;
    });
    void applied;
  }
  const rows = await db.all<{ v: number | string | null }>('SELECT MAX(version) AS v FROM schema_version');
  return Number(rows[0]?.v ?? 0);
}
