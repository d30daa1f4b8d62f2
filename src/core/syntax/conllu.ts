/**
 * CoNLL-U reading and writing. Only syntactic words are kept: multiword-token ranges ("3-4") and
 * empty nodes ("3.1") are skipped, so word i of a sentence is its i-th basic word.
 */
import { DyadicError } from '../errors.js';

export interface ConlluSentence {
  /** Comment lines (without the leading "# "), e.g. "sent_id = x", "text = ...". */
  readonly comments: string[];
  readonly forms: string[];
  readonly lemmas: string[];
  readonly upos: string[];
  readonly xpos: string[];
  readonly feats: string[];
  /** 0 = root, else the 1-based index of the head word; -1 when the column is "_". */
  readonly heads: number[];
  readonly deprels: string[];
  readonly deps: string[];
  readonly misc: string[];
  /** 1-based line number of the sentence's first line in its file. */
  readonly line: number;
}

/** A sentence with no words yet, to be filled column by column. */
export function emptySentence(line: number): ConlluSentence {
  return {
    comments: [],
    forms: [],
    lemmas: [],
    upos: [],
    xpos: [],
    feats: [],
    heads: [],
    deprels: [],
    deps: [],
    misc: [],
    line,
  };
}

/** Parses CoNLL-U text; `name` is used in errors ("name:line: ..."). */
export function readConllu(text: string, name = 'input'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  const lines = text.split(/\r?\n/);
  let cur: ConlluSentence | null = null;
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!;
    if (line.trim() === '') {
      if (cur && cur.forms.length > 0) out.push(cur);
      cur = null;
      continue;
    }
    if (!cur) cur = emptySentence(ln + 1);
    if (line.startsWith('#')) {
      cur.comments.push(line.replace(/^#\s?/, ''));
      continue;
    }
    const cols = line.split('\t');
    const bad = (detail: string) =>
      new DyadicError('DYADIC_INPUT_FORMAT', { path: `${name}:${ln + 1}`, detail: `not CoNLL-U: ${detail}` });
    if (cols.length !== 10) throw bad(`expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) continue;
    if (!/^\d+$/.test(id)) throw bad(`bad word id "${id}"`);
    if (Number(id) !== cur.forms.length + 1) throw bad(`word id ${id} out of sequence`);
    const head = cols[6]!;
    if (head !== '_' && !/^\d+$/.test(head)) throw bad(`bad head "${head}"`);
    cur.forms.push(cols[1]!);
    cur.lemmas.push(cols[2]!);
    cur.upos.push(cols[3]!);
    cur.xpos.push(cols[4]!);
    cur.feats.push(cols[5]!);
    cur.heads.push(head === '_' ? -1 : Number(head));
    cur.deprels.push(cols[7]!);
    cur.deps.push(cols[8]!);
    cur.misc.push(cols[9]!);
  }
  if (cur && cur.forms.length > 0) out.push(cur);
  for (const s of out) {
    for (let i = 0; i < s.heads.length; i++) {
      if (s.heads[i]! > s.forms.length)
        throw new DyadicError('DYADIC_INPUT_FORMAT', {
          path: `${name}:${s.line}`,
          detail: `not CoNLL-U: head ${s.heads[i]} of word ${i + 1} is past the sentence end`,
        });
    }
  }
  return out;
}

/** Writes sentences as CoNLL-U (comments, then one line per word, then a blank line). */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(`# ${c}\n`);
    for (let i = 0; i < s.forms.length; i++) {
      const h = s.heads[i]!;
      parts.push(
        `${i + 1}\t${s.forms[i]}\t${s.lemmas[i] ?? '_'}\t${s.upos[i] ?? '_'}\t${s.xpos[i] ?? '_'}\t${s.feats[i] ?? '_'}\t${h < 0 ? '_' : h}\t${s.deprels[i] ?? '_'}\t${s.deps[i] ?? '_'}\t${s.misc[i] ?? '_'}\n`,
      );
    }
    parts.push('\n');
  }
  return parts.join('');
}

/** A sentence with the given words and no annotation ("_" columns), for building output. */
export function blankSentence(forms: string[], comments: string[] = []): ConlluSentence {
  const n = forms.length;
  const blank = () => new Array<string>(n).fill('_');
  return {
    comments,
    forms,
    lemmas: blank(),
    upos: blank(),
    xpos: blank(),
    feats: blank(),
    heads: new Array<number>(n).fill(-1),
    deprels: blank(),
    deps: blank(),
    misc: blank(),
    line: 0,
  };
}
