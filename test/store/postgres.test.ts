/** The conformance suite against a real PostgreSQL server (DYADIC_TEST_PG_URL), one schema per test. */
import pg from 'pg';
import { describe, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { runConformance } from './conformance.js';

const url = process.env.DYADIC_TEST_PG_URL;

if (!url) {
  describe('store conformance: postgres', () => {
    it.skip('skipped: set DYADIC_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run against PostgreSQL', () => {});
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
}
