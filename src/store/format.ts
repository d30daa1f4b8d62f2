/** Text output shared by the store commands: aligned tables, and option parsing helpers. */
import { DyadicError } from '../core/errors.js';

function width(s: string): number {
  return [...s].length;
}

/** A plain aligned table; numbers right-aligned. */
export function renderTable(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => r[i] === null || typeof r[i] === 'number'),
  );
  const pad = (s: string, i: number) => {
    const w = widths[i] ?? 0;
    const fill = ' '.repeat(Math.max(0, w - width(s)));
    return numeric[i] ? fill + s : s + fill;
  };
  const line = (r: readonly string[]) => `${r.map(pad).join('  ').trimEnd()}\n`;
  return line(headers) + line(widths.map((w) => '-'.repeat(w))) + cells.map(line).join('');
}

export function truncate(s: string, n: number): string {
  const chars = [...s.replace(/\s+/g, ' ')];
  return chars.length <= n ? chars.join('') : `${chars.slice(0, n - 1).join('')}…`;
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new DyadicError('DYADIC_USAGE', { detail: `${flag} must be one of ${allowed.join(', ')} (got "${value}")` });
}

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new DyadicError('DYADIC_USAGE', { detail: `${flag} must be a positive integer (got "${value}")` });
  return n;
}

/** A number from 0 to 1 (a confidence threshold). */
export function probability(value: string, flag: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new DyadicError('DYADIC_USAGE', { detail: `${flag} must be a number from 0 to 1 (got "${value}")` });
  return n;
}

/** Splits repeatable / comma-separated option values: `--actor USA,IRN --actor IGO`. */
export function list(values: readonly string[] | string | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const arr = typeof values === 'string' ? [values] : values;
  const out = arr
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return out.length ? out : undefined;
}
