/**
 * RSS (2.0 and 1.0/RDF) and Atom files: one story per item/entry. The text is the item's full
 * content (`content:encoded`, Atom `content`) or else its description/summary, HTML reduced to
 * paragraphs. The id is the item's guid/id, else its link, else the hash of its normalised text.
 */
import { DOMParser, parseHTML } from 'linkedom';
import { DyadicError } from '../core/errors.js';
import { textHash } from '../store/simhash.js';
import { blockText, dateOf } from './html.js';
import { isIsoDate, type StoryItem, type TxtDefaults, today } from './stories.js';

interface Node {
  readonly localName?: string;
  readonly tagName?: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<Node>;
  getAttribute(name: string): string | null;
}

function local(n: Node): string {
  const t = (n.localName ?? n.tagName ?? '').toLowerCase();
  const i = t.indexOf(':');
  return i >= 0 ? `${t.slice(0, i)}:${t.slice(i + 1)}` : t;
}

function kids(n: Node): Node[] {
  return Array.from(n.children ?? []);
}

function child(n: Node, ...names: string[]): Node | null {
  for (const name of names) {
    const hit = kids(n).find((c) => local(c) === name);
    if (hit) return hit;
  }
  return null;
}

function textOf(n: Node | null): string | null {
  const t = n?.textContent?.trim();
  return t ? t : null;
}

function htmlToText(s: string): string {
  if (!/[<&]/.test(s)) return s.replace(/[ \t]+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
  return blockText(document.body as never);
}

/** Does this text look like an RSS or Atom document? */
export function looksLikeFeed(xml: string): boolean {
  return /<(rss|feed|rdf:RDF)\b/i.test(xml.slice(0, 4096));
}

function fail(where: string, err: DyadicError): StoryItem {
  return { ok: false, where, code: err.code, message: err.message };
}

/** The stories of a feed document. `d.dateline` applies to every item; `d.date` only fills missing dates. */
export function storiesFromFeed(xml: string, path: string, d: TxtDefaults = {}): StoryItem[] {
  if (!looksLikeFeed(xml)) {
    return [fail(path, new DyadicError('DYADIC_INPUT_FORMAT', { path, detail: 'not an RSS or Atom feed' }))];
  }
  let doc: { documentElement: Node | null };
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as never;
  } catch (cause) {
    return [
      fail(
        path,
        new DyadicError('DYADIC_INPUT_FORMAT', { path, detail: `malformed XML: ${(cause as Error).message}` }),
      ),
    ];
  }
  const root = doc.documentElement;
  if (!root) return [fail(path, new DyadicError('DYADIC_INPUT_FORMAT', { path, detail: 'empty XML document' }))];
  const rootName = local(root);
  let items: Node[] = [];
  let outlet: string | null = null;
  if (rootName === 'feed') {
    items = kids(root).filter((c) => local(c) === 'entry');
    outlet = textOf(child(root, 'title'));
  } else {
    const channel = child(root, 'channel');
    outlet = channel ? textOf(child(channel, 'title')) : null;
    items = [...(channel ? kids(channel) : []), ...kids(root)].filter((c) => local(c) === 'item');
  }
  if (items.length === 0)
    return [fail(path, new DyadicError('DYADIC_INPUT_FORMAT', { path, detail: 'the feed has no items' }))];
  return items.map((item, i) => {
    const where = `${path}#${i + 1}`;
    const title = textOf(child(item, 'title'));
    let link: string | null = null;
    const linkEl = child(item, 'link');
    if (linkEl) link = linkEl.getAttribute('href')?.trim() || textOf(linkEl);
    const guid = textOf(child(item, 'guid', 'id'));
    const body = textOf(child(item, 'content:encoded', 'content', 'description', 'summary'));
    const text = body ? htmlToText(body) : '';
    if (!text) return fail(where, new DyadicError('DYADIC_INPUT_EMPTY', {}));
    const date = dateOf(textOf(child(item, 'pubdate', 'published', 'updated', 'dc:date'))) ?? d.date ?? today();
    if (!isIsoDate(date)) return fail(where, new DyadicError('DYADIC_DATE', { value: date }));
    const id = guid ?? link ?? `sha256:${textHash(text).slice(0, 32)}`;
    return {
      ok: true,
      where: `${where} (${id})`,
      story: { id, date, text, dateline: d.dateline ?? null, title, url: link, source: outlet },
    } satisfies StoryItem;
  });
}
