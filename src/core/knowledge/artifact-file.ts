/**
 * The prepared artifact's file format: one line of JSON (the small values), then the large values
 * as raw blocks - long strings as UTF-8 (marked when ASCII), integer columns as little-endian Int32 - each referenced from
 * the JSON as `{"$block": i}`. Reading decodes each string block with one native call and views each
 * integer block in place, so a start-up neither scans megabytes of JSON nor makes garbage of them.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const MAGIC = 'dyadic-artifact 1\n';
/** Strings longer than this go into a block. */
const LONG = 4096;

interface BlockRef {
  readonly $block: number;
  readonly kind: 's' | 'a' | 'i';
  readonly offset: number;
  readonly length: number;
}

/** Writes `value` (plain JSON values, with Int32Arrays allowed anywhere) atomically to `path`. */
export function writeArtifact(path: string, value: unknown): void {
  const blocks: Buffer[] = [];
  let offset = 0;
  const add = (b: Buffer, kind: BlockRef['kind']): BlockRef => {
    const pad = (4 - (offset % 4)) % 4;
    if (pad) {
      blocks.push(Buffer.alloc(pad));
      offset += pad;
    }
    const ref: BlockRef = { $block: blocks.length, kind, offset, length: b.length };
    blocks.push(b);
    offset += b.length;
    return ref;
  };
  const header = JSON.stringify(value, (_k, v) => {
    if (v instanceof Int32Array) return add(Buffer.from(v.buffer, v.byteOffset, v.byteLength), 'i');
    // ASCII-only strings are marked: they decode as latin1, a plain copy, instead of through UTF-8.
    if (typeof v === 'string' && v.length > LONG) return add(Buffer.from(v, 'utf8'), isAscii(v) ? 'a' : 's');
    return v;
  });
  const head = Buffer.from(`${MAGIC}${header}\n`, 'utf8');
  const pad = Buffer.alloc((4 - (head.length % 4)) % 4, 0x20);
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, Buffer.concat([head.subarray(0, head.length - 1), pad, Buffer.from('\n'), ...blocks]));
  renameSync(tmp, path);
}

/** Reads a file written by `writeArtifact`; null when it is not one. */
export function readArtifactFile(path: string): unknown {
  const buf = readFileSync(path);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const nl = buf.indexOf(10, MAGIC.length);
  const base = nl + 1;
  // Integer blocks are viewed in place when the file's buffer is aligned, else copied once.
  const aligned = (buf.byteOffset + base) % 4 === 0;
  return JSON.parse(buf.toString('utf8', MAGIC.length, nl), (_k, v) => {
    if (v === null || typeof v !== 'object' || typeof (v as BlockRef).$block !== 'number') return v;
    const r = v as BlockRef;
    const start = base + r.offset;
    if (r.kind === 'a') return buf.toString('latin1', start, start + r.length);
    if (r.kind === 's') return buf.toString('utf8', start, start + r.length);
    if (aligned) return new Int32Array(buf.buffer, buf.byteOffset + start, r.length >> 2);
    const out = new Int32Array(r.length >> 2);
    new Uint8Array(out.buffer).set(buf.subarray(start, start + r.length));
    return out;
  });
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
