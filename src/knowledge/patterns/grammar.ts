/**
 * The pattern grammar (see `types.ts` for the syntax): parses one pattern's text into elements and
 * lists every problem with it. The compiler (`src/core/knowledge/pattern-index.ts`) and the pattern
 * tests share it, so there is one definition of what a valid pattern is.
 */
import { MODES } from '../../core/records.js';
import type { EventPattern, WordClasses } from './types.js';

export type RawElement =
  | { readonly t: 'word'; readonly alts: readonly string[]; readonly optional: boolean }
  | { readonly t: 'class'; readonly name: string; readonly optional: boolean }
  | { readonly t: 'slot'; readonly role: 'source' | 'target' }
  | { readonly t: 'gap' };

export interface ParsedPattern {
  readonly elements: readonly RawElement[];
  /** Index of the anchor (the first required literal word) in `elements`; -1 when there is none. */
  readonly anchorAt: number;
  /** Everything wrong with the pattern; empty when it is valid. */
  readonly problems: readonly string[];
}

/** A literal word: lower case, starting with a letter or digit. */
export const WORD = /^[a-z0-9][a-z0-9'.-]*$/;

/** Function words and auxiliaries are never verb or noun tokens, so they cannot anchor a pattern. */
const NOT_ANCHORS: ReadonlySet<string> = new Set(
  'a an the to of for with on in at by from and or but not no be is are was were have has had do does did will would may might can could should'.split(
    ' ',
  ),
);

/** The id a pattern must have: `<code>.<n>`, or `none.<n>` for a non-event. */
export function idProblem(p: EventPattern): string | null {
  const prefix = p.ignore ? 'none.' : `${p.code}.`;
  if (typeof p.id !== 'string' || !p.id.startsWith(prefix) || !/^\d+$/.test(p.id.slice(prefix.length)))
    return `id must be ${prefix}<n>`;
  return null;
}

export function parsePattern(p: EventPattern, classes: WordClasses): ParsedPattern {
  const problems: string[] = [];
  const text = p.pattern;
  const parts = text.split(' ');
  if (text.trim() !== text || parts.some((e) => e === '')) problems.push('stray whitespace');
  const elements: RawElement[] = [];
  let anchorAt = -1;
  let targets = 0;
  let sources = 0;
  parts.forEach((raw, i) => {
    if (raw === '') return;
    const optional = raw.startsWith('?');
    const w = optional ? raw.slice(1) : raw;
    if (w === '*') {
      if (i === 0 || i === parts.length - 1) problems.push('gap at an end');
      if (parts[i - 1] === '*') problems.push('two gaps in a row');
      elements.push({ t: 'gap' });
    } else if (w === '$target' || w === '$source') {
      if (w === '$target') targets++;
      else sources++;
      elements.push({ t: 'slot', role: w === '$target' ? 'target' : 'source' });
    } else if (w.startsWith('$')) problems.push(`unknown slot ${w}`);
    else if (w.startsWith('@')) {
      const name = w.slice(1);
      if (!(name in classes)) problems.push(`undefined class @${name}`);
      elements.push({ t: 'class', name, optional });
    } else {
      const alts = w.split('|').filter(Boolean);
      if (alts.length === 0 || !alts.every((a) => WORD.test(a))) problems.push(`bad literal ${raw}`);
      if (anchorAt < 0 && !optional) {
        anchorAt = elements.length;
        if (!alts.every((a) => /[a-z]/.test(a))) problems.push(`anchor without a letter ${w}`);
        if (alts.some((a) => NOT_ANCHORS.has(a))) problems.push(`function word as anchor ${w}`);
      }
      elements.push({ t: 'word', alts, optional });
    }
  });
  if (anchorAt < 0) problems.push('no literal word to anchor on');
  if (targets > 1) problems.push('more than one $target');
  if (sources > 1) problems.push('more than one $source');
  if (p.pos !== 'verb' && p.pos !== 'noun') problems.push(`bad pos ${String(p.pos)}`);
  if (p.mode !== undefined && !MODES.includes(p.mode)) problems.push(`bad mode ${p.mode}`);
  if (p.symmetric && p.inverse) problems.push('symmetric and inverse');
  const idp = idProblem(p);
  if (idp) problems.push(idp);
  return { elements, anchorAt, problems };
}

/** Required literal elements (words and classes), the anchor included: a pattern's specificity. */
export function literalCount(elements: readonly RawElement[]): number {
  return elements.filter((e) => (e.t === 'word' || e.t === 'class') && !e.optional).length;
}
