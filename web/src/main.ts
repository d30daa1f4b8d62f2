/**
 * The dashboard: the landing view (what is in the store: events over time, the most active pairs and
 * actors, the latest events, each a click into the pair view), the pair view (series, words and
 * deeds), event list and story, map, and the code box; the view state lives in the URL.
 */
import './style.css';
import { type ApiEvent, ApiRequestError, api, type EventParams, type SummaryResponse } from './api.js';
import { clearCharts, drawCharts, drawVolume, resizeCharts } from './charts.js';
import { setupCodeBox } from './code-box.js';
import { byId, clear, debounce, formatDate, h } from './dom.js';
import { eventRow, hideStory, showStory } from './events.js';
import { createLedgerPanel, mountLedgerPanel } from './ledger.js';
import { createMap } from './map.js';
import { createPicker } from './picker.js';
import { readState, type ViewState, writeState } from './state.js';

let state: ViewState = readState();
const status = byId('status');
const list = byId('events');
const more = byId<HTMLButtonElement>('more');
const count = byId('events-count');

const pickerA = createPicker(byId('picker-a'), 'first actor (e.g. United States)', (code) =>
  update({ a: code, ev: '' }),
);
const pickerB = createPicker(byId('picker-b'), 'second actor (e.g. Iran)', (code) => update({ b: code, ev: '' }));
const by = byId<HTMLSelectElement>('by');
const since = byId<HTMLInputElement>('since');
const until = byId<HTMLInputElement>('until');
const quad = byId<HTMLSelectElement>('quad');
const mode = byId<HTMLSelectElement>('mode');
const text = byId<HTMLInputElement>('text');
const ledgerDom = mountLedgerPanel(byId('charts'));
const ledger = createLedgerPanel(ledgerDom.list, ledgerDom.summary, (id) => update({ ev: id }));
const map = createMap(byId('map'), byId('map-note'), (ev) => openEvent(ev));

function syncControls(): void {
  if (pickerA.value !== state.a) pickerA.set(state.a);
  if (pickerB.value !== state.b) pickerB.set(state.b);
  by.value = state.by;
  since.value = state.since;
  until.value = state.until;
  quad.value = state.quad;
  mode.value = state.mode;
  if (document.activeElement !== text) text.value = state.text;
}

function update(patch: Partial<ViewState>): void {
  const before = JSON.stringify({ ...state, ev: '' });
  state = { ...state, ...patch };
  writeState(state);
  if (JSON.stringify({ ...state, ev: '' }) !== before) void refresh();
  if ('ev' in patch) void openStoryOf(state.ev);
}

by.addEventListener('change', () =>
  update({ by: by.value === 'day' || by.value === 'week' || by.value === 'month' ? by.value : 'auto' }),
);
since.addEventListener('change', () => update({ since: since.value }));
until.addEventListener('change', () => update({ until: until.value }));
quad.addEventListener('change', () => update({ quad: quad.value }));
mode.addEventListener('change', () => update({ mode: mode.value }));
text.addEventListener(
  'input',
  debounce(() => update({ text: text.value.trim() }), 300),
);
byId('controls').addEventListener('submit', (e) => e.preventDefault());
window.addEventListener('hashchange', () => {
  state = readState();
  syncControls();
  void refresh();
  void openStoryOf(state.ev);
});

function eventParams(): EventParams {
  const actors = [state.a, state.b].filter(Boolean);
  return {
    ...(actors.length === 2 ? { pair: actors.join(',') } : actors.length === 1 ? { actor: actors } : {}),
    ...(state.quad ? { quad: state.quad } : {}),
    ...(state.mode ? { mode: state.mode } : {}),
    ...(state.since ? { since: state.since } : {}),
    ...(state.until ? { until: state.until } : {}),
    ...(state.text ? { text: state.text } : {}),
  };
}

let generation = 0;
let nextCursor: string | null = null;

function message(e: unknown): string {
  return e instanceof ApiRequestError ? `${e.code}: ${e.message}` : 'could not reach the server';
}

async function refresh(): Promise<void> {
  const gen = ++generation;
  const params = eventParams();
  status.textContent = 'loading…';
  const tasks: Promise<unknown>[] = [];
  if (state.a && state.b) {
    tasks.push(
      api
        .timeline({
          a: state.a,
          b: state.b,
          by: 'day', // binned here, to fit the data's span

          ...(state.since ? { since: state.since } : {}),
          ...(state.until ? { until: state.until } : {}),
        })
        .then((t) => {
          if (gen !== generation) return;
          const s = drawCharts(t, state.by);
          if (!s) clearCharts(`No events between ${t.a} and ${t.b} in this period.`);
          const n = t.rows.reduce((x, r) => x + r.events, 0);
          const periods = s?.x.length ?? 0;
          status.textContent = s
            ? `${t.a} ↔ ${t.b}: ${n} events, ${s.first} to ${s.last}, in ${periods} ${s.bin}${periods === 1 ? '' : 's'} (negated and hypothetical events not counted)`
            : `${t.a} ↔ ${t.b}: no events`;
        })
        .catch((e: unknown) => {
          if (gen === generation) clearCharts(message(e));
        }),
    );
    tasks.push(
      api
        .ledger({
          a: state.a,
          b: state.b,
          ...(state.since ? { since: state.since } : {}),
          ...(state.until ? { until: state.until } : {}),
        })
        .then((r) => {
          if (gen === generation) ledger.show(r);
        })
        .catch((e: unknown) => {
          if (gen === generation) ledger.message(message(e), true);
        }),
    );
  } else {
    clearCharts('Pick two actors to see how their relations moved.');
    ledger.message('Pick two actors to see what each promised, demanded or threatened, and what followed.');
  }
  const pairView = Boolean(state.a && state.b);
  landing.hidden = pairView;
  byId('charts').hidden = !pairView;
  byId('ledger-panel').hidden = !pairView;
  eventsTitle.textContent = pairView ? 'Events' : 'Latest events';
  tasks.push(loadEvents(gen, params, null));
  const summary = api.summary(params);
  if (!pairView) tasks.push(summary.then((r) => gen === generation && showLanding(r)).catch(() => undefined));
  tasks.push(
    Promise.all([api.events({ ...params, limit: 1000 }), summary])
      .then(([r, sm]) => {
        if (gen === generation) map.show(r.events, sm.places);
      })
      .catch(() => undefined),
  );
  await Promise.all(tasks);
  if (gen === generation && !(state.a && state.b)) status.textContent = '';
}

