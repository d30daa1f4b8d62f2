/**
 * Stage 5b, records: turns coded events into `EventRecord`s with codes, Goldstein, QuadClass,
 * PLOVER, date, place, counts, evidence offsets and the rule that matched.
 */
import { cameoEntry } from '../../ontology/cameo.js';
import type { Doc } from '../doc.js';
import type { Place } from '../knowledge/gazetteer.js';
import type { ActorRecord, CountsRecord, EventRecord, LocationRecord, Story } from '../records.js';
import type { ArgRef, CodedEvent } from './coding.js';
import { type DateFinding, eventDate, eventPlace, type PlaceFinding } from './context.js';

const EMPTY_COUNTS: CountsRecord = Object.freeze({ killed: null, injured: null, arrested: null });

export interface SentenceContext {
  readonly dates: readonly DateFinding[];
  readonly places: readonly PlaceFinding[];
  readonly counts: CountsRecord;
}

export function toRecord(
  doc: Doc,
  story: Story,
  ev: CodedEvent,
  n: number,
  ctx: SentenceContext,
  dateline: Place | null,
  focus: string | null,
): EventRecord {
  const entry = cameoEntry(ev.code)!;
  const k = ev.sentence;
  const s = doc.sentStart[k]!;
  const e = doc.sentEnd[k]!;
  const m = ev.match;
  const placeHit = eventPlace(ctx.places, m.anchorStart);
  const place = placeHit?.place ?? (ev.mode === 'asserted' ? dateline : null);
  const location: LocationRecord | null = place
    ? { name: place.name, country: place.country, lat: round(place.lat), lon: round(place.lon) }
    : null;
  // A description with no country ("more than 20 people", "police") is of the event's place, else of the story's country.
  const home = location?.country ?? focus;
  let source = actorRecord(doc, ev.source, home);
  let target = actorRecord(doc, ev.target, home);
  // An attack with no named victim hits the place it happened: the target is that country.
  if (
    !target &&
    entry.quadClass === 4 &&
    location?.country &&
    placeHit &&
    (!source || source.country !== location.country || ev.code.startsWith('18'))
  ) {
    target = { text: location.name, code: location.country, country: location.country, sector: null, name: null };
  }
  ({ source, target } = impliedActors(ev.code, source, target, placeHit ? location : null, focus));
  const material = entry.quadClass === 2 || entry.quadClass === 4;
  const counts =
    material && (ctx.counts.killed !== null || ctx.counts.injured !== null || ctx.counts.arrested !== null)
      ? ctx.counts
      : EMPTY_COUNTS;
  // Evidence: from the first to the last token the event used, within the sentence.
  let from = m.start;
  let to = Math.max(m.end, m.anchorEnd);
  for (const r of [ev.source, ev.target]) {
    if (r && r.start >= s && r.end <= e) {
      from = Math.min(from, r.start);
      to = Math.max(to, r.end);
    }
  }
  const matched: { role: string; start: number; end: number; text: string }[] = [];
  for (const p of m.parts) matched.push(span(doc, p.role, p.start, p.end));
  for (const [role, r] of [
    ['source', ev.source],
    ['target', ev.target],
    ['claimed_by', ev.claimedBy],
    ['reported_by', ev.reportedBy],
  ] as const) {
    if (r && r.start >= 0 && !m.parts.some((p) => p.role === role)) matched.push(span(doc, role, r.start, r.end));
  }
  if (ev.modeCue >= 0) matched.push(span(doc, `mode:${ev.mode}`, ev.modeCue, ev.modeCue + 1));
  return {
    id: `${story.id}:${k}:${n}`,
    story_id: story.id,
    sentence_index: k,
    sentence: doc.sentenceText(k),
    date: eventDate(ctx.dates, m.anchorStart, story.date, ev.mode),
    source,
    target,
    cameo: ev.code,
    root: entry.root,
    quad_class: entry.quadClass,
    goldstein: entry.goldstein,
    plover: { event: entry.plover.event, mode: entry.plover.mode, context: entry.plover.context },
    mode: ev.mode,
    claimed_by: actorRecord(doc, ev.claimedBy, focus),
    reported_by: actorRecord(doc, ev.reportedBy, focus),
    location,
    counts,
    evidence: { start: doc.start[from]!, end: doc.end[to - 1]!, text: doc.spanText(from, to) },
    rule: { id: m.pattern.id, pattern: m.pattern.source.pattern, matched },
    confidence: null,
  };
}

/**
 * Acts only a state does: arrest, detain, charge, jail (173), administrative sanctions, curfews and states
 * of emergency (172x), expulsions (174), repression (175), releases (0841), and the state's alerts (152).
 */
const STATE_ACT = /^(17[2-5]|0841|152)/;

/**
 * The coding guide's implied actors. A passive act of the authorities with no agent ("200 protesters were
 * arrested in Lima") is the authorities' of the place: PER -> PER. The state's act with no named target
 * ("a curfew is in effect") is toward its own country, and so is any other act with no named target but
 * speech. Protesters with no addressee protest in and to
 * their own country; a protest with no named protesters is the target country's people.
 */
function impliedActors(
  code: string,
  source: ActorRecord | null,
  target: ActorRecord | null,
  place: LocationRecord | null,
  focus: string | null,
): { source: ActorRecord | null; target: ActorRecord | null } {
  // Domestic events: an act with no named target other than speech (01 statements, 02 appeals, which the
  // guide leaves without addressee) is taken as toward the actor's own country.
  if (!target && source?.country && !/^(01|02|14)/.test(code) && !STATE_ACT.test(code)) {
    target = implied(source.country, null, 'its own country');
  }
  if (STATE_ACT.test(code)) {
    if (!source) {
      const c = place?.country ?? target?.country ?? focus;
      if (c) source = implied(c, code.startsWith('173') || code === '0841' ? 'COP' : 'GOV', 'the authorities');
    } else if (!target && source.country) target = implied(source.country, null, 'its own country');
  } else if (code.startsWith('14')) {
    if (!target && source?.country) target = implied(source.country, null, 'its own country');
    else if (!source && target?.country) source = implied(target.country, 'CVL', 'protesters');
  }
  return { source, target };
}

function implied(country: string, sector: string | null, what: string): ActorRecord {
  return { text: '', code: country + (sector ?? ''), country, sector, name: `${what} (implied)` };
}

function span(doc: Doc, role: string, start: number, end: number) {
  return { role, start: doc.start[start]!, end: doc.end[end - 1]!, text: doc.spanText(start, end) };
}

function actorRecord(doc: Doc, r: ArgRef | null, placeCountry: string | null): ActorRecord | null {
  if (!r) return null;
  const a = r.actor;
  // A name with neither country nor role (an unknown person) codes as no actor.
  if (!a.code && !a.country && !a.sector && !placeCountry) return null;
  const text = r.start >= 0 ? doc.spanText(r.start, r.end) : (a.name ?? a.code);
  if (a.country === null && placeCountry && a.sector) {
    return { text, code: placeCountry + a.sector, country: placeCountry, sector: a.sector, name: a.name };
  }
  const code = a.code || (a.country ?? '') + (a.sector ?? '') || (placeCountry ?? '');
  if (!code) return null;
  return { text, code, country: a.country ?? (a.code ? null : placeCountry), sector: a.sector, name: a.name };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
