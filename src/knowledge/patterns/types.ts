/**
 * Event patterns: data, one file per CAMEO root. A pattern is a short phrase in lemma form with
 * slots; the compiler indexes patterns by their anchor (the first literal word) and the matcher
 * tries, at each verb or noun token, only the patterns anchored on its lemma.
 *
 * Pattern syntax (space-separated elements):
 *   word        a lemma or lower-case word form; `a|b|c` for alternatives ("talk|negotiation").
 *               The first literal is the anchor. Hyphenated words are one element ("car-bombing").
 *   $target     the target actor: one actor mention (with its determiners) at this point.
 *   $source     the source actor, for noun patterns such as "$source - $target talk".
 *   @class      a word class defined in `classes.ts` (e.g. @weapon, @aid, @prisoner).
 *   *           a gap of up to four tokens, never crossing a clause boundary.
 *   ?word       an optional word.
 * Elements before the anchor match backwards from it; elements after it match forwards.
 * Adverbs and negation words between elements are skipped automatically (negation is read by
 * the mode stage, not by patterns). Where no `$target` slot is given the target is the first actor
 * after the anchor in the same clause (the object or a prepositional object).
 *
 * When several patterns match at one anchor, the one with the most literal elements wins; ties go
 * to the pattern listed first.
 */
import type { Mode } from '../../core/records.js';

export interface EventPattern {
  /** The phrase, see above: "tell $target to stop", "talk between $source and $target". */
  readonly pattern: string;
  /** CAMEO event code, leaf-level where the phrase allows: "1042". */
  readonly code: string;
  /** Part of speech of the anchor: verbs match verb tokens, nouns match noun tokens. */
  readonly pos: 'verb' | 'noun';
  /** A mode the words imply: "offer to" = proposed, "allegedly" = alleged, "plan to" = future. */
  readonly mode?: Mode;
  /** Meetings, talks, negotiations: source and target are interchangeable. */
  readonly symmetric?: boolean;
  /**
   * For "X was attacked", "X received aid from Y": the grammatical subject is the target and the
   * object / from-phrase the source. Default false.
   */
  readonly inverse?: boolean;
  /**
   * Not an event: a phrase more specific than an event pattern at the same anchor ("news conference"
   * is not a conference between parties). It wins like any pattern and codes nothing. Use code "-".
   */
  readonly ignore?: boolean;
  /**
   * Stable id, carried into every event's `rule.id`: `<code>.<n>` (`'195.3'`), `none.<n>` for non-events.
   * Never reused or renumbered: a new pattern takes the next free number of its code.
   */
  readonly id: string;
  /**
   * A sentence this pattern codes (written for this project). `test/knowledge/pattern-examples.test.ts`
   * codes it and expects an event with this rule id (for a non-event: no event anchored on its words).
   */
  readonly example?: string;
  /** A note for humans (why this code). */
  readonly note?: string;
}

/** A named word class: "@weapon" = weapon|arms|gun|rifle|missile|... (lemmas). */
export type WordClasses = Readonly<Record<string, readonly string[]>>;
