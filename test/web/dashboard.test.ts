/**
 * The dashboard in Debian's Chromium (playwright-core), on a store written here that spans 2005-2010:
 * the landing view, the pair view (charts fitted to the data, words and deeds apart), the map at
 * world zoom (no shape across the whole map, the choropleth legend), the story panel, the ledger and
 * the code box, each at 390 px and 1440 px without horizontal overflow. Story text with HTML in it is
 * shown as text, never run. Screenshots go to test-artifacts/dyadic-*.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/server.js';
import type { EventsResponse, StoryResponse, TimelineResponse } from '../../src/api/types.js';
import type { Story } from '../../src/core/records.js';
import { codeOne } from '../../src/ingest/coding.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { ROOT, sharedCoder } from '../api/fixture.js';

const CHROMIUM = process.env.DYADIC_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = join(ROOT, 'test-artifacts');
const WEB_DIST = join(ROOT, 'dist', 'web');
const TOKEN = 'web-test-token';
const WIDTHS = [390, 1440] as const;
const DAY = 86_400;

if (!HAVE_CHROMIUM)
  console.warn(`test/web: ${CHROMIUM} is not installed (apt-get install -y chromium): browser tests skipped`);

/** The little of the page's DOM the checks read (this file is compiled without the DOM library). */
interface Rect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}
interface El {
  getBoundingClientRect(): Rect;
  querySelectorAll(selector: string): Iterable<El>;
  getAttribute(name: string): string | null;
}
interface PageGlobals {
  readonly document: { readonly documentElement: { readonly scrollWidth: number }; getElementById(id: string): El };
  readonly innerWidth: number;
}

