/** `POST /code`: codes a text on the fly, stores nothing. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Coder } from '../../ingest/coding.js';
import { isIsoDate } from '../../io/stories.js';
import { HttpError } from '../errors.js';
import { parse } from '../params.js';
import type { CodeResponse } from '../types.js';

export const MAX_CODE_CHARS = 200_000;

const schema = z.object({
  text: z
    .string({ error: 'required: the text to code' })
    .max(MAX_CODE_CHARS, `at most ${MAX_CODE_CHARS} characters`)
    .refine((t) => t.trim().length > 0, 'must not be empty'),
  date: z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD').nullable().optional(),
  dateline: z.string().max(200).nullable().optional(),
  id: z.string().min(1).max(200).optional(),
});

export function codeRoutes(coder: Coder) {
  return new Hono().post('/code', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'BAD_JSON', 'request body is not valid JSON');
    }
    const v = parse(schema, body, 'body');
    const id = v.id ?? 'text';
    const result = coder.codeStory({ id, date: v.date ?? null, text: v.text, dateline: v.dateline ?? null });
    if (result.status === 'failed') {
      const status = result.error.code === 'DYADIC_INPUT_TOO_LARGE' ? 413 : 422;
      throw new HttpError(status, result.error.code, result.error.message);
    }
    return c.json({ story_id: id, sentences: result.sentences, events: result.events } satisfies CodeResponse);
  });
}
