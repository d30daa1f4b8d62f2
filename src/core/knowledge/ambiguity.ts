/**
 * Names that are actors only where the context makes them one (the table `knowledge/ambiguous.jsonl`):
 * a capital that is also a common place name, a country that is also a U.S. state, a country that is
 * also a given name. Each row names the rules that decide; `resolveAmbiguous` applies them to the
 * mentions of a story after the mentions stage, and takes the country away from a mention whose
 * ambiguous name the context reads as something else.
 *
 * - `place-suffix`: followed by a capitalised place word ("Victoria Park", "Washington Street",
 *   "Panama Canal") it is a place, not an actor.
 * - `speech-subject`: a capital as a metonym only as the subject of a speech or policy verb ("Victoria
 *   announced ...") or when the sentence names its country; otherwise ("protesters in Victoria") a place.
 * - `us-state`: the U.S. state ("Georgia", "New Jersey") where U.S. words surround it (governor, state,
 *   county, Atlanta, Democrats ...) and no words of the country do: coded as the United States.
 * - `person`: a person ("Michael Jordan", "Chad Smith", "Mr. Jordan") when a capitalised given name or a
 *   title precedes it or a capitalised surname follows it.
 */
import type { AmbiguousRow } from '../../knowledge/schema.js';
import { type Doc, FLAG_CAPITALIZED, POS } from '../doc.js';
import type { Actor, Mentions } from '../stages/mentions.js';

export interface AmbiguityTable {
  /** First lower-case token -> rows whose name starts with it. */
  readonly byFirst: ReadonlyMap<string, readonly { tokens: readonly string[]; row: AmbiguousRow }[]>;
}

export const PLACE_WORDS: ReadonlySet<string> = new Set(
  'park street st square road avenue ave lane boulevard station airport harbour harbor bridge stadium university college hospital hotel island islands falls lake river county district mall gardens garden beach bay canal memorial hall centre center market hill hills mountain mountains valley cathedral church mosque temple palace prison jail school pig pigs fowl papers hat'.split(
    ' ',
  ),
);
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'say tell announce warn urge reject accuse condemn agree sign demand deny claim insist criticize criticise threaten pledge promise refuse propose call welcome approve decide declare order impose ban recall expel recognize recognise protest respond issue send offer ask appeal seek vow plan move'.split(
    ' ',
  ),
);
const US_WORDS: ReadonlySet<string> = new Set(
  'governor governors state county counties atlanta savannah trenton newark democrat democrats republican republicans senator congressman congresswoman u.s. us american americans primary legislature statehouse sheriff'.split(
    ' ',
  ),
);
const COUNTRY_WORDS: ReadonlySet<string> = new Set(
  "tbilisi georgian georgians caucasus russia russian abkhazia ossetia saakashvili amman jordanian jordanians hashemite king n'djamena chadian chadians".split(
    ' ',
  ),
);
const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'coach',
  'player',
  'singer',
  'actor',
  'actress',
]);

export function compileAmbiguity(rows: readonly AmbiguousRow[], tokenize: (s: string) => string[]): AmbiguityTable {
  const byFirst = new Map<string, { tokens: string[]; row: AmbiguousRow }[]>();
  for (const row of rows) {
    const tokens = tokenize(row.name);
    if (!tokens.length) continue;
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push({ tokens, row });
    byFirst.set(tokens[0]!, list);
  }
  return { byFirst };
}

/** What the context makes of an ambiguous name at tokens [i, j) of its sentence [s, e). */
export type Reading = 'actor' | 'place' | 'person' | 'us-state';

