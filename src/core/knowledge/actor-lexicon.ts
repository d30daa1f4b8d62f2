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
import { encodeInts, joinColumn, splitColumn, splitStrings } from './columns.js';

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
 * A compiled lexicon as columns (see `columns.ts`): the interned entries, each person's dated roles
 * once (an entry points to its person's list), and every trie key (its tokens joined by a space)
 * with the entries stored at it. Restoring rebuilds the trie from the keys.
 */
export interface SerializedLexicon {
  readonly entries: {
    readonly n: number;
    readonly kind: string;
    readonly country: string;
    readonly sector: string;
    readonly orgCode: string;
    readonly name: string;
    readonly form: string;
    /** plural | short << 1 | caseMode << 2 */
    readonly flags: Int32Array;
    /** Index of the role list, -1 for none. */
    readonly roles: Int32Array;
  };
  readonly roles: {
    readonly lists: number;
    /** Start of each list in the role columns (lists + 1 offsets). */
    readonly start: Int32Array;
    readonly n: number;
    readonly country: string;
    readonly sector: string;
    readonly title: string;
    readonly from: string;
    readonly to: string;
  };
  readonly keys: {
    readonly n: number;
    readonly key: string;
    /** Start of each key's entry indices in `entries` (n + 1 offsets). */
    readonly start: Int32Array;
    readonly entries: Int32Array;
  };
  readonly maxLen: number;
}

const KINDS: readonly LexKind[] = [
  'country',
  'adjective',
  'demonym',
  'metonym',
  'org',
  'person',
  'title',
  'group',
  'agent',
];

/** Writes a compiled lexicon as JSON-ready columns (for the prepared artifact). */
export function serializeLexicon(lex: ActorLexicon): SerializedLexicon {
  const entries: LexEntry[] = [];
  const entryIndex = new Map<LexEntry, number>();
  const roleLists: (readonly Role[])[] = [];
  const roleIndex = new Map<readonly Role[], number>();
  const entryRoles: number[] = [];
  const intern = (e: LexEntry): number => {
    let i = entryIndex.get(e);
    if (i === undefined) {
      i = entries.length;
      entries.push(e);
      entryIndex.set(e, i);
      let r = -1;
      if (e.roles) {
        r = roleIndex.get(e.roles) ?? roleLists.length;
        if (r === roleLists.length) {
          roleLists.push(e.roles);
          roleIndex.set(e.roles, r);
        }
      }
      entryRoles.push(r);
    }
    return i;
  };
  const keys: string[] = [];
  const keyStart: number[] = [0];
  const keyEntries: number[] = [];
  const walk = (m: Map<string, TrieNode>, prefix: string) => {
    for (const [k, n] of m) {
      if (k.includes(' ')) throw new Error(`serializeLexicon: a token contains a space: ${k}`);
      const key = prefix ? `${prefix} ${k}` : k;
      if (n.entries) {
        keys.push(key);
        for (const e of n.entries) keyEntries.push(intern(e));
        keyStart.push(keyEntries.length);
      }
      if (n.next) walk(n.next, key);
    }
  };
  walk(lex.root, '');
  // Sorted keys: the keys under one prefix are then contiguous, which the lazy restore relies on.
  const order = keys.map((_, k) => k).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const sortedKeys = order.map((k) => keys[k]!);
  const sortedStart: number[] = [0];
  const sortedEntries: number[] = [];
  for (const k of order) {
    for (let j = keyStart[k]!; j < keyStart[k + 1]!; j++) sortedEntries.push(keyEntries[j]!);
    sortedStart.push(sortedEntries.length);
  }
  const roles = roleLists.flat();
  const roleStart = [0];
  for (const l of roleLists) roleStart.push(roleStart[roleStart.length - 1]! + l.length);
  return {
    entries: {
      n: entries.length,
      kind: entries.map((e) => KINDS.indexOf(e.kind)).join(''),
      country: joinColumn(entries.map((e) => e.country)),
      sector: joinColumn(entries.map((e) => e.sector)),
      orgCode: joinColumn(entries.map((e) => e.orgCode)),
      name: joinColumn(entries.map((e) => e.name)),
      form: joinColumn(entries.map((e) => e.form)),
      flags: encodeInts(entries.map((e) => (e.plural ? 1 : 0) | (e.short ? 2 : 0) | (e.caseMode << 2))),
      roles: encodeInts(entryRoles),
    },
    roles: {
      lists: roleLists.length,
      start: encodeInts(roleStart),
      n: roles.length,
      country: joinColumn(roles.map((r) => r.country)),
      sector: joinColumn(roles.map((r) => r.sector)),
      title: joinColumn(roles.map((r) => r.title)),
      from: joinColumn(roles.map((r) => r.from ?? null)),
      to: joinColumn(roles.map((r) => r.to ?? null)),
    },
    keys: {
      n: sortedKeys.length,
      key: joinColumn(sortedKeys),
      start: encodeInts(sortedStart),
      entries: encodeInts(sortedEntries),
    },
    maxLen: lex.maxLen,
  };
}

/**
 * Rebuilds a lexicon written by `serializeLexicon`, without tokenising or validating anything, and
 * lazily: the first tokens are indexed at once, while deeper trie levels, entries and role lists are
 * made the first time a text reaches them (most of the 19,000 people are never named in a run).
 */
export function restoreLexicon(
  s: SerializedLexicon,
  data: { countries: readonly CountryEntry[]; organizations: readonly OrganizationEntry[] },
): ActorLexicon {
  const keys = splitStrings(s.keys.key, s.keys.n);
  const kStart = s.keys.start;
  const kEntries = s.keys.entries;
  let cols: {
    country: (string | null)[];
    sector: (SectorCode | null)[];
    orgCode: (string | null)[];
    name: string[];
    form: string[];
  } | null = null;
  let roleCols: {
    country: string[];
    sector: SectorCode[];
    title: string[];
    from: (string | null)[];
    to: (string | null)[];
  } | null = null;
  const E = s.entries;
  const R = s.roles;
  const made: (LexEntry | undefined)[] = new Array(E.n);
  const rolesOf = (l: number): Role[] => {
    roleCols ??= {
      country: splitStrings(R.country, R.n),
      sector: splitStrings(R.sector, R.n) as SectorCode[],
      title: splitStrings(R.title, R.n),
      from: splitColumn(R.from, R.n),
      to: splitColumn(R.to, R.n),
    };
    const list: Role[] = [];
    for (let i = R.start[l]!; i < R.start[l + 1]!; i++) {
      const r: { -readonly [K in keyof Role]: Role[K] } = {
        country: roleCols.country[i]!,
        sector: roleCols.sector[i]!,
        title: roleCols.title[i]!,
      };
      if (roleCols.from[i]) r.from = roleCols.from[i]!;
      if (roleCols.to[i]) r.to = roleCols.to[i]!;
      list.push(r);
    }
    return list;
  };
  const roleLists = new Map<number, Role[]>();
  const entry = (i: number): LexEntry => {
    let e = made[i];
    if (e) return e;
    cols ??= {
      country: splitColumn(E.country, E.n),
      sector: splitColumn(E.sector, E.n) as (SectorCode | null)[],
      orgCode: splitColumn(E.orgCode, E.n),
      name: splitStrings(E.name, E.n),
      form: splitStrings(E.form, E.n),
    };
    const f = E.flags[i]!;
    const l = E.roles[i]!;
    let roles: Role[] | null = null;
    if (l >= 0) {
      roles = roleLists.get(l) ?? rolesOf(l);
      roleLists.set(l, roles);
    }
    e = {
      kind: KINDS[E.kind.charCodeAt(i) - 48]!,
      country: cols.country[i]!,
      sector: cols.sector[i]!,
      orgCode: cols.orgCode[i]!,
      name: cols.name[i]!,
      plural: (f & 1) === 1,
      caseMode: (f >> 2) as CaseMode,
      form: cols.form[i]!,
      roles,
      short: (f & 2) === 2,
    };
    made[i] = e;
    return e;
  };
  /** The token of key k at `depth` (0-based), or null when the key is shorter. */
  const tokenAt = (k: number, depth: number): string | null => {
    const key = keys[k]!;
    let a = 0;
    for (let d = 0; d < depth; d++) {
      const sp = key.indexOf(' ', a);
      if (sp < 0) return null;
      a = sp + 1;
    }
    const sp = key.indexOf(' ', a);
    return sp < 0 ? key.slice(a) : key.slice(a, sp);
  };
  /** Children of the keys [lo, hi) sharing `depth` tokens, grouped by their next token (contiguous runs). */
  const level = (lo: number, hi: number, depth: number): Map<string, TrieNode> | null => {
    let m: Map<string, TrieNode> | null = null;
    let k = lo;
    while (k < hi) {
      const tok = tokenAt(k, depth);
      if (tok === null) {
        k++;
        continue;
      }
      let end = k + 1;
      while (end < hi && tokenAt(end, depth) === tok) end++;
      m ??= new Map();
      m.set(tok, new LazyNode(k, end, depth + 1));
      k = end;
    }
    return m;
  };
  class LazyNode implements TrieNode {
    #entries: LexEntry[] | null | undefined;
    #next: Map<string, TrieNode> | null | undefined;
    constructor(
      private readonly lo: number,
      private readonly hi: number,
      private readonly depth: number,
    ) {}
    /** The first key of the range is this node's own key when it has exactly `depth` tokens. */
    get entries(): LexEntry[] | null {
      if (this.#entries === undefined) {
        const k = this.lo;
        this.#entries = null;
        if (tokenAt(k, this.depth) === null) {
          const list: LexEntry[] = [];
          for (let j = kStart[k]!; j < kStart[k + 1]!; j++) list.push(entry(kEntries[j]!));
          this.#entries = list;
        }
      }
      return this.#entries;
    }
    get next(): Map<string, TrieNode> | null {
      if (this.#next === undefined) this.#next = level(this.lo, this.hi, this.depth);
      return this.#next;
    }
  }
  return {
    root: level(0, keys.length, 0) ?? new Map(),
    countries: new Map(data.countries.map((c) => [c.code, c])),
    orgs: new Map(data.organizations.map((o) => [o.code, o])),
    maxLen: s.maxLen,
  };
}
