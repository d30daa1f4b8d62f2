/**
 * `createCoder()`: compiles the knowledge base once and returns a coder whose `codeStory` runs the
 * pipeline segment -> mentions -> clauses/coding -> records over one story. A story that fails
 * yields `{status: 'failed'}`; nothing is thrown for bad input.
 */
import { VERSION } from '../version.js';
import type { CoderOptions, StoryResult } from './coder-types.js';
import type { Doc } from './doc.js';
import { DyadicError, toDyadicError } from './errors.js';
import type { ActorLexicon } from './knowledge/actor-lexicon.js';
import { resolveAmbiguous } from './knowledge/ambiguity.js';
import { PREPARED } from './knowledge/builtin.js';
import { type Gazetteer, type Place, placeTokens } from './knowledge/gazetteer.js';
import type { PatternIndex } from './knowledge/pattern-index.js';
import { loadConfidenceModel, loadTriggerModel } from './models.js';
import type { EventRecord, Story } from './records.js';
import { type CodedEvent, codeSentence, type Discourse, type SentenceAnalysis } from './stages/coding.js';
import { eventFeatures } from './stages/confidence.js';
import { sentenceCounts, sentenceDates, sentencePlaces } from './stages/context.js';
import { WordPresence } from './stages/matcher.js';
import { findMentions, type Mentions } from './stages/mentions.js';
import { toRecord } from './stages/records.js';
import { createSegmenter, type Segmenter } from './stages/segment.js';

export interface SentenceTrace {
  readonly index: number;
  readonly analysis: SentenceAnalysis | null;
  readonly events: readonly CodedEvent[];
}

/** Everything the pipeline saw, for `dyadic explain`. */
export interface StoryTrace {
  readonly doc: Doc;
  readonly mentions: Mentions;
  readonly sentences: readonly SentenceTrace[];
  readonly records: readonly EventRecord[];
  /** The confidence model's features of each record (parallel to `records`; empty without a model). */
  readonly features: readonly (readonly string[])[];
}

/** Per-call options of `codeStory`. */
export interface CodeCallOptions {
  /** Drop events whose confidence is below this (0..1); default the coder's `minConfidence`. */
  readonly minConfidence?: number;
}

export interface Coder {
  codeStory(story: Story, options?: CodeCallOptions): StoryResult;
  /** Codes a story and returns the intermediate values of every stage. Throws on bad input. */
  traceStory(story: Story): StoryTrace;
  /** Changes whenever the package or its knowledge base changes: stored events of another version are stale. */
  readonly version: string;
  readonly knowledge: { readonly actors: ActorLexicon; readonly patterns: PatternIndex; readonly gazetteer: Gazetteer };
}

const DEFAULT_MAX_CHARS = 2_000_000;
let sharedSegmenter: Segmenter | undefined;

