import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ORGANIZATIONS as ALL_ORGANIZATIONS,
  PEOPLE as ALL_PEOPLE,
  COUNTRIES,
  SECTOR_TERMS,
  SURNAME_STOPLIST,
} from '../../src/knowledge/index.js';
import { SECTOR_CODES } from '../../src/knowledge/schema.js';
import type { CountryEntry, PersonEntry } from '../../src/knowledge/types.js';

// These checks are about the hand-written tables; the generated Phoenix rows are checked in data.test.ts.
const ORGANIZATIONS = ALL_ORGANIZATIONS.filter((o) => o.source !== 'phoenix');
const PEOPLE = ALL_PEOPLE.filter((p) => p.source !== 'phoenix');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSV = resolve(ROOT, '../shared/ontology/cameo-actor-codes.tsv');
const HAVE_TSV = existsSync(TSV);
if (!HAVE_TSV) console.warn(`[actors.test] ${TSV} not found: TSV coverage checks are skipped`);

function tsvRows(): { kind: string; code: string; name: string }[] {
  return readFileSync(TSV, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [kind = '', code = '', name = ''] = l.split('\t');
      return { kind, code, name };
    });
}

const SECTORS: ReadonlySet<string> = new Set<string>(SECTOR_CODES);
const INTERNATIONAL = new Set(['IGO', 'NGO', 'IMG']);
const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));

/** Every written form that points at a country. */
function formsOf(c: CountryEntry): string[] {
  return [
    ...c.names,
    ...c.adjectives,
    ...c.demonyms,
    ...(c.capital ? [c.capital] : []),
    ...c.metonyms.map((m) => m.text),
  ];
}

/**
 * Forms deliberately shared by two countries, with the reason. Anything else that appears for
 * two countries is a collision in the data.
 */
const SHARED_FORMS: Record<string, string> = {
  // (none at present: ambiguous forms such as "Congo", "Dominican", "Korean" are given to one
  // country or left out; see the header of countries.ts)
};

/** Org names deliberately shared by two organisation codes. */
const SHARED_ORG_NAMES: Record<string, string> = {};

