/**
 * Stage 4, coding: at each anchor word the matcher picks a pattern; the clause analysis then finds
 * source and target (active/passive voice, control, coordination, nominal arguments), who claims
 * the event (speech frames), and its mode; discourse fallbacks fill a missing side from the story.
 */
import { LIGHT_VERBS, MODE_CUES } from '../../knowledge/lexicon.js';
import { cameoEntry } from '../../ontology/cameo.js';
import { type Doc, POS } from '../doc.js';
import type { PatternIndex } from '../knowledge/pattern-index.js';
import type { Mode } from '../records.js';
import {
  analyzeClauses,
  byAgentAfter,
  inConditional,
  isPassiveAt,
  type Predicate,
  predicateAt,
  type SentenceClauses,
  type SpeechFrame,
  subjectOf,
} from './clauses.js';
import { hasAnchor, matchAt, type PatternMatch, type WordPresence } from './matcher.js';
import type { Actor, Mentions } from './mentions.js';
import { learnedTriggers, type TriggerModel } from './triggers.js';

/** An actor with the tokens that named it (or -1 when it came from the discourse). */
export interface ArgRef {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
  /** How it was found: "subject", "object", "by-agent", "slot", "speaker", "discourse", ... */
  readonly how: string;
}

export interface CodedEvent {
  readonly sentence: number;
  readonly match: PatternMatch;
  readonly code: string;
  readonly source: ArgRef | null;
  readonly target: ArgRef | null;
  readonly mode: Mode;
  readonly modeCue: number;
  readonly claimedBy: ArgRef | null;
  readonly reportedBy: ArgRef | null;
  readonly symmetric: boolean;
  readonly trace: readonly string[];
}

export interface SentenceAnalysis {
  readonly clauses: SentenceClauses;
  readonly matches: readonly PatternMatch[];
}

/** Discourse memory across sentences of one story. */
export interface Discourse {
  readonly events: CodedEvent[];
  /** The story's country (dateline, else the most named): the default home of descriptions and addressee of appeals. */
  readonly focus: string | null;
  /** Scratch: the current sentence's words, reused across sentences and stories. */
  readonly words: WordPresence;
}

const VERBAL_ROOTS = new Set(['01', '02', '03', '04', '05', '09', '10', '11', '12', '13']);
const REACTIVE = (code: string) => code === '016' || code.startsWith('12') || code === '110';
const STOP_TARGET = new Set([
  ';',
  ':',
  '(',
  '.',
  '!',
  '?',
  'that',
  'which',
  'who',
  'because',
  'while',
  'although',
  'but',
  'if',
  'when',
  'whether',
]);
/** Verbs whose subject may be an attack and whose object is its victim. */
const HARM_VERBS = new Set([
  'kill',
  'injure',
  'wound',
  'hit',
  'destroy',
  'damage',
  'target',
  'claim',
  'leave',
  'hurt',
  'strike',
]);
const FOR_BENEFICIARY = new Set(['for', 'of', 'about', 'over', 'on']);

