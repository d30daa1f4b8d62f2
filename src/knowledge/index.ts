/**
 * The knowledge base as tables: actors (validated from the data files under `knowledge/`), patterns
 * and word classes. For tests and tools; the coder runs on the prepared, compiled form
 * (`src/core/knowledge/prepared.ts`).
 */
import { loadKnowledgeFiles } from './data.js';

const KNOWLEDGE = loadKnowledgeFiles();
export const COUNTRIES = KNOWLEDGE.countries;
export const ORGANIZATIONS = KNOWLEDGE.organizations;
export const PEOPLE = KNOWLEDGE.people;
export const SECTOR_TERMS = KNOWLEDGE.sectors;
export const SURNAME_STOPLIST = KNOWLEDGE.surnameStoplist;
export const AMBIGUOUS_NAMES = KNOWLEDGE.ambiguous;
/** Hash of the actor data files. */
export const KNOWLEDGE_HASH = KNOWLEDGE.hash;
/** Every pattern: the CAMEO roots, then the phrases that block them. */
export { ALL_PATTERNS as EVENT_PATTERNS, CLASSES } from './patterns/index.js';
export type { EventPattern, WordClasses } from './patterns/types.js';
export type * from './types.js';
