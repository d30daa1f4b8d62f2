/** HTTP errors of the API and the one mapping from thrown values to `{error: {code, message}}` responses. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DyadicError, type DyadicErrorCode } from '../core/errors.js';

export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

const DYADIC_STATUS: Record<DyadicErrorCode, ContentfulStatusCode> = {
  DYADIC_INPUT_EMPTY: 400,
  DYADIC_INPUT_BINARY: 400,
  DYADIC_INPUT_ENCODING: 400,
  DYADIC_INPUT_JSON: 400,
  DYADIC_INPUT_FIELD: 400,
  DYADIC_INPUT_TOO_LARGE: 413,
  DYADIC_INPUT_OVERSIZE: 413,
  DYADIC_INPUT_FILE: 400,
  DYADIC_INPUT_FORMAT: 400,
  DYADIC_DATE: 400,
  DYADIC_KNOWLEDGE: 500,
  DYADIC_INTERNAL: 500,
  DYADIC_STORE: 500,
  DYADIC_USAGE: 400,
};

/** Status, code and a message safe to show: server-side failures never expose their details (SQL, paths, stacks). */
export function errorResponse(err: unknown): { status: ContentfulStatusCode; code: string; message: string } {
  if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message };
  if (err instanceof DyadicError) {
    const status = DYADIC_STATUS[err.code] ?? 500;
    if (status >= 500) return { status, code: err.code, message: 'internal error' };
    return { status, code: err.code, message: err.message.split('\n')[0] ?? err.code };
  }
  return { status: 500, code: 'INTERNAL', message: 'internal error' };
}
