/** The conformance suite against a real PostgreSQL server (DYADIC_TEST_PG_URL), one schema per test. */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { runConformance } from './conformance.js';

const url = process.env.DYADIC_TEST_PG_URL;

if (!url) {
  // under CI=true a missing PostgreSQL fails the run; otherwise the skip says why
  if (process.env.CI !== 'true')
    console.warn('test/store/postgres: skipped: set DYADIC_TEST_PG_URL to run against PostgreSQL');
  describe('store conformance: postgres', () => {
    (process.env.CI === 'true' ? it : it.skip)(
      'DYADIC_TEST_PG_URL is set (e.g. postgres://postgres@127.0.0.1:5432/test)',
      () => {
        throw new Error('set DYADIC_TEST_PG_URL: CI=true requires PostgreSQL');
      },
    );
  });
} else {
  const run = `dyadic_t${process.pid}_${Date.now().toString(36)}`;
  let n = 0;
  let schema = '';
  runConformance('postgres', {
    open: () => {
      schema = `${run}_${++n}`;
      return openStore(url, { schema });
    },
    cleanup: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  });

  describe('postgres: opening', () => {
    it('several processes opening one new schema at once all migrate it (workers starting together)', async () => {
      for (let round = 0; round < 5; round++) {
        const fresh = `${run}_open_${round}`;
        try {
          const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(url, { schema: fresh })));
          expect(stores.map((st) => st.schemaVersion)).toEqual(Array(4).fill(SCHEMA_VERSION));
          await Promise.all(stores.map((st) => st.close()));
        } finally {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS ${fresh} CASCADE`);
          await c.end();
        }
      }
    });
  });
}
