/**
 * `.html` input: the page's main text extracted with @mozilla/readability over a linkedom DOM, kept as
 * paragraphs (blank-line separated). Title, outlet, URL and date come from the page's metadata when
 * present; the id is `--id`, else the canonical URL, else the hash of the normalised text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DyadicError } from '../core/errors.js';
import { textHash } from '../store/simhash.js';
import { isIsoDate, type StoryItem, type TxtDefaults, today } from './stories.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption';

interface El {
  readonly textContent: string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El>;
  getAttribute(name: string): string | null;
}

function clean(s: string): string {
  return s.replace(/[ \t\u00a0\r\n]+/g, ' ').trim();
}

/** The text of an element as paragraphs: one per innermost block element, else its whole text. */
export function blockText(root: El): string {
  const paras: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const t = clean(el.textContent ?? '');
    if (t) paras.push(t);
  }
  if (paras.length === 0) return clean(root.textContent ?? '');
  return paras.join('\n\n');
}

function meta(doc: El, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"]`) ?? doc.querySelector(`meta[name="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** YYYY-MM-DD from an ISO or RFC date string, or null. */
export function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const head = value.trim().slice(0, 10);
  if (isIsoDate(head)) return head;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function fail(where: string, err: DyadicError): StoryItem {
  return { ok: false, where, code: err.code, message: err.message };
}

/** One story from an HTML page. */
export function storyFromHtml(html: string, path: string, d: TxtDefaults = {}): StoryItem {
  if (!/<(html|body|p|div|article)\b/i.test(html)) {
    return fail(
      path,
      new DyadicError('DYADIC_INPUT_FORMAT', { path, detail: 'not an HTML page (no html/body/p elements)' }),
    );
  }
  // linkedom wants a full document; wrap fragments
  const page = /<html\b/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const doc = document as unknown as El;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url');
  const metaDate = dateOf(
    meta(doc, 'article:published_time', 'date', 'dc.date', 'DC.date', 'pubdate', 'og:published_time'),
  );
  const siteName = meta(doc, 'og:site_name', 'application-name');
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as never, { charThreshold: 100 }).parse();
  } catch (cause) {
    return fail(
      path,
      new DyadicError('DYADIC_INPUT_FORMAT', { path, detail: `cannot extract text: ${(cause as Error).message}` }),
    );
  }
  let text = '';
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(inner.body as unknown as El);
  }
  if (!text && article?.textContent) text = clean(article.textContent);
  if (!text) {
    const body = doc.querySelector('body');
    text = body ? blockText(body) : '';
  }
  if (!text) return fail(path, new DyadicError('DYADIC_INPUT_FORMAT', { path, detail: 'the page has no body text' }));
  const date = d.date ?? dateOf(article?.publishedTime) ?? metaDate ?? today();
  if (!isIsoDate(date)) return fail(path, new DyadicError('DYADIC_DATE', { value: date }));
  const title = d.title ?? (article?.title ? clean(article.title) : null) ?? null;
  const id = d.id ?? canonical ?? `sha256:${textHash(text).slice(0, 32)}`;
  return {
    ok: true,
    where: path,
    story: {
      id,
      date,
      text,
      dateline: d.dateline ?? null,
      title,
      url: canonical ?? null,
      source: article?.siteName ?? siteName ?? null,
    },
  };
}
