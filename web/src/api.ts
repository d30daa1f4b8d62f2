/** Typed client of the dyadic API (`/api/v1`), over fetch, with the server's own response types. */
import type {
  ActorsResponse,
  ApiError,
  CodeRequest,
  CodeResponse,
  EventsResponse,
  StoryResponse,
  SummaryResponse,
  TimelineResponse,
} from '../../src/api/types.js';
import type { LedgerResponse } from '../../src/ledger/ledger.js';

export type * from '../../src/api/types.js';
export type { LedgerResponse, LedgerStatement } from '../../src/ledger/ledger.js';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const BASE = new URL('api/v1/', document.baseURI);

type Params = Record<string, string | number | boolean | readonly string[] | undefined | null>;

function url(path: string, params: Params = {}): string {
  const u = new URL(path, BASE);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (Array.isArray(v)) for (const x of v) u.searchParams.append(k, x);
    else u.searchParams.set(k, String(v));
  }
  return u.toString();
}

async function call<T>(input: string, init?: RequestInit & { signal?: AbortSignal }): Promise<T> {
  const r = await fetch(input, {
    ...init,
    headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
  });
  const body = (await r.json().catch(() => null)) as unknown;
  if (!r.ok) {
    const e = (body as ApiError | null)?.error;
    throw new ApiRequestError(r.status, e?.code ?? 'HTTP', e?.message ?? `HTTP ${r.status}`);
  }
  return body as T;
}

export interface EventParams {
  readonly actor?: readonly string[];
  readonly pair?: string;
  readonly quad?: string;
  readonly mode?: string;
  readonly since?: string;
  readonly until?: string;
  readonly text?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export const api = {
  events: (p: EventParams, signal?: AbortSignal) =>
    call<EventsResponse>(url('events', { ...p }), signal ? { signal } : {}),
  summary: (p: EventParams, signal?: AbortSignal) =>
    call<SummaryResponse>(url('summary', { ...p }), signal ? { signal } : {}),
  timeline: (p: { a: string; b: string; by: string; since?: string; until?: string }, signal?: AbortSignal) =>
    call<TimelineResponse>(url('timeline', p), signal ? { signal } : {}),
  ledger: (p: { a: string; b: string; window?: string; since?: string; until?: string }, signal?: AbortSignal) =>
    call<LedgerResponse>(url('ledger', p), signal ? { signal } : {}),
  actors: (q: string, limit = 10, signal?: AbortSignal) =>
    call<ActorsResponse>(url('actors', { q, limit }), signal ? { signal } : {}),
  story: (id: string, signal?: AbortSignal) =>
    call<StoryResponse>(url(`stories/${encodeURIComponent(id)}`), signal ? { signal } : {}),
  code: (body: CodeRequest, signal?: AbortSignal) =>
    call<CodeResponse>(url('code'), { method: 'POST', body: JSON.stringify(body), ...(signal ? { signal } : {}) }),
};