export function codeSentence(
  doc: Doc,
  k: number,
  mentions: Mentions,
  index: PatternIndex,
  discourse: Discourse,
  trace: boolean,
  learned: TriggerModel | null = null,
): { events: CodedEvent[]; analysis: SentenceAnalysis | null } {
  const s = doc.sentStart[k]!;
  const e = doc.sentEnd[k]!;
  if (doc.isHeading(k)) return { events: [], analysis: null };
  const anchored = hasAnchor(doc, s, e, index);
  if (!anchored && !(learned && hasMention(mentions, s, e))) return { events: [], analysis: null };
  const present = discourse.words.reset(doc, s, e);
  const matches: PatternMatch[] = [];
  let coveredTo = s;
  for (let i = s; i < e; i++) {
    if (i < coveredTo) continue;
    const mi = mentions.at[i]!;
    if (mi >= 0) continue;
    const m = matchAt(doc, i, s, e, index, mentions, isPassiveAt(doc, i, s, e, mentions), present);
    if (!m) continue;
    // Words a pattern consumed, and the infinitival chain it governs ("offered to help train"), are not anchors again.
    let cover = Math.max(m.end, m.anchorEnd);
    if (m.pattern.pos === 'verb') {
      while (cover < e && (doc.lower[cover] === 'to' || doc.pos[cover] === POS.VERB) && mentions.at[cover]! < 0)
        cover++;
    }
    coveredTo = cover;
    matches.push(m);
  }
  // Words no pattern covered that the trigger model takes for events (stage 4b).
  const found = learned ? learnedTriggers(doc, s, e, mentions, matches, learned, trace) : [];
  if (matches.length === 0 && found.length === 0) return { events: [], analysis: null };
  // Clause analysis only for sentences with a pattern match or a learned trigger: most sentences stop above.
  const clauses = analyzeClauses(doc, k, mentions);
  const events: CodedEvent[] = [];
  for (const m of found.length > 0 ? [...matches, ...found] : matches) {
    if (m.pattern.source.ignore) continue;
    const ev = resolveEvent(doc, k, m, clauses, mentions, discourse, trace);
    if (!ev) continue;
    // "blamed both Israel and the United States": one event per conjunct (symmetric events pair them instead).
    for (const e2 of expandConjuncts(ev, mentions)) {
      events.push(e2);
      // Learned events are not antecedents of later sentences' missing actors (the patterns' events are).
      if (m.p === undefined) discourse.events.push(e2);
    }
  }
  // A learned event of a root a pattern already coded in the sentence is that event again, misread; and a
  // learned event's actors must be named in its sentence (no discourse or default fallbacks).
  const patternRoots = new Set(events.filter((ev) => ev.match.p === undefined).map((ev) => ev.code.slice(0, 2)));
  const named = (r: ArgRef | null) => r === null || r.start >= s;
  const kept =
    found.length > 0
      ? events.filter(
          (ev) =>
            ev.match.p === undefined ||
            (!patternRoots.has(ev.code.slice(0, 2)) && named(ev.source) && named(ev.target)),
        )
      : events;
  return { events: dedupe(mergeEventSubjects(doc, kept, matches)), analysis: { clauses, matches } };
}

function hasMention(mentions: Mentions, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (mentions.at[i]! >= 0) return true;
  return false;
}

/** Articles and demonstratives after which a participle describes the next noun ("the proposed end point"); after a possessive it keeps its agent ("his proposed plan"). */
const ATTRIBUTIVE_AFTER = new Set(['the', 'a', 'an', 'this', 'these', 'those']);

/** A past participle between a determiner and a noun is an adjective, not an act ("the proposed route"). */
function isAttributiveParticiple(doc: Doc, i: number, s: number, e: number): boolean {
  if (i <= s || i + 1 >= e || !ATTRIBUTIVE_AFTER.has(doc.lower[i - 1]!)) return false;
  const w = doc.lower[i]!;
  if (!w.endsWith('ed') && !w.endsWith('en')) return false;
  const next = doc.pos[i + 1];
  return next === POS.NOUN || next === POS.PROPN || next === POS.ADJ;
}

