/**
 * `POST /code`: codes a text on the fly, stores nothing; answers a `CodeResponse`. Coding runs on the
 * code pool (worker threads behind a bounded queue, `code-pool.ts`); a full queue answers 429 with
 * Retry-After. Only
 * `application/json` bodies are accepted (415 otherwise): a form or `text/plain` post is what any web
 * page can make a visitor's browser send without asking.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { isIsoDate } from '../../io/stories.js';
import { type CodeAnswer, type CodePool, CodeQueueFull } from '../code-pool.js';
import { HttpError } from '../errors.js';
import { jsonBody, parse } from '../params.js';

export const MAX_CODE_CHARS = 200_000;

const schema = z.object({
  text: z
    .string({ error: 'required: the text to code' })
    .max(MAX_CODE_CHARS, `at most ${MAX_CODE_CHARS} characters`)
    .refine((t) => t.trim().length > 0, 'must not be empty'),
  date: z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD').nullable().optional(),
  dateline: z.string().max(200).nullable().optional(),
  id: z.string().min(1).max(200).optional(),
  /** Drop events below this confidence (0..1); default the model's threshold, 0 keeps all. */
  min_confidence: z.number({ error: 'expected a number from 0 to 1' }).min(0).max(1).optional(),
});

/** `application/json`, with or without parameters (`; charset=utf-8`). */
export function isJsonType(header: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test((header ?? '').trim());
}

export function codeRoutes(pool: CodePool) {
  return new Hono().post('/code', async (c) => {
    if (!isJsonType(c.req.header('content-type')))
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the text as JSON with Content-Type: application/json');
    const body = await jsonBody(c.req);
    const v = parse(schema, body, 'body');
    const id = v.id ?? 'text';
    let result: CodeAnswer;
    try {
      result = await pool.code(
        { id, date: v.date ?? null, text: v.text, dateline: v.dateline ?? null },
        v.min_confidence,
      );
    } catch (e) {
      if (!(e instanceof CodeQueueFull)) throw e;
      c.header('Retry-After', String(e.retryAfterSeconds));
      throw new HttpError(429, 'BUSY', e.message);
    }
    if (result.status === 'failed') {
      const status = result.error.code === 'DYADIC_INPUT_TOO_LARGE' ? 413 : 422;
      throw new HttpError(status, result.error.code, result.error.message);
    }
    // the events come serialised from the coding thread: a `CodeResponse` assembled as text
    const out = `{"story_id":${JSON.stringify(id)},"sentences":${result.sentences},"events":${result.events}}`;
    return c.body(out, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
}
