/**
 * Stage 2, mentions: actors (names, titles, nationalities, capitals, organisations, people,
 * descriptions like "Iraqi security forces"), pronouns and pair phrases, resolved within the story.
 * A mention is a token span with the actor(s) it stands for.
 */
import {
  DATE_TRIGGERS,
  MONTH_NAMES,
  PAIR_PHRASES,
  PLACE_PREPOSITIONS,
  PRONOUNS,
  type PronounKind,
} from '../../knowledge/lexicon.js';
import type { SectorCode } from '../../knowledge/types.js';
import { type Doc, FLAG_ALLCAPS, FLAG_CAPITALIZED, FLAG_IN_QUOTE, POS } from '../doc.js';
import { type ActorLexicon, type LexEntry, roleAt, type TrieNode } from '../knowledge/actor-lexicon.js';

export interface Actor {
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly name: string | null;
}

export type MentionKind = 'actor' | 'pronoun' | 'pair';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** The actor(s): one, or two for a pair ("the two sides"), or none for an unresolved pronoun. */
  actors: Actor[];
  readonly plural: boolean;
  readonly person: boolean;
  /** After a place preposition ("in Iraq"): a location first, an actor only as a last resort. */
  readonly locative: boolean;
  /** A description with no country ("gunmen", "20 people"): the event place may supply it. */
  readonly generic: boolean;
  /** For pronouns: which kind of antecedent they take. */
  readonly pronoun: PronounKind | null;
  /** Mention index of the mention this one is coordinated with ("Washington and Tehran"), or -1. */
  coord: number;
  /** Coordination group: mentions with the same group id are conjuncts ("Israel and the United States"); -1 none. */
  group: number;
}

export interface Mentions {
  readonly list: Mention[];
  /** Token -> index of the mention covering it, or -1. */
  readonly at: Int32Array;
}

const PLACE_PREPS = new Set(PLACE_PREPOSITIONS.filter((p) => p !== 'from'));
const DESTINATION_TITLES = new Set([
  'ambassador',
  'envoy',
  'ambassadors',
  'envoys',
  'emissary',
  'representative',
  'delegation',
]);
const NAME_JOINERS = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'dos',
  'bint',
  '-',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'both',
  'all',
  'some',
  'several',
  'many',
  'other',
]);
const QUANT_BEFORE = new Set([
  'more',
  'than',
  'at',
  'least',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'some',
  'up',
  'to',
]);

interface Atom {
  start: number;
  end: number;
  entry: LexEntry | null; // null: an unknown proper name
}

interface Draft {
  start: number;
  end: number;
  country: string | null;
  countryFromText: boolean;
  sector: SectorCode | string | null;
  orgCode: string | null;
  name: string | null;
  person: boolean;
  plural: boolean;
  hasHead: boolean;
}

export interface MentionContext {
  readonly lex: ActorLexicon;
  readonly date: string;
  /**
   * Whether a run of capitalised name tokens the lexicon does not list (lower-case, space-joined; and the
   * lemma of its first token) is an unknown name: not a place, not an event word. Absent: unknown names are
   * not actors.
   */
  readonly unknownName?: (name: string, firstLemma: string) => boolean;
}

