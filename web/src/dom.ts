/** Tiny DOM helpers. Text always goes in as text nodes: story content never reaches innerHTML. */
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) append(el, c);
  return el;
}

export function append(el: Element, c: Child): void {
  if (c === null || c === undefined || c === false) return;
  el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): (...a: A) => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...a: A) => {
    if (t !== undefined) clearTimeout(t);
    t = setTimeout(() => fn(...a), ms);
  };
}

export const QUAD_NAMES: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const QUAD_COLORS: Record<number, string> = {
  1: '#4c9be8',
  2: '#1b5e20',
  3: '#f39c12',
  4: '#c0392b',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date at the precision it has: `2007` as "2007", `2007-03` as "March 2007", `2007-03-14` as is
 * (never a year or a month shown as its first day).
 */
export function formatDate(d: string | null | undefined): string {
  if (!d) return '';
  if (/^\d{4}$/.test(d)) return d;
  const m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return d.slice(0, 10);
}

/** A colour swatch; colours go through the CSSOM (the page's CSP refuses style attributes). */
export function swatch(color: string, dashed = false, line = false): HTMLElement {
  const el = h('i', { class: `swatch${line ? ' line' : ''}${dashed ? ' dashed' : ''}` });
  el.style.borderColor = color;
  if (!line) el.style.background = color;
  return el;
}
