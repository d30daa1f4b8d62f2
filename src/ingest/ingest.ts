/**
 * Bulk ingestion: input paths → story items → coding (in batches, on the back-end's threads) → the
 * store, one transaction per batch. While batch k is written, batch k+1 is being coded. A story
 * already stored (same id) is skipped before coding; a story that fails is stored as failed; an
 * input that cannot be read is reported and recorded. Killing the process loses at most the batches
 * not yet committed, and a rerun codes exactly those: the same command always ends with the same events.
 */
import type { Story } from '../core/records.js';
import type { TxtDefaults } from '../io/stories.js';
import { estimateStories, listInputs, readInputFile } from '../io/walk.js';
import { fingerprints } from '../store/simhash.js';
import type { CodedStory, InputFailure, Store } from '../store/store.js';
import type { CodingBackend } from './coding.js';

export const DEFAULT_BATCH = 100;

export interface IngestProgress {
  /** Input items handled (stories read, bad items reported). */
  readonly done: number;
  /** Estimated number of input items (JSONL lines, feed items, files). */
  readonly total: number;
  readonly stored: number;
  readonly skipped: number;
  readonly failed: number;
  readonly events: number;
  readonly elapsedMs: number;
}

export interface IngestSummary {
  /** Story items read from the inputs (good and bad). */
  readonly read: number;
  /** New stories stored (coded or failed). */
  readonly stories: number;
  readonly sentences: number;
  readonly events: number;
  /** Stories already stored, or seen earlier in this run. */
  readonly skipped: number;
  /** Stories that failed to code plus inputs that could not be read. */
  readonly failed: number;
  readonly invalidInputs: number;
  readonly codingFailures: number;
  readonly duplicates: number;
  /** Stories stored with other text and overwritten (`replace`). */
  readonly replaced: number;
  readonly seconds: number;
}

export interface IngestOptions {
  readonly store: Store;
  readonly paths: readonly string[];
  readonly backend: CodingBackend;
  readonly txtDefaults?: TxtDefaults;
  readonly batchSize?: number;
  readonly onProgress?: (p: IngestProgress) => void;
  /** Each input item that could not be read, and each story that failed to code. */
  readonly onFailure?: (f: InputFailure) => void;
  /** Directory entries of no known type. */
  readonly onIgnored?: (path: string) => void;
  /** Overwrite stories stored with other text under the same id (default: report them and keep the stored). */
  readonly replace?: boolean;
  /** Longest story, in characters: longer input is refused while it is read. */
  readonly maxChars?: number;
}

interface InFlight {
  readonly coding: Promise<CodedStory[]>;
  readonly failures: InputFailure[];
  readonly items: number;
}

export async function ingest(o: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const batchSize = Math.max(1, o.batchSize ?? DEFAULT_BATCH);
  const files = await listInputs(o.paths, o.onIgnored);
  let total = 0;
  for (const f of files) total += await estimateStories(f);

  let read = 0;
  let done = 0;
  let stored = 0;
  let sentences = 0;
  let events = 0;
  let skipped = 0;
  let invalid = 0;
  let codingFailures = 0;
  let duplicates = 0;
  let replaced = 0;
  const seen = new Set<string>();

  const progress = () =>
    o.onProgress?.({
      done,
      total: Math.max(total, done),
      stored,
      skipped,
      failed: invalid + codingFailures,
      events,
      elapsedMs: performance.now() - t0,
    });

  // reads up to `batchSize` new stories, skipping those already stored, and starts coding them
  let chunk: Story[] = [];
  let chunkFailures: InputFailure[] = [];
  let chunkItems = 0;
  const submit = async (): Promise<InFlight> => {
    const stories = chunk;
    const failures = chunkFailures;
    const items = chunkItems;
    chunk = [];
    chunkFailures = [];
    chunkItems = 0;
    // A stored id with the same text is skipped (ingest is idempotent); with other text it is reported,
    // never silently kept or overwritten, unless --replace asks for the new text.
    const stored = await o.store.storedHashes(stories.map((s) => s.id));
    const fresh: Story[] = [];
    const replace: string[] = [];
    let conflicts = 0;
    for (const s of stories) {
      const h = stored.get(s.id);
      if (h === undefined) fresh.push(s);
      else if (h === fingerprints(s.text).textHash) continue;
      else if (o.replace) {
        replace.push(s.id);
        fresh.push(s);
      } else {
        conflicts++;
        const f = {
          where: s.id,
          code: 'DYADIC_STORE_CONFLICT',
          message: `story "${s.id}" is stored with different text: kept the stored one (ingest --replace overwrites it)`,
        };
        o.onFailure?.(f);
      }
    }
    if (replace.length) replaced += await o.store.deleteStories(replace);
    invalid += conflicts;
    const gone = stories.length - fresh.length;
    skipped += gone - conflicts;
    done += gone;
    return { coding: o.backend.code(fresh), failures, items: items - gone };
  };
  const finish = async (f: InFlight): Promise<void> => {
    const coded = await f.coding;
    const w = await o.store.writeStories(coded, o.backend.version);
    stored += w.stored;
    skipped += w.skipped;
    events += w.events;
    duplicates += w.duplicates;
    for (const c of coded) {
      if (c.result.status === 'coded') sentences += c.result.sentences;
      else {
        codingFailures++;
        o.onFailure?.({ where: c.story.id, code: c.result.error.code, message: c.result.error.message });
      }
    }
    if (f.failures.length) await o.store.recordInputFailures(f.failures);
    done += f.items;
    progress();
  };

  let inFlight: InFlight | null = null;
  const flush = async () => {
    const next = await submit();
    if (inFlight) await finish(inFlight);
    inFlight = next;
  };

  progress();
  for (const file of files) {
    for await (const item of readInputFile(file, o.txtDefaults, o.maxChars)) {
      read++;
      chunkItems++;
      if (!item.ok) {
        invalid++;
        const f = { where: item.where, code: item.code, message: item.message };
        chunkFailures.push(f);
        o.onFailure?.(f);
      } else if (seen.has(item.story.id)) {
        skipped++;
      } else {
        seen.add(item.story.id);
        chunk.push(item.story);
      }
      if (chunk.length >= batchSize || chunkItems >= batchSize * 4) await flush();
    }
  }
  if (chunkItems > 0) await flush();
  if (inFlight) await finish(inFlight);
  inFlight = null;
  progress();
  return {
    read,
    stories: stored,
    sentences,
    events,
    skipped,
    failed: invalid + codingFailures,
    invalidInputs: invalid,
    codingFailures,
    duplicates,
    replaced,
    seconds: (performance.now() - t0) / 1000,
  };
}