function resolveEvent(
  doc: Doc,
  k: number,
  m: PatternMatch,
  cl: SentenceClauses,
  mentions: Mentions,
  discourse: Discourse,
  tracing: boolean,
): CodedEvent | null {
  const s = cl.start;
  const e = cl.end;
  const tr: string[] = [];
  const note = (msg: string) => {
    if (tracing) tr.push(msg);
  };
  const p = m.pattern;
  if (p.pos === 'verb' && isAttributiveParticiple(doc, m.anchorStart, s, e)) return null;
  const entry = cameoEntry(p.code)!;
  const verbal = VERBAL_ROOTS.has(entry.root);
  const pred =
    p.pos === 'verb'
      ? (cl.preds.find((q) => q.head === m.anchorStart) ?? predicateAt(doc, m.anchorStart, s, e, mentions))
      : (cl.preds.find((q) => q.head > m.anchorStart && q.head < m.end) ?? governingPred(cl, m.anchorStart, doc));
  let src: ArgRef | null = null;
  let tgt: ArgRef | null = null;
  const ref = (mi: number, how: string, which = 0): ArgRef | null => {
    if (mi < 0) return null;
    const men = mentions.list[mi]!;
    const a = men.actors[which];
    return a ? { actor: a, start: men.start, end: men.end, how } : null;
  };

  // Reported speech: the innermost frame claims it; an outer frame reports it.
  const frames = framesOver(cl.frames, m.anchorStart).filter((f) => f.verb !== m.anchorStart);
  const inner = frames[0];
  const outer = frames[1];
  const { mode, cue } = modeOf(doc, m, pred, cl, inner, s);

  if (m.source >= 0) src = ref(m.source, 'slot');
  if (m.target >= 0) tgt = ref(m.target, 'slot');
  let subj = -1;
  if (p.pos === 'verb' && pred) {
    if (pred.passive) {
      const by = byAgentAfter(doc, pred.head, e);
      const agent = by >= 0 ? firstMention(mentions, by + 1, e) : -1;
      const patient = subjectOf(doc, pred, s, mentions, cl.preds);
      if (!src && agent >= 0) src = ref(agent, 'by-agent');
      if (!tgt && patient >= 0) tgt = ref(patient, 'passive subject');
      subj = agent;
      note(`passive: source from "by", target from the subject`);
    } else {
      subj = subjectOf(doc, pred, s, mentions, cl.preds);
      if (!src && subj >= 0) src = ref(subj, pred.infinitive ? 'controller' : 'subject');
      if (!tgt) tgt = ref(objectAfter(doc, m.anchorEnd, e, mentions, subj, entry.root, false, m.source), 'object');
    }
  } else if (p.pos === 'noun') {
    if (!src) {
      const mod = modifierOf(doc, m.anchorStart, s, mentions);
      if (mod >= 0) src = ref(mod, 'modifier');
    }
    const between = betweenPair(doc, m.anchorEnd, e, mentions);
    if (between) {
      if (!src) src = ref(between[0], 'between');
      if (!tgt)
        tgt = ref(
          between[1],
          between[0] === between[1] ? 'between (pair)' : 'between',
          between[0] === between[1] ? 1 : 0,
        );
    }
    // "talks on a truce", "sanctions over the crackdown": the topic of another act, not an act.
    if (!src && !tgt && topicOf(doc, m.anchorStart, s)) {
      note('topic noun: not an event');
      return null;
    }
    // "the meeting", "the surge": a reference back to an act already coded, not a new one.
    if (!src && !tgt && anaphoric(doc, m.anchorStart, s)) {
      note('anaphoric noun: not a new event');
      return null;
    }
    if (!src) {
      subj = nounSubject(doc, m.anchorStart, s, mentions);
      if (subj >= 0) src = ref(subj, 'clause subject');
    }
    if (!tgt)
      tgt = ref(objectAfter(doc, Math.max(m.end, m.anchorEnd), e, mentions, subj, entry.root, true), 'noun complement');
    if (!tgt && subj >= 0) tgt = ref(partnerAfter(doc, subj, m.anchorStart, e, mentions), 'clause partner');
    const intent = (mode === 'future' || mode === 'proposed') && inner !== undefined;
    // A noun event needs its doer named in its own clause; attacks by unknown hands need a named target.
    if (!src && !intent && (verbal || !tgt)) return null;
  }

  // Pairs and coordination: "the two sides met", "Washington and Tehran sat at the same table".
  const srcMention = src && src.start >= 0 ? mentions.at[src.start]! : -1;
  if (srcMention >= 0) {
    const men = mentions.list[srcMention]!;
    if (men.kind === 'pair' && men.actors.length === 2) {
      src = ref(srcMention, `${src!.how} (pair)`, 0);
      if (!tgt) tgt = ref(srcMention, 'pair', 1);
    } else if (men.coord >= 0 && p.source.symmetric) {
      const partner = ref(men.coord, 'coordinated subject');
      if (partner) tgt = partner;
    }
  }

  const claimedBy = inner ? ref(inner.speaker, 'speaker') : null;
  const reportedBy = outer && outer.speaker !== inner?.speaker ? ref(outer.speaker, 'reporter') : null;
  // "we"/"our" in a quotation is the speaker.
  if (!src && subj >= 0 && mentions.list[subj]!.pronoun === 'speaker' && inner && inner.speaker >= 0) {
    src = ref(inner.speaker, 'speaker ("we")');
  }

  if (!src && verbal && inner && inner.speaker >= 0) {
    src = ref(inner.speaker, 'speaker (no subject)');
  }
  if (!tgt && verbal && inner && inner.addressee >= 0) tgt = ref(inner.addressee, 'addressee');
  // A bare country that is the source's own ("pleaded for Iraq's needs") is not the target.
  if (
    src &&
    tgt &&
    tgt.actor.country === src.actor.country &&
    !tgt.actor.sector &&
    tgt.actor.code === tgt.actor.country
  ) {
    note(`target "${doc.spanText(tgt.start, tgt.end)}" is the source's own country: dropped`);
    tgt = null;
  }
  if (src && tgt && src.actor.code === tgt.actor.code && src.start === tgt.start) tgt = null;
  if (src && !tgt)
    tgt = discourseTarget(
      src.actor,
      p.source.symmetric === true || entry.root === '04',
      REACTIVE(p.code),
      discourse,
      note,
    );
  // An appeal or demand with no addressee is addressed to the authorities of the story's country.
  if (
    src &&
    !tgt &&
    (entry.root === '02' || entry.root === '10') &&
    discourse.focus &&
    src.actor.country !== discourse.focus
  ) {
    note(`target ${discourse.focus} by default: the authorities of the story's country`);
    tgt = {
      actor: { code: discourse.focus, country: discourse.focus, sector: null, name: null },
      start: -1,
      end: -1,
      how: 'default addressee',
    };
  }
  // Words spoken at a meeting are addressed to its other participants ("in his comments to open the meeting, X pleaded").
  if (src && !tgt && verbal && mentionsMeeting(doc, s, e))
    tgt = discourseTarget(src.actor, true, false, discourse, note);

  let code = p.code;
  code = transformByMode(code, mode, note);
  if (!src && !tgt) return null;
  // Words need a speaker: a statement, appeal or accusation with no one saying it is not coded.
  if (!src && verbal) {
    note('verbal event with no speaker: dropped');
    return null;
  }
  if (!src?.actor.country && !tgt?.actor.country && !src?.actor.code && !tgt?.actor.code) return null;
  note(`pattern ${p.id}: "${p.source.pattern}" -> ${code}`);
  if (src) note(`source ${src.actor.code} from ${src.how}`);
  if (tgt) note(`target ${tgt.actor.code} from ${tgt.how}`);
  return {
    sentence: k,
    match: m,
    code,
    source: src,
    target: tgt,
    mode,
    modeCue: cue,
    claimedBy,
    reportedBy,
    symmetric: p.source.symmetric === true,
    trace: tr,
  };
}

