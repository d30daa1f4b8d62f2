/**
 * The event store: one interface, two implementations (`sqlite/`, `postgres/`) over one schema
 * (`schema.ts`) and one SQL layer (`sql-store.ts`). Both pass `test/store/conformance.ts`.
 */
import type { StoryResult } from '../core/coder-types.js';
import type { Story } from '../core/records.js';

/** A story and the coder's outcome for it, ready to store (fingerprints computed by the caller). */
export interface CodedStory {
  readonly story: Story;
  readonly result: StoryResult;
  /** `textHash(story.text)` */
  readonly textHash: string;
  /** `simhash(story.text)?.hex` or null when the text is too short. */
  readonly simhash: string | null;
}

/** An input that could not be read as a story (bad JSON line, unreadable file, HTML without text). */
export interface InputFailure {
  /** `file` or `file:line`. */
  readonly where: string;
  readonly code: string;
  readonly message: string;
}

export interface WriteSummary {
  /** Stories written (coded or failed). */
  readonly stored: number;
  /** Stories already in the store (same id), left as they were. */
  readonly skipped: number;
  readonly events: number;
  /** Stories found to be near-duplicates of an earlier story. */
  readonly duplicates: number;
}

export interface StoredStory {
  readonly seq: number;
  readonly id: string;
  readonly date: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly dateline: string | null;
  readonly text_hash: string;
  readonly text: string;
  readonly simhash: string | null;
  readonly status: 'coded' | 'failed';
  readonly error_code: string | null;
  readonly error_message: string | null;
  readonly sentences: number | null;
  readonly event_count: number;
  readonly coder_version: string | null;
  readonly duplicate_of: string | null;
}

export interface EventFilter {
  /** Actor on either side: a three-letter country (`IRN`, also `IGO`) or an actor code prefix (`USAGOV`). */
  readonly actor?: readonly string[];
  readonly source?: readonly string[];
  readonly target?: readonly string[];
  /** Either direction between the two actors. */
  readonly pair?: readonly [string, string];
  /** CAMEO code prefixes: `04` (root), `043`, `0431`. */
  readonly cameo?: readonly string[];
  readonly root?: readonly string[];
  readonly plover?: readonly string[];
  readonly quadClass?: readonly number[];
  readonly mode?: readonly string[];
  /** Inclusive, YYYY-MM-DD (against the event's day). */
  readonly since?: string;
  readonly until?: string;
  /** Location name, case-insensitive substring. */
  readonly place?: string;
  readonly placeCountry?: readonly string[];
  /** Case-insensitive substring of the sentence. */
  readonly text?: string;
  readonly storyId?: readonly string[];
  /** Include events marked as duplicates of an earlier story's events (default false). */
  readonly includeDuplicates?: boolean;
}

export interface EventQuery extends EventFilter {
  readonly limit?: number;
  readonly offset?: number;
}

/** One stored event: the coder's record (as stored, JSON text) and the store's own columns. */
export interface StoredEvent {
  readonly id: string;
  readonly story_id: string;
  /** The record exactly as the coder produced it, serialised as JSON. */
  readonly record: string;
  /** The event's day (YYYY-MM-DD): its date when precise, else the story date. */
  readonly day: string | null;
  readonly duplicate_of: string | null;
  readonly story_source: string | null;
  readonly story_url: string | null;
  readonly story_date: string | null;
}

/**
 * The indexed columns of a stored event, without its record: what whole-store scans (the
 * words-and-deeds ledger) read. Only events with a day.
 */
export interface EventFact {
  readonly id: string;
  readonly story_id: string;
  readonly sentence_index: number;
  /** YYYY-MM-DD */
  readonly day: string;
  readonly cameo: string;
  readonly mode: string;
  readonly source_code: string | null;
  readonly source_country: string | null;
  readonly target_code: string | null;
  readonly target_country: string | null;
  /** Only when asked for (`sentences: true`). */
  readonly sentence?: string;
}

export type Period = 'day' | 'week' | 'month';

export interface TimelineQuery {
  readonly a: string;
  readonly b: string;
  readonly by: Period;
  readonly since?: string;
  readonly until?: string;
  /** Modes counted (default: every mode except `negated` and `hypothetical`, which never happened). */
  readonly modes?: readonly string[];
  readonly includeDuplicates?: boolean;
}

