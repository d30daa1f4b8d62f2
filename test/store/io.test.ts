/** Input files for ingest: HTML pages, RSS/Atom feeds, directory walks and malformed files. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storiesFromFeed } from '../../src/io/feed.js';
import { storyFromHtml } from '../../src/io/html.js';
import type { StoryItem } from '../../src/io/stories.js';
import { readInputs } from '../../src/io/walk.js';

const dir = mkdtempSync(join(tmpdir(), 'dyadic-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = `<!doctype html><html><head><title>Envoys meet | Example News</title>
<link rel="canonical" href="https://news.example/envoys-meet">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2007-05-28T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Envoys meet</h1>
<p>The envoys of two countries met on Monday in the capital for four hours of talks, the first such meeting in many years.</p>
<p>Both sides described the talks as positive and said that a further meeting would be held within a month.</p>
<p>A spokesman said the discussions had focused on security along the border and on the return of refugees.</p>
</article><footer>Copyright Example News</footer></body></html>`;

describe('HTML pages', () => {
  it('extracts the article text as paragraphs, with title, outlet, URL and date', () => {
    const item = storyFromHtml(PAGE, 'page.html');
    expect(item.ok).toBe(true);
    if (!item.ok) return;
    expect(item.story).toMatchObject({
      id: 'https://news.example/envoys-meet',
      date: '2007-05-28',
      url: 'https://news.example/envoys-meet',
      source: 'Example News',
    });
    expect(item.story.text.split('\n\n')).toHaveLength(3);
    expect(item.story.text).toMatch(/^The envoys of two countries met/);
    expect(item.story.text).not.toMatch(/Home|Copyright/);
  });

  it('falls back to the text hash for the id, and reports pages without text', () => {
    const item = storyFromHtml(
      '<html><body><p>Short text of a page without canonical link.</p></body></html>',
      'x.html',
      { date: '2020-01-02' },
    );
    expect(item.ok && item.story.id.startsWith('sha256:')).toBe(true);
    expect(storyFromHtml('<html><head><title>x</title></head></html>', 'empty.html')).toMatchObject({
      ok: false,
      code: 'DYADIC_INPUT_FORMAT',
    });
    expect(storyFromHtml('just some words', 'plain.html')).toMatchObject({ ok: false, code: 'DYADIC_INPUT_FORMAT' });
  });
});

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire Service</title>
<item><title>One</title><link>https://wire.example/1</link><guid>wire-1</guid><pubDate>Mon, 28 May 2007 10:00:00 GMT</pubDate>
<description>short</description><content:encoded><![CDATA[<p>First paragraph of the full story.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Two</title><link>https://wire.example/2</link><pubDate>Tue, 29 May 2007 10:00:00 GMT</pubDate><description>Only a &lt;b&gt;summary&lt;/b&gt; here.</description></item>
<item><title>Empty</title></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
<entry><title>E1</title><id>urn:e1</id><link href="https://atom.example/e1"/><published>2008-08-08T00:00:00Z</published>
<content type="html">&lt;p&gt;Entry text.&lt;/p&gt;</content></entry></feed>`;

describe('feeds', () => {
  it('reads RSS items: full content, else description; ids from guid, else link', () => {
    const items = storiesFromFeed(RSS, 'wire.rss');
    expect(items).toHaveLength(3);
    const [a, b, c] = items as [StoryItem, StoryItem, StoryItem];
    expect(a.ok && a.story).toMatchObject({
      id: 'wire-1',
      date: '2007-05-28',
      title: 'One',
      source: 'Wire Service',
      url: 'https://wire.example/1',
    });
    expect(a.ok && a.story.text).toBe('First paragraph of the full story.\n\nSecond paragraph.');
    expect(b.ok && b.story).toMatchObject({
      id: 'https://wire.example/2',
      date: '2007-05-29',
      text: 'Only a summary here.',
    });
    expect(c).toMatchObject({ ok: false, code: 'DYADIC_INPUT_EMPTY' });
  });

  it('reads Atom entries', () => {
    const [e] = storiesFromFeed(ATOM, 'a.atom');
    expect(e?.ok && e.story).toMatchObject({
      id: 'urn:e1',
      date: '2008-08-08',
      text: 'Entry text.',
      url: 'https://atom.example/e1',
      source: 'Atom Outlet',
    });
  });

  it('reports XML that is not a feed', () => {
    expect(storiesFromFeed('<?xml version="1.0"?><note>hi</note>', 'n.xml')).toMatchObject([
      { ok: false, code: 'DYADIC_INPUT_FORMAT' },
    ]);
  });
});

describe('directory walk', () => {
  it('reads every supported file recursively and reports bad ones per file', async () => {
    const root = join(dir, 'in');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'USA meets IRN.');
    writeFileSync(join(root, 'sub', 'a.txt'), 'RUS bombs GEO.');
    writeFileSync(join(root, 'b.jsonl'), '{"id":"j1","date":"2007-01-01","text":"x"}\n{"id":"j2","date":"2007-01-0');
    writeFileSync(join(root, 'page.html'), PAGE);
    writeFileSync(join(root, 'empty.html'), '<html><head></head></html>');
    writeFileSync(join(root, 'feed.rss'), RSS);
    writeFileSync(join(root, 'junk.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0xc3, 0x28]));
    writeFileSync(join(root, 'notes.md'), 'ignored');
    writeFileSync(join(root, '.hidden.txt'), 'ignored');
    symlinkSync(join(root, 'missing-target.txt'), join(root, 'broken.txt'));
    const ignored: string[] = [];
    const items: StoryItem[] = [];
    for await (const it of readInputs([root, join(dir, 'nope.jsonl')], { date: '2007-05-28' }, (p) => ignored.push(p)))
      items.push(it);
    const summary = items.map((i) => (i.ok ? `ok ${i.story.id}` : `bad ${i.where.replace(dir, '')} ${i.code}`));
    expect(summary).toEqual([
      'ok a',
      'ok j1',
      'bad /in/b.jsonl:2 DYADIC_INPUT_JSON',
      'bad /in/broken.txt DYADIC_INPUT_FILE',
      'bad /in/empty.html DYADIC_INPUT_FORMAT',
      'ok wire-1',
      'ok https://wire.example/2',
      'bad /in/feed.rss#3 DYADIC_INPUT_EMPTY',
      'bad /in/junk.txt DYADIC_INPUT_BINARY',
      'ok https://news.example/envoys-meet',
      'ok sub/a',
      'bad /nope.jsonl DYADIC_INPUT_FILE',
    ]);
    expect(ignored.map((p) => p.replace(dir, ''))).toEqual(['/in/notes.md']);
  });
});