const ANAPHORIC_DETS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'such']);
const MEETING_WORDS = new Set(['meeting', 'talk', 'talks', 'summit', 'conference', 'negotiation', 'negotiations']);

/** "the meeting", "this surge": a definite noun with no modifier refers back. */
function anaphoric(doc: Doc, anchor: number, s: number): boolean {
  return anchor > s && ANAPHORIC_DETS.has(doc.lower[anchor - 1]!);
}

const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding', 'concerning', 'into', 'for', 'against']);

/** A noun after a topic preposition ("on a long-term truce"), with only determiners or adjectives between. */
function topicOf(doc: Doc, anchor: number, s: number): boolean {
  let j = anchor - 1;
  while (
    j >= s &&
    (doc.pos[j] === POS.DET || doc.pos[j] === POS.ADJ || doc.lower[j] === '-' || doc.pos[j] === POS.NOUN)
  )
    j--;
  return j >= s && j < anchor && TOPIC_PREPS.has(doc.lower[j]!);
}

function mentionsMeeting(doc: Doc, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (MEETING_WORDS.has(doc.lemma[i]!) || MEETING_WORDS.has(doc.lower[i]!)) return true;
  return false;
}

const LIGHT = new Set(LIGHT_VERBS);

/**
 * The doer of a noun event from its clause: "X carried out an attack", "X held talks", "X were with Y
 * at a meeting". The verb linking subject and noun must be a light verb; "X condemned the attack" or
 * "X pointed to the attack" do not make X the attacker.
 */
