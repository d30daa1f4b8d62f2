#!/usr/bin/env node
/**
 * Grows the actor knowledge base from the Phoenix dictionaries of the PETRARCH-2 project (MIT,
 * Open Event Data Alliance) in `../shared/knowledge/phoenix/` (TABARI format: `NAME_ [CODE dates]`,
 * `+SYNONYM_` lines, tab-indented `[CODE YYMMDD-YYMMDD]` role lines, `#` comments).
 *
 * Writes `knowledge/phoenix-people.jsonl` (one row per role held, with dates) and
 * `knowledge/phoenix-organizations.jsonl` (IGOs, NGOs, armed groups). Deterministic: the same input
 * gives the same bytes. Codes are translated to the coding guide:
 * - armed groups take the country where they operate (from the code, or, for IMG/INT/region codes,
 *   from a country name or adjective in the group's name), sector REB/INS/SEP; never IMG;
 * - IGO codes are cut to the codes of `../shared/ontology/cameo-actor-codes.tsv` (IGOUNOREFHCR ->
 *   IGOUNO), NGOs to NGO + code where listed, else NGO;
 * - the hand-written entries (`knowledge/people.jsonl`, `organizations.jsonl`) win: a person
 *   already there keeps the hand roles and gains only the Phoenix roles that end before the first
 *   hand role begins (conflicts resolved by dates); names already taken are skipped.
 * Filters (precision): single-word names, names with digits, parenthesised acronyms and names of
 * three letters or fewer are left out.
 *
 * Usage: node scripts/build-knowledge.mjs [--shared DIR]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const SHARED = resolve(
  args[args.indexOf('--shared') + 1] && args.includes('--shared')
    ? args[args.indexOf('--shared') + 1]
    : resolve(ROOT, '../shared'),
);
const PHX = resolve(SHARED, 'knowledge/phoenix');
const OUT = resolve(ROOT, 'knowledge');
if (!existsSync(PHX)) {
  console.error(`build-knowledge: ${PHX} not found`);
  process.exit(2);
}

const SECTORS = new Set(
  'GOV MIL COP JUD LEG SPY OPP PTY REB INS SEP UAF CVL BUS CRM MED EDU HLH HRI LAB REF ELI AGR DEV ENV REL MNC NGO IGO'.split(
    ' ',
  ),
);
const TITLES = {
  GOV: 'government',
  MIL: 'military',
  COP: 'police',
  JUD: 'judiciary',
  LEG: 'legislature',
  SPY: 'intelligence',
  OPP: 'opposition',
  PTY: 'party',
  REB: 'rebel',
  INS: 'insurgent',
  SEP: 'separatist',
  ELI: 'elite',
  MED: 'media',
  BUS: 'business',
  HRI: 'human rights',
  REL: 'religious',
  IGO: 'international organisation',
  NGO: 'non-governmental organisation',
};
const jl = (f) =>
  readFileSync(resolve(OUT, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'))
    .map((l) => JSON.parse(l));
const countries = jl('countries.jsonl');
const COUNTRY = new Set(countries.map((c) => c.code));
const ontology = readFileSync(resolve(SHARED, 'ontology/cameo-actor-codes.tsv'), 'utf8')
  .split('\n')
  .map((l) => l.split('\t'));
const ORG_CODES = new Set(ontology.filter((r) => r[0] === 'organization').map((r) => r[1]));
const norm = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Country words in a group's name give its country of operation ("Revenge of the People of Pakistan").
const countryWords = [];
for (const c of countries)
  for (const w of [...c.names, ...c.adjectives, ...c.demonyms])
    if (w.length > 3 && !/^[A-Z.]+$/.test(w)) countryWords.push([norm(w), c.code]);
countryWords.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
function countryInName(name) {
  const n = ` ${norm(name)} `;
  for (const [w, code] of countryWords) if (n.includes(` ${w} `)) return code;
  return null;
}

// ---- TABARI reader ----
function parseTabari(file) {
  const entries = [];
  let cur = null;
  for (const raw of readFileSync(resolve(PHX, file), 'latin1').split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    if (/^[!]/.test(line.trim()) || /^\s*!.*=/.test(line)) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    if (/^\s/.test(raw) && line.trim().startsWith('[')) {
      if (cur) cur.codes.push(...codes);
      continue;
    }
    const text = line.replace(/\[[^\]]*\]/g, '').trim();
    if (text.startsWith('+')) {
      if (cur) cur.names.push(text.slice(1));
      if (cur) cur.codes.push(...codes);
      continue;
    }
    cur = { names: [text], codes };
    entries.push(cur);
  }
  return entries;
}

function tabariName(t) {
  let s = t.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^(SIR|DAME|DR\.?|GEN\.?|GENERAL|PRESIDENT|PRIME MINISTER|KING|QUEEN|SHEIKH|PRINCE) /, '');
  s = s
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\+.*$/, '')
    .trim();
  const small = new Set([
    'of',
    'the',
    'and',
    'for',
    'in',
    'on',
    'to',
    'de',
    'del',
    'la',
    'du',
    'van',
    'von',
    'bin',
    'al',
    'el',
  ]);
  return s
    .split(' ')
    .map((w, i) => {
      const lw = w.toLowerCase();
      if (i > 0 && small.has(lw)) return lw;
      return lw.replace(/(^|[-'])(\p{L})/gu, (_m, p, c) => p + c.toUpperCase()).replace(/^Al-/, i > 0 ? 'al-' : 'Al-');
    })
    .join(' ');
}
const goodName = (n) => n.split(' ').length >= 2 && n.length > 3 && !/\d/.test(n) && /^\p{Lu}/u.test(n);

function date(d) {
  if (!/^\d+$/.test(d)) return null;
  let y, m, day;
  if (d.length === 6) [y, m, day] = [Number(d.slice(0, 2)), d.slice(2, 4), d.slice(4)];
  else if (d.length === 8) [y, m, day] = [Number(d.slice(0, 4)), d.slice(4, 6), d.slice(6)];
  else return null;
  if (d.length === 6) y = y >= 30 ? 1900 + y : 2000 + y;
  if (+m < 1 || +m > 12 || +day < 1 || +day > 31) return null;
  return `${y}-${m}-${day}`;
}
/** `CODE`, `CODE YYMMDD-YYMMDD`, `CODE >YYMMDD`, `CODE <YYMMDD` -> {code, from?, to?} or null. */
function parseRole(s) {
  const m = /^([A-Z]+)\s*(.*)$/.exec(s);
  if (!m) return null;
  const [, code, rest] = m;
  const r = { code };
  const span = /^(\d+)\s*-\s*(\d+)$/.exec(rest);
  if (span) {
    r.from = date(span[1]);
    r.to = date(span[2]);
    if (!r.from || !r.to || r.from > r.to) return null;
  } else if (/^>\s*\d+$/.test(rest)) {
    r.from = date(rest.replace(/\D/g, ''));
    if (!r.from) return null;
  } else if (/^<\s*\d+$/.test(rest)) {
    r.to = date(rest.replace(/\D/g, ''));
    if (!r.to) return null;
  } else if (rest.trim()) return null;
  return r;
}
function sectorOf(rest) {
  for (let i = 0; i + 3 <= rest.length; i += 3) if (SECTORS.has(rest.slice(i, i + 3))) return rest.slice(i, i + 3);
  return null;
}
function igoCode(code) {
  for (let n = code.length; n >= 6; n -= 3) if (ORG_CODES.has(code.slice(0, n))) return code.slice(0, n);
  return code.slice(0, 3);
}

