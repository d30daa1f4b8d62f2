/** Query-string and body validation with zod: every failure becomes a 400 `BAD_REQUEST` with a readable message. */
import type { z } from 'zod';
import { HttpError } from './errors.js';

/** Validates a value with a schema or throws a 400 naming the first bad field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue?.path.length ? issue.path.join('.') : where;
  throw new HttpError(400, 'BAD_REQUEST', `${path}: ${issue?.message ?? 'invalid value'}`);
}

/** Query parameters as lists (repeatable and comma-separated: `?actor=USA,IRN&actor=IGO`) keyed by name. */
export function queryLists(url: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of new URL(url).searchParams) {
    const list = out.get(k) ?? [];
    list.push(v);
    out.set(k, list);
  }
  return out;
}

/** Splits comma lists and drops empty items. */
export function splitList(values: readonly string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  const out = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return out.length ? out : undefined;
}

/** Refuses parameters the endpoint does not know (a typo should not silently widen a query). */
export function onlyKnown(q: Map<string, string[]>, known: readonly string[]): void {
  for (const k of q.keys()) {
    if (!known.includes(k))
      throw new HttpError(400, 'BAD_REQUEST', `unknown parameter "${k}" (known: ${known.join(', ')})`);
  }
}

/** A single-valued parameter (the last one given). */
export function one(q: Map<string, string[]>, k: string): string | undefined {
  const v = q.get(k);
  return v ? v[v.length - 1] : undefined;
}

export function flag(q: Map<string, string[]>, k: string): boolean {
  const v = one(q, k);
  if (v === undefined) return false;
  if (v === '' || v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  throw new HttpError(400, 'BAD_REQUEST', `${k}: expected true or false`);
}

/** Deepest nesting a JSON body may have: a story request is an object of stories, a few levels deep. */
export const MAX_JSON_DEPTH = 32;

/**
 * The request body as JSON, or a 400: not JSON, or nested deeper than `MAX_JSON_DEPTH` (checked without
 * recursion, so a body of 100,000 brackets is refused, not a stack overflow and a 500).
 */
export async function jsonBody(req: { json(): Promise<unknown> }): Promise<unknown> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new HttpError(400, 'BAD_JSON', 'request body is not valid JSON');
  }
  const stack: [unknown, number][] = [[body, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d >= MAX_JSON_DEPTH)
      throw new HttpError(400, 'BAD_JSON', `request body is nested more than ${MAX_JSON_DEPTH} levels deep`);
    for (const x of Array.isArray(v) ? v : Object.values(v))
      if (x !== null && typeof x === 'object') stack.push([x, d + 1]);
  }
  return body;
}