describe('countries', () => {
  it.skipIf(!HAVE_TSV)('lists every CAMEO country code of the TSV exactly once', () => {
    const codes = tsvRows()
      .filter((r) => r.kind === 'country')
      .map((r) => r.code);
    expect(codes.length).toBe(232);
    for (const code of codes) {
      expect(COUNTRIES.filter((c) => c.code === code).length, code).toBe(1);
    }
  });

  it('has unique codes, valid ISO alpha-2 codes, coordinates and metonym sectors', () => {
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    const iso = COUNTRIES.map((c) => c.iso2).filter((x): x is string => x !== null);
    expect(new Set(iso).size).toBe(iso.length);
    for (const c of COUNTRIES) {
      expect(c.code, c.code).toMatch(/^[A-Z]{3}$/);
      if (c.iso2 !== null) expect(c.iso2, c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.names.length, c.code).toBeGreaterThan(0);
      expect(Math.abs(c.lat), c.code).toBeLessThanOrEqual(90);
      expect(Math.abs(c.lon), c.code).toBeLessThanOrEqual(180);
      for (const m of c.metonyms) expect(SECTORS.has(m.sector), `${c.code} ${m.text}`).toBe(true);
      for (const f of formsOf(c)) expect(f.trim(), c.code).toBe(f);
    }
  });

  it('gives no written form to two different countries', () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const c of COUNTRIES) {
      for (const f of new Set(formsOf(c))) {
        const prev = owner.get(f);
        if (prev !== undefined && prev !== c.code && !(f in SHARED_FORMS)) collisions.push(`${f}: ${prev} / ${c.code}`);
        owner.set(f, c.code);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('spot checks', () => {
    const get = (code: string): CountryEntry => {
      const c = COUNTRIES.find((x) => x.code === code);
      if (!c) throw new Error(`no ${code}`);
      return c;
    };
    const irn = get('IRN');
    expect(irn.demonyms).toContain('Iranians');
    expect(irn.capital).toBe('Tehran');
    expect(irn.iso2).toBe('IR');
    const usa = get('USA');
    expect(usa.names).toContain('U.S.');
    expect(usa.metonyms).toContainEqual({ text: 'the White House', sector: 'GOV' });
    expect(usa.metonyms).toContainEqual({ text: 'the Pentagon', sector: 'MIL' });
    expect(get('GBR').names).toContain('Britain');
    expect(get('ROM').iso2).toBe('RO');
    expect(get('MTN').iso2).toBe('ME');
    expect(get('NLD').metonyms).toContainEqual({ text: 'The Hague', sector: 'GOV' });
    expect(get('ISR').capital).toBe('Jerusalem');
    expect(get('RUS').metonyms).toContainEqual({ text: 'the Kremlin', sector: 'GOV' });
    expect(get('PSE').demonyms).toContain('Palestinians');
  });
});

describe('organizations', () => {
  it.skipIf(!HAVE_TSV)('lists every organisation code of the TSV', () => {
    const orgCodes = new Set(ORGANIZATIONS.map((o) => o.code));
    const missing = tsvRows()
      .filter((r) => r.kind === 'organization')
      .map((r) => r.code)
      .filter((code) => !orgCodes.has(code));
    expect(missing).toEqual([]);
  });

  it('has no duplicate codes except generic country + sector codes (national media)', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const o of ORGANIZATIONS) {
      const generic = o.country !== null && o.code === o.country + o.sector;
      if (seen.has(o.code) && !generic) dupes.push(o.code);
      seen.add(o.code);
    }
    expect(dupes).toEqual([]);
  });

  it('uses known countries and sectors, and codes that start with a country or IGO/NGO/IMG', () => {
    for (const o of ORGANIZATIONS) {
      expect(SECTORS.has(o.sector), o.code).toBe(true);
      expect(o.code, o.code).toMatch(/^[A-Z0-9]{6,9}$/);
      const prefix = o.code.slice(0, 3);
      expect(COUNTRY_CODES.has(prefix) || INTERNATIONAL.has(prefix), o.code).toBe(true);
      if (o.country !== null) {
        expect(COUNTRY_CODES.has(o.country), o.code).toBe(true);
        expect(prefix, o.code).toBe(o.country);
      } else {
        expect(INTERNATIONAL.has(prefix), o.code).toBe(true);
      }
      expect(o.names.length, o.code).toBeGreaterThan(0);
    }
  });

  it('gives no name to two different organisation codes', () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const o of ORGANIZATIONS) {
      for (const n of new Set(o.names)) {
        const prev = owner.get(n);
        if (prev !== undefined && prev !== o.code && !(n in SHARED_ORG_NAMES))
          collisions.push(`${n}: ${prev} / ${o.code}`);
        owner.set(n, o.code);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('has at least 40 armed groups and the spot-checked aliases', () => {
    expect(ORGANIZATIONS.filter((o) => o.kind === 'armed-group').length).toBeGreaterThanOrEqual(40);
    const iaea = ORGANIZATIONS.find((o) => o.code === 'IGOUNOIAE');
    expect(iaea?.names).toContain('UN nuclear watchdog');
    expect(iaea?.names).toContain('IAEA');
    const byName = (n: string) => ORGANIZATIONS.find((o) => o.names.includes(n))?.code;
    expect(byName('NATO')).toBe('IGONAT');
    expect(byName('Taliban')).toBe('AFGINSTAL');
    expect(byName('al-Qaeda')).toBe('IMGMOSALQ');
    expect(byName('Associated Press')).toBe('USAMED');
    expect(byName('Reuters')).toBe('GBRMED');
    expect(byName('Brussels')).toBeUndefined();
  });
});

describe('people', () => {
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  const validDate = (d: string): boolean => {
    if (!isoDate.test(d)) return false;
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  };

  it('has several hundred people with valid roles and dates', () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(300);
    const bad: string[] = [];
    for (const p of PEOPLE) {
      const who = p.names[0] ?? '?';
      if (p.names.length === 0 || p.roles.length === 0) bad.push(`${who}: empty`);
      for (const r of p.roles) {
        if (!COUNTRY_CODES.has(r.country) && !INTERNATIONAL.has(r.country)) bad.push(`${who}: country ${r.country}`);
        if (!SECTORS.has(r.sector)) bad.push(`${who}: sector ${r.sector}`);
        if (r.title.trim() === '') bad.push(`${who}: no title`);
        if (r.from !== undefined && !validDate(r.from)) bad.push(`${who}: from ${r.from}`);
        if (r.to !== undefined && !validDate(r.to)) bad.push(`${who}: to ${r.to}`);
        if (r.from !== undefined && r.to !== undefined && r.from > r.to) bad.push(`${who}: ${r.from} > ${r.to}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives no full name to two people', () => {
    const owner = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of PEOPLE) {
      const first = p.names[0] ?? '';
      for (const n of new Set(p.names)) {
        const prev = owner.get(n);
        if (prev !== undefined && prev !== first) dupes.push(`${n}: ${prev} / ${first}`);
        owner.set(n, first);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('has a stoplist of plain strings', () => {
    expect(new Set(SURNAME_STOPLIST).size).toBe(SURNAME_STOPLIST.length);
  });

  const roleOn = (p: PersonEntry | undefined, date: string) =>
    p?.roles.filter((r) => (r.from === undefined || r.from <= date) && (r.to === undefined || date <= r.to));
  const person = (name: string) => PEOPLE.find((p) => p.names.includes(name));

  it('spot checks the seed story and well-known office holders', () => {
    const maliki = roleOn(person('Nouri al-Maliki'), '2007-05-28');
    expect(maliki).toContainEqual(expect.objectContaining({ country: 'IRQ', sector: 'GOV', title: 'Prime Minister' }));
    expect(roleOn(person('Ryan Crocker'), '2007-05-28')).toContainEqual(
      expect.objectContaining({ country: 'USA', sector: 'GOV', title: 'Ambassador to Iraq' }),
    );
    expect(roleOn(person('Hassan Kazemi Qomi'), '2007-05-28')?.[0]?.country).toBe('IRN');
    expect(roleOn(person('George W. Bush'), '2007-05-28')?.[0]?.title).toBe('President');
    expect(roleOn(person('Mahmoud Ahmadinejad'), '2007-05-28')?.[0]?.country).toBe('IRN');
    expect(roleOn(person('Vladimir Putin'), '2010-01-01')?.[0]?.title).toBe('Prime Minister');
    expect(roleOn(person('Nouri al-Maliki'), '2016-01-01')).toEqual([]);
    for (const name of ['Xi Jinping', 'Recep Tayyip Erdogan', 'Benjamin Netanyahu', 'Bashar al-Assad', 'Kim Jong Un']) {
      expect(person(name), name).toBeDefined();
    }
  });
});

describe('sector terms', () => {
  it('has at least 200 unique terms with valid sectors', () => {
    expect(SECTOR_TERMS.length).toBeGreaterThanOrEqual(200);
    const texts = SECTOR_TERMS.map((t) => t.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    for (const t of SECTOR_TERMS) expect(SECTORS.has(t.sector), t.text).toBe(true);
  });

  it('codes the CAMEO-style choices', () => {
    const sector = (text: string) => SECTOR_TERMS.find((t) => t.text === text)?.sector;
    expect(sector('security forces')).toBe('COP');
    expect(sector('troops')).toBe('MIL');
    expect(sector('militia')).toBe('UAF');
    expect(sector('rebel')).toBe('REB');
    expect(sector('protester')).toBe('CVL');
    expect(sector('senator')).toBe('LEG');
    expect(sector('ambassador')).toBe('GOV');
    expect(SECTOR_TERMS.find((t) => t.text === 'spokesman')?.plural).toBe('spokesmen');
  });
});

describe('across files', () => {
  it('never gives the same written form to a country and an organisation, or to a sector term', () => {
    const countryForms = new Map<string, string>();
    for (const c of COUNTRIES) for (const f of formsOf(c)) countryForms.set(f, c.code);
    const orgForms = new Map<string, string>();
    for (const o of ORGANIZATIONS) for (const n of o.names) orgForms.set(n, o.code);
    const clashes: string[] = [];
    for (const [n, code] of orgForms) {
      const c = countryForms.get(n);
      if (c !== undefined) clashes.push(`${n}: ${c} / ${code}`);
    }
    for (const t of SECTOR_TERMS) {
      for (const [f, code] of [...countryForms, ...orgForms]) {
        if (f.toLowerCase() === t.text.toLowerCase()) clashes.push(`${t.text}: sector term / ${code}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