// ---- hand-written tables ----
const handPeople = jl('people.jsonl');
const handByName = new Map();
for (const r of handPeople)
  for (const n of [r.person, ...(r.names ?? [])]) if (!handByName.has(norm(n))) handByName.set(norm(n), r.person);
const handStart = new Map();
for (const r of handPeople) {
  const f = r.from ?? '0000-00-00';
  if (!handStart.has(r.person) || f < handStart.get(r.person)) handStart.set(r.person, f);
}
const handOrgs = jl('organizations.jsonl');
const takenOrgNames = new Set(handOrgs.flatMap((o) => o.names.map(norm)));
const handPeopleNames = new Set(handByName.keys());

// ---- people ----
const stats = {
  people: 0,
  peopleRows: 0,
  mergedIntoHand: 0,
  droppedNames: 0,
  groups: 0,
  groupsNoCountry: 0,
  igo: 0,
  ngo: 0,
};
const peopleRows = [];
const personKeys = new Set();
function addPerson(entry, defaultCountry) {
  const names = [...new Set(entry.names.map(tabariName))].filter((n) => {
    const ok = goodName(n);
    if (!ok) stats.droppedNames++;
    return ok;
  });
  if (names.length === 0) return;
  const roles = [];
  let lastCountry = defaultCountry;
  for (const c of entry.codes) {
    const r = parseRole(c);
    if (!r) continue;
    let country = r.code.slice(0, 3);
    let rest = r.code.slice(3);
    if (SECTORS.has(country) && r.code.length === 3) {
      // A bare sector ("[ELI]") continues the last country.
      if (!lastCountry) continue;
      rest = country;
      country = lastCountry;
    }
    if (country === 'IGO' || country === 'NGO') {
      roles.push({ country, sector: country, title: ORG_TITLE(r.code), from: r.from, to: r.to });
      continue;
    }
    if (!COUNTRY.has(country)) continue;
    lastCountry = country;
    const sector = sectorOf(rest) ?? 'ELI';
    roles.push({ country, sector, title: TITLES[sector] ?? sector.toLowerCase(), from: r.from, to: r.to });
  }
  if (roles.length === 0) return;
  const hand = names.map((n) => handByName.get(norm(n))).find(Boolean);
  let key = names[0];
  let keep = roles;
  if (hand) {
    // The hand-written entry wins: only Phoenix roles that ended before its first role are added.
    key = hand;
    const start = handStart.get(hand);
    keep = roles.filter((r) => r.to && r.to < start);
    stats.mergedIntoHand++;
    if (keep.length === 0) return;
  }
  const first = !hand && !personKeys.has(key);
  if (!hand) stats.people += personKeys.has(key) ? 0 : 1;
  personKeys.add(key);
  keep.forEach((r, i) => {
    const row = { person: key };
    if (first && i === 0) {
      const alias = names.filter((n) => !handPeopleNames.has(norm(n)));
      if (alias.length > 1 || alias[0] !== key) row.names = alias;
    }
    Object.assign(row, { country: r.country, sector: r.sector, title: r.title });
    if (r.from) row.from = r.from;
    if (r.to) row.to = r.to;
    row.source = 'phoenix';
    peopleRows.push(row);
  });
}
const ORG_NAMES = new Map(ontology.filter((r) => r[0] === 'organization').map((r) => [r[1], r[2]]));
function ORG_TITLE(code) {
  const c = igoCode(code);
  return ORG_NAMES.get(c) ?? (code.startsWith('NGO') ? 'non-governmental organisation' : 'international organisation');
}

