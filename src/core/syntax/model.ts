/**
 * The syntax model: tagger + parser + their lexicon and label tables, and its binary file format
 * (no I/O here; see load.ts). Layout: "DYSX", u32 format version, u32 header length, a JSON header
 * (labels, tags, metadata, section table), then 8-byte aligned typed-array sections that are used
 * in place (views on the file's bytes), so loading is reading the file plus building two hash tables.
 */
import { LexBuffer } from './lex.js';
import { Parser } from './parser.js';
import { FrozenModel } from './perceptron.js';
import { Tagger, type TaggerLexicon, UPOS_NAMES } from './tagger.js';

const MAGIC = 0x58535944; // "DYSX" little-endian
/**
 * 2: labels scored jointly with the transitions from the first LABEL_FEATS templates, one Uint16
 * header per feature row (1: labels chosen after the transition from all templates, two counts).
 */
const FORMAT = 2;

type ArrayKind = 'u8' | 'u16' | 'u32' | 'f32';
type AnyArray = Uint8Array | Uint16Array | Uint32Array | Float32Array;

interface Section {
  readonly name: string;
  readonly kind: ArrayKind;
  readonly offset: number;
  readonly length: number;
}

interface Header {
  readonly labels: string[];
  readonly tags: string[];
  readonly meta: Record<string, unknown>;
  readonly sections: Section[];
}

/** Result of tagging and parsing one sentence. */
export interface ParsedSentence {
  /** UPOS id of each word (see `SyntaxModel.tags`). */
  readonly upos: Uint8Array;
  /** Head of each word: 0 = root, else the 1-based index of the head word in the sentence. */
  readonly head: Int32Array;
  /** Dependency label id of each word (see `SyntaxModel.labels`). */
  readonly deprel: Uint8Array;
}

export class SyntaxModel {
  readonly labels: readonly string[];
  readonly tags: readonly string[] = UPOS_NAMES;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly tagger: Tagger;
  readonly parser: Parser;
  readonly taggerModel: FrozenModel;
  readonly parserModel: FrozenModel;
  readonly lexicon: TaggerLexicon;
  /** Scratch token columns, reused for every sentence (one model = one thread). */
  readonly lex = new LexBuffer();
  private readonly labelIds: Map<string, number>;

  constructor(
    taggerModel: FrozenModel,
    parserModel: FrozenModel,
    lexicon: TaggerLexicon,
    labels: readonly string[],
    meta: Record<string, unknown> = {},
  ) {
    this.taggerModel = taggerModel;
    this.parserModel = parserModel;
    this.lexicon = lexicon;
    this.labels = labels;
    this.meta = meta;
    this.tagger = new Tagger(taggerModel, lexicon);
    this.parser = new Parser(parserModel, parserModel, labels.length, labels.indexOf('root'));
    this.labelIds = new Map(labels.map((l, i) => [l, i]));
  }

  labelId(name: string): number {
    return this.labelIds.get(name) ?? -1;
  }

  /** Tags and parses the sentence already encoded in `this.lex` into the output columns (length n). */
  run(upos: Uint8Array, head: Int32Array, deprel: Uint8Array): void {
    this.tagger.tag(this.lex, upos);
    this.parser.parse(this.lex, upos, head, deprel);
  }

  /** Tags and parses one sentence given as surface forms (capitalisation kept). */
  parseWords(forms: readonly string[]): ParsedSentence {
    const n = forms.length;
    const out = { upos: new Uint8Array(n), head: new Int32Array(n), deprel: new Uint8Array(n) };
    if (n === 0) return out;
    this.lex.reset(n);
    for (let i = 0; i < n; i++) this.lex.set(i, forms[i]!, 0, forms[i]!.length);
    this.run(out.upos, out.head, out.deprel);
    return out;
  }
}

function mapOf(keys: Uint32Array, vals: Uint8Array | Uint32Array): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) m.set(keys[i]!, vals[i]!);
  return m;
}

