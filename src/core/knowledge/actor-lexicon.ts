/**
 * Compiles the actor knowledge base into a token trie, once per process. Keys are lower-case tokens
 * as the segmenter produces them, so multi-word names ("the White House", "U.S. Ambassador") match
 * token by token. Each trie entry says what the words are (country name, adjective, person, title ...)
 * and how strictly case must match.
 */
import type {
  CountryEntry,
  OrganizationEntry,
  PersonEntry,
  Role,
  SectorCode,
  SectorTerm,
} from '../../knowledge/types.js';

export type LexKind =
  | 'country' // "Iran"
  | 'adjective' // "Iranian" (also "an Iranian")
  | 'demonym' // "Iranians"
  | 'metonym' // "Tehran", "the White House"
  | 'org' // "IAEA", "Hamas"
  | 'person' // "Nouri al-Maliki", "Maliki"
  | 'title' // "prime minister", "envoy"
  | 'group' // "troops", "protesters"
  | 'agent'; // "official", "soldier" (a person noun)

/** 0: any case; 1: first token capitalised in the text; 2: exact case of the written form. */
export type CaseMode = 0 | 1 | 2;

export interface LexEntry {
  readonly kind: LexKind;
  readonly country: string | null;
  readonly sector: SectorCode | null;
  /** Full CAMEO code for organisations ("IGOUNOIAE"); null otherwise (built from country + sector). */
  readonly orgCode: string | null;
  readonly name: string;
  readonly plural: boolean;
  readonly caseMode: CaseMode;
  /** The written form, for exact-case entries. */
  readonly form: string;
  /** Person roles by date (people only). */
  readonly roles: readonly Role[] | null;
  /** A surname alone: weaker than a full name. */
  readonly short: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: LexEntry[] | null;
}

export interface ActorLexicon {
  readonly root: Map<string, TrieNode>;
  readonly countries: ReadonlyMap<string, CountryEntry>;
  readonly orgs: ReadonlyMap<string, OrganizationEntry>;
  /** Longest key length in tokens. */
  readonly maxLen: number;
}

export type Tokenize = (texts: readonly string[]) => string[][];

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'von', 'van', 'de', 'da', 'du', 'la', 'le', 'der', 'abu', 'bint']);