for (const e of parseTabari('Phoenix.Countries.actors.txt')) {
  // Country-name entries ("BAHAMAS_ [BHS]") are in the hand-written country table already.
  if (e.codes.length === 1 && /^[A-Z]{3}$/.test(e.codes[0])) continue;
  if (e.codes.length === 0) continue;
  addPerson(e, null);
}

// ---- organisations ----
const orgRows = [];
const orgSeen = new Set();
const ORG_WORDS =
  /\b(organi[sz]ation|commission|union|council|agency|fund|bank|association|committee|foundation|institute|program|programme|federation|league|court|office|group|alliance|society|center|centre|network|forum|party|movement|front|army|brigade|cross|crescent|watch|international|conference|secretariat|board|authority|mission|force|corps|service|trust|partnership|initiative|coalition|community|ministry|assembly|parliament|tribunal|bureau|panel)\b/i;
// A hand-written organisation's name inside a generated name ("Members of the European Union") must not
// be shadowed by a longer generated match with another code.
const handOrgNames = handOrgs.flatMap((o) => o.names.filter((n) => n.length > 3).map((n) => [` ${norm(n)} `, o.code]));
function shadows(name, code) {
  const n = ` ${norm(name)} `;
  return handOrgNames.some(([h, c]) => c !== code && n.includes(h));
}
function addOrg(names, row) {
  if (row.code === 'IGO') return false; // no body code: the guide wants IGO plus the body (NGO alone is allowed)
  const clean = [...new Set(names.map(tabariName))].filter(
    (n) => goodName(n) && !takenOrgNames.has(norm(n)) && !shadows(n, row.code),
  );
  if (clean.length === 0) return false;
  for (const n of clean) takenOrgNames.add(norm(n));
  const key = `${row.code}|${clean[0]}`;
  if (orgSeen.has(key)) return false;
  orgSeen.add(key);
  orgRows.push({
    code: row.code,
    kind: row.kind,
    country: row.country,
    sector: row.sector,
    names: clean,
    source: 'phoenix',
  });
  return true;
}