export interface TimelineRow {
  /** Start of the period: YYYY-MM-DD for day and week (Monday), YYYY-MM for month. */
  readonly period: string;
  /** `A>B` or `B>A`, with the actors as given. */
  readonly direction: string;
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly q1: number;
  readonly q2: number;
  readonly q3: number;
  readonly q4: number;
  readonly goldstein_sum: number;
  readonly goldstein_mean: number;
  /** Words (quad classes 1 and 3) against deeds (2 and 4). */
  readonly verbal: number;
  readonly material: number;
}

export interface ActorsQuery {
  /** Group by full actor code (default) or by country. */
  readonly by?: 'code' | 'country';
  readonly limit?: number;
  readonly since?: string;
  readonly until?: string;
  readonly modes?: readonly string[];
  readonly includeDuplicates?: boolean;
}

export interface ActorStat {
  readonly actor: string;
  readonly events: number;
  readonly as_source: number;
  readonly as_target: number;
}

export interface PairStat {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly goldstein_mean: number;
}

export interface StoreCounts {
  readonly stories: number;
  readonly coded: number;
  readonly failed: number;
  readonly duplicates: number;
  readonly events: number;
  readonly inputFailures: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Schema version after migrations. */
  readonly schemaVersion: number;
  /** Which of these story ids are already stored. */
  existingIds(ids: readonly string[]): Promise<Set<string>>;
  /** The stored text hash of each of these ids that is stored. */
  storedHashes(ids: readonly string[]): Promise<Map<string, string>>;
  /** Removes these stories and their events (for `ingest --replace`); returns how many were stored. */
  deleteStories(ids: readonly string[]): Promise<number>;
  /**
   * Writes stories and their events in one transaction (all or nothing), in the given order. Stories
   * whose id is already stored are skipped. Near-duplicates of earlier stories get `duplicate_of`.
   */
  writeStories(batch: readonly CodedStory[], coderVersion: string): Promise<WriteSummary>;
  /** Replaces the stored outcome (events, status) of already-stored stories, in one transaction. */
  replaceStories(batch: readonly CodedStory[], coderVersion: string): Promise<number>;
  /** Records inputs that could not be read (upsert by `where`). */
  recordInputFailures(failures: readonly InputFailure[]): Promise<void>;
  /** Stories in storage order after `afterSeq`; only those not coded by `staleFor` when given. */
  listStories(opts: {
    afterSeq?: number;
    limit: number;
    staleFor?: string;
    ids?: readonly string[];
  }): Promise<StoredStory[]>;
  countStories(opts: { staleFor?: string; ids?: readonly string[] }): Promise<number>;
  getStory(id: string): Promise<StoredStory | null>;
  events(q: EventQuery): Promise<StoredEvent[]>;
  /** Streams matching events in order, in pages, without holding them all in memory. */
  iterateEvents(f: EventFilter, pageSize?: number): AsyncGenerator<StoredEvent>;
  countEvents(f: EventFilter): Promise<number>;
  /** Streams the facts of matching events that have a day, in no particular order (fast whole-store scans). */
  eventFacts(
    f: EventFilter,
    opts?: { readonly sentences?: boolean; readonly pageSize?: number },
  ): AsyncGenerator<EventFact>;
  /** The first and last event day among matching events (null when none has a day). */
  dayRange(f: EventFilter): Promise<{ first: string | null; last: string | null }>;
  timeline(q: TimelineQuery): Promise<TimelineRow[]>;
  actors(q: ActorsQuery): Promise<{ actors: ActorStat[]; pairs: PairStat[] }>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

/** `SqlStore.summary`: counts of matching events for the dashboard's landing view and map. */
export interface StoreSummary {
  readonly events: number;
  readonly first: string | null;
  readonly last: string | null;
  /** Events per day with one, by quad class. */
  readonly volume: readonly { day: string; q1: number; q2: number; q3: number; q4: number }[];
  /** Events per place country (location_country). */
  readonly places: readonly { country: string; events: number }[];
  /** The busiest country pairs, either direction (a < b), and the busiest countries (as source or target). */
  readonly pairs: readonly { a: string; b: string; events: number }[];
  readonly actors: readonly { actor: string; events: number }[];
}