/** Finds and resolves the mentions of a whole story. */
export function findMentions(doc: Doc, ctx: MentionContext): Mentions {
  const at = new Int32Array(doc.n).fill(-1);
  const list: Mention[] = [];
  const registry = new Map<string, Actor>(); // surnames and names seen in this story
  const state: Resolver = { lastPerson: null, lastGroup: null, lastPair: null, recent: [] };
  // Head noun -> last actor it named with a country: "the US Embassy" ... "the embassy".
  const byHead = new Map<string, Actor>();
  for (let k = 0; k < doc.sentenceCount; k++) {
    const s = doc.sentStart[k]!;
    const e = doc.sentEnd[k]!;
    const atoms = findAtoms(doc, s, e, ctx.lex, registry);
    assemble(doc, s, e, atoms, ctx, registry, list, at);
    // Pronouns and pair phrases.
    for (let i = s; i < e; i++) {
      if (at[i]! >= 0) continue;
      const pair = matchPair(doc, i, e);
      if (pair > 0) {
        const m: Mention = mk(i, i + pair, 'pair', [], true, false, false, false, null);
        for (let j = i; j < i + pair; j++) at[j] = list.length;
        list.push(m);
        i += pair - 1;
        continue;
      }
      // "at least 20 were killed", "dozens died": a number standing alone for people.
      if (
        (doc.pos[i] === POS.NUM || QUANTITY_NOUNS.has(doc.lower[i]!)) &&
        i + 1 < e &&
        (doc.pos[i + 1] === POS.AUX || doc.pos[i + 1] === POS.VERB) &&
        !/^(1[89]|20)\d\d$/.test(doc.lower[i]!)
      ) {
        let st = i;
        while (st > s && QUANT_BEFORE.has(doc.lower[st - 1]!) && at[st - 1]! < 0) st--;
        const people: Actor = { code: 'CVL', country: null, sector: 'CVL', name: null };
        for (let j = st; j <= i; j++) at[j] = list.length;
        list.push(mk(st, i + 1, 'actor', [people], true, false, false, true, null));
        continue;
      }
      // A proper name the knowledge does not list ("Avenatti was charged", "Trump pardoned Milken"): a
      // private person or body of the story's place (the records stage gives it that country).
      if (ctx.unknownName && doc.pos[i] === POS.PROPN && (doc.flags[i]! & FLAG_CAPITALIZED) !== 0) {
        let j = i;
        while (j < e && at[j]! < 0 && doc.pos[j] === POS.PROPN && (doc.flags[j]! & FLAG_CAPITALIZED) !== 0) j++;
        const before = i > s ? doc.lower[i - 1]! : '';
        // Not a name: after a place preposition, next to a known actor ("Michael Jordan", "Chad Smith":
        // the ambiguity rules decide those), an acronym, or a word the knowledge knows as something else.
        const isName =
          !PLACE_PREPS.has(before) &&
          before !== 'from' &&
          (i === s || at[i - 1]! < 0) &&
          (j >= e || at[j]! < 0) &&
          j - i <= 4 &&
          (doc.flags[i]! & FLAG_ALLCAPS) === 0 &&
          !CALENDAR_WORDS.has(doc.lower[i]!) &&
          ctx.unknownName(doc.lower.slice(i, j).join(' '), doc.lemma[i]!);
        if (isName) {
          const someone: Actor = { code: 'CVL', country: null, sector: 'CVL', name: doc.spanText(i, j) };
          for (let t = i; t < j; t++) at[t] = list.length;
          list.push(mk(i, j, 'actor', [someone], false, true, false, true, null));
        }
        i = j - 1;
        continue;
      }
      const kind = PRONOUNS[doc.lower[i]!];
      if (kind && (doc.pos[i] === POS.PRON || POSSESSIVES.has(doc.lower[i]!))) {
        at[i] = list.length;
        list.push(mk(i, i + 1, 'pronoun', [], kind === 'group', kind === 'person', false, false, kind ?? null));
      }
    }
    // Resolve this sentence's mentions in text order (antecedents precede).
    for (let i = s; i < e; i++) {
      const mi = at[i]!;
      if (mi < 0 || list[mi]!.start !== i) continue;
      const m = list[mi]!;
      if (m.kind === 'actor' && m.actors[0]?.sector) {
        const head = doc.lemma[m.end - 1]!;
        const a = m.actors[0];
        if (a.country) byHead.set(head, a);
        else if (doc.lower[m.start] === 'the' || doc.lower[m.start] === 'its' || doc.lower[m.start] === 'their') {
          // A definite description refers back to the last actor with the same head noun.
          const prev = byHead.get(head);
          if (prev) m.actors = [{ ...prev }];
        }
      }
      resolve(m, state);
      // "Israel and Hamas": a pair the story may later call "both sides".
      const p = m.coord >= 0 && m.coord < mi ? list[m.coord] : undefined;
      const a = m.actors[0];
      const b = p?.actors[0];
      if (a && b && a.country !== b.country && !m.locative && !p!.locative) state.lastPair = [b, a];
    }
  }
  return { list, at };
}

interface Resolver {
  lastPerson: Actor | null;
  lastGroup: Actor[] | null;
  /** The last two coordinated actors of different countries ("Israel and Hamas"): "both sides". */
  lastPair: [Actor, Actor] | null;
  /** Recent distinct actors (by country), newest last, for "the two sides". */
  recent: Actor[];
}