for (const e of parseTabari('Phoenix.International.actors.txt')) {
  const roles = e.codes.map(parseRole).filter(Boolean);
  if (roles.length === 0) continue;
  const main = roles[0].code;
  const isOrg = ORG_WORDS.test(e.names.join(' ').replace(/_/g, ' ')) && !roles.some((r) => r.from || r.to);
  if (!isOrg) {
    // People of international bodies ("KOFI_ANNAN_ [IGOUNO 970101-061231] [ELI]").
    if (/^(IGO|NGO)/.test(main) || COUNTRY.has(main.slice(0, 3))) addPerson(e, null);
    continue;
  }
  if (main.startsWith('IGO')) {
    if (addOrg(e.names, { code: igoCode(main), kind: 'igo', country: null, sector: 'IGO' })) stats.igo++;
  } else if (main.startsWith('NGO')) {
    // The coding guide: an NGO is NGO or its home country; a country named in its name is its home.
    const home = ORG_CODES.has(main.slice(0, 6))
      ? null
      : (e.names.map((n) => countryInName(tabariName(n))).find(Boolean) ?? null);
    const code = ORG_CODES.has(main.slice(0, 6)) ? main.slice(0, 6) : home ? `${home}NGO` : 'NGO';
    if (addOrg(e.names, { code, kind: 'ngo', country: home, sector: 'NGO' })) stats.ngo++;
  }
}

for (const e of parseTabari('Phoenix.MilNonState.actors.txt')) {
  const roles = e.codes.map(parseRole).filter(Boolean);
  if (roles.length === 0) continue;
  const code = roles[0].code;
  const name = tabariName(e.names[0]);
  let country = COUNTRY.has(code.slice(0, 3)) ? code.slice(0, 3) : null;
  // IMG, INT and region codes (MEA, SAS, KKL ...): the country named in the group's name, else left out.
  if (!country) country = e.names.map((n) => countryInName(tabariName(n))).find(Boolean) ?? null;
  if (!country) {
    stats.groupsNoCountry++;
    continue;
  }
  const sector = /SEP/.test(code.slice(3)) ? 'SEP' : /INS/.test(code.slice(3)) ? 'INS' : 'REB';
  if (addOrg(e.names, { code: `${country}${sector}`, kind: 'armed-group', country, sector })) stats.groups++;
  else if (!goodName(name)) stats.droppedNames++;
}

const header =
  '// Generated by scripts/build-knowledge.mjs from the Phoenix dictionaries (MIT, Open Event Data Alliance; see NOTICE.md). Do not edit.\n';
const out = (rows) => `${header}${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
peopleRows.sort((a, b) =>
  a.person < b.person
    ? -1
    : a.person > b.person
      ? 1
      : (a.from ?? '') < (b.from ?? '')
        ? -1
        : (a.from ?? '') > (b.from ?? '')
          ? 1
          : 0,
);
// names go on the first row of each person after sorting
const byPerson = new Map();
for (const r of peopleRows) {
  if (r.names) {
    const n = r.names;
    delete r.names;
    byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), ...n]);
  }
}
const finalPeople = [];
let prev = null;
for (const r of peopleRows) {
  if (r.person !== prev && byPerson.has(r.person)) {
    const { person, ...rest } = r;
    finalPeople.push({ person, names: [...new Set(byPerson.get(person))], ...rest });
  } else finalPeople.push(r);
  prev = r.person;
}
orgRows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.names[0] < b.names[0] ? -1 : 1));
writeFileSync(resolve(OUT, 'phoenix-people.jsonl'), out(finalPeople));
writeFileSync(resolve(OUT, 'phoenix-organizations.jsonl'), out(orgRows));
stats.peopleRows = finalPeople.length;
console.log(JSON.stringify(stats));
