/**
 * The prepared artifact's file format: one line of JSON (the small values, and where each large one
 * goes), then the large values as raw blocks: long strings as UTF-8 (marked when ASCII: decoded as
 * latin1, a plain copy), integer columns as little-endian Int32. Reading views each integer block in
 * place and decodes a string block the first time its property is read, so a start-up neither scans
 * megabytes of JSON nor decodes columns it never uses (people's roles, when no person is named).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const MAGIC = 'dyadic-artifact 2\n';
/** Strings longer than this go into a block. */
const LONG = 4096;

interface BlockRef {
  /** Where the value goes: property names and array indices from the root. */
  readonly path: readonly (string | number)[];
  readonly kind: 's' | 'a' | 'i';
  readonly offset: number;
  readonly length: number;
}

/** Writes `value` (plain JSON values, with Int32Arrays allowed anywhere) atomically to `path`. */
export function writeArtifact(path: string, value: unknown): void {
  const blocks: Buffer[] = [];
  const refs: BlockRef[] = [];
  let offset = 0;
  const add = (b: Buffer, kind: BlockRef['kind'], at: readonly (string | number)[]): null => {
    const pad = (4 - (offset % 4)) % 4;
    if (pad) {
      blocks.push(Buffer.alloc(pad));
      offset += pad;
    }
    refs.push({ path: at, kind, offset, length: b.length });
    blocks.push(b);
    offset += b.length;
    return null;
  };
  const strip = (v: unknown, at: (string | number)[]): unknown => {
    if (v instanceof Int32Array) return add(Buffer.from(v.buffer, v.byteOffset, v.byteLength), 'i', at);
    if (typeof v === 'string' && v.length > LONG) return add(Buffer.from(v, 'utf8'), isAscii(v) ? 'a' : 's', at);
    if (Array.isArray(v)) return v.map((x, i) => strip(x, [...at, i]));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x, [...at, k])]));
    return v;
  };
  const header = JSON.stringify({ value: strip(value, []), blocks: refs });
  const head = Buffer.from(`${MAGIC}${header}`, 'utf8');
  const pad = Buffer.alloc((4 - ((head.length + 1) % 4)) % 4, 0x20);
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, Buffer.concat([head, pad, Buffer.from('\n'), ...blocks]));
  renameSync(tmp, path);
}

/** Reads a file written by `writeArtifact`; null when it is not one. */
export function readArtifactFile(path: string): unknown {
  const buf = readFileSync(path);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const nl = buf.indexOf(10, MAGIC.length);
  const base = nl + 1;
  const { value, blocks } = JSON.parse(buf.toString('utf8', MAGIC.length, nl)) as {
    value: Record<string | number, unknown>;
    blocks: BlockRef[];
  };
  // Integer blocks are viewed in place when the file's buffer is aligned, else copied once.
  const aligned = (buf.byteOffset + base) % 4 === 0;
  for (const r of blocks) {
    let parent = value;
    for (let i = 0; i < r.path.length - 1; i++) parent = parent[r.path[i]!] as Record<string | number, unknown>;
    const key = r.path[r.path.length - 1]!;
    const start = base + r.offset;
    if (r.kind === 'i') {
      let ints: Int32Array;
      if (aligned) ints = new Int32Array(buf.buffer, buf.byteOffset + start, r.length >> 2);
      else {
        ints = new Int32Array(r.length >> 2);
        new Uint8Array(ints.buffer).set(buf.subarray(start, start + r.length));
      }
      parent[key] = ints;
      continue;
    }
    const encoding = r.kind === 'a' ? 'latin1' : 'utf8';
    Object.defineProperty(parent, key, {
      configurable: true,
      enumerable: true,
      get() {
        const text = buf.toString(encoding, start, start + r.length);
        Object.defineProperty(parent, key, { value: text, enumerable: true, writable: true });
        return text;
      },
    });
  }
  return value;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