export function compileActorLexicon(
  data: {
    countries: readonly CountryEntry[];
    organizations: readonly OrganizationEntry[];
    people: readonly PersonEntry[];
    sectors: readonly SectorTerm[];
    /** Last words never added as a surname alone ("Un", "II", "May"). */
    surnameStoplist?: readonly string[];
  },
  tokenize: Tokenize,
): ActorLexicon {
  const items: { text: string; entry: LexEntry }[] = [];
  const add = (text: string, e: Omit<LexEntry, 'form' | 'caseMode'> & { caseMode?: CaseMode }) => {
    const t = text.trim();
    if (!t) return;
    // Short all-capital forms match exactly; lower-case forms ("nuclear watchdog") in any case; names capitalised.
    const caseMode: CaseMode = e.caseMode ?? (isAllCapsShort(t) ? 2 : /^[a-z]/.test(t.replace(/^the /, '')) ? 0 : 1);
    const entry = Object.freeze({ ...e, caseMode, form: t });
    items.push({ text: t, entry });
    // "the White House" is also written "White House".
    if (/^the /i.test(t)) {
      const bare = t.slice(4);
      items.push({ text: bare, entry: Object.freeze({ ...entry, form: bare }) });
    }
  };
  const base = { orgCode: null, roles: null, short: false } as const;

  for (const c of data.countries) {
    for (const n of c.names)
      add(n, { ...base, kind: 'country', country: c.code, sector: null, name: c.names[0] ?? n, plural: false });
    for (const a of c.adjectives)
      add(a, { ...base, kind: 'adjective', country: c.code, sector: null, name: c.names[0] ?? a, plural: false });
    for (const d of c.demonyms)
      add(d, { ...base, kind: 'demonym', country: c.code, sector: null, name: c.names[0] ?? d, plural: true });
    if (c.capital)
      add(c.capital, {
        ...base,
        kind: 'metonym',
        country: c.code,
        sector: 'GOV',
        name: c.names[0] ?? c.capital,
        plural: false,
      });
    for (const m of c.metonyms) {
      add(m.text, {
        ...base,
        kind: 'metonym',
        country: c.code,
        sector: m.sector,
        name: c.names[0] ?? m.text,
        plural: false,
      });
    }
  }
  for (const o of data.organizations) {
    const sector = o.sector;
    for (const n of o.names) {
      add(n, {
        ...base,
        kind: 'org',
        country: o.country ?? orgCountry(o.code),
        sector,
        orgCode: o.code,
        name: o.names[0] ?? n,
        plural: false,
      });
    }
  }
  const surnames = new Map<string, PersonEntry[]>();
  const stop = new Set((data.surnameStoplist ?? []).map((w) => w.toLowerCase()));
  for (const p of data.people) {
    const full = p.names[0];
    if (!full) continue;
    const first = p.roles[0];
    for (const n of p.names) {
      add(n, {
        ...base,
        kind: 'person',
        country: first?.country ?? null,
        sector: first?.sector ?? null,
        name: full,
        plural: false,
        roles: p.roles,
      });
    }
    // Generated (Phoenix) people are matched by full name only: their surnames alone are too often words or other people.
    if (p.source === 'phoenix') continue;
    for (const n of p.names) {
      const last = surname(n);
      if (!last || p.names.includes(last) || stop.has(last.toLowerCase())) continue;
      const list = surnames.get(last) ?? [];
      if (!list.includes(p)) list.push(p);
      surnames.set(last, list);
    }
  }
  for (const [last, ps] of surnames) {
    for (const p of ps) {
      const first = p.roles[0];
      add(last, {
        ...base,
        kind: 'person',
        country: first?.country ?? null,
        sector: first?.sector ?? null,
        name: p.names[0]!,
        plural: false,
        roles: p.roles,
        short: true,
      });
    }
  }
  for (const s of data.sectors) {
    const kind: LexKind = s.kind === 'title' ? 'title' : s.kind === 'group' ? 'group' : 'agent';
    const plural = s.kind === 'group' && !/(?:ment|ship|ity|ary|ion|ce|ry)$/.test(s.text) && /s$/.test(s.text);
    add(s.text, { ...base, kind, country: null, sector: s.sector, name: s.text, plural, caseMode: 0 });
    const pl = s.plural ?? pluralize(s.text);
    if (pl && pl !== s.text)
      add(pl, {
        ...base,
        kind: kind === 'title' ? 'agent' : kind,
        country: null,
        sector: s.sector,
        name: s.text,
        plural: true,
        caseMode: 0,
      });
  }

  const tokenized = tokenize(items.map((i) => i.text));
  const root = new Map<string, TrieNode>();
  let maxLen = 0;
  for (let k = 0; k < items.length; k++) {
    const toks = tokenized[k]!;
    if (toks.length === 0) continue;
    maxLen = Math.max(maxLen, toks.length);
    let level = root;
    let node: TrieNode | undefined;
    for (let j = 0; j < toks.length; j++) {
      const key = toks[j]!;
      node = level.get(key);
      if (!node) {
        node = { next: null, entries: null };
        level.set(key, node);
      }
      if (j < toks.length - 1) {
        node.next ??= new Map();
        level = node.next;
      }
    }
    if (node) {
      node.entries ??= [];
      const entry = items[k]!.entry;
      if (!node.entries.some((e) => sameEntry(e, entry))) node.entries.push(entry);
    }
  }
  return {
    root,
    countries: new Map(data.countries.map((c) => [c.code, c])),
    orgs: new Map(data.organizations.map((o) => [o.code, o])),
    maxLen,
  };
}

function sameEntry(a: LexEntry, b: LexEntry): boolean {
  return (
    a.kind === b.kind &&
    a.country === b.country &&
    a.sector === b.sector &&
    a.name === b.name &&
    a.orgCode === b.orgCode
  );
}

/** Short all-capital forms ("US", "UN", "AP") must match in exact case: "us" and "un" are words. */
function isAllCapsShort(t: string): boolean {
  const letters = t.replace(/[^A-Za-z]/g, '');
  return letters.length <= 4 && letters === letters.toUpperCase() && letters.length > 0;
}

function orgCountry(code: string): string {
  return code.slice(0, 3);
}

/** The last name of a full name: "Nouri al-Maliki" -> "al-Maliki" is kept whole by the caller's tokenizer. */
function surname(n: string): string | null {
  const parts = n.split(/\s+/);
  if (parts.length < 2) return null;
  let last = parts[parts.length - 1]!;
  if (/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(last) && parts.length > 2) last = parts[parts.length - 2]!;
  const bare = last.replace(/^(al|el|ad|as|ash|an|ar)-/i, '');
  if (bare.length < 3 || PARTICLES.has(bare.toLowerCase())) return null;
  return /^\p{Lu}/u.test(bare) ? bare : null;
}

