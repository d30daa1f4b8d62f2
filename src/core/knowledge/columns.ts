/**
 * Column encodings for the prepared artifact: many short strings joined into one (JSON parses one
 * long string far faster than thousands of small ones and leaves nothing for the collector), and
 * integer columns as Int32Arrays (written as raw blocks by `artifact-file.ts`).
 */
const SEP = '\u007f';
const NULL = '~';

/** Joins strings (null allowed) into one column; `splitColumn(s, n)` restores them. */
export function joinColumn(xs: readonly (string | null)[]): string {
  for (const x of xs)
    if (x !== null && (x.includes(SEP) || x === NULL)) throw new Error(`joinColumn: value contains a separator: ${x}`);
  return xs.map((x) => x ?? NULL).join(SEP);
}

export function splitColumn(s: string, n: number): (string | null)[] {
  if (n === 0) return [];
  const parts = s.split(SEP);
  if (parts.length !== n) throw new Error(`prepared artifact: a column has ${parts.length} values, expected ${n}`);
  for (let i = 0; i < n; i++) if (parts[i] === NULL) (parts as (string | null)[])[i] = null;
  return parts;
}

/** Like `splitColumn` for a column without nulls. */
export function splitStrings(s: string, n: number): string[] {
  return splitColumn(s, n) as string[];
}

export function encodeInts(xs: ArrayLike<number>): Int32Array {
  return Int32Array.from(xs);
}
