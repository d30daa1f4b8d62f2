/**
 * Where the knowledge data files live, and a cheap stamp of them (names, sizes, modification times)
 * that tells whether a prepared artifact is current. No validation here (that is `data.ts`), so that
 * a starting process loads no schema library.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the data files: `knowledge/` at the package root (from src/knowledge or dist/knowledge). */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

export const FILES = {
  countries: ['countries.jsonl'],
  organizations: ['organizations.jsonl', 'phoenix-organizations.jsonl'],
  people: ['people.jsonl', 'phoenix-people.jsonl'],
  sectors: ['sectors.jsonl'],
  stoplist: ['surname-stoplist.jsonl'],
  ambiguous: ['ambiguous.jsonl'],
} as const;

/** Names, sizes and modification times of the files `names` of `dir` that exist: a cheap check that a build is current. */
export function stampOf(dir: string, names: Iterable<string>): string {
  const parts: string[] = [];
  for (const n of names) {
    const path = `${dir}/${n}`;
    if (existsSync(path)) {
      const st = statSync(path);
      parts.push(`${n}:${st.size}:${Math.floor(st.mtimeMs)}`);
    }
  }
  return parts.join(',');
}

/** The stamp of the data files: the prepared artifact is stale when it differs. */
export function filesStamp(dir: string = KNOWLEDGE_DIR): string {
  return stampOf(dir, Object.values(FILES).flat());
}