function resolve(m: Mention, st: Resolver): void {
  if (m.kind === 'actor') {
    const a = m.actors[0];
    if (!a) return;
    if (m.person) st.lastPerson = a;
    else if (m.plural) st.lastGroup = [a];
    if (a.country && !m.locative) {
      st.recent = st.recent.filter((r) => r.country !== a.country);
      st.recent.push(a);
      if (st.recent.length > 6) st.recent.shift();
    }
    return;
  }
  if (m.kind === 'pair') {
    const n = st.recent.length;
    if (st.lastPair) m.actors = [...st.lastPair];
    else if (n >= 2) m.actors = [st.recent[n - 2]!, st.recent[n - 1]!];
    return;
  }
  if (m.pronoun === 'person' && st.lastPerson) m.actors = [st.lastPerson];
  else if (m.pronoun === 'group' && st.lastGroup) m.actors = [...st.lastGroup];
  // 'speaker' pronouns are resolved by the clause stage, which knows who is speaking.
}

function mk(
  start: number,
  end: number,
  kind: MentionKind,
  actors: Actor[],
  plural: boolean,
  person: boolean,
  locative: boolean,
  generic: boolean,
  pronoun: PronounKind | null,
): Mention {
  return { start, end, kind, actors, plural, person, locative, generic, pronoun, coord: -1, group: -1 };
}

/** Capitalised words that are dates, not names. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...DATE_TRIGGERS, ...MONTH_NAMES.flat()]);
const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'our', 'my']);
const PAIR_FIRST = new Set(PAIR_PHRASES.map((p) => p[0]!));

function matchPair(doc: Doc, i: number, e: number): number {
  if (!PAIR_FIRST.has(doc.lower[i]!)) return 0;
  outer: for (const ph of PAIR_PHRASES) {
    if (i + ph.length > e) continue;
    for (let j = 0; j < ph.length; j++) if (doc.lower[i + j] !== ph[j]) continue outer;
    return ph.length;
  }
  return 0;
}

/** Longest dictionary match at each position (and story-registry names), left to right. */
function findAtoms(doc: Doc, s: number, e: number, lex: ActorLexicon, registry: Map<string, Actor>): Atom[] {
  const atoms: Atom[] = [];
  for (let i = s; i < e; ) {
    let level: Map<string, TrieNode> | null = lex.root;
    let bestEnd = -1;
    let best: LexEntry | null = null;
    for (let j = i; j < e && level; j++) {
      const node: TrieNode | undefined = level.get(doc.lower[j]!);
      if (!node) break;
      if (node.entries) {
        const hit = pickCaseOk(doc, i, j + 1, node.entries);
        if (hit) {
          bestEnd = j + 1;
          best = hit;
        }
      }
      level = node.next;
    }
    const reg = doc.flags[i]! & FLAG_CAPITALIZED ? registry.get(doc.lower[i]!) : undefined;
    if (reg && bestEnd <= i + 1) {
      atoms.push({ start: i, end: i + 1, entry: registryEntry(reg) });
      i++;
      continue;
    }
    if (best && bestEnd > i) {
      const entry = best;
      // "military offensive", "police station": a group word modifying a noun is not an actor.
      if ((entry.kind === 'group' || entry.kind === 'agent') && bestEnd < e && isModifiedNoun(doc, bestEnd, lex)) {
        i = bestEnd;
        continue;
      }
      atoms.push({ start: i, end: bestEnd, entry });
      i = bestEnd;
      continue;
    }
    i++;
  }
  return atoms;
}

/** True when token j is a common noun that does not itself start an actor name. */
function isModifiedNoun(doc: Doc, j: number, lex: ActorLexicon): boolean {
  if (doc.pos[j] !== POS.NOUN) return false;
  const node = lex.root.get(doc.lower[j]!);
  return !node?.entries && !node?.next;
}

function registryEntry(a: Actor): LexEntry {
  return {
    kind: 'person',
    country: a.country,
    sector: a.sector as SectorCode | null,
    orgCode: null,
    name: a.name ?? '',
    plural: false,
    caseMode: 1,
    form: a.name ?? '',
    roles: null,
    short: false,
  };
}

/** The entry whose case the text fits, preferring a full name to a bare surname; null when none fits. */
function pickCaseOk(doc: Doc, from: number, to: number, entries: readonly LexEntry[]): LexEntry | null {
  let best: LexEntry | null = null;
  for (const en of entries) {
    if (best && !best.short) break;
    if ((!best || !en.short) && caseOk(doc, from, to, en)) best = en;
  }
  return best;
}