async function loadEvents(gen: number, params: EventParams, cursor: string | null): Promise<void> {
  try {
    const r = await api.events({ ...params, limit: 50, ...(cursor ? { cursor } : {}) });
    if (gen !== generation) return;
    if (!cursor) clear(list);
    for (const ev of r.events) list.append(eventRow(ev.record, () => openEvent(ev)));
    nextCursor = r.next_cursor;
    more.hidden = !nextCursor;
    const n = list.childElementCount;
    count.textContent = `(${n}${nextCursor ? '+' : ''})`;
    if (n === 0)
      list.append(Object.assign(document.createElement('li'), { className: 'note', textContent: 'No events match.' }));
    markSelected();
  } catch (e) {
    if (gen !== generation) return;
    clear(list);
    list.append(Object.assign(document.createElement('li'), { className: 'note error', textContent: message(e) }));
  }
}

more.addEventListener('click', () => {
  if (nextCursor) void loadEvents(generation, eventParams(), nextCursor);
});

function markSelected(): void {
  for (const li of list.querySelectorAll('li.event'))
    li.classList.toggle('selected', li.getAttribute('data-event-id') === state.ev);
}

/** Opens an event's story; from the landing view, in the pair view of its two countries. */
function openEvent(ev: ApiEvent): void {
  const src = ev.record.source?.country;
  const tgt = ev.record.target?.country;
  if (!(state.a && state.b) && src && tgt && src !== tgt) update({ a: src, b: tgt, ev: ev.id });
  else update({ ev: ev.id });
}

const landing = byId('landing');
const eventsTitle = byId('events-title');

function topButton(label: string, n: number, title: string, onClick: () => void): HTMLLIElement {
  const b = h(
    'button',
    { type: 'button', class: 'top-link', title },
    h('span', { class: 'top-label' }, label),
    h('b', {}, String(n)),
  );
  b.addEventListener('click', onClick);
  return h('li', {}, b);
}

function showLanding(r: SummaryResponse): void {
  const summary = byId('landing-summary');
  summary.textContent = r.events
    ? `${r.events} events${r.first ? `, ${formatDate(r.first)} to ${formatDate(r.last)}` : ''}${state.text || state.quad || state.mode || state.since || state.until ? ' matching the filters' : ''}. Pick a pair, an actor or an event to see how two actors dealt with each other.`
    : 'The store has no events matching these filters yet: ingest stories with "dyadic ingest".';
  if (!drawVolume('chart-volume', r.volume)) byId('chart-volume').replaceChildren();
  const pairs = byId('top-pairs');
  const actors = byId('top-actors');
  clear(pairs);
  clear(actors);
  for (const p of r.pairs)
    pairs.append(
      topButton(`${p.a} ↔ ${p.b}`, p.events, `open the pair view of ${p.a} and ${p.b}`, () =>
        update({ a: p.a, b: p.b, ev: '' }),
      ),
    );
  for (const a of r.actors) {
    const partner = r.pairs.find((p) => p.a === a.actor || p.b === a.actor);
    const other = partner ? (partner.a === a.actor ? partner.b : partner.a) : '';
    actors.append(
      topButton(
        a.actor,
        a.events,
        other ? `open the pair view of ${a.actor} and its most frequent partner, ${other}` : `events of ${a.actor}`,
        () => update({ a: a.actor, b: other, ev: '' }),
      ),
    );
  }
}

let storyToken = 0;
async function openStoryOf(eventId: string): Promise<void> {
  markSelected();
  if (!eventId) {
    hideStory();
    return;
  }
  const storyId = eventId.replace(/:\d+:\d+$/, '');
  const token = ++storyToken;
  try {
    const s = await api.story(storyId);
    if (token === storyToken) showStory(s, eventId);
  } catch (e) {
    if (token === storyToken) {
      hideStory();
      status.textContent = message(e);
    }
  }
}

new ResizeObserver(
  debounce(() => {
    resizeCharts();
    map.invalidate();
  }, 150),
).observe(document.body);

setupCodeBox();
syncControls();
writeState(state);
void refresh();
void openStoryOf(state.ev);
