import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SQLITE_TYPES } from '../../src/store/db.js';
import { openStore } from '../../src/store/open.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/schema.js';
import { runConformance } from './conformance.js';
import { coded, story } from './helpers.js';

runConformance('sqlite :memory:', { open: () => openStore(':memory:') });

let dir = '';
runConformance('sqlite file (WAL)', {
  open: () => {
    dir = mkdtempSync(join(tmpdir(), 'dyadic-sqlite-'));
    return openStore(join(dir, 'test.db'));
  },
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

describe('sqlite file store', () => {
  it('keeps its data and schema version across reopening', async () => {
    const d = mkdtempSync(join(tmpdir(), 'dyadic-sqlite-'));
    try {
      const path = join(d, 'x.db');
      const s1 = await openStore(path);
      await s1.writeStories([coded(story('k1', 'USA meets IRN.'))], 'fake-1');
      await s1.close();
      const s2 = await openStore(path);
      expect(s2.schemaVersion).toBe(SCHEMA_VERSION);
      expect(await s2.counts()).toMatchObject({ stories: 1, events: 1 });
      await s2.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('migrates a version-1 database: the pair indexes gain the listing order columns', async () => {
    const d = mkdtempSync(join(tmpdir(), 'dyadic-sqlite-'));
    try {
      const path = join(d, 'v1.db');
      const Database = (await import('better-sqlite3')).default;
      const raw = new Database(path);
      raw.exec(
        'CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      for (const sql of MIGRATIONS[0]!.statements(SQLITE_TYPES)) raw.exec(sql);
      raw.exec("INSERT INTO schema_version VALUES (1, 'v1', 'x')");
      const cols = () =>
        (raw.prepare("SELECT name FROM pragma_index_info('events_country_pair')").all() as { name: string }[]).map(
          (r) => r.name,
        );
      expect(cols()).not.toContain('ord');
      raw.close();
      const s = await openStore(path);
      expect(s.schemaVersion).toBe(SCHEMA_VERSION);
      await s.writeStories([coded(story('m1', 'USA meets IRN.'))], 'fake-1');
      expect(await s.events({ pair: ['USA', 'IRN'], limit: 10 })).toHaveLength(1);
      await s.close();
      const again = new Database(path, { readonly: true });
      expect(
        (again.prepare("SELECT name FROM pragma_index_info('events_country_pair')").all() as { name: string }[]).map(
          (r) => r.name,
        ),
      ).toEqual(expect.arrayContaining(['story_id', 'ord']));
      again.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('refuses a database from a newer dyadic', async () => {
    const d = mkdtempSync(join(tmpdir(), 'dyadic-sqlite-'));
    try {
      const path = join(d, 'x.db');
      const Database = (await import('better-sqlite3')).default;
      const raw = new Database(path);
      raw.exec(
        "CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_version VALUES (99, 'future', 'x')",
      );
      raw.close();
      await expect(openStore(path)).rejects.toThrow(/schema version 99/);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
