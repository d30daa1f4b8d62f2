/** A store for the API and browser tests: the seed story (from ../shared, when present) and a few texts of our own. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoder } from '../../src/core/coder.js';
import type { Story } from '../../src/core/records.js';
import { type Coder, codeOne } from '../../src/ingest/coding.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_DIR = resolve(ROOT, '../shared/corpus/seed');
export const SEED_ID = 'us-iran-talks-2007-05-28';
export const HAVE_SEED = existsSync(join(SEED_DIR, `${SEED_ID}.txt`));

/** Stories written for these tests (invented). */
export const OWN_STORIES: readonly Story[] = [
  {
    id: 'own-1',
    date: '2007-06-04',
    dateline: 'Paris',
    title: 'France and Germany agree on rail link',
    text: 'France and Germany signed an agreement on Monday to build a new rail link. The French foreign minister praised Germany for its support.',
  },
  {
    id: 'own-2',
    date: '2007-06-11',
    dateline: 'Moscow',
    title: 'Russia criticises Ukraine',
    text: 'Russia accused Ukraine of violating the ceasefire. Ukraine rejected the accusation on Tuesday.',
  },
];

let coder: Coder | null = null;
/** One coder per test process (it takes about a second to build). */
export function sharedCoder(): Coder {
  coder ??= createCoder();
  return coder;
}

export function seedStory(): Story | null {
  if (!HAVE_SEED) return null;
  const gold = JSON.parse(readFileSync(join(SEED_DIR, `${SEED_ID}.gold.json`), 'utf8')) as {
    story?: { date?: string; dateline?: string };
  };
  return {
    id: SEED_ID,
    date: gold.story?.date ?? '2007-05-28',
    dateline: gold.story?.dateline ?? 'Baghdad',
    title: 'U.S.-Iran talks',
    text: readFileSync(join(SEED_DIR, `${SEED_ID}.txt`), 'utf8'),
  };
}

/** A fresh in-memory store holding the seed story (when present) and OWN_STORIES. */
export async function filledStore(location = ':memory:'): Promise<Store> {
  const store = await openStore(location);
  const c = sharedCoder();
  const seed = seedStory();
  const stories = [...(seed ? [seed] : []), ...OWN_STORIES];
  await store.writeStories(
    stories.map((s) => codeOne(c, s)),
    c.version,
  );
  return store;
}
