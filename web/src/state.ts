/** The view state, kept in the URL's hash (`#a=USA&b=IRN&by=week&ev=...`) so a view can be shared. */
export interface ViewState {
  a: string;
  b: string;
  /** Bin of the pair view's charts: `auto` fits the data's span. */
  by: 'auto' | 'day' | 'week' | 'month';
  since: string;
  until: string;
  quad: string;
  mode: string;
  text: string;
  /** The event whose story is open. */
  ev: string;
}

const KEYS: readonly (keyof ViewState)[] = ['a', 'b', 'by', 'since', 'until', 'quad', 'mode', 'text', 'ev'];

/** Actor codes are letters and digits only (anything else in a hand-edited URL is dropped). */
function code(s: string): string {
  const c = s.toUpperCase();
  return /^[A-Z0-9]{3,30}$/.test(c) ? c : '';
}

export function readState(): ViewState {
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  const get = (k: string) => (p.get(k) ?? '').trim();
  const by = get('by');
  return {
    a: code(get('a')),
    b: code(get('b')),
    by: by === 'day' || by === 'week' || by === 'month' ? by : 'auto',
    since: get('since'),
    until: get('until'),
    quad: get('quad'),
    mode: get('mode'),
    text: get('text'),
    ev: get('ev'),
  };
}

export function writeState(s: ViewState): void {
  const p = new URLSearchParams();
  for (const k of KEYS) if (s[k] && !(k === 'by' && s[k] === 'auto')) p.set(k, s[k]);
  const hash = `#${p.toString()}`;
  if (location.hash !== hash) history.replaceState(null, '', hash === '#' ? location.pathname + location.search : hash);
}
