/**
 * Syntax for the coder: UPOS tags and Universal Dependencies trees (labels with subtypes such as
 * nsubj:pass, obl:agent, acl:relcl) for a segmented `Doc` or a list of words.
 *
 * Conventions:
 * - `parseWords` (one sentence): head[i] = 0 for the root, else the 1-based index of word i's head.
 * - `parseDoc` (a Doc): columns aligned to doc tokens; head[i] is the absolute token index of the
 *   head, -1 for a sentence root, -2 for tokens of sentences that were not parsed.
 * Label and tag ids index `model.labels` / `model.tags` (UPOS_NAMES).
 */
import type { Doc } from '../doc.js';
import { syntaxModel } from './load.js';
import type { ParsedSentence, SyntaxModel } from './model.js';

export { type ConlluSentence, emptySentence, readConllu, writeConllu } from './conllu.js';
export { type EvalResult, formatEval, REPORTED_RELATIONS, type RelationScore, SyntaxEval } from './eval.js';
export { DEFAULT_MODEL_DIR, loadSyntaxModel, syntaxModel } from './load.js';
export { decodeModel, type ParsedSentence, SyntaxModel } from './model.js';
export { UPOS_NAMES } from './tagger.js';

/** Head value of a sentence root in `Syntax.head`. */
export const ROOT_HEAD = -1;
/** Head value of tokens in sentences that were not parsed. */
export const NOT_PARSED = -2;

/** Tags and parses one sentence of words (surface forms, capitalisation kept). */
export function parseWords(forms: readonly string[], model: SyntaxModel = syntaxModel()): ParsedSentence {
  return model.parseWords(forms);
}

/** A Doc's dependency trees, as columns aligned to its tokens. */
export class Syntax {
  readonly doc: Doc;
  readonly model: SyntaxModel;
  /** UPOS id per token (see `tagName`). */
  readonly upos: Uint8Array;
  /** Absolute token index of the head; ROOT_HEAD (-1) for a root, NOT_PARSED (-2) if not parsed. */
  readonly head: Int32Array;
  /** Dependency label id per token (see `label`). */
  readonly deprel: Uint8Array;

  constructor(doc: Doc, model: SyntaxModel) {
    this.doc = doc;
    this.model = model;
    this.upos = new Uint8Array(doc.n);
    this.head = new Int32Array(doc.n).fill(NOT_PARSED);
    this.deprel = new Uint8Array(doc.n);
  }

  /** The dependency label of token i ("" if not parsed). */
  label(i: number): string {
    return this.head[i] === NOT_PARSED ? '' : this.model.labels[this.deprel[i]!]!;
  }

  /** The UPOS tag of token i ("" if not parsed). */
  tagName(i: number): string {
    return this.head[i] === NOT_PARSED ? '' : this.model.tags[this.upos[i]!]!;
  }

  /** Label id of a name (e.g. "nsubj:pass"), or -1 if the model has no such label. */
  labelId(name: string): number {
    return this.model.labelId(name);
  }

  isRoot(i: number): boolean {
    return this.head[i] === ROOT_HEAD;
  }

  /** Dependents of token i, in text order; with `label`, only those with that label. */
  children(i: number, label?: string): number[] {
    const out: number[] = [];
    if (this.head[i] === NOT_PARSED) return out;
    const k = this.doc.sent[i]!;
    const want = label === undefined ? -1 : this.model.labelId(label);
    if (label !== undefined && want < 0) return out;
    for (let j = this.doc.sentStart[k]!; j < this.doc.sentEnd[k]!; j++) {
      if (this.head[j] === i && (want < 0 || this.deprel[j] === want)) out.push(j);
    }
    return out;
  }

  /** The first dependent of i with the given label, or -1. */
  child(i: number, label: string): number {
    const c = this.children(i, label);
    return c.length > 0 ? c[0]! : -1;
  }
}

/**
 * Tags and parses the sentences of a Doc (all, or the given sentence indices). Reads each token's
 * surface text from `doc.text` (capitalisation kept; tokens with no text of their own, such as
 * wink's expansions, use `doc.lower`).
 */
export function parseDoc(
  doc: Doc,
  opts: { readonly sentences?: readonly number[]; readonly model?: SyntaxModel } = {},
): Syntax {
  const model = opts.model ?? syntaxModel();
  const out = new Syntax(doc, model);
  const lex = model.lex;
  const one = (k: number) => {
    const s = doc.sentStart[k]!;
    const e = doc.sentEnd[k]!;
    const n = e - s;
    if (n <= 0) return;
    lex.reset(n);
    for (let i = 0; i < n; i++) {
      const from = doc.start[s + i]!;
      const to = doc.end[s + i]!;
      if (to > from) lex.set(i, doc.text, from, to);
      else {
        const w = doc.lower[s + i]!;
        lex.set(i, w, 0, w.length);
      }
    }
    const upos = out.upos.subarray(s, e);
    const head = out.head.subarray(s, e);
    model.run(upos, head, out.deprel.subarray(s, e));
    // 1-based sentence heads to absolute token indices (0 = root -> -1).
    for (let i = 0; i < n; i++) head[i] = head[i] === 0 ? ROOT_HEAD : s + head[i]! - 1;
  };
  if (opts.sentences) {
    for (const k of opts.sentences) if (k >= 0 && k < doc.sentenceCount) one(k);
  } else for (let k = 0; k < doc.sentenceCount; k++) one(k);
  return out;
}