export function createCoder(options: CoderOptions = {}): Coder {
  // One wink pipeline per process, shared by every coder (building one costs ~200 ms and ~50 MB).
  sharedSegmenter ??= createSegmenter();
  const segmenter: Segmenter = sharedSegmenter;
  const { lexicon: actors, gazetteer, ambiguity, patterns } = PREPARED;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const confidence = options.confidenceModel === undefined ? loadConfidenceModel() : options.confidenceModel;
  const minConfidence = options.minConfidence ?? confidence?.header.threshold ?? 0;
  // Events of learned triggers have a threshold of their own unless the caller set one for all.
  const minLearned = options.minConfidence ?? confidence?.header.thresholdLearned ?? minConfidence;
  const triggers = options.triggerModel === undefined ? loadTriggerModel() : options.triggerModel;
  const words = new WordPresence();
  // A capitalised name the lexicon does not list is an unknown actor unless it is a place or an event word
  // ("Protests spread ...", "Clashes erupted ...": the anchor of a pattern).
  const unknownName = (name: string, lemma: string) =>
    gazetteer.byName.get(name) === undefined &&
    !patterns.byAnchor.has(lemma) &&
    !patterns.byAnchor.has(name.includes(' ') ? name.slice(0, name.indexOf(' ')) : name);

  function validate(story: Story): void {
    if (typeof story.text !== 'string' || story.text.trim() === '') throw new DyadicError('DYADIC_INPUT_EMPTY');
    if (story.text.length > maxChars)
      throw new DyadicError('DYADIC_INPUT_TOO_LARGE', { size: story.text.length, limit: maxChars });
    if (story.text.includes('\uFFFD')) throw new DyadicError('DYADIC_INPUT_ENCODING');
    if (story.text.includes('\u0000')) throw new DyadicError('DYADIC_INPUT_BINARY');
    if (story.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(story.date))
      throw new DyadicError('DYADIC_DATE', { value: String(story.date) });
  }

  function run(story: Story, trace: boolean, minConf?: number): StoryTrace {
    const minPattern = minConf ?? minConfidence;
    const minTrigger = minConf ?? minLearned;
    validate(story);
    const doc = segmenter.segment(story.text);
    const mentions = resolveAmbiguous(
      doc,
      findMentions(doc, { lex: actors, date: story.date ?? today(), unknownName }),
      ambiguity,
    );
    const dateline = story.dateline ? placeOf(gazetteer, story.dateline) : null;
    const focus = dateline?.country ?? focusCountry(mentions);
    const discourse: Discourse = { events: [], focus, words };
    const records: EventRecord[] = [];
    const features: string[][] = [];
    const sentences: SentenceTrace[] = [];
    for (let k = 0; k < doc.sentenceCount; k++) {
      const { events, analysis } = codeSentence(doc, k, mentions, patterns, discourse, trace, triggers);
      if (trace) sentences.push({ index: k, analysis, events });
      if (events.length === 0) continue;
      const ctx = {
        dates: story.date ? sentenceDates(doc, k, story.date) : [],
        places: sentencePlaces(doc, k, gazetteer, dateline, mentions),
        counts: sentenceCounts(doc, k),
      };
      let n = 0;
      for (const ev of events) {
        const rec = toRecord(doc, story, ev, n, ctx, dateline, focus);
        if (!confidence) {
          records.push(rec);
          n++;
          continue;
        }
        // The confidence stage: a calibrated probability; events below the threshold are dropped.
        const feats = eventFeatures(doc, ev, rec, events.length);
        // Rounded as the record states it, so a caller's threshold compares with what it sees.
        const p = Math.round(confidence.score(feats) * 1000) / 1000;
        if (p < (ev.match.p === undefined ? minPattern : minTrigger)) continue;
        if (trace) features.push(feats);
        records.push({ ...rec, confidence: p });
        n++;
      }
    }
    return { doc, mentions, sentences, records, features };
  }

  return {
    get version() {
      return `${VERSION}+${PREPARED.hash.slice(0, 10)}`;
    },
    knowledge: { actors, patterns, gazetteer },
    traceStory: (story) => run(story, true),
    codeStory(story: Story, call?: CodeCallOptions): StoryResult {
      const id = String(story?.id ?? '');
      try {
        const t = run(story, false, call?.minConfidence);
        return { status: 'coded', story_id: id, sentences: t.doc.sentenceCount, events: t.records };
      } catch (err) {
        const e = toDyadicError(err);
        return { status: 'failed', story_id: id, error: { code: e.code, message: e.message } };
      }
    },
  };
}

/**
 * The country a story is about: the one its actors name most (ties: the first named). Descriptions
 * with no country ("police", "the government", "protesters") are taken to be of this country when
 * the event's place does not say otherwise.
 */
function focusCountry(mentions: Mentions): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestN = 0;
  for (const m of mentions.list) {
    if (m.kind !== 'actor') continue;
    const c = m.actors[0]?.country;
    if (!c || c === 'IGO' || c === 'NGO' || c === 'IMG') continue;
    const n = (counts.get(c) ?? 0) + 1;
    counts.set(c, n);
    if (n > bestN) {
      best = c;
      bestN = n;
    }
  }
  return best;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function placeOf(g: Gazetteer, name: string): Place | null {
  return g.byName.get(placeTokens(name).join(' ')) ?? null;
}
