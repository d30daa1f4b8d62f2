/**
 * Phrases that contain an event word but are not events. Each wins over the less specific event
 * pattern at the same anchor and codes nothing (see `ignore` in types.ts).
 */
import type { EventPattern } from './types.js';

const none = (id: string, pattern: string, pos: 'verb' | 'noun', example?: string): EventPattern =>
  example ? { id, pattern, code: '-', pos, ignore: true, example } : { id, pattern, code: '-', pos, ignore: true };

export const NON_EVENTS: readonly EventPattern[] = [
  none('none.1', 'news conference', 'noun', 'The French president spoke at a news conference in Paris on Monday.'),
  none(
    'none.2',
    'press conference',
    'noun',
    'The Kenyan president answered questions at a press conference in Nairobi.',
  ),
  none('none.3', 'news|press briefing', 'noun', 'A Pentagon spokesman gave a press briefing in Washington on Tuesday.'),
  none('none.4', 'peace process', 'noun', 'The Colombian peace process entered a new phase this year.'),
  none('none.5', 'talk show', 'noun', 'The Mexican president appeared on a television talk show on Sunday.'),
  none('none.6', 'board meeting', 'noun', 'The board meeting of the Nigerian oil company lasted three hours.'),
  none(
    'none.7',
    'annual meeting|conference',
    'noun',
    'The annual meeting of the World Bank opened in Washington on Friday.',
  ),
  none('none.8', 'conference call', 'noun', 'The Japanese finance ministry outlined its plans in a conference call.'),
  none('none.9', 'attack ad|ads', 'noun', "The Brazilian president's party released an attack ad on Sunday."),
  none('none.10', 'heart attack', 'noun', 'The former Algerian president suffered a heart attack in 2013.'),
  none('none.11', 'panic attack', 'noun', 'The Australian minister said he had suffered a panic attack.'),
  none('none.12', 'shark attack', 'noun', 'A shark attack injured a surfer in Australia on Saturday.'),
  none('none.13', 'strike price', 'noun', 'The strike price of the Indian bond options was set at 100 rupees.'),
  none('none.14', 'lucky strike', 'noun', 'Lucky Strike cigarette sales fell sharply in Canada last year.'),
];
