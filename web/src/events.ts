/** The event list and the story view: evidence sentence and actor words highlighted, codes, mode, claims, rule. */
import { cameoEntry } from '../../src/ontology/cameo.js';
import type { ApiEvent, EventRecord, StoryResponse } from './api.js';
import { clear, formatDate, h, QUAD_NAMES } from './dom.js';

type ActorLike = EventRecord['source'];

export function actorLabel(a: ActorLike): string {
  return a ? a.code : '—';
}

function actorLong(a: ActorLike): string {
  if (!a) return '—';
  return `${a.code}${a.name ? ` (${a.name})` : ''} — “${a.text}”`;
}

export function cameoName(code: string): string {
  return cameoEntry(code)?.name ?? '';
}

/** One row of an event list (its date at the precision the text gives); `onOpen` when clicked or activated with the keyboard. */
export function eventRow(r: EventRecord, onOpen?: () => void): HTMLLIElement {
  const li = h(
    'li',
    { class: `event q${r.quad_class}`, 'data-event-id': r.id, ...(onOpen ? { tabindex: '0', role: 'button' } : {}) },
    h(
      'div',
      { class: 'line1' },
      h('span', { class: 'day', title: r.date ?? 'no date' }, formatDate(r.date) || 'undated'),
      h('span', { class: 'dyad' }, `${actorLabel(r.source)} → ${actorLabel(r.target)}`),
      h('span', { class: `quad q${r.quad_class}`, title: QUAD_NAMES[r.quad_class] ?? '' }, `Q${r.quad_class}`),
      h('span', { class: 'cameo', title: cameoName(r.cameo) }, `${r.cameo} ${cameoName(r.cameo)}`),
      r.mode !== 'asserted' ? h('span', { class: `mode mode-${r.mode}` }, r.mode) : null,
    ),
    h('div', { class: 'sentence' }, r.sentence),
  );
  if (onOpen) {
    li.addEventListener('click', onOpen);
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen();
      }
    });
  }
  return li;
}

interface Mark {
  start: number;
  end: number;
  cls: string;
}

/** Where the event's sentence lies in the story text (the occurrence closest before its evidence). */
function sentenceRange(text: string, r: EventRecord): Mark | null {
  const s = r.sentence;
  if (!s) return null;
  let best = -1;
  for (let i = text.indexOf(s); i >= 0 && i <= r.evidence.start; i = text.indexOf(s, i + 1)) best = i;
  if (best < 0) best = text.indexOf(s);
  return best < 0 ? null : { start: best, end: best + s.length, cls: 'hl-sentence' };
}

/** The story text as DOM: every highlight is a span or mark wrapping a text node (never parsed HTML). */
export function highlightedText(text: string, r: EventRecord | null): DocumentFragment {
  const marks: Mark[] = [];
  if (r) {
    const sr = sentenceRange(text, r);
    if (sr) marks.push(sr);
    marks.push({ start: r.evidence.start, end: r.evidence.end, cls: 'evidence' });
    for (const m of r.rule.matched) {
      const role = m.role.startsWith('mode:') ? 'mode' : m.role;
      const cls =
        role === 'source' || role === 'target'
          ? `actor actor-${role}`
          : role === 'claimed_by' || role === 'reported_by'
            ? 'actor actor-claim'
            : `cue cue-${role.replace(/[^a-z_]/gi, '')}`;
      marks.push({ start: m.start, end: m.end, cls });
    }
  }
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const piece = text.slice(a, b);
    const cls = valid.filter((m) => m.start <= a && m.end >= b).map((m) => m.cls);
    if (cls.length === 0) {
      frag.append(document.createTextNode(piece));
      continue;
    }
    const tag = cls.some((c) => c === 'evidence' || c.startsWith('actor')) ? 'mark' : 'span';
    const el = document.createElement(tag);
    el.className = cls.join(' ');
    el.textContent = piece;
    frag.append(el);
  }
  return frag;
}

function row(dl: HTMLElement, term: string, ...value: (string | Node | null)[]): void {
  dl.append(h('dt', {}, term), h('dd', {}, ...value));
}

function safeUrl(u: string | null): string | null {
  if (!u) return null;
  try {
    const p = new URL(u);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.toString() : null;
  } catch {
    return null;
  }
}

/** Shows a story and one of its events in the story panel. */
export function showStory(s: StoryResponse, eventId: string): void {
  const panel = document.getElementById('story-panel');
  const title = document.getElementById('story-title');
  const meta = document.getElementById('story-meta');
  const detail = document.getElementById('event-detail');
  const body = document.getElementById('story-text');
  if (!panel || !title || !meta || !detail || !body) return;
  panel.hidden = false;
  const ev = s.events.find((e) => e.id === eventId) ?? null;
  const r = ev?.record ?? null;
  title.textContent = s.story.title || s.story.id;
  clear(meta);
  const link = safeUrl(s.story.url);
  meta.append(
    h(
      'span',
      {},
      [formatDate(s.story.date), s.story.dateline, s.story.source].filter(Boolean).join(' · ') || s.story.id,
    ),
  );
  if (link) meta.append(' ', h('a', { href: link, rel: 'noopener noreferrer', target: '_blank' }, 'source'));
  meta.append(h('span', { class: 'muted story-id' }, ` · story ${s.story.id} · ${s.events.length} events`));
  clear(detail);
  if (r) {
    const entry = cameoEntry(r.cameo);
    row(detail, 'event', `${actorLong(r.source)}  →  ${actorLong(r.target)}`);
    row(detail, 'CAMEO', h('code', {}, r.cameo), ` ${entry?.name ?? ''} (root ${r.root})`);
    row(detail, 'quad class', `${r.quad_class} ${QUAD_NAMES[r.quad_class] ?? ''} · Goldstein ${r.goldstein}`);
    row(detail, 'PLOVER', [r.plover.event, r.plover.mode, r.plover.context].map((x) => x ?? '—').join(' / '));
    row(detail, 'mode', r.mode);
    row(detail, 'claimed by', actorLong(r.claimed_by));
    if (r.reported_by) row(detail, 'reported by', actorLong(r.reported_by));
    row(detail, 'date', formatDate(r.date) || '—', ev?.day && ev.day !== r.date ? ` (counted on ${ev.day})` : '');
    if (r.location) row(detail, 'place', `${r.location.name}${r.location.country ? ` (${r.location.country})` : ''}`);
    row(detail, 'rule', h('code', { class: 'rule-id' }, r.rule.id), ' ', h('span', { class: 'muted' }, r.rule.pattern));
    row(detail, 'evidence', h('q', { class: 'evidence-quote' }, r.evidence.text));
  }
  body.replaceChildren(highlightedText(s.story.text, r));
  // scroll the text box (not the page) to the evidence; the box is positioned, so offsetTop is relative to it
  const mark = body.querySelector<HTMLElement>('mark.evidence');
  body.scrollTop = mark ? Math.max(0, mark.offsetTop - body.clientHeight / 3) : 0;
}

export function hideStory(): void {
  const panel = document.getElementById('story-panel');
  if (panel) panel.hidden = true;
}

export type { ApiEvent };
