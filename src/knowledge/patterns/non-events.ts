/**
 * Phrases that contain an event word but are not events. Each wins over the less specific event
 * pattern at the same anchor and codes nothing (see `ignore` in types.ts).
 */
import type { EventPattern } from './types.js';

const none = (pattern: string, pos: 'verb' | 'noun'): EventPattern => ({ pattern, code: '-', pos, ignore: true });

export const NON_EVENTS: readonly EventPattern[] = [
  none('news conference', 'noun'),
  none('press conference', 'noun'),
  none('news|press briefing', 'noun'),
  none('peace process', 'noun'),
  none('talk show', 'noun'),
  none('board meeting', 'noun'),
  none('annual meeting|conference', 'noun'),
  none('conference call', 'noun'),
  none('attack ad|ads', 'noun'),
  none('heart attack', 'noun'),
  none('panic attack', 'noun'),
  none('shark attack', 'noun'),
  none('strike price', 'noun'),
  none('lucky strike', 'noun'),
];
