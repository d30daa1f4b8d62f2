/**
 * GDELT-style event rows: the 58 columns of the GDELT 1.0 event table (comma-separated, with a
 * header), filled where dyadic has the information; actor geography, tone and mention counts that
 * need many articles are left empty or 1. GLOBALEVENTID holds dyadic's event id; country codes are
 * CAMEO's (GDELT's geo columns use FIPS).
 */
import type { ActorRecord, EventRecord } from '../../core/records.js';
import type { StoredEvent } from '../store.js';

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
];

const GROUP_PREFIXES = new Set(['IGO', 'NGO', 'IMG', 'NGM', 'MNC']);

function actorCols(a: ActorRecord | null): (string | null)[] {
  if (!a) return [null, null, null, null, null, null, null, null, null, null];
  const code = a.code ?? '';
  let rest = code.slice(3);
  let group: string | null = null;
  if (GROUP_PREFIXES.has(code.slice(0, 3)) && rest.length >= 3) {
    group = rest.slice(0, 3);
    rest = rest.slice(3);
  }
  const types = (rest.match(/.{1,3}/g) ?? []).slice(0, 3);
  const country = a.country && !GROUP_PREFIXES.has(a.country) ? a.country : null;
  return [
    code || null,
    (a.name ?? a.text)?.toUpperCase() ?? null,
    country,
    group,
    null,
    null,
    null,
    types[0] ?? a.sector ?? null,
    types[1] ?? null,
    types[2] ?? null,
  ];
}

function fractionDate(day: string): string {
  const y = Number(day.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const doy = (Date.UTC(y, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - start) / 86_400_000 + 1;
  return (y + doy / 365).toFixed(4);
}

export function gdeltRow(e: StoredEvent): (string | number | null)[] {
  const r = JSON.parse(e.record) as EventRecord;
  const day = e.day ?? e.story_date ?? '';
  const compact = day.replace(/-/g, '');
  const loc = r.location;
  const geoType = loc ? (loc.lat !== null && loc.lon !== null ? 4 : loc.country ? 1 : null) : null;
  const storyDay = (e.story_date ?? day).replace(/-/g, '');
  return [
    r.id,
    compact || null,
    compact ? compact.slice(0, 6) : null,
    compact ? compact.slice(0, 4) : null,
    day ? fractionDate(day) : null,
    ...actorCols(r.source),
    ...actorCols(r.target),
    r.sentence_index === 0 ? 1 : 0,
    r.cameo,
    r.cameo.slice(0, 3),
    r.root,
    r.quad_class,
    r.goldstein,
    1,
    1,
    1,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    geoType,
    loc?.name ?? null,
    loc?.country ?? null,
    null,
    loc?.lat ?? null,
    loc?.lon ?? null,
    null,
    storyDay || null,
    e.story_url,
  ];
}
