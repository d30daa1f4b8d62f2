/**
 * Compiles event patterns (see `src/knowledge/patterns/types.ts` for the syntax) into elements and an
 * index by anchor word, once per process. Every bad pattern is reported together with its id.
 */
import type { EventPattern, WordClasses } from '../../knowledge/patterns/types.js';
import { cameoEntry } from '../../ontology/cameo.js';
import { DyadicError } from '../errors.js';

export type Element =
  | { readonly t: 'word'; readonly alts: readonly (readonly string[])[]; readonly optional: boolean }
  | { readonly t: 'class'; readonly name: string; readonly words: ReadonlySet<string>; readonly optional: boolean }
  | { readonly t: 'slot'; readonly role: 'source' | 'target' }
  | { readonly t: 'gap' };

export interface CompiledPattern {
  readonly id: string;
  readonly index: number;
  readonly source: EventPattern;
  readonly code: string;
  readonly pos: 'verb' | 'noun';
  /** The anchor's alternatives (token sequences). */
  readonly anchor: readonly (readonly string[])[];
  /** Elements before the anchor, nearest first (matched backwards). */
  readonly before: readonly Element[];
  /** Elements after the anchor, in order. */
  readonly after: readonly Element[];
  /** Number of literal (word or class) elements, the anchor included: the specificity. */
  readonly literals: number;
  readonly hasTarget: boolean;
  readonly hasSource: boolean;
  /**
   * For a quick reject: each required word or class element's possible first tokens. A pattern can
   * match a sentence only if every list has a word present in it.
   */
  readonly needs: readonly (readonly string[])[];
}

export interface PatternIndex {
  /** Anchor first token -> patterns, most specific first. */
  readonly byAnchor: ReadonlyMap<string, readonly CompiledPattern[]>;
  readonly patterns: readonly CompiledPattern[];
}

export type Tokenize = (texts: readonly string[]) => string[][];

export function compilePatterns(
  patterns: readonly EventPattern[],
  classes: WordClasses,
  tokenize: Tokenize,
): PatternIndex {
  const errors: string[] = [];
  // Tokenize every literal alternative once (hyphenated words become several tokens, as in text).
  const literalSet = new Set<string>();
  for (const p of patterns) {
    for (const raw of p.pattern.trim().split(/\s+/)) {
      const w = raw.startsWith('?') ? raw.slice(1) : raw;
      if (w === '*' || w.startsWith('$') || w.startsWith('@')) continue;
      for (const alt of w.split('|')) if (alt) literalSet.add(alt.toLowerCase());
    }
  }
  const literals = [...literalSet];
  const tokenized = tokenize(literals);
  const tok = new Map<string, string[]>();
  for (let i = 0; i < literals.length; i++)
    tok.set(literals[i]!, tokenized[i]!.length ? tokenized[i]! : [literals[i]!]);
  const classSets = new Map<string, Set<string>>();
  for (const [name, words] of Object.entries(classes)) classSets.set(name, new Set(words.map((w) => w.toLowerCase())));

  const out: CompiledPattern[] = [];
  const ids = new Set<string>();
  patterns.forEach((p, index) => {
    const entry = cameoEntry(p.code);
    const id = p.id ?? (p.ignore ? `none.${p.pattern}` : `${p.code.slice(0, 2)}.${p.code}.${p.pattern}`);
    const where = `pattern ${index} "${p.pattern}" (${id})`;
    if (!entry && !p.ignore) errors.push(`${where}: unknown CAMEO code ${p.code}`);
    if (ids.has(id)) errors.push(`${where}: duplicate id`);
    ids.add(id);
    const elems: Element[] = [];
    let anchorAt = -1;
    let anchor: string[][] = [];
    for (const raw of p.pattern.trim().split(/\s+/)) {
      const optional = raw.startsWith('?');
      const w = optional ? raw.slice(1) : raw;
      if (w === '*') elems.push({ t: 'gap' });
      else if (w === '$target' || w === '$source')
        elems.push({ t: 'slot', role: w === '$target' ? 'target' : 'source' });
      else if (w.startsWith('$')) errors.push(`${where}: unknown slot ${w}`);
      else if (w.startsWith('@')) {
        const set = classSets.get(w.slice(1));
        if (!set) errors.push(`${where}: unknown class ${w}`);
        elems.push({ t: 'class', name: w.slice(1), words: set ?? new Set(), optional });
      } else {
        const alts = w
          .split('|')
          .filter(Boolean)
          .map((a) => tok.get(a.toLowerCase()) ?? [a.toLowerCase()]);
        if (anchorAt < 0 && !optional) {
          anchorAt = elems.length;
          anchor = alts;
        }
        elems.push({ t: 'word', alts, optional });
      }
    }
    if (anchorAt < 0) {
      errors.push(`${where}: no literal word to anchor on`);
      return;
    }
    const before = elems.slice(0, anchorAt).reverse();
    const after = elems.slice(anchorAt + 1);
    const lits = elems.filter((e) => (e.t === 'word' || e.t === 'class') && !e.optional).length;
    const needs: string[][] = [];
    elems.forEach((el, j) => {
      if (j === anchorAt || el.t === 'gap' || el.t === 'slot' || el.optional) return;
      needs.push(el.t === 'word' ? el.alts.map((a) => a[0]!) : [...el.words]);
    });
    out.push(
      Object.freeze({
        id,
        index,
        source: p,
        code: p.code,
        pos: p.pos,
        anchor,
        before,
        after,
        literals: lits,
        hasTarget: elems.some((e) => e.t === 'slot' && e.role === 'target'),
        hasSource: elems.some((e) => e.t === 'slot' && e.role === 'source'),
        needs,
      }),
    );
  });
  if (errors.length) throw new DyadicError('DYADIC_KNOWLEDGE', { detail: errors.join('\n') });

  const byAnchor = new Map<string, CompiledPattern[]>();
  for (const cp of out) {
    for (const alt of cp.anchor) {
      const key = alt[0]!;
      const list = byAnchor.get(key) ?? [];
      if (!list.includes(cp)) list.push(cp);
      byAnchor.set(key, list);
    }
  }
  for (const list of byAnchor.values()) list.sort((a, b) => b.literals - a.literals || a.index - b.index);
  return { byAnchor, patterns: out };
}