function nounSubject(doc: Doc, anchor: number, s: number, mentions: Mentions): number {
  let verb = -1;
  for (let j = anchor - 1; j >= s; j--) {
    const w = doc.lower[j]!;
    if (w === ';' || w === ':' || w === 'that' || w === 'which' || w === 'who') return -1;
    if (doc.pos[j] === POS.VERB || doc.pos[j] === POS.AUX) {
      if (verb < 0 || doc.pos[verb] === POS.AUX) verb = j;
      continue;
    }
    const mi = mentions.at[j]!;
    if (mi < 0) continue;
    const men = mentions.list[mi]!;
    j = men.start;
    if (men.locative || men.actors.length === 0) continue;
    if (verb < 0) continue; // a modifier or object before the noun, not a subject
    return LIGHT.has(doc.lemma[verb]!) ? mi : -1;
  }
  return -1;
}

/** The other members of a mention's coordination group ("Israel and the United States"). */
function conjuncts(mentions: Mentions, mi: number): number[] {
  const g = mentions.list[mi]?.group ?? -1;
  if (g < 0) return [];
  const out: number[] = [];
  for (let j = g; j < mentions.list.length && j <= mi + 12; j++)
    if (j !== mi && mentions.list[j]!.group === g) out.push(j);
  return out;
}

/** The other participant of a clause: the next named actor after the subject, of another country. */
function partnerAfter(doc: Doc, subj: number, anchor: number, e: number, mentions: Mentions): number {
  const sm = mentions.list[subj]!;
  if (sm.coord >= 0) return sm.coord;
  const c = sm.actors[0]?.country;
  for (let j = sm.end; j < e; j++) {
    const mi = mentions.at[j]!;
    if (mi < 0 || mi === subj) continue;
    const men = mentions.list[mi]!;
    j = men.end - 1;
    if (men.locative || !men.actors[0] || men.actors[0].country === c) continue;
    return mi;
  }
  void doc;
  void anchor;
  return -1;
}

function governingPred(cl: SentenceClauses, t: number, _doc: Doc): Predicate | null {
  let best: Predicate | null = null;
  for (const q of cl.preds) if (q.head < t && (!best || q.head > best.head)) best = q;
  if (best) return best;
  for (const q of cl.preds) if (q.head > t) return q;
  return null;
}

function firstMention(mentions: Mentions, from: number, e: number): number {
  for (let j = from; j < e && j < from + 3; j++) if (mentions.at[j]! >= 0) return mentions.at[j]!;
  return -1;
}

