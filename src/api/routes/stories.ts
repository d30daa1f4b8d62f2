/** `GET /stories/:id` (a story with its events) and `POST /stories` (ingest, token required). */
import { Hono } from 'hono';
import type { Story } from '../../core/records.js';
import { type Coder, localBackend } from '../../ingest/coding.js';
import { storyFromJsonLine } from '../../io/stories.js';
import type { Store, StoredStory } from '../../store/store.js';
import { HttpError } from '../errors.js';
import { eventsArrayJson } from '../events-json.js';
import { jsonBody } from '../params.js';
import type { ApiStory, IngestResponse } from '../types.js';

export const MAX_STORIES_PER_REQUEST = 1000;

function apiStory(s: StoredStory): ApiStory {
  return {
    id: s.id,
    date: s.date,
    source: s.source,
    url: s.url,
    title: s.title,
    dateline: s.dateline,
    text: s.text,
    status: s.status,
    error_code: s.error_code,
    error_message: s.error_message,
    sentences: s.sentences,
    event_count: s.event_count,
    coder_version: s.coder_version,
    duplicate_of: s.duplicate_of,
  };
}

export function storyReadRoutes(store: Store) {
  return new Hono().get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length === 0 || id.length > 500) throw new HttpError(400, 'BAD_REQUEST', 'id: expected 1-500 characters');
    const story = await store.getStory(id);
    if (!story) throw new HttpError(404, 'NOT_FOUND', `no story with id "${id.slice(0, 100)}"`);
    const events = await store.events({ storyId: [id], includeDuplicates: true });
    return c.body(`{"story":${JSON.stringify(apiStory(story))},"events":${eventsArrayJson(events)}}`, 200, {
      'content-type': 'application/json; charset=utf-8',
    });
  });
}

/** The stories of a request body: one story, an array, or `{stories: [...]}`; each validated as a JSONL line is by `dyadic ingest`. */
export function storiesFromBody(body: unknown): Story[] {
  const items: unknown[] = Array.isArray(body)
    ? body
    : body !== null && typeof body === 'object' && Array.isArray((body as { stories?: unknown }).stories)
      ? (body as { stories: unknown[] }).stories
      : [body];
  if (items.length === 0) throw new HttpError(400, 'BAD_REQUEST', 'stories: expected at least one story');
  if (items.length > MAX_STORIES_PER_REQUEST) {
    throw new HttpError(
      400,
      'BAD_REQUEST',
      `stories: at most ${MAX_STORIES_PER_REQUEST} stories per request (got ${items.length})`,
    );
  }
  return items.map((item, i) => {
    const r = storyFromJsonLine(JSON.stringify(item ?? null), `stories[${i}]`);
    if (!r.ok) throw new HttpError(400, 'BAD_REQUEST', `${r.where}: ${r.message}`);
    return r.story;
  });
}

/** Codes stories with the server's coder and stores them: the path `dyadic ingest` takes (codeOne + writeStories). */
export function storyWriteRoutes(store: Store, coder: Coder, onWrite: () => void) {
  const backend = localBackend(coder);
  return new Hono().post('/stories', async (c) => {
    const body = await jsonBody(c.req);
    const stories = storiesFromBody(body);
    const coded = await backend.code(stories);
    const w = await store.writeStories(coded, backend.version);
    if (w.stored > 0) onWrite();
    const failed = coded.flatMap((s) =>
      s.result.status === 'failed'
        ? [{ id: s.story.id, code: s.result.error.code, message: s.result.error.message }]
        : [],
    );
    return c.json(
      {
        stored: w.stored,
        skipped: w.skipped,
        events: w.events,
        duplicates: w.duplicates,
        failed,
      } satisfies IngestResponse,
      w.stored > 0 ? 201 : 200,
    );
  });
}