export function readAmbiguous(
  doc: Doc,
  i: number,
  j: number,
  row: AmbiguousRow,
  /** Whether token k belongs to another actor mention (then it is no given name or surname). */
  inMention: (k: number) => boolean = () => false,
): Reading {
  const s = doc.sentStart[doc.sent[i]!]!;
  const e = doc.sentEnd[doc.sent[i]!]!;
  const cap = (k: number) => k >= s && k < e && (doc.flags[k]! & FLAG_CAPITALIZED) !== 0;
  const rules = new Set(row.rules);
  if (rules.has('place-suffix') && j < e && PLACE_WORDS.has(doc.lower[j]!) && (cap(j) || doc.lower[j] === 'pig'))
    return 'place';
  if (rules.has('person')) {
    const before = i - 1;
    const titled = before >= s && TITLES.has(doc.lower[before]!);
    const givenBefore =
      before >= s && cap(before) && doc.pos[before] === POS.PROPN && !isSentenceWord(doc, before) && !inMention(before);
    const surnameAfter =
      j < e && cap(j) && doc.pos[j] === POS.PROPN && !inMention(j) && !PLACE_WORDS.has(doc.lower[j]!);
    if (titled || givenBefore || surnameAfter) return 'person';
  }
  if (rules.has('us-state')) {
    let us = 0;
    let country = 0;
    for (let k = s; k < e; k++) {
      if (k >= i && k < j) continue;
      if (US_WORDS.has(doc.lower[k]!)) us++;
      if (COUNTRY_WORDS.has(doc.lower[k]!)) country++;
    }
    if (doc.lower[i - 1] === 'new' && cap(i - 1)) return 'us-state';
    if (us > 0 && country === 0) return 'us-state';
  }
  if (rules.has('speech-subject')) {
    // The subject of a speech or policy verb within the next three words ("Victoria on Monday announced").
    for (let k = j; k < Math.min(e, j + 4); k++) {
      if (doc.pos[k] === POS.VERB && SPEECH_VERBS.has(doc.lemma[k]!)) return 'actor';
      if (doc.pos[k] === POS.PUNCT && doc.lower[k] !== ',') break;
    }
    return 'place';
  }
  return 'actor';
}

function isSentenceWord(doc: Doc, k: number): boolean {
  // "In Jordan", "The Jordan": a capitalised function word is not a given name.
  return doc.pos[k] !== POS.PROPN;
}

/**
 * Applies the table to the mentions of a story (in place): a mention containing an ambiguous name
 * the context reads as a place or a person keeps its sector but loses the country that name gave it;
 * a U.S. state reading gives the United States.
 */
export function resolveAmbiguous(doc: Doc, mentions: Mentions, table: AmbiguityTable): Mentions {
  mentions.list.forEach((m, idx) => {
    if (m.kind !== 'actor' || m.actors.length !== 1) return;
    const inMention = (k: number) => k >= 0 && k < doc.n && (mentions.at[k] ?? -1) >= 0 && mentions.at[k] !== idx;
    for (let i = m.start; i < m.end; i++) {
      const cands = table.byFirst.get(doc.lower[i]!);
      if (!cands) continue;
      for (const { tokens, row } of cands) {
        const j = i + tokens.length;
        // Only a name that ends its mention ("Victoria", "protesters from Victoria"); not "Israel Defense Forces".
        if (j !== m.end || !tokens.every((t, k) => doc.lower[i + k] === t)) continue;
        if ((doc.flags[i]! & FLAG_CAPITALIZED) === 0) continue;
        const reading = readAmbiguous(doc, i, j, row, inMention);
        if (reading === 'actor') continue;
        const a = m.actors[0]!;
        if (reading === 'us-state') m.actors = [relabel(a, 'USA')];
        else {
          // "protesters from Victoria" keeps its sector (CVL); "the Panama" alone is no actor.
          const rest = relabel(a, null);
          m.actors = m.start === i || rest.sector === null ? [] : [rest];
        }
      }
    }
  });
  return mentions;
}

function relabel(a: Actor, country: string | null): Actor {
  const sector = a.sector && a.sector !== 'GOV' ? a.sector : country ? a.sector : null;
  return { ...a, country, sector, code: `${country ?? ''}${sector ?? ''}` };
}
