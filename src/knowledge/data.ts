/**
 * Loads the actor knowledge base from its data files (`knowledge/*.jsonl` at the package root),
 * validating every row with the zod schema of `schema.ts`. A bad table throws one error listing
 * every bad row as `file:line: what is wrong`.
 *
 * The coder does not read these at start-up: it loads the prepared artifact compiled from them at
 * build (`src/core/knowledge/prepared.ts`), and reads them only when the artifact is missing or stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { FILES, KNOWLEDGE_DIR } from './files.js';
import {
  type AmbiguousRow,
  ambiguousRow,
  countryRow,
  organizationRow,
  type PersonRow,
  personRow,
  sectorRow,
  stoplistRow,
  validateKnowledgeFile,
} from './schema.js';
import type { CountryEntry, OrganizationEntry, PersonEntry, Role, SectorTerm } from './types.js';

export interface KnowledgeData {
  readonly countries: readonly CountryEntry[];
  readonly organizations: readonly OrganizationEntry[];
  readonly people: readonly PersonEntry[];
  readonly sectors: readonly SectorTerm[];
  readonly surnameStoplist: readonly string[];
  readonly ambiguous: readonly AmbiguousRow[];
  /** Hash of the data files: part of the coder's knowledge version. */
  readonly hash: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid knowledge data (${problems.length} problems):\n${problems.join('\n')}`);
  }
}

/** Reads and validates the JSONL files of `dir`; throws a KnowledgeError listing every bad row. */
export function loadKnowledgeFiles(dir: string = KNOWLEDGE_DIR): KnowledgeData {
  const problems: string[] = [];
  const hash = createHash('sha1');
  const read = <T>(names: readonly string[], schema: Parameters<typeof validateKnowledgeFile<T>>[2]) => {
    const out: { file: string; line: number; value: T }[] = [];
    for (const n of names) {
      const path = `${dir}/${n}`;
      if (!existsSync(path)) {
        if (!n.startsWith('phoenix-')) problems.push(`${n}: missing`);
        continue;
      }
      const text = readFileSync(path, 'utf8');
      hash.update(n).update(text);
      const r = validateKnowledgeFile(n, text, schema);
      problems.push(...r.errors);
      for (const row of r.rows) out.push({ file: n, ...row });
    }
    return out;
  };
  const countries = read(FILES.countries, countryRow).map((r) => r.value as CountryEntry);
  const orgRows = read(FILES.organizations, organizationRow);
  const personRows = read(FILES.people, personRow);
  const sectors = read(FILES.sectors, sectorRow).map((r) => r.value as SectorTerm);
  const surnameStoplist = read(FILES.stoplist, stoplistRow).map((r) => r.value.word);
  const ambiguous = read(FILES.ambiguous, ambiguousRow).map((r) => r.value);

  const known = new Set(countries.map((c) => c.code));
  for (const extra of ['IGO', 'NGO', 'IMG']) known.add(extra);
  const seenCountry = new Set<string>();
  for (const c of countries) {
    if (seenCountry.has(c.code)) problems.push(`countries.jsonl: ${c.code} listed twice`);
    seenCountry.add(c.code);
  }
  const organizations: OrganizationEntry[] = [];
  for (const { file, line, value: o } of orgRows) {
    if (o.country && !known.has(o.country)) problems.push(`${file}:${line}: unknown country ${o.country}`);
    const { source, ...entry } = o;
    organizations.push(source === 'phoenix' ? { ...entry, source } : entry);
  }
  const people = groupPeople(personRows, known, problems);
  if (problems.length) throw new KnowledgeError(problems);
  return {
    countries,
    organizations,
    people,
    sectors,
    surnameStoplist,
    ambiguous,
    hash: hash.digest('hex').slice(0, 12),
  };
}

function groupPeople(
  rows: readonly { file: string; line: number; value: PersonRow }[],
  known: ReadonlySet<string>,
  problems: string[],
): PersonEntry[] {
  const byKey = new Map<string, { names: string[]; roles: Role[]; phoenix: boolean }>();
  for (const { file, line, value: r } of rows) {
    if (!known.has(r.country)) problems.push(`${file}:${line}: unknown country ${r.country}`);
    let p = byKey.get(r.person);
    if (!p) {
      p = { names: [r.person.replace(/ #\d+$/, '')], roles: [], phoenix: r.source === 'phoenix' };
      byKey.set(r.person, p);
    }
    for (const n of r.names ?? []) if (!p.names.includes(n)) p.names.push(n);
    const role: { -readonly [K in keyof Role]: Role[K] } = { country: r.country, sector: r.sector, title: r.title };
    if (r.from) role.from = r.from;
    if (r.to) role.to = r.to;
    p.roles.push(role);
  }
  return [...byKey.values()].map((p) =>
    p.phoenix ? { names: p.names, roles: p.roles, source: 'phoenix' as const } : { names: p.names, roles: p.roles },
  );
}
