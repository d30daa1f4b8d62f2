import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
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
      expect(s2.schemaVersion).toBe(1);
      expect(await s2.counts()).toMatchObject({ stories: 1, events: 1 });
      await s2.close();
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
