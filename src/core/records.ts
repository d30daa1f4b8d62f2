/** The public record schema of dyadic: one `EventRecord` per coded event. See README "Record schema". */

export type Mode = 'asserted' | 'negated' | 'future' | 'proposed' | 'hypothetical' | 'alleged';
export const MODES: readonly Mode[] = ['asserted', 'negated', 'future', 'proposed', 'hypothetical', 'alleged'];

import type { QuadClass } from '../ontology/cameo.js';

export type { QuadClass };

/** An actor as coded: `code` is the CAMEO actor code (`USAGOV`, `IGOUNOIAE`), `country` its three letters or `IGO`/`NGO`. */
export interface ActorRecord {
  /** The words in the text that name the actor ("Tehran", "he", "the Iranian envoy"). */
  readonly text: string;
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  /** Canonical name where known: "Ryan Crocker", "Iran", "International Atomic Energy Agency". */
  readonly name: string | null;
}

export interface LocationRecord {
  readonly name: string;
  /** CAMEO three-letter country code. */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface CountsRecord {
  readonly killed: number | null;
  readonly injured: number | null;
  readonly arrested: number | null;
}

export interface SpanRecord {
  /** Half-open UTF-16 offsets into the story text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PloverRecord {
  readonly event: string | null;
  readonly mode: string | null;
  readonly context: string | null;
}

/** Which rule coded the event and which words it matched. */
export interface RuleRecord {
  /** Stable rule id (pattern id). */
  readonly id: string;
  /** The pattern as written in the knowledge base. */
  readonly pattern: string;
  /** The words each part matched: anchor, cue words, source, target, claim, mode cue. */
  readonly matched: readonly {
    readonly role: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
  }[];
}

export interface EventRecord {
  /** `<story_id>:<sentence_index>:<n>`: stable for the same text and knowledge base. */
  readonly id: string;
  readonly story_id: string;
  readonly sentence_index: number;
  readonly sentence: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY: the precision the text gives. */
  readonly date: string | null;
  readonly source: ActorRecord | null;
  readonly target: ActorRecord | null;
  readonly cameo: string;
  readonly root: string;
  readonly quad_class: QuadClass;
  readonly goldstein: number;
  readonly plover: PloverRecord;
  readonly mode: Mode;
  readonly claimed_by: ActorRecord | null;
  readonly reported_by: ActorRecord | null;
  readonly location: LocationRecord | null;
  readonly counts: CountsRecord;
  readonly evidence: SpanRecord;
  readonly rule: RuleRecord;
  /**
   * Calibrated probability that the event is right (the confidence model, trained on the hand-coded
   * corpus's train split); null when no model was loaded.
   */
  readonly confidence: number | null;
}

/** A story as the coder takes it. */
export interface Story {
  readonly id: string;
  /** Publication date, YYYY-MM-DD; null when unknown (then only absolute dates in the text date events). */
  readonly date: string | null;
  readonly text: string;
  /** Dateline place ("Baghdad"): where "here" is. */
  readonly dateline?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
  /** Outlet or source name. */
  readonly source?: string | null;
}
