/**
 * Compiles event patterns (parsed by `src/knowledge/patterns/grammar.ts`, the syntax in `types.ts`) into elements and an
 * index by anchor word, once per process. Every bad pattern is reported together with its id.
 */

import { literalCount, parsePattern } from '../../knowledge/patterns/grammar.js';
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
  readonly byAnchor: {
    has(token: string): boolean;
    get(token: string): readonly CompiledPattern[] | undefined;
  };
  /** Every compiled pattern (a lazily compiled index compiles them all when this is first read). */
  readonly patterns: readonly CompiledPattern[];
}

export type Tokenize = (texts: readonly string[]) => string[][];

/**
 * Compiles the patterns and indexes them by anchor. Eager (the default): every pattern compiled now,
 * every problem of every pattern reported at once (a DyadicError). Lazy (for tables validated when
 * the prepared artifact was built): only the anchors are read now, and the patterns of an anchor are
 * compiled the first time a text has that word.
 */
export function compilePatterns(
  patterns: readonly EventPattern[],
  classes: WordClasses,
  tokenize: Tokenize,
  options: { readonly lazy?: boolean } = {},
): PatternIndex {
  const tok = new Map<string, string[]>();
  const tokensOf = (alt: string): string[] => {
    let t = tok.get(alt);
    if (!t) {
      const got = tokenize([alt])[0] ?? [];
      t = got.length ? got : [alt];
      tok.set(alt, t);
    }
    return t;
  };
  const classSets = new Map<string, Set<string>>();
  const classLists = new Map<ReadonlySet<string>, readonly string[]>();
  for (const [name, words] of Object.entries(classes)) {
    const set = new Set(words.map((w) => w.toLowerCase()));
    classSets.set(name, set);
    classLists.set(set, [...set]);
  }
  const byId = new Map<string, number>();

  /** Compiles pattern `index`; pushes its problems to `errors`; null when it cannot be compiled. */
  const compileOne = (index: number, errors: string[]): CompiledPattern | null => {
    const p = patterns[index]!;
    const { elements: raw, anchorAt, problems } = parsePattern(p, classes);
    const id = p.id;
    const where = `pattern ${index} "${p.pattern}" (${id})`;
    for (const problem of problems) errors.push(`${where}: ${problem}`);
    if (!p.ignore && !cameoEntry(p.code)) errors.push(`${where}: unknown CAMEO code ${p.code}`);
    const seen = byId.get(id);
    if (seen !== undefined && seen !== index) errors.push(`${where}: duplicate id`);
    byId.set(id, index);
    if (anchorAt < 0) return null;
    const elems: Element[] = raw.map((el) =>
      el.t === 'word'
        ? { t: 'word', alts: el.alts.map(tokensOf), optional: el.optional }
        : el.t === 'class'
          ? { t: 'class', name: el.name, words: classSets.get(el.name) ?? new Set(), optional: el.optional }
          : el,
    );
    const anchorEl = elems[anchorAt] as Extract<Element, { t: 'word' }>;
    const needs: (readonly string[])[] = [];
    elems.forEach((el, j) => {
      if (j === anchorAt || el.t === 'gap' || el.t === 'slot' || el.optional) return;
      needs.push(el.t === 'word' ? el.alts.map((a) => a[0]!) : (classLists.get(el.words) ?? [...el.words]));
    });
    return Object.freeze({
      id,
      index,
      source: p,
      code: p.code,
      pos: p.pos,
      anchor: anchorEl.alts,
      before: elems.slice(0, anchorAt).reverse(),
      after: elems.slice(anchorAt + 1),
      literals: literalCount(raw),
      hasTarget: raw.some((e) => e.t === 'slot' && e.role === 'target'),
      hasSource: raw.some((e) => e.t === 'slot' && e.role === 'source'),
      needs,
    });
  };
  const bySpecificity = (a: CompiledPattern, b: CompiledPattern) => b.literals - a.literals || a.index - b.index;

  if (options.lazy) {
    // Anchor first tokens without a full parse: the first required literal of the text.
    const anchors = new Map<string, number[]>();
    patterns.forEach((p, index) => {
      for (const raw of p.pattern.split(' ')) {
        const c = raw[0];
        if (!raw || c === '?' || c === '*' || c === '$' || c === '@') continue;
        for (const alt of raw.split('|')) {
          if (!alt) continue;
          const key = tokensOf(alt)[0]!;
          const list = anchors.get(key);
          if (!list) anchors.set(key, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
        break;
      }
    });
    const compiled: (CompiledPattern | null | undefined)[] = new Array(patterns.length);
    const compiledAt = (index: number): CompiledPattern | null => {
      let cp = compiled[index];
      if (cp === undefined) {
        const errors: string[] = [];
        cp = compileOne(index, errors);
        if (errors.length) throw new DyadicError('DYADIC_KNOWLEDGE', { detail: errors.join('\n') });
        compiled[index] = cp;
      }
      return cp;
    };
    const lists = new Map<string, readonly CompiledPattern[]>();
    let all: CompiledPattern[] | null = null;
    return {
      byAnchor: {
        has: (token) => anchors.has(token),
        get(token) {
          let list = lists.get(token);
          if (list) return list;
          const idx = anchors.get(token);
          if (!idx) return undefined;
          list = idx
            .map(compiledAt)
            .filter((cp): cp is CompiledPattern => cp !== null)
            .sort(bySpecificity);
          lists.set(token, list);
          return list;
        },
      },
      get patterns() {
        all ??= patterns.map((_, i) => compiledAt(i)).filter((cp): cp is CompiledPattern => cp !== null);
        return all;
      },
    };
  }

  // Tokenize every literal alternative in one pass (hyphenated words become several tokens, as in text).
  const literals = new Set<string>();
  for (const p of patterns)
    for (const raw of p.pattern.split(' ')) {
      const w = raw.startsWith('?') ? raw.slice(1) : raw;
      if (!w || w === '*' || w.startsWith('$') || w.startsWith('@')) continue;
      for (const alt of w.split('|')) if (alt && !tok.has(alt)) literals.add(alt);
    }
  const list = [...literals];
  tokenize(list).forEach((t, i) => {
    tok.set(list[i]!, t.length ? t : [list[i]!]);
  });

  const errors: string[] = [];
  const out: CompiledPattern[] = [];
  patterns.forEach((_, index) => {
    const cp = compileOne(index, errors);
    if (cp) out.push(cp);
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
  for (const list of byAnchor.values()) list.sort(bySpecificity);
  return { byAnchor, patterns: out };
}
