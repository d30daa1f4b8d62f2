/** The dashboard: pair view (series), event list and story, map, and the code box; the view state lives in the URL. */
import './style.css';
import { type ApiEvent, ApiRequestError, api, type EventParams } from './api.js';
import { clearCharts, drawCharts, resizeCharts } from './charts.js';
import { setupCodeBox } from './code-box.js';
import { byId, clear, debounce } from './dom.js';
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

by.addEventListener('change', () => update({ by: by.value === 'month' ? 'month' : 'week' }));
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
          by: state.by,
          ...(state.since ? { since: state.since } : {}),
          ...(state.until ? { until: state.until } : {}),
        })
        .then((t) => {
          if (gen !== generation) return;
          const periods = t.rows.length ? drawCharts(t) : 0;
          if (!t.rows.length) clearCharts(`No events between ${t.a} and ${t.b} in this period.`);
          const n = t.rows.reduce((s, r) => s + r.events, 0);
          status.textContent = `${t.a} ↔ ${t.b}: ${n} events over ${periods} ${t.by}${periods === 1 ? '' : 's'} (negated and hypothetical events not counted)`;
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
  tasks.push(loadEvents(gen, params, null));
  tasks.push(
    api
      .events({ ...params, limit: 1000 })
      .then((r) => {
        if (gen === generation) map.show(r.events);
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
    for (const ev of r.events) list.append(eventRow(ev.record, ev.day, () => openEvent(ev)));
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

function openEvent(ev: ApiEvent): void {
  update({ ev: ev.id });
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
