/**
 * The series (uPlot): the pair view's Goldstein, words (verbal events) and deeds (material events)
 * in both directions, and the landing view's events over time. The time axis spans the data only,
 * its bins fit the span (days for weeks of data, weeks for months, months for years), and every
 * chart has a legend with each series' total, readable without hovering, and a thin zero line.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimelineResponse, TimelineRow } from './api.js';
import { clear, h, QUAD_COLORS, QUAD_NAMES, swatch } from './dom.js';

const DAY = 86_400;
export type Bin = 'day' | 'week' | 'month';

function dayStart(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 1000;
}

/** The start of the bin holding day `t` (weeks start on Monday). */
export function binStart(t: number, bin: Bin): number {
  if (bin === 'day') return Math.floor(t / DAY) * DAY;
  const d = new Date(t * 1000);
  if (bin === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
  return Math.floor(t / DAY) * DAY - ((d.getUTCDay() + 6) % 7) * DAY;
}

export function nextBin(t: number, bin: Bin): number {
  if (bin === 'day') return t + DAY;
  if (bin === 'week') return t + 7 * DAY;
  const d = new Date(t * 1000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
}

/** The bin that fits a span of days: days up to about two months, weeks up to about two years, else months. */
export function binFor(firstDay: string, lastDay: string): Bin {
  const span = (dayStart(lastDay) - dayStart(firstDay)) / DAY;
  return span <= 62 ? 'day' : span <= 730 ? 'week' : 'month';
}

/** Every bin from the first to the last with data (gaps filled), as epoch seconds. */
function bins(first: number, last: number, bin: Bin): number[] {
  const x: number[] = [];
  for (let p = binStart(first, bin); p <= last && x.length < 5000; p = nextBin(p, bin)) x.push(p);
  return x;
}

export interface PairSeries {
  readonly bin: Bin;
  readonly x: number[];
  readonly ab: (Agg | undefined)[];
  readonly ba: (Agg | undefined)[];
  readonly first: string;
  readonly last: string;
}

interface Agg {
  events: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  gs: number;
}

/** Day rows of `GET /timeline?by=day` binned by `bin` (or the bin that fits their span). */
export function toSeries(t: TimelineResponse, bin: Bin | 'auto'): PairSeries | null {
  if (t.rows.length === 0) return null;
  const days = t.rows.map((r) => r.period).sort();
  const first = days[0] as string;
  const last = days[days.length - 1] as string;
  const b = bin === 'auto' ? binFor(first, last) : bin;
  const ab = new Map<number, Agg>();
  const ba = new Map<number, Agg>();
  for (const r of t.rows) {
    const m = r.direction === 'A>B' ? ab : ba;
    const k = binStart(dayStart(r.period), b);
    const a = m.get(k) ?? { events: 0, q1: 0, q2: 0, q3: 0, q4: 0, gs: 0 };
    a.events += r.events;
    a.q1 += r.q1;
    a.q2 += r.q2;
    a.q3 += r.q3;
    a.q4 += r.q4;
    a.gs += r.goldstein_sum;
    m.set(k, a);
  }
  const x = bins(dayStart(first), dayStart(last), b);
  return { bin: b, x, ab: x.map((p) => ab.get(p)), ba: x.map((p) => ba.get(p)), first, last };
}

const charts = new Map<string, uPlot>();

interface Line {
  readonly label: string;
  readonly color: string;
  readonly dash?: number[];
  readonly values: (number | null)[];
  /** What the legend shows: the series total (counts) or a mean. */
  readonly total: string;
  readonly width?: number;
}

function tickLabel(t: number, bin: Bin): string {
  const d = new Date(t * 1000);
  const month = d.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
  return bin === 'month' ? `${month} ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** Ticks on bin starts only (no hours on a daily axis), thinned to fit the width. */
function binSplits(bin: Bin, px: number) {
  return (_u: uPlot, _axis: number, min: number, max: number): number[] => {
    const all: number[] = [];
    let t = binStart(min, bin);
    if (t < min) t = nextBin(t, bin);
    for (; t <= max && all.length < 5000; t = nextBin(t, bin)) all.push(t);
    const room = Math.max(1, Math.floor(px / 95));
    const step = Math.max(1, Math.ceil(all.length / room));
    // months: steps of 1, 2, 3, 6 or 12 months, starting in January
    if (bin === 'month') {
      const k = [1, 2, 3, 6, 12, 24, 60].find((n) => n >= step) ?? step;
      return all.filter(
        (t) =>
          new Date(t * 1000).getUTCMonth() % Math.min(k, 12) === 0 &&
          (k <= 12 || new Date(t * 1000).getUTCFullYear() % (k / 12) === 0),
      );
    }
    return all.filter((_, i) => i % step === 0);
  };
}

function fmtPeriod(t: number, bin: Bin): string {
  const iso = new Date(t * 1000).toISOString();
  if (bin === 'month')
    return new Date(t * 1000).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return bin === 'week' ? `week of ${iso.slice(0, 10)}` : iso.slice(0, 10);
}

/** Draws a thin line at y = 0. */
const zeroLine = (u: uPlot) => {
  const y = u.valToPos(0, 'y', true);
  const { left, top, width, height } = u.bbox;
  if (!(y >= top && y <= top + height)) return;
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = '#6b7785';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(left, Math.round(y) + 0.5);
  ctx.lineTo(left + width, Math.round(y) + 0.5);
  ctx.stroke();
  ctx.restore();
};

type YRange = 'symmetric' | 'goldstein' | 'count';

function chart(
  id: string,
  title: string,
  x: number[],
  bin: Bin,
  lines: Line[],
  yLabel: string,
  yRange: YRange,
  note?: string,
): void {
  const host = document.getElementById(id);
  if (!host) return;
  charts.get(id)?.destroy();
  clear(host);
  const small = host.classList.contains('small');
  const width = Math.max(200, host.clientWidth || 600);
  const half = (nextBin(x[x.length - 1] ?? 0, bin) - (x[x.length - 1] ?? 0)) / 2;
  const xMin = (x[0] ?? 0) - half;
  const xMax = (x[x.length - 1] ?? 0) + half;
  const head = h('div', { class: 'chart-head' }, h('span', { class: 'chart-title' }, title));
  if (note) head.append(h('span', { class: 'chart-note' }, ` ${note}`));
  const plot = h('div', { class: 'chart-plot' });
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    ...lines.map((l) =>
      h(
        'li',
        {},
        swatch(l.color, Boolean(l.dash), true),
        h('span', { class: 'legend-label' }, l.label),
        h('b', { class: 'legend-value' }, l.total),
      ),
    ),
  );
  host.append(head, plot, legend);
  const opts: uPlot.Options = {
    width,
    height: small ? 150 : 180,
    series: [
      { label: bin, value: (_u, v) => (v == null ? '' : fmtPeriod(v, bin)) },
      ...lines.map(
        (l): uPlot.Series => ({
          label: l.label,
          stroke: l.color,
          width: l.width ?? 2,
          ...(l.dash ? { dash: l.dash } : {}),
          points: { show: x.length <= 120, size: 5 },
          spanGaps: false,
        }),
      ),
    ],
    axes: [
      { splits: binSplits(bin, width - 60), values: (_u, ts) => ts.map((t) => tickLabel(t, bin)), size: 30 },
      { label: yLabel, size: 44, labelSize: 14 },
    ],
    scales: {
      x: { time: true, range: () => [xMin, xMax] },
      y: {
        range: (_u, min, max): uPlot.Range.MinMax => {
          if (yRange === 'goldstein') return [-10, 10];
          const m = Math.max(1, Math.abs(min ?? 0), Math.abs(max ?? 0));
          return yRange === 'symmetric' ? [-m * 1.15, m * 1.15] : [0, m * 1.15];
        },
      },
    },
    legend: { show: false },
    cursor: { drag: { x: true, y: false } },
    hooks: { draw: [zeroLine] },
  };
  const u = new uPlot(opts, [x, ...lines.map((l) => l.values)], plot);
  host.dataset.xMin = String(xMin);
  host.dataset.xMax = String(xMax);
  host.dataset.bin = bin;
  charts.set(id, u);
}

/** The plotted x range of a chart (what the browser tests read). */
export function chartRange(id: string): [number, number] | null {
  const u = charts.get(id);
  const min = u?.scales.x?.min;
  const max = u?.scales.x?.max;
  return min == null || max == null ? null : [min, max];
}

export function resizeCharts(): void {
  for (const [id, u] of charts) {
    const host = document.getElementById(id)?.querySelector<HTMLElement>('.chart-plot');
    if (host && host.clientWidth > 0 && Math.abs(host.clientWidth - u.width) > 4)
      u.setSize({ width: host.clientWidth, height: u.height });
  }
}

const dir = (a: string, b: string) => `${a} → ${b}`;
const BLUE = '#2463b5';
const RED = '#b5462a';
const sum = (xs: (Agg | undefined)[], f: (a: Agg) => number) => xs.reduce((s, a) => s + (a ? f(a) : 0), 0);

/** Draws the pair view's three charts; returns the series drawn (null when there is nothing). */
export function drawCharts(t: TimelineResponse, bin: Bin | 'auto'): PairSeries | null {
  const s = toSeries(t, bin);
  if (!s) return null;
  const { a, b } = t;
  const per = s.bin;
  const mean = (xs: (Agg | undefined)[]) => xs.map((r) => (r?.events ? Math.round((r.gs / r.events) * 10) / 10 : null));
  const overall = (xs: (Agg | undefined)[]) => {
    const n = sum(xs, (r) => r.events);
    return n ? `mean ${(sum(xs, (r) => r.gs) / n).toFixed(1)}` : '—';
  };
  chart(
    'chart-goldstein',
    `Goldstein score, mean per ${per}`,
    s.x,
    per,
    [
      { label: dir(a, b), color: BLUE, values: mean(s.ab), total: overall(s.ab) },
      { label: dir(b, a), color: RED, values: mean(s.ba), total: overall(s.ba) },
    ],
    'Goldstein',
    'goldstein',
    'cooperation above 0, conflict below',
  );
  // cooperation above the zero line, conflict below it (as negative counts)
  const side = (xs: (Agg | undefined)[], f: (r: Agg) => number, sign: 1 | -1) => xs.map((r) => (r ? sign * f(r) : 0));
  const words: Line[] = [
    {
      label: `${dir(a, b)} cooperation (Q1)`,
      color: BLUE,
      values: side(s.ab, (r) => r.q1, 1),
      total: String(sum(s.ab, (r) => r.q1)),
    },
    {
      label: `${dir(a, b)} conflict (Q3)`,
      color: BLUE,
      dash: [5, 4],
      values: side(s.ab, (r) => r.q3, -1),
      total: String(sum(s.ab, (r) => r.q3)),
    },
    {
      label: `${dir(b, a)} cooperation (Q1)`,
      color: RED,
      values: side(s.ba, (r) => r.q1, 1),
      total: String(sum(s.ba, (r) => r.q1)),
    },
    {
      label: `${dir(b, a)} conflict (Q3)`,
      color: RED,
      dash: [5, 4],
      values: side(s.ba, (r) => r.q3, -1),
      total: String(sum(s.ba, (r) => r.q3)),
    },
  ];
  const deeds: Line[] = [
    {
      label: `${dir(a, b)} cooperation (Q2)`,
      color: BLUE,
      values: side(s.ab, (r) => r.q2, 1),
      total: String(sum(s.ab, (r) => r.q2)),
      width: 3,
    },
    {
      label: `${dir(a, b)} conflict (Q4)`,
      color: BLUE,
      dash: [5, 4],
      values: side(s.ab, (r) => r.q4, -1),
      total: String(sum(s.ab, (r) => r.q4)),
      width: 3,
    },
    {
      label: `${dir(b, a)} cooperation (Q2)`,
      color: RED,
      values: side(s.ba, (r) => r.q2, 1),
      total: String(sum(s.ba, (r) => r.q2)),
      width: 3,
    },
    {
      label: `${dir(b, a)} conflict (Q4)`,
      color: RED,
      dash: [5, 4],
      values: side(s.ba, (r) => r.q4, -1),
      total: String(sum(s.ba, (r) => r.q4)),
      width: 3,
    },
  ];
  chart(
    'chart-words',
    `Words: verbal events per ${per}`,
    s.x,
    per,
    words,
    'events',
    'symmetric',
    'cooperation above 0, conflict below',
  );
  chart(
    'chart-deeds',
    `Deeds: material events per ${per}`,
    s.x,
    per,
    deeds,
    'events',
    'symmetric',
    'cooperation above 0, conflict below',
  );
  return s;
}

/** The landing view's chart: all events per bin by quad class, from `GET /summary`'s days. */
export function drawVolume(
  id: string,
  days: readonly { day: string; q1: number; q2: number; q3: number; q4: number }[],
): Bin | null {
  if (days.length === 0) return null;
  const first = days[0]?.day as string;
  const last = days[days.length - 1]?.day as string;
  const bin = binFor(first, last);
  const x = bins(dayStart(first), dayStart(last), bin);
  const index = new Map(x.map((t, i) => [t, i]));
  const q = [1, 2, 3, 4].map(() => x.map(() => 0));
  for (const d of days) {
    const i = index.get(binStart(dayStart(d.day), bin));
    if (i === undefined) continue;
    for (let k = 0; k < 4; k++) (q[k] as number[])[i] = ((q[k] as number[])[i] ?? 0) + d[`q${k + 1}` as 'q1'];
  }
  chart(
    id,
    `Events per ${bin}, by quad class`,
    x,
    bin,
    [1, 2, 3, 4].map((k) => ({
      label: `${k} ${QUAD_NAMES[k]}`,
      color: QUAD_COLORS[k] ?? '#888',
      ...(k === 1 || k === 3 ? { dash: [5, 4] } : {}),
      values: q[k - 1] as number[],
      total: String((q[k - 1] as number[]).reduce((s, v) => s + v, 0)),
    })),
    'events',
    'count',
  );
  return bin;
}

export function clearCharts(message: string): void {
  for (const id of ['chart-goldstein', 'chart-words', 'chart-deeds']) {
    charts.get(id)?.destroy();
    charts.delete(id);
    const host = document.getElementById(id);
    if (host) host.replaceChildren(id === 'chart-goldstein' ? h('p', { class: 'note' }, message) : '');
  }
}

export type { TimelineRow };
