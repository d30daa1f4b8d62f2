/**
 * The event pattern dictionary: all CAMEO roots in code order, and the word classes they use.
 * At one anchor the pattern with the most literals wins and ties go to the one listed first, so the
 * root order (01 ... 20) is also the tie order across roots.
 */

import { NON_EVENTS } from './non-events.js';
import { ROOT_01 } from './root-01.js';
import { ROOT_02 } from './root-02.js';
import { ROOT_03 } from './root-03.js';
import { ROOT_04 } from './root-04.js';
import { ROOT_05 } from './root-05.js';
import { ROOT_06 } from './root-06.js';
import { ROOT_07 } from './root-07.js';
import { ROOT_08 } from './root-08.js';
import { ROOT_09 } from './root-09.js';
import { ROOT_10 } from './root-10.js';
import { ROOT_11 } from './root-11.js';
import { ROOT_12 } from './root-12.js';
import { ROOT_13 } from './root-13.js';
import { ROOT_14 } from './root-14.js';
import { ROOT_15 } from './root-15.js';
import { ROOT_16 } from './root-16.js';
import { ROOT_17 } from './root-17.js';
import { ROOT_18 } from './root-18.js';
import { ROOT_19 } from './root-19.js';
import { ROOT_20 } from './root-20.js';
import type { EventPattern } from './types.js';

export { CLASSES } from './classes.js';
export type { EventPattern, WordClasses } from './types.js';

export const PATTERNS_BY_ROOT: Readonly<Record<string, readonly EventPattern[]>> = {
  '01': ROOT_01,
  '02': ROOT_02,
  '03': ROOT_03,
  '04': ROOT_04,
  '05': ROOT_05,
  '06': ROOT_06,
  '07': ROOT_07,
  '08': ROOT_08,
  '09': ROOT_09,
  '10': ROOT_10,
  '11': ROOT_11,
  '12': ROOT_12,
  '13': ROOT_13,
  '14': ROOT_14,
  '15': ROOT_15,
  '16': ROOT_16,
  '17': ROOT_17,
  '18': ROOT_18,
  '19': ROOT_19,
  '20': ROOT_20,
};

export const EVENT_PATTERNS: readonly EventPattern[] = [
  ...ROOT_01,
  ...ROOT_02,
  ...ROOT_03,
  ...ROOT_04,
  ...ROOT_05,
  ...ROOT_06,
  ...ROOT_07,
  ...ROOT_08,
  ...ROOT_09,
  ...ROOT_10,
  ...ROOT_11,
  ...ROOT_12,
  ...ROOT_13,
  ...ROOT_14,
  ...ROOT_15,
  ...ROOT_16,
  ...ROOT_17,
  ...ROOT_18,
  ...ROOT_19,
  ...ROOT_20,
];

/** Every pattern: the CAMEO roots, then the phrases that block them (non-events). */
export const ALL_PATTERNS: readonly EventPattern[] = [...EVENT_PATTERNS, ...NON_EVENTS];
