/** Shared helpers for store tests: stories coded by the fake coder, ready for a store. */
import type { Story } from '../../src/core/records.js';
import { type Coder, codeOne } from '../../src/ingest/coding.js';
import type { CodedStory } from '../../src/store/store.js';
import { createCoder } from './fake-coder.mjs';

export const coder: Coder = createCoder();

export function story(id: string, text: string, extra: Partial<Story> = {}): Story {
  return { id, date: '2007-05-28', text, ...extra };
}

export function coded(s: Story, c: Coder = coder): CodedStory {
  return codeOne(c, s);
}

/** Filler that makes a text long enough for SimHash (the same for both copies of an article). */
export const FILLER =
  'Officials from both delegations spoke to reporters after the session in the capital about the next round ' +
  'of negotiations, the schedule for further meetings, the role of regional partners and the security of the ' +
  'border crossings, which remain closed to most traffic while the talks continue. The delegations also discussed ' +
  'the exchange of prisoners held since the last conflict, the reopening of two consulates, trade across the northern ' +
  'border and a joint commission on water rights. Neither side gave details of the proposals, but a senior adviser ' +
  'said the atmosphere had been better than at any meeting in the past decade and that a written statement would ' +
  'follow once both governments had reviewed the minutes.';