/** The first actor after the verb/noun in its clause, not the subject; locative mentions only for deeds. */
function objectAfter(
  doc: Doc,
  from: number,
  e: number,
  mentions: Mentions,
  subj: number,
  root: string,
  noun = false,
  exclude = -1,
): number {
  let locative = -1;
  const material = !VERBAL_ROOTS.has(root);
  for (let j = from; j < e && j < from + 14; j++) {
    const w = doc.lower[j]!;
    const mi = mentions.at[j]!;
    if (mi >= 0 && mi !== subj && mi !== exclude) {
      const men = mentions.list[mi]!;
      if (men.actors.length === 0) {
        j = men.end - 1;
        continue;
      }
      if (men.locative) {
        if (locative < 0) locative = mi;
        j = men.end - 1;
        continue;
      }
      if (
        j > from &&
        FOR_BENEFICIARY.has(doc.lower[j - 1]!) &&
        men.actors[0]!.sector === null &&
        doc.lower[men.end] === "'s"
      ) {
        j = men.end - 1;
        continue;
      }
      // "Tehran rejected the proposal, and the Kremlin criticized ...": a mention that a verb follows
      // after a clause break is the subject of the next clause, not this one's object.
      if (startsClause(doc, from, men.start, men.end)) return material ? locative : -1;
      return mi;
    }
    if ((w === 'that' || w === 'which') && material && doc.pos[j + 1] === POS.VERB) continue;
    if (STOP_TARGET.has(w) && j > from) break;
    if (doc.pos[j] === POS.VERB && j > from && mentions.at[j - 1]! >= 0) break;
    // A noun's complement ends at the next verb, unless the noun is that verb's subject: "a car-bombing that
    // killed 20 people", "a missile strike killed 12 people".
    if (
      noun &&
      doc.pos[j] === POS.VERB &&
      doc.lower[j - 1] !== 'that' &&
      doc.lower[j - 1] !== 'which' &&
      !(material && HARM_VERBS.has(doc.lemma[j]!))
    )
      break;
  }
  return material ? locative : -1;
}

function startsClause(doc: Doc, from: number, start: number, end: number): boolean {
  let t = end;
  while (doc.pos[t] === POS.ADV) t++;
  if (doc.pos[t] !== POS.VERB && doc.pos[t] !== POS.AUX) return false;
  for (let j = start - 1; j >= from; j--) {
    const w = doc.lower[j]!;
    if (w === ',' || w === 'and' || w === 'but' || w === 'while' || w === 'whereas' || w === ';') return true;
    if (doc.pos[j] !== POS.DET && doc.pos[j] !== POS.ADJ) return false;
  }
  return false;
}

/** An actor modifying a noun: "U.S. military surge", "Tehran's non-compliance", "Iranian proposal". */
function modifierOf(doc: Doc, anchor: number, s: number, mentions: Mentions): number {
  let j = anchor - 1;
  while (
    j >= s &&
    (doc.pos[j] === POS.ADJ ||
      (doc.pos[j] === POS.PUNCT && (doc.lower[j] === '"' || doc.lower[j] === '-')) ||
      doc.lower[j] === "'s" ||
      doc.lower[j] === "'" ||
      (doc.pos[j] === POS.NOUN && mentions.at[j]! < 0 && j === anchor - 1))
  )
    j--;
  if (j >= s && mentions.at[j]! >= 0 && !mentions.list[mentions.at[j]!]!.locative) return mentions.at[j]!;
  return -1;
}

/** "talks between the United States and Iran" / "between the two sides". */
function betweenPair(doc: Doc, from: number, e: number, mentions: Mentions): [number, number] | null {
  let j = from;
  while (j < e && (doc.pos[j] === POS.ADJ || (doc.pos[j] === POS.PUNCT && doc.lower[j] !== ','))) j++;
  if (doc.lower[j] !== 'between' && doc.lower[j] !== 'among') return null;
  const a = j + 1 < e ? mentions.at[j + 1]! : -1;
  if (a < 0) return null;
  const ma = mentions.list[a]!;
  if (ma.kind === 'pair') return ma.actors.length === 2 ? [a, a] : null;
  const b =
    ma.end + 1 < e && (doc.lower[ma.end] === 'and' || doc.lower[ma.end] === ',') ? mentions.at[ma.end + 1]! : -1;
  return b >= 0 ? [a, b] : null;
}