export function pluralize(word: string): string | null {
  const parts = word.split(' ');
  const last = parts[parts.length - 1]!;
  let pl: string;
  if (/man$/.test(last) && !/(human|german|ottoman)$/i.test(last)) pl = `${last.slice(0, -3)}men`;
  else if (/person$/.test(last)) pl = `${last.slice(0, -6)}people`;
  else if (/[^aeiou]y$/.test(last)) pl = `${last.slice(0, -1)}ies`;
  else if (/(s|x|z|ch|sh)$/.test(last)) pl = `${last}es`;
  else pl = `${last}s`;
  parts[parts.length - 1] = pl;
  return parts.join(' ');
}

/** The role a person held on a date (YYYY-MM-DD); the most recent role started before it, or the first. */
export function roleAt(roles: readonly Role[], date: string): Role | null {
  let best: Role | null = null;
  for (const r of roles) {
    if ((r.from ?? '0000') <= date && (r.to ?? '9999') >= date) {
      if (!best || (r.from ?? '') > (best.from ?? '')) best = r;
    }
  }
  return best;
}

/**
 * A compiled lexicon as plain JSON: interned entries as tuples and the trie as nested arrays
 * `[key, entryIdx[], children]`. A person entry's roles are the index of the person in `people`.
 */
export interface SerializedLexicon {
  readonly entries: EntryTuple[];
  readonly trie: SerializedNode[];
  readonly maxLen: number;
}
type EntryTuple = [
  LexKind,
  string | null,
  SectorCode | null,
  string | null,
  string,
  0 | 1,
  CaseMode,
  string,
  number,
  0 | 1,
];
type SerializedNode = [string, number[] | 0, SerializedNode[] | 0];

/** Writes a compiled lexicon as JSON-ready data (for the prepared artifact); `people` are the compiled ones. */
export function serializeLexicon(lex: ActorLexicon, people: readonly PersonEntry[]): SerializedLexicon {
  const entries: EntryTuple[] = [];
  const roleIndex = new Map<readonly Role[], number>(people.map((p, i) => [p.roles, i]));
  const index = new Map<LexEntry, number>();
  const intern = (e: LexEntry): number => {
    let i = index.get(e);
    if (i === undefined) {
      i = entries.length;
      const r = e.roles ? roleIndex.get(e.roles) : -1;
      if (r === undefined) throw new Error(`serializeLexicon: roles of ${e.name} are not a listed person's`);
      entries.push([
        e.kind,
        e.country,
        e.sector,
        e.orgCode,
        e.name,
        e.plural ? 1 : 0,
        e.caseMode,
        e.form,
        r,
        e.short ? 1 : 0,
      ]);
      index.set(e, i);
    }
    return i;
  };
  const level = (m: Map<string, TrieNode>): SerializedNode[] =>
    [...m].map(([k, n]) => [k, n.entries ? n.entries.map(intern) : 0, n.next ? level(n.next) : 0]);
  return { entries, trie: level(lex.root), maxLen: lex.maxLen };
}

/** Rebuilds a lexicon written by `serializeLexicon`, without tokenising or validating anything. */
export function restoreLexicon(
  s: SerializedLexicon,
  data: {
    countries: readonly CountryEntry[];
    organizations: readonly OrganizationEntry[];
    people: readonly PersonEntry[];
  },
): ActorLexicon {
  const entries: LexEntry[] = s.entries.map(
    ([kind, country, sector, orgCode, name, plural, caseMode, form, r, short]) => ({
      kind,
      country,
      sector,
      orgCode,
      name,
      plural: plural === 1,
      caseMode,
      form,
      roles: r >= 0 ? data.people[r]!.roles : null,
      short: short === 1,
    }),
  );
  const level = (nodes: SerializedNode[]): Map<string, TrieNode> => {
    const m = new Map<string, TrieNode>();
    for (const [k, es, next] of nodes)
      m.set(k, { entries: es === 0 ? null : es.map((i) => entries[i]!), next: next === 0 ? null : level(next) });
    return m;
  };
  return {
    root: level(s.trie),
    countries: new Map(data.countries.map((c) => [c.code, c])),
    orgs: new Map(data.organizations.map((o) => [o.code, o])),
    maxLen: s.maxLen,
  };
}
