/** The built-in knowledge base: actors (data files under `knowledge/`), patterns and word classes. */
import { loadKnowledge } from './data.js';
import { EVENT_PATTERNS as CAMEO_PATTERNS } from './patterns/index.js';
import { NON_EVENTS } from './patterns/non-events.js';
import type { EventPattern } from './patterns/types.js';

const KNOWLEDGE = loadKnowledge();
export const COUNTRIES = KNOWLEDGE.countries;
export const ORGANIZATIONS = KNOWLEDGE.organizations;
export const PEOPLE = KNOWLEDGE.people;
export const SECTOR_TERMS = KNOWLEDGE.sectors;
export const SURNAME_STOPLIST = KNOWLEDGE.surnameStoplist;
export const AMBIGUOUS_NAMES = KNOWLEDGE.ambiguous;
/** Hash of the actor data files (from the prepared artifact when built). */
export const KNOWLEDGE_HASH = KNOWLEDGE.hash;
export const KNOWLEDGE_TOKENS = KNOWLEDGE.tokens;
/** The compiled lexicon and gazetteer of the prepared artifact, when built. */
export const KNOWLEDGE_COMPILED = KNOWLEDGE.compiled;
export { CLASSES } from './patterns/index.js';
/** Every pattern: the CAMEO roots, then the phrases that block them. */
export const EVENT_PATTERNS: readonly EventPattern[] = [...CAMEO_PATTERNS, ...NON_EVENTS];
export type { EventPattern, WordClasses } from './patterns/types.js';
export type * from './types.js';