function caseOk(doc: Doc, from: number, to: number, en: LexEntry): boolean {
  if (en.caseMode === 0) return true;
  if (en.caseMode === 2) return doc.spanText(from, to).replace(/\s+/g, ' ') === en.form;
  let i = from;
  while (i < to - 1 && doc.lower[i] === 'the') i++;
  if ((doc.flags[i]! & FLAG_CAPITALIZED) === 0) return false;
  // A surname alone must be tagged as a proper noun ("May" the month, "Rice" the grain).
  if (en.short && doc.pos[i] !== POS.PROPN) return false;
  return true;
}

const COMBINES_LEFT = new Set(['adjective', 'country', 'metonym', 'org', 'demonym']);

function assemble(
  doc: Doc,
  s: number,
  e: number,
  atoms: Atom[],
  ctx: MentionContext,
  registry: Map<string, Actor>,
  list: Mention[],
  at: Int32Array,
): void {
  let k = 0;
  let prevMention = -1;
  while (k < atoms.length) {
    const a = atoms[k]!;
    const d: Draft = {
      start: a.start,
      end: a.end,
      country: null,
      countryFromText: false,
      sector: null,
      orgCode: null,
      name: null,
      person: false,
      plural: false,
      hasHead: false,
    };
    apply(d, a.entry, ctx.date);
    k++;
    // Extend to the right over combinable atoms: "Iraqi" + "Prime Minister" + "Nouri al-Maliki".
    while (k < atoms.length) {
      const b = atoms[k]!;
      const gap = gapKind(doc, d.end, b.start);
      if (gap === 'adjacent' && canJoin(d, a, b)) {
        apply(d, b.entry, ctx.date);
        d.end = b.end;
        k++;
        continue;
      }
      // "Ambassador to Iraq", "President of Iran", "officials from Washington".
      if (
        gap === 'prep' &&
        b.entry &&
        (b.entry.kind === 'country' || b.entry.kind === 'metonym') &&
        d.sector &&
        !d.person &&
        !d.orgCode
      ) {
        const prep = doc.lower[d.end]!;
        const title = doc.lower[d.end - 1]!;
        if (prep === 'to' && DESTINATION_TITLES.has(title)) {
          d.end = b.end;
          k++;
          continue;
        }
        if ((prep === 'of' || prep === 'from' || prep === 'for') && !d.countryFromText) {
          d.country = b.entry.country;
          d.countryFromText = true;
          d.end = b.end;
          k++;
          continue;
        }
      }
      break;
    }
    // An unknown proper name after a title: "U.S. Ambassador to Iraq Ryan Crocker".
    if (d.sector && !d.person && !d.plural && !d.orgCode) {
      const nameEnd = properName(doc, d.end, e);
      if (nameEnd > d.end) {
        d.name = doc.spanText(d.end, nameEnd);
        d.person = true;
        d.end = nameEnd;
      } else if (doc.lower[d.end] === ',') {
        // Appositive: "the Iranian envoy, Hassan Kazemi Qomi, ..."
        const ne = properName(doc, d.end + 1, e);
        if (ne > d.end + 1 && (ne >= e || doc.pos[ne] === POS.PUNCT)) {
          d.name = doc.spanText(d.end + 1, ne);
          d.person = true;
          d.end = ne;
        }
      }
    }
    // Determiners and quantities before the mention belong to it: "the Iranians", "more than 20 people".
    let start = d.start;
    const countable = d.plural || (d.hasHead && !d.person && !d.orgCode);
    while (
      start > s &&
      (DETERMINERS.has(doc.lower[start - 1]!) ||
        (countable && (doc.pos[start - 1] === POS.NUM || QUANT_BEFORE.has(doc.lower[start - 1]!))))
    )
      start--;
    d.start = start;
    const actor = toActor(d);
    // "in Iraq" is a place; so is a capital used as a noun modifier ("a Baghdad conference").
    const modifierPlace =
      a.entry?.kind === 'metonym' &&
      d.end === a.end &&
      d.end < e &&
      doc.pos[d.end] === POS.NOUN &&
      mentions0(doc, d.end);
    const placeHead = !d.person && !d.orgCode && (d.sector === null || a.entry?.kind === 'metonym');
    const locative = (d.start > s && PLACE_PREPS.has(doc.lower[d.start - 1]!) && placeHead) || modifierPlace;
    const generic = actor.country === null && !d.orgCode;
    // A singular title or person noun ("the Saudi foreign minister", "an official") is a person for "he"/"she".
    // Only as the sentence's subject, so that a named person mentioned before still wins.
    const personLike =
      d.person ||
      (d.start === s &&
        !d.plural &&
        !d.orgCode &&
        (a.entry?.kind === 'title' ||
          a.entry?.kind === 'agent' ||
          lastAtomKind(atoms, k) === 'title' ||
          lastAtomKind(atoms, k) === 'agent'));
    const m = mk(d.start, d.end, 'actor', [actor], d.plural, personLike, locative, generic, null);
    // Coordination: "Washington and Tehran", "officials from Washington and Tehran".
    if (prevMention >= 0) {
      const p = list[prevMention]!;
      const between = doc.lower.slice(p.end, d.start).join(' ');
      const listComma =
        between === ',' && (doc.lower[d.end] === ',' || doc.lower[d.end] === 'and' || doc.lower[d.end] === 'or');
      if (
        between === 'and' ||
        between === 'or' ||
        listComma ||
        between === ', and' ||
        between === '-' ||
        between === '/'
      ) {
        m.coord = prevMention;
        if (p.coord < 0) p.coord = list.length;
        if (p.group < 0) p.group = prevMention;
        m.group = p.group;
        // "officials from Washington and Tehran": Tehran inherits the sector of the officials.
        if (!actor.sector && p.actors[0]?.sector && a.entry?.kind === 'metonym') {
          m.actors = [{ ...actor, sector: p.actors[0].sector, code: (actor.country ?? '') + p.actors[0].sector }];
        }
      }
    }
    // "Hassan Kazemi Qomi, the Iranian envoy": the name before the comma is this actor too.
    if (d.sector && !d.person && !d.plural && d.start - 2 >= s && doc.lower[d.start - 1] === ',') {
      const ne = d.start - 1;
      let ns = ne;
      while (
        ns > s &&
        at[ns - 1]! < 0 &&
        ((doc.flags[ns - 1]! & FLAG_CAPITALIZED) !== 0 || NAME_JOINERS.has(doc.lower[ns - 1]!)) &&
        doc.pos[ns - 1] !== POS.PUNCT
      )
        ns--;
      if (ne - ns >= 2 && properName(doc, ns, ne) === ne) {
        const who: Actor = { ...actor, name: doc.spanText(ns, ne) };
        for (let i = ns; i < ne; i++) at[i] = list.length;
        list.push(mk(ns, ne, 'actor', [who], false, true, false, false, null));
        const last = lastName(who.name!);
        if (last) registry.set(last.toLowerCase(), who);
        registry.set(who.name!.toLowerCase(), who);
      }
    }
    for (let i = d.start; i < d.end; i++) at[i] = list.length;
    prevMention = list.length;
    list.push(m);
    if (d.person && d.name) {
      const who = m.actors[0]!;
      const last = lastName(d.name);
      if (last) registry.set(last.toLowerCase(), { ...who, name: d.name });
      registry.set(d.name.toLowerCase(), { ...who, name: d.name });
    }
  }
  void s;
}