function framesOver(frames: readonly SpeechFrame[], t: number): SpeechFrame[] {
  return frames.filter((f) => f.from <= t && t < f.to).sort((a, b) => b.from - a.from || b.verb - a.verb);
}

function discourseTarget(
  src: Actor,
  symmetric: boolean,
  reactive: boolean,
  discourse: Discourse,
  note: (m: string) => void,
): ArgRef | null {
  const evs = discourse.events;
  for (let i = evs.length - 1; i >= 0 && i >= evs.length - 12; i--) {
    const ev = evs[i]!;
    if (symmetric && ev.symmetric && ev.source && ev.target) {
      if (ev.source.actor.country === src.country && ev.target.actor.country !== src.country)
        return viaDiscourse(ev.target.actor, note, 'last meeting');
      if (ev.target.actor.country === src.country && ev.source.actor.country !== src.country)
        return viaDiscourse(ev.source.actor, note, 'last meeting');
    }
    if (
      reactive &&
      ev.target &&
      ev.source &&
      ev.target.actor.country === src.country &&
      ev.source.actor.country !== src.country
    ) {
      return viaDiscourse(ev.source.actor, note, 'the act it answers');
    }
  }
  // A host or speaker at a meeting it did not itself hold: the meeting's participants.
  if (symmetric) {
    for (let i = evs.length - 1; i >= 0 && i >= evs.length - 12; i--) {
      const ev = evs[i]!;
      if (!ev.symmetric || !ev.source || !ev.target) continue;
      const other = ev.source.actor.country !== src.country ? ev.source.actor : ev.target.actor;
      if (other.country !== src.country) return viaDiscourse(other, note, 'participant of the last meeting');
    }
  }
  return null;
}

function viaDiscourse(a: Actor, note: (m: string) => void, why: string): ArgRef {
  note(`target ${a.code} from the discourse (${why})`);
  return { actor: a, start: -1, end: -1, how: `discourse: ${why}` };
}

function modeOf(
  doc: Doc,
  m: PatternMatch,
  pred: Predicate | null,
  cl: SentenceClauses,
  frame: SpeechFrame | undefined,
  s: number,
): { mode: Mode; cue: number } {
  if (pred?.negated && (m.pattern.pos === 'verb' || pred.head < m.anchorStart))
    return { mode: 'negated', cue: pred.groupStart };
  // Negation right before a noun: "no talks", "not to discuss further meetings" handled via the verb.
  if (
    m.pattern.pos === 'noun' &&
    m.anchorStart > s &&
    (doc.lower[m.anchorStart - 1] === 'no' || doc.lower[m.anchorStart - 2] === 'no')
  ) {
    return { mode: 'negated', cue: m.anchorStart - 1 };
  }
  if (m.pattern.source.mode) return { mode: m.pattern.source.mode, cue: m.anchorStart };
  const cond = inConditional(doc, m.anchorStart, s);
  if (cond >= 0) return { mode: 'hypothetical', cue: cond };
  if (pred?.cue) {
    // "would" after a past speech verb is the future of reported speech: "claimed a meeting would be held".
    if (pred.cue === 'hypothetical' && doc.lower[pred.cueToken] === 'would' && frame)
      return { mode: 'future', cue: pred.cueToken };
    return { mode: pred.cue, cue: pred.cueToken };
  }
  if (frame?.alleging) return { mode: 'alleged', cue: frame.verb };
  for (let j = Math.max(s, m.anchorStart - 4); j < m.anchorStart; j++) {
    const c = MODE_CUES[doc.lower[j]!];
    if (c === 'alleged') return { mode: 'alleged', cue: j };
  }
  void cl;
  return { mode: 'asserted', cue: -1 };
}

