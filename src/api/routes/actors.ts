/** `GET /actors?q=ira`: type-ahead over stored actors (codes and countries) and known CAMEO names. */
import { Hono } from 'hono';
import { z } from 'zod';
import { ACTOR_CODE_ROWS } from '../../ontology/actor-code-table.js';
import { actorCodeEntry } from '../../ontology/actor-codes.js';
import type { Store } from '../../store/store.js';
import { one, onlyKnown, parse, queryLists } from '../params.js';
import type { ActorSuggestion, ActorsResponse } from '../types.js';

const CACHE_MS = 60_000;

function shortName(code: string): string | null {
  const n = actorCodeEntry(code)?.name;
  return n ? (n.split(/[:(]/)[0] ?? n).trim() : null;
}

/** A readable name for an actor code: `USAGOV` -> "United States government". */
export function actorName(code: string): string | null {
  const whole = actorCodeEntry(code);
  if (whole) return shortName(code);
  const parts: string[] = [];
  for (let i = 0; i < code.length; i += 3) {
    const n = shortName(code.slice(i, i + 3));
    if (!n) return parts.length ? `${parts.join(' ')} (${code})` : null;
    parts.push(n);
  }
  return parts.join(' ');
}

interface Candidate extends ActorSuggestion {
  readonly words: readonly string[];
}

function candidate(code: string, kind: 'country' | 'actor', events: number): Candidate {
  const name = actorName(code);
  const words = name
    ? [
        name.toLowerCase(),
        ...name
          .toLowerCase()
          .split(/[\s,.-]+/)
          .filter(Boolean),
      ]
    : [];
  return { code, name, kind, events, words };
}

const schema = z.object({
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100),
});

/** The actor list, cached for a minute; `invalidate()` after writes. */
export class ActorIndex {
  private cached: { at: number; list: Promise<Candidate[]> } | null = null;
  constructor(private readonly store: Store) {}

  invalidate(): void {
    this.cached = null;
  }

  list(): Promise<Candidate[]> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.list;
    const list = this.load();
    this.cached = { at: Date.now(), list };
    list.catch(() => {
      this.cached = null;
    });
    return list;
  }

  private async load(): Promise<Candidate[]> {
    const [countries, codes] = await Promise.all([
      this.store.actors({ by: 'country', limit: 400, modes: [] }),
      this.store.actors({ by: 'code', limit: 2000, modes: [] }),
    ]);
    const out: Candidate[] = [];
    const seen = new Set<string>();
    for (const a of countries.actors) {
      seen.add(a.actor);
      out.push(candidate(a.actor, 'country', a.events));
    }
    for (const a of codes.actors) {
      if (seen.has(a.actor)) continue;
      seen.add(a.actor);
      out.push(candidate(a.actor, a.actor.length === 3 ? 'country' : 'actor', a.events));
    }
    out.sort((x, y) => y.events - x.events || (x.code < y.code ? -1 : 1));
    for (const [kind, code] of ACTOR_CODE_ROWS) {
      if ((kind === 'country' || kind === 'international') && !seen.has(code)) {
        seen.add(code);
        out.push(candidate(code, 'country', 0));
      }
    }
    return out;
  }
}

export function actorsRoutes(index: ActorIndex) {
  return new Hono().get('/actors', async (c) => {
    const q = queryLists(c.req.url);
    onlyKnown(q, ['q', 'limit']);
    const v = parse(schema, { q: one(q, 'q'), limit: one(q, 'limit') ?? 10 }, 'query');
    const needle = (v.q ?? '').trim();
    const upper = needle.toUpperCase();
    const lower = needle.toLowerCase();
    const all = await index.list();
    const hits: ActorSuggestion[] = [];
    for (const a of all) {
      if (hits.length >= v.limit) break;
      if (needle === '' ? a.events > 0 : a.code.startsWith(upper) || a.words.some((w) => w.startsWith(lower))) {
        hits.push({ code: a.code, name: a.name, kind: a.kind, events: a.events });
      }
    }
    return c.json({ actors: hits } satisfies ActorsResponse);
  });
}