/** True when the token after a place name is a plain noun it modifies ("a Baghdad conference"). */
function mentions0(doc: Doc, i: number): boolean {
  return (doc.flags[i]! & FLAG_CAPITALIZED) === 0;
}

function lastAtomKind(atoms: Atom[], k: number): string | null {
  return atoms[k - 1]?.entry?.kind ?? null;
}

function gapKind(doc: Doc, end: number, next: number): 'adjacent' | 'prep' | 'none' {
  if (next === end) return 'adjacent';
  // Adjectives between ("Iraqi senior officials"), and a possessive ("North Korea's military").
  let i = end;
  if (doc.lower[i] === "'s" || doc.lower[i] === "'" || doc.lower[i] === '\u2019s') i++;
  while (i < next && doc.pos[i] === POS.ADJ) i++;
  if (i === next) return 'adjacent';
  if (
    next === end + 1 &&
    (doc.lower[end] === 'to' || doc.lower[end] === 'of' || doc.lower[end] === 'from' || doc.lower[end] === 'for')
  )
    return 'prep';
  return 'none';
}

function canJoin(d: Draft, first: Atom, b: Atom): boolean {
  const kb = b.entry?.kind ?? 'person';
  if (d.person) return false; // a name closes the mention
  if (kb === 'title' || kb === 'group' || kb === 'agent')
    return !d.hasHead || kb === 'title' || (d.sector !== null && !d.plural);
  if (kb === 'person') return d.sector !== null || d.country !== null;
  if (kb === 'org') return first.entry !== null && (first.entry.kind === 'adjective' || first.entry.kind === 'country');
  if (COMBINES_LEFT.has(kb)) return false;
  return false;
}

