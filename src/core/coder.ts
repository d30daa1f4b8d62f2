/**
 * `createCoder()`: compiles the knowledge base once and returns a coder whose `codeStory` runs the
 * pipeline segment -> mentions -> clauses/coding -> records over one story. A story that fails
 * yields `{status: 'failed'}`; nothing is thrown for bad input.
 */
import { createHash } from 'node:crypto';
import {
  AMBIGUOUS_NAMES,
  CLASSES,
  COUNTRIES,
  EVENT_PATTERNS,
  KNOWLEDGE_COMPILED,
  KNOWLEDGE_HASH,
  KNOWLEDGE_TOKENS,
  ORGANIZATIONS,
  PEOPLE,
  SECTOR_TERMS,
  SURNAME_STOPLIST,
} from '../knowledge/index.js';
import { VERSION } from '../version.js';
import type { CoderOptions, StoryResult } from './coder-types.js';
import type { Doc } from './doc.js';
import { DyadicError, toDyadicError } from './errors.js';
import {
  type ActorLexicon,
  compileActorLexicon,
  restoreLexicon,
  type SerializedLexicon,
} from './knowledge/actor-lexicon.js';
import { compileAmbiguity, resolveAmbiguous } from './knowledge/ambiguity.js';
import {
  buildGazetteer,
  type Gazetteer,
  type Place,
  placeTokens,
  restoreGazetteer,
  type SerializedGazetteer,
} from './knowledge/gazetteer.js';
import { compilePatterns, type PatternIndex } from './knowledge/pattern-index.js';
import { batchTokenize } from './knowledge/tokenize.js';
import { loadConfidenceModel } from './models.js';
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
}

export interface Coder {
  codeStory(story: Story): StoryResult;
  /** Codes a story and returns the intermediate values of every stage. Throws on bad input. */
  traceStory(story: Story): StoryTrace;
  /** Changes whenever the package or its knowledge base changes: stored events of another version are stale. */
  readonly version: string;
  readonly knowledge: { readonly actors: ActorLexicon; readonly patterns: PatternIndex; readonly gazetteer: Gazetteer };
}

const DEFAULT_MAX_CHARS = 2_000_000;

export function createCoder(options: CoderOptions = {}): Coder {
  const segmenter: Segmenter = createSegmenter();
  const tokenize = (texts: readonly string[]) => batchTokenize(segmenter, texts);
  // Names tokenised at build time (the prepared artifact) are not tokenised again.
  const actorTokenize = KNOWLEDGE_TOKENS ? cachedTokenize(KNOWLEDGE_TOKENS, tokenize) : tokenize;
  // The prepared artifact (dist/knowledge.json) holds the compiled lexicon and gazetteer; else compile them here.
  const compiled = KNOWLEDGE_COMPILED;
  const actors = compiled
    ? restoreLexicon(compiled.lexicon as SerializedLexicon, {
        countries: COUNTRIES,
        organizations: ORGANIZATIONS,
        people: PEOPLE,
      })
    : compileActorLexicon(
        {
          countries: COUNTRIES,
          organizations: ORGANIZATIONS,
          people: PEOPLE,
          sectors: SECTOR_TERMS,
          surnameStoplist: SURNAME_STOPLIST,
        },
        actorTokenize,
      );
  const ambiguousTokens = tokenize(AMBIGUOUS_NAMES.map((a) => a.name));
  const ambiguity = compileAmbiguity(
    AMBIGUOUS_NAMES,
    (name) => ambiguousTokens[AMBIGUOUS_NAMES.findIndex((a) => a.name === name)] ?? [],
  );
  const patterns = compilePatterns(EVENT_PATTERNS, CLASSES, tokenize);
  const gazetteer = compiled
    ? restoreGazetteer(compiled.gazetteer as SerializedGazetteer)
    : buildGazetteer(COUNTRIES, placeTokens);
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const confidence = options.confidenceModel === undefined ? loadConfidenceModel() : options.confidenceModel;
  const minConfidence = options.minConfidence ?? confidence?.header.threshold ?? 0;
  const words = new WordPresence();
  const version = `${VERSION}+${createHash('sha1')
    .update(KNOWLEDGE_HASH)
    .update(JSON.stringify([EVENT_PATTERNS, CLASSES]))
    .digest('hex')
    .slice(0, 10)}`;

  function validate(story: Story): void {
    if (typeof story.text !== 'string' || story.text.trim() === '') throw new DyadicError('DYADIC_INPUT_EMPTY');
    if (story.text.length > maxChars)
      throw new DyadicError('DYADIC_INPUT_TOO_LARGE', { size: story.text.length, limit: maxChars });
    if (story.text.includes('\uFFFD')) throw new DyadicError('DYADIC_INPUT_ENCODING');
    if (story.text.includes('\u0000')) throw new DyadicError('DYADIC_INPUT_BINARY');
    if (story.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(story.date))
      throw new DyadicError('DYADIC_DATE', { value: String(story.date) });
  }

  function run(story: Story, trace: boolean): StoryTrace {
    validate(story);
    const doc = segmenter.segment(story.text);
    const mentions = resolveAmbiguous(doc, findMentions(doc, { lex: actors, date: story.date ?? today() }), ambiguity);
    const dateline = story.dateline ? placeOf(gazetteer, story.dateline) : null;
    const focus = dateline?.country ?? focusCountry(mentions);
    const discourse: Discourse = { events: [], focus, words };
    const records: EventRecord[] = [];
    const sentences: SentenceTrace[] = [];
    for (let k = 0; k < doc.sentenceCount; k++) {
      const { events, analysis } = codeSentence(doc, k, mentions, patterns, discourse, trace);
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
        const p = confidence.score(eventFeatures(doc, ev, rec, events.length));
        if (p < minConfidence) continue;
        records.push({ ...rec, confidence: Math.round(p * 1000) / 1000 });
        n++;
      }
    }
    return { doc, mentions, sentences, records };
  }

  return {
    version,
    knowledge: { actors, patterns, gazetteer },
    traceStory: (story) => run(story, true),
    codeStory(story: Story): StoryResult {
      const id = String(story?.id ?? '');
      try {
        const t = run(story, false);
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

/** A tokenizer that answers from a table of prepared tokenisations and asks `fallback` for the rest. */
function cachedTokenize(
  table: Readonly<Record<string, readonly string[]>>,
  fallback: (texts: readonly string[]) => string[][],
): (texts: readonly string[]) => string[][] {
  return (texts) => {
    const out: string[][] = new Array(texts.length);
    const missing: number[] = [];
    for (let i = 0; i < texts.length; i++) {
      const t = table[texts[i]!];
      if (t) out[i] = t as string[];
      else missing.push(i);
    }
    if (missing.length) {
      const toks = fallback(missing.map((i) => texts[i]!));
      missing.forEach((i, k) => {
        out[i] = toks[k]!;
      });
    }
    return out;
  };
}

function placeOf(g: Gazetteer, name: string): Place | null {
  return g.byName.get(placeTokens(name).join(' ')) ?? null;
}