/** Serializes a model (deterministic: same weights and tables give the same bytes). */
export function encodeModel(model: SyntaxModel): Uint8Array {
  const sortedEntries = (m: Map<number, number>) => [...m].sort((a, b) => a[0] - b[0]);
  const dict = sortedEntries(model.lexicon.dict);
  const amb = sortedEntries(model.lexicon.amb);
  const arrays: [string, ArrayKind, AnyArray][] = [
    ['tagger.keys', 'u32', model.taggerModel.keys],
    ['tagger.rows', 'u16', model.taggerModel.rows],
    ['tagger.codebook', 'f32', model.taggerModel.codebook],
    ['tagger.codebookB', 'f32', model.taggerModel.codebookB],
    ['parser.keys', 'u32', model.parserModel.keys],
    ['parser.rows', 'u16', model.parserModel.rows],
    ['parser.codebook', 'f32', model.parserModel.codebook],
    ['parser.codebookB', 'f32', model.parserModel.codebookB],
    ['dict.keys', 'u32', Uint32Array.from(dict, (e) => e[0])],
    ['dict.tags', 'u8', Uint8Array.from(dict, (e) => e[1])],
    ['amb.keys', 'u32', Uint32Array.from(amb, (e) => e[0])],
    ['amb.masks', 'u32', Uint32Array.from(amb, (e) => e[1])],
  ];
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, kind, a] of arrays) {
    sections.push({ name, kind, offset, length: a.length });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const header: Header = {
    labels: [...model.labels],
    tags: [...model.tags],
    meta: { ...model.meta },
    sections,
  };
  let json = new TextEncoder().encode(JSON.stringify(header));
  const pad = (8 - ((12 + json.length) % 8)) % 8;
  if (pad > 0) json = new TextEncoder().encode(JSON.stringify(header) + ' '.repeat(pad));
  const base = 12 + json.length;
  const out = new Uint8Array(base + offset);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, FORMAT, true);
  dv.setUint32(8, json.length, true);
  out.set(json, 12);
  for (let i = 0; i < arrays.length; i++) {
    const a = arrays[i]![2];
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), base + sections[i]!.offset);
  }
  return out;
}

/** Reads a model from its file bytes. Throws an Error naming the problem if the bytes are not a model. */
export function decodeModel(bytes: Uint8Array): SyntaxModel {
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || dv.getUint32(0, true) !== MAGIC) throw new Error('not a dyadic syntax model');
  const format = dv.getUint32(4, true);
  if (format !== FORMAT) {
    throw new Error(
      `syntax model format ${format} is not the one this version reads (${FORMAT}); retrain it with \`npm run train:syntax\``,
    );
  }
  const hlen = dv.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as Header;
  const base = bytes.byteOffset + 12 + hlen;
  const get = <T extends AnyArray>(name: string): T => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new Error(`syntax model lacks section ${name}`);
    const at = base + s.offset;
    const size = s.kind === 'u8' ? 1 : s.kind === 'u16' ? 2 : 4;
    if (at + s.length * size > bytes.byteOffset + bytes.byteLength) throw new Error('syntax model is truncated');
    switch (s.kind) {
      case 'u8':
        return new Uint8Array(bytes.buffer, at, s.length) as T;
      case 'u16':
        return new Uint16Array(bytes.buffer, at, s.length) as T;
      case 'u32':
        return new Uint32Array(bytes.buffer, at, s.length) as T;
      default:
        return new Float32Array(bytes.buffer, at, s.length) as T;
    }
  };
  const lexicon: TaggerLexicon = {
    dict: mapOf(get<Uint32Array>('dict.keys'), get<Uint8Array>('dict.tags')),
    amb: mapOf(get<Uint32Array>('amb.keys'), get<Uint32Array>('amb.masks')),
  };
  const nTags = header.tags.length;
  const tagger = new FrozenModel(
    nTags,
    0,
    get<Uint32Array>('tagger.keys'),
    get<Uint16Array>('tagger.rows'),
    get<Float32Array>('tagger.codebook'),
    get<Float32Array>('tagger.codebookB'),
  );
  const parser = new FrozenModel(
    3,
    2 * header.labels.length,
    get<Uint32Array>('parser.keys'),
    get<Uint16Array>('parser.rows'),
    get<Float32Array>('parser.codebook'),
    get<Float32Array>('parser.codebookB'),
  );
  return new SyntaxModel(tagger, parser, lexicon, header.labels, header.meta);
}
