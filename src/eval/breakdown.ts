/**
 * Why the coder's errors are errors. Each false positive and each missed required gold event is put in
 * one kind, judged against the gold events of the same sentence:
 * - `no-gold` (false positive): an event where the gold has none in that sentence;
 * - `no-event` (miss): the coder coded nothing in the sentence that holds the gold evidence;
 * - `wrong-actors`: right root, wrong source or target;
 * - `wrong-root`: right actors, a root the gold does not allow;
 * - `wrong-both`: neither the root nor the actors of any gold event there.
 * And per CAMEO root: required gold events found, predictions made and correct.
 */
import type { EventRecord } from '../core/records.js';
import { actorsOk, type GoldEvent, type GoldStory, matches, rootOk, sameSentence } from './score.js';

export type ErrorKind = 'no-gold' | 'no-event' | 'wrong-actors' | 'wrong-root' | 'wrong-both';

export interface RootRow {
  readonly root: string;
  /** Required gold events whose first root is this one, and how many were found. */
  readonly required: number;
  readonly recalled: number;
  /** Predictions with this root, and how many match a gold event. */
  readonly predicted: number;
  readonly correct: number;
}

export interface Breakdown {
  readonly falsePositives: Readonly<Record<ErrorKind, number>>;
  readonly missed: Readonly<Record<ErrorKind, number>>;
  readonly byRoot: readonly RootRow[];
}

const zero = (): Record<ErrorKind, number> => ({
  'no-gold': 0,
  'no-event': 0,
  'wrong-actors': 0,
  'wrong-root': 0,
  'wrong-both': 0,
});

function kindOf(golds: readonly GoldEvent[], preds: readonly EventRecord[], empty: ErrorKind): ErrorKind {
  const pairs = golds.flatMap((g) => preds.filter((p) => sameSentence(g, p)).map((p) => [g, p] as const));
  if (pairs.length === 0) return empty;
  if (pairs.some(([g, p]) => rootOk(g, p))) return 'wrong-actors';
  if (pairs.some(([g, p]) => actorsOk(g, p))) return 'wrong-root';
  return 'wrong-both';
}

export function breakdown(golds: readonly GoldStory[], preds: readonly EventRecord[]): Breakdown {
  const byStory = new Map<string, EventRecord[]>();
  for (const p of preds) {
    const l = byStory.get(p.story_id);
    if (l) l.push(p);
    else byStory.set(p.story_id, [p]);
  }
  const fpKinds = zero();
  const missKinds = zero();
  const roots = new Map<string, { required: number; recalled: number; predicted: number; correct: number }>();
  const row = (r: string) => {
    const x = roots.get(r) ?? { required: 0, recalled: 0, predicted: 0, correct: 0 };
    roots.set(r, x);
    return x;
  };
  for (const doc of golds) {
    const ps = byStory.get(doc.story.id) ?? [];
    for (const p of ps) {
      const r = row(p.cameo.slice(0, 2));
      r.predicted++;
      if (doc.events.some((g) => matches(g, p))) r.correct++;
      else fpKinds[kindOf(doc.events, [p], 'no-gold')]++;
    }
    for (const g of doc.events) {
      if (!g.required) continue;
      const r = row(g.roots[0] ?? '??');
      r.required++;
      if (ps.some((p) => matches(g, p))) r.recalled++;
      else missKinds[kindOf([g], ps, 'no-event')]++;
    }
  }
  const byRoot = [...roots.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([root, x]) => ({ root, ...x }));
  return { falsePositives: fpKinds, missed: missKinds, byRoot };
}
