/**
 * The JSON shapes of the HTTP API (`/api/v1`), shared by the server and the dashboard's typed client.
 * Types only: this module is imported by `web/` (browser build) as well as by `src/api/`.
 */
import type { EventRecord, Story } from '../core/records.js';
import type { StoreSummary, TimelineRow } from '../store/store.js';

export type { EventRecord, Story, TimelineRow };

/** Every error response: `{ error: { code, message } }`. */
export interface ApiError {
  readonly error: { readonly code: string; readonly message: string };
}

/** A stored event: the coder's record and the store's columns. */
export interface ApiEvent {
  readonly id: string;
  readonly story_id: string;
  /** The event's day (YYYY-MM-DD): its own date when precise, else the story's. */
  readonly day: string | null;
  readonly duplicate_of: string | null;
  readonly story_source: string | null;
  readonly story_url: string | null;
  readonly story_date: string | null;
  readonly record: EventRecord;
}

export interface EventsResponse {
  readonly events: readonly ApiEvent[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  readonly next_cursor: string | null;
}

export interface TimelineResponse {
  readonly a: string;
  readonly b: string;
  readonly by: 'day' | 'week' | 'month';
  readonly rows: readonly TimelineRow[];
}

export interface ActorSuggestion {
  /** `USA`, `USAGOV`, `IGOUNO`... */
  readonly code: string;
  readonly name: string | null;
  /** Country-level (three letters) or a full actor code. */
  readonly kind: 'country' | 'actor';
  /** Events with this actor on either side (0 for known codes without stored events). */
  readonly events: number;
}

export interface ActorsResponse {
  readonly actors: readonly ActorSuggestion[];
}

export interface ApiStory {
  readonly id: string;
  readonly date: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly dateline: string | null;
  readonly text: string;
  readonly status: 'coded' | 'failed';
  readonly error_code: string | null;
  readonly error_message: string | null;
  readonly sentences: number | null;
  readonly event_count: number;
  readonly coder_version: string | null;
  readonly duplicate_of: string | null;
}

export interface StoryResponse {
  readonly story: ApiStory;
  readonly events: readonly ApiEvent[];
}

export interface HealthResponse {
  readonly status: 'ok';
  readonly version: string;
  readonly coder_version: string;
  readonly store: {
    readonly kind: string;
    readonly schema_version: number;
    readonly stories: number;
    readonly events: number;
  };
  readonly writes: boolean;
  /** Who may `POST /code`: anyone, holders of the token, or no one. */
  readonly code: 'open' | 'token' | 'off';
}

export interface CodeRequest {
  readonly text: string;
  readonly date?: string | null;
  readonly dateline?: string | null;
  readonly id?: string;
}

export interface CodeResponse {
  readonly story_id: string;
  readonly sentences: number;
  readonly events: readonly EventRecord[];
}

export interface IngestResponse {
  readonly stored: number;
  readonly skipped: number;
  readonly events: number;
  readonly duplicates: number;
  readonly failed: readonly { readonly id: string; readonly code: string; readonly message: string }[];
}

/** `GET /summary`: the dashboard's landing view and map (`SqlStore.summary`). */
export type SummaryResponse = StoreSummary;
