/** dyadic: the public library API (re-exports only). */
export { type Coder, createCoder, type StoryTrace } from './core/coder.js';
export type { CoderOptions, StoryResult } from './core/coder-types.js';
export { DyadicError, type DyadicErrorCode, ERRORS } from './core/errors.js';
export type * from './core/records.js';
export { MODES } from './core/records.js';
export { type Score, score } from './eval/score.js';
export { csvHeader, csvRow, formatEvent } from './io/output.js';
export { readStoryFile, type StoryItem, storyFromJsonLine, storyFromText } from './io/stories.js';
export * from './ontology/index.js';
export { VERSION } from './version.js';
