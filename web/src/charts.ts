/** The pair view's series (uPlot): Goldstein, words against deeds, and events by quad class, both directions. */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimelineResponse, TimelineRow } from './api.js';
import { clear, h, QUAD_COLORS, QUAD_NAMES } from './dom.js';

const DAY = 86_400;

function periodStart(p: string): number {
  return Date.parse(p.length === 7 ? `${p}-01T00:00:00Z` : `${p}T00:00:00Z`) / 1000;
}

function nextPeriod(t: number, by: string): number {
  if (by === 'week') return t + 7 * DAY;
  const d = new Date(t * 1000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
}

export interface Series {
  readonly x: number[];
  readonly ab: (TimelineRow | undefined)[];
  readonly ba: (TimelineRow | undefined)[];
}

/** Every period from the first to the last with events (gaps filled), and each direction's row per period. */
export function toSeries(t: TimelineResponse): Series {
  const ab = new Map<number, TimelineRow>();
  const ba = new Map<number, TimelineRow>();
  for (const r of t.rows) (r.direction === 'A>B' ? ab : ba).set(periodStart(r.period), r);
  const keys = [...ab.keys(), ...ba.keys()].sort((x, y) => x - y);
  const x: number[] = [];
  if (keys.length) {
    const last = keys[keys.length - 1] as number;
    for (let p = keys[0] as number; p <= last && x.length < 5000; p = nextPeriod(p, t.by)) x.push(p);
  }
  return { x, ab: x.map((p) => ab.get(p)), ba: x.map((p) => ba.get(p)) };
}

const charts = new Map<string, uPlot>();

function chart(id: string, title: string, series: uPlot.Series[], data: uPlot.AlignedData, yLabel: string): void {
  const host = document.getElementById(id);
  if (!host) return;
  charts.get(id)?.destroy();
  clear(host);
  const width = Math.max(240, host.clientWidth || 600);
  const small = host.classList.contains('small');
  const opts: uPlot.Options = {
    title,
    width,
    height: small ? 170 : 200,
    series: [
      { label: 'period', value: (_u, v) => (v == null ? '' : new Date(v * 1000).toISOString().slice(0, 10)) },
      ...series,
    ],
    axes: [{}, { label: yLabel, size: 50 }],
    scales: { x: { time: true } },
    legend: { live: true },
    cursor: { drag: { x: true, y: false } },
  };
  const u = new uPlot(opts, data, host);
  charts.set(id, u);
}

export function resizeCharts(): void {
  for (const [id, u] of charts) {
    const host = document.getElementById(id);
    if (host && host.clientWidth > 0 && Math.abs(host.clientWidth - u.width) > 4)
      u.setSize({ width: host.clientWidth, height: u.height });
  }
}

const dir = (a: string, b: string) => `${a} → ${b}`;

export function drawCharts(t: TimelineResponse): number {
  const s = toSeries(t);
  const { a, b } = t;
  const val = (rows: (TimelineRow | undefined)[], f: (r: TimelineRow) => number, empty: number | null) =>
    rows.map((r) => (r ? f(r) : empty));
  const blue = '#2463b5';
  const red = '#b5462a';
  chart(
    'chart-goldstein',
    `Goldstein score, mean per ${t.by} (cooperation > 0 > conflict)`,
    [
      { label: dir(a, b), stroke: blue, width: 2, points: { show: true, size: 6 }, spanGaps: false },
      { label: dir(b, a), stroke: red, width: 2, points: { show: true, size: 6 }, spanGaps: false },
    ],
    [s.x, val(s.ab, (r) => r.goldstein_mean, null), val(s.ba, (r) => r.goldstein_mean, null)],
    'Goldstein',
  );
  const net = (verbal: boolean) => (r: TimelineRow) => (verbal ? r.q1 - r.q3 : r.q2 - r.q4);
  chart(
    'chart-gap',
    'Words against deeds: net cooperation (cooperative − conflictual events)',
    [
      { label: `${dir(a, b)} words`, stroke: blue, width: 2, dash: [6, 4], points: { show: true, size: 5 } },
      { label: `${dir(a, b)} deeds`, stroke: blue, width: 3, points: { show: true, size: 6 } },
      { label: `${dir(b, a)} words`, stroke: red, width: 2, dash: [6, 4], points: { show: true, size: 5 } },
      { label: `${dir(b, a)} deeds`, stroke: red, width: 3, points: { show: true, size: 6 } },
    ],
    [s.x, val(s.ab, net(true), 0), val(s.ab, net(false), 0), val(s.ba, net(true), 0), val(s.ba, net(false), 0)],
    'events',
  );
  const quads = (rows: (TimelineRow | undefined)[]): uPlot.AlignedData => [
    s.x,
    ...[1, 2, 3, 4].map((q) => val(rows, (r) => r[`q${q}` as 'q1'], 0)),
  ];
  const quadSeries = (): uPlot.Series[] =>
    [1, 2, 3, 4].map((q) => ({
      label: `${q} ${QUAD_NAMES[q]}`,
      stroke: QUAD_COLORS[q] ?? '#888',
      width: q % 2 === 1 ? 1.5 : 2.5,
      ...(q % 2 === 1 ? { dash: [5, 4] } : {}),
      points: { show: true, size: 5 },
    }));
  chart('chart-ab', `${dir(a, b)}: events by quad class`, quadSeries(), quads(s.ab), 'events');
  chart('chart-ba', `${dir(b, a)}: events by quad class`, quadSeries(), quads(s.ba), 'events');
  return s.x.length;
}

export function clearCharts(message: string): void {
  for (const [, u] of charts) u.destroy();
  charts.clear();
  for (const id of ['chart-goldstein', 'chart-gap', 'chart-ab', 'chart-ba']) {
    const host = document.getElementById(id);
    if (host) host.replaceChildren(id === 'chart-goldstein' ? h('p', { class: 'note' }, message) : '');
  }
}
