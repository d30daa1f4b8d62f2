/** The built-in knowledge base: actors, patterns and word classes. Data only. */
import { EVENT_PATTERNS as CAMEO_PATTERNS } from './patterns/index.js';
import { NON_EVENTS } from './patterns/non-events.js';
import type { EventPattern } from './patterns/types.js';

export { COUNTRIES } from './actors/countries.js';
export { ORGANIZATIONS } from './actors/organizations.js';
export { PEOPLE, SURNAME_STOPLIST } from './actors/people.js';
export { SECTOR_TERMS } from './actors/sectors.js';
export { CLASSES } from './patterns/index.js';
/** Every pattern: the CAMEO roots, then the phrases that block them. */
export const EVENT_PATTERNS: readonly EventPattern[] = [...CAMEO_PATTERNS, ...NON_EVENTS];
export type { EventPattern, WordClasses } from './patterns/types.js';
export type * from './types.js';