function apply(d: Draft, en: LexEntry | null, date: string): void {
  if (!en) return;
  switch (en.kind) {
    case 'country':
    case 'adjective':
      if (!d.countryFromText) {
        d.country = en.country;
        d.countryFromText = true;
      }
      if (en.kind === 'adjective' && !d.hasHead) d.name = en.name;
      return;
    case 'demonym':
      if (!d.countryFromText) {
        d.country = en.country;
        d.countryFromText = true;
      }
      d.plural = true;
      d.hasHead = true;
      return;
    case 'metonym':
      if (!d.countryFromText) {
        d.country = en.country;
        d.countryFromText = true;
      }
      d.sector ??= en.sector;
      return;
    case 'org':
      d.orgCode = en.orgCode;
      if (!d.countryFromText) d.country = en.country;
      d.sector ??= en.sector;
      d.name = en.name;
      d.hasHead = true;
      return;
    case 'person': {
      d.person = true;
      d.hasHead = true;
      d.name = en.name;
      const role = en.roles ? roleAt(en.roles, date) : null;
      const country = role?.country ?? en.country;
      if (!d.countryFromText) d.country = country === 'IGO' ? 'IGO' : country;
      d.sector ??= role?.sector ?? en.sector;
      if (country === 'IGO' && !d.orgCode) d.orgCode = 'IGOUNO';
      return;
    }
    case 'title':
    case 'agent':
    case 'group':
      // The head noun's sector wins over a modifier's ("security forces" after "Iraqi").
      d.sector = en.sector;
      if (en.kind !== 'title') d.hasHead = true;
      d.plural = en.plural;
      return;
  }
}

function toActor(d: Draft): Actor {
  if (d.orgCode && (!d.countryFromText || d.orgCode.startsWith('IGO') || d.orgCode.startsWith('NGO'))) {
    const c = d.orgCode.slice(0, 3);
    return {
      code: d.orgCode,
      country: c,
      sector: d.sector === 'IGO' || d.sector === 'NGO' ? null : d.sector,
      name: d.name,
    };
  }
  const sector = d.sector === 'IGO' || d.sector === 'NGO' ? null : d.sector;
  const code = (d.country ?? '') + (sector ?? '');
  return { code, country: d.country, sector, name: d.name ?? null };
}

/** A run of capitalised proper-noun tokens from `i` ("Ryan Crocker", "Nouri al-Maliki"); returns its end. */
function properName(doc: Doc, i: number, e: number): number {
  let j = i;
  let caps = 0;
  while (j < e) {
    const isCap = (doc.flags[j]! & FLAG_CAPITALIZED) !== 0 && (doc.pos[j] === POS.PROPN || doc.pos[j] === POS.NOUN);
    if (isCap) {
      caps++;
      j++;
    } else if (NAME_JOINERS.has(doc.lower[j]!) && j + 1 < e && caps > 0 && doc.end[j] === doc.start[j + 1]) j++;
    else if (NAME_JOINERS.has(doc.lower[j]!) && j + 1 < e && (doc.flags[j + 1]! & FLAG_CAPITALIZED) !== 0 && caps > 0)
      j++;
    else break;
  }
  while (j > i && NAME_JOINERS.has(doc.lower[j - 1]!)) j--;
  if ((doc.flags[i]! & FLAG_IN_QUOTE) !== 0 && caps < 2) return i;
  return caps >= 1 ? j : i;
}

function lastName(name: string): string | null {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  return last.replace(/^(al|el)-/i, '') || null;
}

/** The actor of a mention, or null (unresolved pronoun). */
export function mentionActor(m: Mention): Actor | null {
  return m.actors[0] ?? null;
}
