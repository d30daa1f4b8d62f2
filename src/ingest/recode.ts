/**
 * Re-coding stored stories after a knowledge-base change: stories whose coder version differs from
 * the current coder's (or every story, or the ones named) are coded again and their events replaced,
 * one transaction per batch. Interrupted, it resumes where it stopped (those stories are still stale).
 */
import type { Story } from '../core/records.js';
import type { Store, StoredStory } from '../store/store.js';
import type { CodingBackend } from './coding.js';
import { DEFAULT_BATCH, type IngestProgress } from './ingest.js';

export interface RecodeOptions {
  readonly store: Store;
  readonly backend: CodingBackend;
  /** Re-code every story, not only the stale ones. */
  readonly all?: boolean;
  readonly ids?: readonly string[];
  readonly batchSize?: number;
  readonly onProgress?: (p: IngestProgress) => void;
  /** Called once per story that fails to code (its stored events are kept). */
  readonly onFailure?: (storyId: string, message: string) => void;
}

export interface RecodeSummary {
  readonly stories: number;
  readonly events: number;
  readonly failed: number;
  readonly seconds: number;
}

export function storyOf(s: StoredStory): Story {
  return {
    id: s.id,
    date: s.date, // null stays null: coded as ingest codes a story without a date
    text: s.text,
    dateline: s.dateline,
    title: s.title,
    url: s.url,
    source: s.source,
  };
}

export async function recode(o: RecodeOptions): Promise<RecodeSummary> {
  const t0 = performance.now();
  const batchSize = Math.max(1, o.batchSize ?? DEFAULT_BATCH);
  const staleFor = o.all ? undefined : o.backend.version;
  const filter = {
    ...(staleFor !== undefined ? { staleFor } : {}),
    ...(o.ids ? { ids: o.ids } : {}),
  };
  const total = await o.store.countStories(filter);
  let after = 0;
  let stories = 0;
  let events = 0;
  let failed = 0;
  for (;;) {
    const rows = await o.store.listStories({ ...filter, afterSeq: after, limit: batchSize });
    if (rows.length === 0) break;
    const coded = await o.backend.code(rows.map(storyOf));
    // A story that fails now keeps the events it has: only stories coded now, or that had failed
    // before too, are replaced. Recoding never loses events.
    const before = new Map(rows.map((r) => [r.id, r.status]));
    const replace = coded.filter((c) => c.result.status === 'coded' || before.get(c.story.id) !== 'coded');
    await o.store.replaceStories(replace, o.backend.version);
    for (const c of coded) {
      if (c.result.status === 'coded') events += c.result.events.length;
      else {
        failed++;
        o.onFailure?.(c.story.id, c.result.error.message);
      }
    }
    stories += rows.length;
    after = rows[rows.length - 1]?.seq ?? after;
    o.onProgress?.({
      done: stories,
      total: Math.max(total, stories),
      stored: stories,
      skipped: 0,
      failed,
      events,
      elapsedMs: performance.now() - t0,
    });
  }
  return { stories, events, failed, seconds: (performance.now() - t0) / 1000 };
}
