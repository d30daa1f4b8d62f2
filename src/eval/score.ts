/**
 * Scores event records against hand-coded gold events, with the matching rules of the project's
 * shared scorer: same story, the predicted sentence holds the gold evidence, the CAMEO root is one
 * the gold event allows, and source/target countries agree (either way round when symmetric).
 */
import type { EventRecord } from '../core/records.js';

export interface GoldEvent {
  readonly id: string;
  readonly required: boolean;
  readonly symmetric?: boolean;
  readonly evidence: string;
  readonly source: string | readonly (string | null)[] | null;
  readonly target: string | readonly (string | null)[] | null;
  readonly roots: readonly string[];
}

export interface GoldStory {
  readonly story: { readonly id: string; readonly date: string; readonly dateline?: string | null };
  readonly events: readonly GoldEvent[];
}

export interface Score {
  readonly stories: number;
  readonly predicted: number;
  readonly tp: number;
  readonly fp: number;
  readonly required: number;
  readonly recalled: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly missed: readonly string[];
  readonly falsePositives: readonly EventRecord[];
}

const norm = (s: unknown): string =>
  String(s ?? '')
    .replace(/[\u2018\u2019\u201B`]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function country(a: EventRecord['source']): string | null {
  if (!a) return null;
  const c = a.country ?? (a.code ? a.code.slice(0, 3) : null);
  return c ? c.toUpperCase() : null;
}

const allow = (g: GoldEvent['source']): readonly (string | null)[] =>
  g == null ? [null] : typeof g === 'string' ? [g] : g;

/** The gold event's evidence lies in the predicted event's sentence. */
export function sameSentence(ge: GoldEvent, pe: EventRecord): boolean {
  return norm(pe.sentence).includes(norm(ge.evidence));
}

export function rootOk(ge: GoldEvent, pe: EventRecord): boolean {
  return ge.roots.includes(pe.cameo.slice(0, 2));
}

/** Source and target countries allowed (either way round when the gold event is symmetric). */
export function actorsOk(ge: GoldEvent, pe: EventRecord): boolean {
  const s = country(pe.source);
  const t = country(pe.target);
  if (allow(ge.source).includes(s) && allow(ge.target).includes(t)) return true;
  return !!ge.symmetric && allow(ge.source).includes(t) && allow(ge.target).includes(s);
}

export function matches(ge: GoldEvent, pe: EventRecord): boolean {
  return sameSentence(ge, pe) && rootOk(ge, pe) && actorsOk(ge, pe);
}

export function score(golds: readonly GoldStory[], preds: readonly EventRecord[]): Score {
  const byId = new Map(golds.map((g) => [g.story.id, g]));
  let tp = 0;
  let fp = 0;
  const found = new Set<string>();
  const falsePositives: EventRecord[] = [];
  for (const pe of preds) {
    const doc = byId.get(pe.story_id);
    if (!doc) continue;
    const hits = doc.events.filter((ge) => matches(ge, pe));
    if (hits.length) {
      tp++;
      for (const h of hits) found.add(`${doc.story.id}#${h.id}`);
    } else {
      fp++;
      falsePositives.push(pe);
    }
  }
  const required = golds.flatMap((d) => d.events.filter((e) => e.required).map((e) => `${d.story.id}#${e.id}`));
  const recalled = required.filter((k) => found.has(k));
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = required.length ? recalled.length / required.length : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    stories: golds.length,
    predicted: tp + fp,
    tp,
    fp,
    required: required.length,
    recalled: recalled.length,
    precision: r3(P),
    recall: r3(R),
    f1: r3(F),
    missed: required.filter((k) => !found.has(k)),
    falsePositives,
  };
}
