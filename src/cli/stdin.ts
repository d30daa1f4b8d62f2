/** Reads stdin as UTF-8, refusing (without reading further) input over `limit` bytes, and binary input. */
import { DyadicError } from '../core/errors.js';
import { decodeUtf8 } from '../io/stories.js';

export async function readStdin(limit = Number.POSITIVE_INFINITY, maxChars = 0): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    const b = c as Buffer;
    total += b.length;
    if (total > limit) {
      process.stdin.destroy();
      throw new DyadicError('DYADIC_INPUT_OVERSIZE', { bytes: limit, limit: maxChars });
    }
    chunks.push(b);
  }
  return decodeUtf8(Buffer.concat(chunks, total), '<stdin>');
}
