import type { EventRecord } from './records.js';

/** The outcome of coding one story: a value, never an exception. */
export type StoryResult =
  | {
      readonly status: 'coded';
      readonly story_id: string;
      readonly sentences: number;
      readonly events: readonly EventRecord[];
    }
  | {
      readonly status: 'failed';
      readonly story_id: string;
      readonly error: { readonly code: string; readonly message: string };
    };

export interface CoderOptions {
  /** Longest story text accepted, in characters (default 2,000,000). Longer ones fail with DYADIC_INPUT_TOO_LARGE. */
  readonly maxChars?: number;
  /** Emit 010 "make statement" events for quoted statements that carry no other event (default true). */
  readonly statements?: boolean;
  /**
   * Drop events whose confidence is below this (0..1). Default: the model's own threshold, the one best
   * for F1 on held-out folds of the train split; 0 keeps every event.
   */
  readonly minConfidence?: number;
  /** The confidence model; default the one in models/coder (null: no model, confidence null, nothing dropped). */
  readonly confidenceModel?: import('./stages/confidence.js').ConfidenceModel | null;
  /** The trigger model (stage 4b); default the one in models/coder (null: patterns only). */
  readonly triggerModel?: import('./stages/triggers.js').TriggerModel | null;
}
