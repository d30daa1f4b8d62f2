/** Serialises stored events as API events without re-parsing the stored record JSON (it is spliced in as is). */
import type { StoredEvent } from '../store/store.js';

const s = (v: string | null): string => (v === null ? 'null' : JSON.stringify(v));

export function eventJson(e: StoredEvent): string {
  return (
    `{"id":${s(e.id)},"story_id":${s(e.story_id)},"day":${s(e.day)},"duplicate_of":${s(e.duplicate_of)},` +
    `"story_source":${s(e.story_source)},"story_url":${s(e.story_url)},"story_date":${s(e.story_date)},"record":${e.record}}`
  );
}

export function eventsArrayJson(events: readonly StoredEvent[]): string {
  return `[${events.map(eventJson).join(',')}]`;
}
