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