/** What was not done yet is an intent; a refused intent to meet is a rejection. */
function transformByMode(code: string, mode: Mode, note: (m: string) => void): string {
  let out = code;
  if (mode === 'future' || mode === 'proposed') {
    if (code.startsWith('04')) out = '036';
    else if (code === '061') out = '0311';
    else if (code === '062') out = '0312';
    else if (code === '063') out = '0313';
    else if (code === '064') out = '0314';
    else if (code.startsWith('06')) out = '031';
    else if (code === '071') out = '0331';
    else if (code === '072') out = '0332';
    else if (code === '073') out = '0333';
    else if (code === '074') out = '0334';
    else if (code.startsWith('07')) out = '033';
  } else if (mode === 'negated' && code === '036') out = '125';
  if (out !== code) note(`${mode} ${code} recoded as ${out}`);
  return out;
}

function expandConjuncts(ev: CodedEvent, mentions: Mentions): CodedEvent[] {
  const out = [ev];
  if (ev.symmetric) return out;
  for (const side of ['source', 'target'] as const) {
    const r = ev[side];
    if (!r || r.start < 0) continue;
    // Only a coordinated subject or direct object: "a group consisting of A, B and C" lists no addressees.
    if (side === 'target' && r.how !== 'slot' && r.start > ev.match.anchorEnd + 3) continue;
    const mi = mentions.at[r.start]!;
    if (mi < 0) continue;
    const n = out.length;
    for (const cj of conjuncts(mentions, mi)) {
      const men = mentions.list[cj]!;
      const a = men.actors[0];
      if (!a || men.locative) continue;
      for (let i = 0; i < n; i++) {
        const base = out[i]!;
        const other = side === 'source' ? base.target : base.source;
        if (other && other.actor.code === a.code) continue;
        out.push({ ...base, [side]: { actor: a, start: men.start, end: men.end, how: `${r.how} (conjunct)` } });
      }
    }
  }
  return out;
}

/** One record per distinct act in a sentence: same actors (either order if symmetric) and same root. */
function dedupe(events: CodedEvent[]): CodedEvent[] {
  if (events.length < 2) return events;
  const out: CodedEvent[] = [];
  const key = (a: ArgRef | null) => a?.actor.code ?? '';
  for (const ev of events) {
    const root = ev.code.slice(0, 2);
    const dup = out.some(
      (o) =>
        o.code.slice(0, 2) === root &&
        o.mode === ev.mode &&
        ((key(o.source) === key(ev.source) && key(o.target) === key(ev.target)) ||
          (ev.symmetric && o.symmetric && key(o.source) === key(ev.target) && key(o.target) === key(ev.source))),
    );
    if (!dup) out.push(ev);
  }
  return out;
}

/**
 * "a car-bombing that killed 20 people": the killing is the bombing. A verb event whose subject is a
 * noun event just before it ("<event> that/which <verb>") is folded into that event (it lends its target).
 */
function mergeEventSubjects(doc: Doc, events: CodedEvent[], _matches: readonly PatternMatch[]): CodedEvent[] {
  if (events.length < 2) return events;
  const out: CodedEvent[] = [];
  for (const ev of events) {
    const a = ev.match.anchorStart;
    const prev = out[out.length - 1];
    if (
      prev &&
      ev.match.pattern.pos === 'verb' &&
      prev.match.pattern.pos === 'noun' &&
      !ev.source &&
      (doc.lower[a - 1] === 'that' || doc.lower[a - 1] === 'which') &&
      prev.match.anchorEnd >= a - 2 &&
      prev.code.slice(0, 2) >= '14' &&
      ev.code.slice(0, 2) >= '14'
    ) {
      out[out.length - 1] = {
        ...prev,
        target: prev.target ?? ev.target,
        trace: [...prev.trace, `merged "${doc.spanText(a, ev.match.anchorEnd)}" into the noun event`],
      };
      continue;
    }
    out.push(ev);
  }
  return out;
}
