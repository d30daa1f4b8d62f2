/** One catalogue of error codes and messages. Library code throws `DyadicError`; shells map codes to exit codes / statuses. */

export const ERRORS = {
  DYADIC_INPUT_EMPTY: 'story text is empty',
  DYADIC_INPUT_BINARY: 'story text contains NUL characters: it looks like binary data, not text',
  DYADIC_INPUT_ENCODING: 'story text is not valid UTF-8 (found replacement characters); re-encode the file as UTF-8',
  DYADIC_INPUT_JSON: 'line is not valid JSON: {detail}',
  DYADIC_INPUT_FIELD: 'missing or invalid field "{field}": {detail}',
  DYADIC_INPUT_TOO_LARGE: 'story text is {size} characters, above the limit of {limit}; split it or raise --max-chars',
  DYADIC_INPUT_OVERSIZE:
    'input is over {bytes} bytes, more than a story of {limit} characters can take (read no further); split it or raise --max-chars',
  DYADIC_INPUT_FILE: 'cannot read {path}: {detail}',
  DYADIC_INPUT_FORMAT: 'unsupported input {path}: {detail}',
  DYADIC_DATE: 'invalid date "{value}": expected YYYY-MM-DD',
  DYADIC_KNOWLEDGE: 'knowledge base is invalid:\n{detail}',
  DYADIC_INTERNAL: 'internal error while coding: {detail}',
  DYADIC_STORE: 'store error: {detail}',
  DYADIC_USAGE: '{detail}',
} as const;

export type DyadicErrorCode = keyof typeof ERRORS;

export class DyadicError extends Error {
  readonly code: DyadicErrorCode;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: DyadicErrorCode, details: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(formatMessage(code, details), options);
    this.name = 'DyadicError';
    this.code = code;
    this.details = details;
  }
}

function formatMessage(code: DyadicErrorCode, details: Record<string, string | number>): string {
  return ERRORS[code].replace(/\{(\w+)\}/g, (_, k: string) => String(details[k] ?? `{${k}}`));
}

/** Converts anything thrown into a DyadicError (keeps the original as `cause`). */
export function toDyadicError(err: unknown): DyadicError {
  if (err instanceof DyadicError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new DyadicError('DYADIC_INTERNAL', { detail }, { cause: err });
}