const hashOf = (): string => (globalThis as unknown as { location: { hash: string } }).location.hash;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/web with vite when it is missing or older than web/ (npm test builds it anyway). */
function ensureWebBuilt(): void {
  const index = join(WEB_DIST, 'index.html');
  if (
    existsSync(index) &&
    statSync(index).mtimeMs >= Math.max(newest(join(ROOT, 'web')), statSync(join(ROOT, 'src/api/types.ts')).mtimeMs)
  )
    return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

const LONG_ID = `wire-${'x'.repeat(40)}-${'0123456789'.repeat(6)}`;

/** Invented stories: the United States and Iran from 2005 to 2010, France and Germany in one week. */
function stories(): Story[] {
  const texts: [string, string][] = [
    ['Tehran', 'The United States demanded that Iran release the detained sailors. Iran rejected the demand.'],
    [
      'Washington',
      'The United States threatened Iran with sanctions. Iranian diplomats met American officials here today.',
    ],
    ['Baghdad', 'Iran accused the United States of spying. U.S. troops attacked insurgents near Baghdad.'],
    ['Geneva', 'Iranian diplomats met American officials here today. Iran praised the United States.'],
  ];
  // a different last sentence in each story: no two are near-duplicates
  const others = ['France', 'Japan', 'Brazil', 'Egypt', 'Turkey', 'India', 'China', 'Kenya'];
  const verbs = ['praised', 'criticized', 'hosted', 'condemned', 'thanked', 'accused'];
  const topics = ['trade', 'fishing', 'railways', 'wheat', 'pipelines', 'tourism', 'banking', 'mining', 'ports'];
  const out: Story[] = [];
  const t0 = Date.UTC(2005, 2, 7);
  for (let i = 0; i < 24; i++) {
    const [dateline, base] = texts[i % texts.length] as [string, string];
    const a = others[i % others.length] as string;
    const b = others[(i * 3 + 1) % others.length] as string;
    const text = `${base} ${a} ${verbs[i % verbs.length]} ${b === a ? 'Chile' : b} over ${topics[i % topics.length]} and ${topics[(i * 5 + 2) % topics.length]} in week ${i + 1}.`;
    const date = new Date(t0 + i * 83 * DAY * 1000).toISOString().slice(0, 10);
    out.push({ id: `usirn-${String(i).padStart(2, '0')}`, date, dateline, title: `U.S. and Iran, part ${i}`, text });
  }
  for (let i = 0; i < 4; i++)
    out.push({
      id: `frdeu-${i}`,
      date: `2009-09-${String(14 + i).padStart(2, '0')}`,
      dateline: i % 2 ? 'Berlin' : 'Paris',
      text: i % 2 ? 'France praised Germany here today.' : 'France and Germany signed an agreement here today.',
    });
  out.push({
    id: LONG_ID,
    date: '2010-01-20',
    dateline: 'Moscow',
    title: 'Russia and Georgia',
    text: 'Russian troops attacked Georgian villages here today. Georgia accused Russia of aggression.',
  });
  return out;
}

describe.skipIf(!HAVE_CHROMIUM)('dashboard in Chromium', () => {
  let store: Store;
  let server: RunningServer;
  let context: BrowserContext;
  let profile: string;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await openStore(':memory:');
    const c = sharedCoder();
    await store.writeStories(
      stories().map((s) => codeOne(c, s)),
      c.version,
    );
    server = await startServer({
      store,
      coder: c,
      token: TOKEN,
      webRoot: WEB_DIST,
      port: 0,
      host: '127.0.0.1',
    });
    profile = mkdtempSync(join(tmpdir(), 'dyadic-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      viewport: { width: 1440, height: 900 },
    });
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  /** No horizontal overflow, and a full-page screenshot to look at. */
  async function done(page: Page, name: string, width: number): Promise<void> {
    const { scroll, inner } = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return { scroll: g.document.documentElement.scrollWidth, inner: g.innerWidth };
    });
    expect(scroll, `${name} at ${width}px overflows`).toBeLessThanOrEqual(inner);
    await page.screenshot({ path: join(ARTIFACTS, `dyadic-${name}-${width}.png`), fullPage: true });
    await page.close();
  }

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}api/v1/${path}`)).json()) as T;

  for (const width of WIDTHS) {
    it(`landing view at ${width}px: counts over time, top pairs and actors, latest events first`, async () => {
      const page = await open('', width);
      await page.locator('#landing').waitFor({ state: 'visible', timeout: 15_000 });
      await page.locator('#chart-volume canvas').waitFor({ timeout: 15_000 });
      await page.locator('#top-pairs li').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('#charts').isHidden()).toBe(true);
      expect(await page.locator('#top-pairs').textContent()).toContain('IRN ↔ USA');
      expect(await page.locator('#top-actors li').count()).toBeGreaterThan(2);
      expect(await page.locator('#chart-volume .chart-legend li').count()).toBe(4);
      // newest first: the list starts with the latest event of the store
      const latest = await api<EventsResponse>('events?limit=1');
      await page.locator('#events li.event').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('#events li.event').first().getAttribute('data-event-id')).toBe(latest.events[0]?.id);
      const newestDay = latest.events[0]?.record.date ?? '';
      expect(newestDay > '2010-01-01').toBe(true);
      expect(await page.locator('#events li.event .day').first().textContent()).toBe(newestDay);
      if (width === 1440) {
        const header = await page.locator('header.top').boundingBox();
        expect(header?.height ?? 999, 'the header fits one line').toBeLessThan(60);
      }
      // a pair is a click into the pair view
      await done(page, 'landing', width);
      const again = await open('', width);
      await again.locator('#top-pairs button').first().click();
      await expect.poll(() => again.evaluate(hashOf)).toMatch(/a=IRN&b=USA|a=USA&b=IRN/);
      await again.locator('#chart-goldstein canvas').waitFor({ timeout: 15_000 });
      await again.close();
    });

    it(`pair view over five years at ${width}px: the axis fits the data, monthly bins, words and deeds apart`, async () => {
      const page = await open('#a=USA&b=IRN', width);
      await page.locator('#chart-deeds canvas').waitFor({ timeout: 15_000 });
      const t = await api<TimelineResponse>('timeline?a=USA&b=IRN&by=day');
      const days = t.rows.map((r) => Date.parse(`${r.period}T00:00:00Z`) / 1000).sort((x, y) => x - y);
      const first = days[0] as number;
      const last = days[days.length - 1] as number;
      for (const id of ['chart-goldstein', 'chart-words', 'chart-deeds']) {
        const host = page.locator(`#${id}`);
        expect(await host.getAttribute('data-bin')).toBe('month');
        const xMin = Number(await host.getAttribute('data-x-min'));
        const xMax = Number(await host.getAttribute('data-x-max'));
        expect(xMin).toBeGreaterThanOrEqual(first - 32 * DAY);
        expect(xMax).toBeLessThanOrEqual(last + 32 * DAY);
        expect(xMax - xMin).toBeLessThan(last - first + 64 * DAY);
        expect(await page.locator(`#${id} .chart-legend li`).count()).toBeGreaterThanOrEqual(2);
      }
      expect(await page.locator('#chart-words .chart-legend').textContent()).toMatch(/Q1.*\d/);
      expect(await page.locator('#chart-deeds .chart-legend').textContent()).toMatch(/Q4.*\d/);
      await expect
        .poll(() => page.locator('#status').textContent())
        .toMatch(/USA ↔ IRN: \d+ events, 2005-\d\d-\d\d to 2010/);
      // the ledger lists what each side demanded and threatened; a rejection answering a demand is a reply
      await page.locator('#ledger li.ledger-item').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('#ledger li[data-status="reply"]').count()).toBeGreaterThan(0);
      expect(await page.locator('#ledger li[data-status="defied"]').count()).toBeGreaterThan(0);
      await done(page, 'pair', width);
    });

    it(`map at world zoom at ${width}px: the world fills the panel, nothing wraps across it, a choropleth legend`, async () => {
      const page = await open('', width);
      await page.locator('#map .map-legend .legend-step').first().waitFor({ timeout: 15_000 });
      const geo = await page.evaluate(() => {
        const map = (globalThis as unknown as PageGlobals).document.getElementById('map');
        const m = map.getBoundingClientRect();
        const paths = [...map.querySelectorAll('.leaflet-overlay-pane path')].map((p) => p.getBoundingClientRect());
        const left = Math.min(...paths.map((r) => r.left));
        const right = Math.max(...paths.map((r) => r.right));
        const top = Math.min(...paths.map((r) => r.top));
        const bottom = Math.max(...paths.map((r) => r.bottom));
        return {
          n: paths.length,
          widest: Math.max(...paths.map((r) => r.width)) / m.width,
          spanX: (Math.min(right, m.right) - Math.max(left, m.left)) / m.width,
          spanY: (Math.min(bottom, m.bottom) - Math.max(top, m.top)) / m.height,
          shaded: [...map.querySelectorAll('.leaflet-overlay-pane path')].filter(
            (p) => (p.getAttribute('fill') ?? '#eef1f4').toLowerCase() !== '#eef1f4',
          ).length,
        };
      });
      expect(geo.n).toBeGreaterThan(150);
      expect(geo.widest, 'a shape spans the whole map (antimeridian)').toBeLessThan(0.6);
      expect(geo.spanX).toBeGreaterThan(0.95);
      expect(geo.spanY).toBeGreaterThan(0.9);
      expect(geo.shaded).toBeGreaterThan(2);
      // clusters: zooming in keeps circles on the map
      const clusters = page.locator('#map .cluster');
      await clusters.first().waitFor({ timeout: 15_000 });
      await page.locator('#map .leaflet-control-zoom-in').click();
      await page.locator('#map .leaflet-control-zoom-in').click();
      await expect.poll(() => clusters.count()).toBeGreaterThan(0);
      await page.locator('#map').screenshot({ path: join(ARTIFACTS, `dyadic-map-zoomed-${width}.png`) });
      await page.close();
      const world = await open('', width);
      await world.locator('#map .map-legend .legend-step').first().waitFor({ timeout: 15_000 });
      await done(world, 'map', width);
    });

    it(`story panel with a long story id at ${width}px`, async () => {
      const s = await api<StoryResponse>(`stories/${LONG_ID}`);
      const ev = s.events[0];
      expect(ev).toBeDefined();
      const page = await open(`#a=RUS&b=GEO&ev=${encodeURIComponent(ev?.id ?? '')}`, width);
      const evidence = page.locator('#story-text mark.evidence');
      await evidence.first().waitFor({ timeout: 15_000 });
      expect((await evidence.allTextContents()).join('')).toBe(ev?.record.evidence.text);
      expect(await page.locator('#story-meta').textContent()).toContain(LONG_ID);
      expect(await page.locator('#event-detail').textContent()).toContain(ev?.record.rule.id);
      await page.locator('#story-panel').scrollIntoViewIfNeeded();
      await done(page, 'story', width);
    });

    it(`code box at ${width}px`, async () => {
      const page = await open('#a=FRA&b=DEU', width);
      await page.locator('#chart-goldstein canvas').waitFor({ timeout: 15_000 });
      // a week of data: daily bins, the axis on that week
      expect(await page.locator('#chart-goldstein').getAttribute('data-bin')).toBe('day');
      const span =
        Number(await page.locator('#chart-goldstein').getAttribute('data-x-max')) -
        Number(await page.locator('#chart-goldstein').getAttribute('data-x-min'));
      expect(span).toBeLessThanOrEqual(5 * DAY);
      await page
        .locator('#code-text')
        .fill('Russia accused Ukraine of violating the ceasefire. Ukraine rejected the accusation.');
      await page.locator('#code-events li.event').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('#code-status').textContent()).toMatch(/\d+ events? in 2 sentences/);
      await page.locator('#code-panel').scrollIntoViewIfNeeded();
      await done(page, 'code', width);
    });
  }

  it('shows story text with HTML or script in it as text, never running it', async () => {
    const text =
      'Iran accused the United States of spying <script>window.__xss = 1; alert("xss")</script> on Monday. ' +
      'The United States rejected the claim <img src=x onerror="window.__xss = 2; alert(2)"> and criticised Iran.';
    const r = await fetch(`${server.url}api/v1/stories`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'xss-1', date: '2007-05-29', title: '<b onmouseover=alert(3)>bold</b> title', text }),
    });
    expect(r.status).toBe(201);
    const s = await api<StoryResponse>('stories/xss-1');
    expect(s.events.length).toBeGreaterThan(0);
    const page = await open(`#a=USA&b=IRN&ev=${encodeURIComponent(s.events[0]?.id ?? '')}`, 1440);
    await page.locator('#story-text mark.evidence').first().waitFor({ timeout: 15_000 });
    const shown = await page.locator('#story-text').textContent();
    expect(shown).toContain('<script>window.__xss = 1;');
    expect(shown).toContain('<img src=x onerror=');
    expect(await page.locator('#story-title').textContent()).toBe('<b onmouseover=alert(3)>bold</b> title');
    expect(await page.locator('#story-panel img, #story-panel script, #story-panel b').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('runs without errors or Content-Security-Policy violations', () => {
    expect(consoleErrors.filter((m) => !/favicon/i.test(m))).toEqual([]);
  });
});
