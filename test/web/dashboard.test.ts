/**
 * The dashboard in Debian's Chromium (playwright-core): pick United States and Iran, see the series and
 * the events, open an event and find its evidence highlighted, code pasted text, and check that story
 * text with HTML in it is shown as text and never run. Screenshots go to test-artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/server.js';
import type { EventsResponse, StoryResponse } from '../../src/api/types.js';
import type { Store } from '../../src/store/store.js';
import { filledStore, HAVE_SEED, ROOT, sharedCoder } from '../api/fixture.js';

const CHROMIUM = process.env.DYADIC_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = join(ROOT, 'test-artifacts');
const WEB_DIST = join(ROOT, 'dist', 'web');
const TOKEN = 'web-test-token';

if (!HAVE_CHROMIUM)
  console.warn(`test/web: ${CHROMIUM} is not installed (apt-get install -y chromium): browser tests skipped`);
if (!HAVE_SEED) console.warn('test/web: ../shared/corpus/seed is absent: browser tests skipped');

/** Runs in the page: its URL hash. */
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

describe.skipIf(!HAVE_CHROMIUM || !HAVE_SEED)('dashboard in Chromium', () => {
  let store: Store;
  let server: RunningServer;
  let context: BrowserContext;
  let profile: string;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await filledStore();
    server = await startServer({
      store,
      coder: sharedCoder(),
      token: TOKEN,
      webRoot: WEB_DIST,
      port: 0,
      host: '127.0.0.1',
    });
    profile = mkdtempSync(join(tmpdir(), 'dyadic-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1400, height: 1000 },
    });
    // no network beyond the test server
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(path = ''): Promise<Page> {
    const page = await context.newPage();
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

  async function pick(page: Page, which: 'a' | 'b', typed: string, code: string): Promise<void> {
    const input = page.locator(`#picker-${which}-input`);
    await input.click();
    await input.fill(typed);
    const option = page.locator(`#picker-${which}-list li[data-code="${code}"]`);
    await option.waitFor({ state: 'visible', timeout: 15_000 });
    await option.click();
  }

  it('shows the pair view, the events and a story with its evidence highlighted', async () => {
    const page = await open();
    await expect.poll(() => page.title()).toContain('dyadic');
    await pick(page, 'a', 'United', 'USA');
    await pick(page, 'b', 'Ira', 'IRN');
    await expect.poll(() => page.evaluate(hashOf)).toContain('a=USA');
    expect(await page.evaluate(hashOf)).toContain('b=IRN');

    // series: four uPlot charts with canvases, and the status line
    await page.locator('#chart-goldstein .uplot canvas').waitFor({ timeout: 15_000 });
    expect(await page.locator('#charts .uplot').count()).toBe(4);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/USA ↔ IRN: \d+ events/);

    // event list
    const rows = page.locator('#events li.event');
    await rows.first().waitFor({ timeout: 15_000 });
    const api = (await (await fetch(`${server.url}api/v1/events?pair=USA,IRN&limit=50`)).json()) as EventsResponse;
    expect(await rows.count()).toBe(api.events.length);
    await page.locator('#map .cluster').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-pair.png'), fullPage: true });

    // open an event: the story shows with the evidence sentence highlighted
    const first = api.events[0];
    expect(first).toBeDefined();
    await rows.first().click();
    const evidence = page.locator('#story-text mark.evidence');
    await evidence.first().waitFor({ timeout: 15_000 });
    const marked = (await evidence.allTextContents()).join('');
    expect(marked.replace(/\s+/g, ' ')).toBe(first?.record.evidence.text.replace(/\s+/g, ' '));
    const sentence = (await page.locator('#story-text .hl-sentence').allTextContents()).join('');
    expect(sentence).toBe(first?.record.sentence);
    expect(await page.locator('#story-text mark.actor-source, #story-text mark.actor-target').count()).toBeGreaterThan(
      0,
    );
    const detail = await page.locator('#event-detail').textContent();
    expect(detail).toContain(first?.record.cameo);
    expect(detail).toContain(first?.record.rule.id);
    expect(detail).toContain('claimed by');
    expect(detail).toContain('PLOVER');
    expect(await page.evaluate(hashOf)).toContain(`ev=${encodeURIComponent(first?.id ?? '')}`);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-story.png'), fullPage: true });

    // the URL carries the view: a new page on it shows the same story
    const shared = await open(`#${new URL(page.url()).hash.slice(1)}`);
    await shared.locator('#story-text mark.evidence').first().waitFor({ timeout: 15_000 });
    expect(await shared.locator('#picker-a-input').inputValue()).toContain('USA');
    await shared.close();
    await page.close();
  });

  it('codes pasted text live', async () => {
    const page = await open('#a=USA&b=IRN');
    const box = page.locator('#code-text');
    await box.fill('Russia accused Ukraine of violating the ceasefire on Monday. Ukraine rejected the accusation.');
    const rows = page.locator('#code-events li.event');
    await rows.first().waitFor({ timeout: 15_000 });
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('#code-events').textContent()).toMatch(/RUS|UKR/);
    expect(await page.locator('#code-status').textContent()).toMatch(/\d+ events? in 2 sentences/);
    await page.locator('#code-panel').screenshot({ path: join(ARTIFACTS, 'dashboard-code.png') });
    await page.close();
  });

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
    const s = (await (await fetch(`${server.url}api/v1/stories/xss-1`)).json()) as StoryResponse;
    expect(s.events.length).toBeGreaterThan(0);
    const page = await open(`#a=USA&b=IRN&ev=${encodeURIComponent(s.events[0]?.id ?? '')}`);
    await page.locator('#story-text mark.evidence').first().waitFor({ timeout: 15_000 });
    await page.locator('#events li.event').first().waitFor({ timeout: 15_000 });
    const shown = await page.locator('#story-text').textContent();
    expect(shown).toContain('<script>window.__xss = 1;');
    expect(shown).toContain('<img src=x onerror=');
    expect(await page.locator('#story-title').textContent()).toBe('<b onmouseover=alert(3)>bold</b> title');
    expect(
      await page.locator('#story-panel img, #story-panel script, #story-panel b, #events img, #events script').count(),
    ).toBe(0);
    expect(await page.locator('#events').textContent()).toContain('<script>');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-xss.png'), fullPage: true });
    await page.close();
  });

  it('runs without errors or Content-Security-Policy violations', () => {
    expect(consoleErrors.filter((m) => !/favicon/i.test(m))).toEqual([]);
  });
});
