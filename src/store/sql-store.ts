/**
 * The store, written once over the `Db` port: batch writes in one transaction, near-duplicate
 * marking, atomic replacement for recode, and the queries. `sqlite/` and `postgres/` only supply a Db.
 */
import type { EventRecord } from '../core/records.js';
import type { Db, Row, SqlValue } from './db.js';
import { checkDate, type EventOrder, eventWhere, HAPPENED_MODES, type Ordered, sideCond } from './queries.js';
import { dayFromNumber, dayNumber, EVENT_COLUMNS, eventRow, monthFromNumber, STORY_COLUMNS } from './rows.js';
import { migrate } from './schema.js';
import { bandsOf, hammingWords, NEAR_DUPLICATE_BITS, simhashWords } from './simhash.js';
import type {
  ActorStat,
  ActorsQuery,
  CodedStory,
  EventFact,
  EventFilter,
  EventQuery,
  InputFailure,
  PairStat,
  Store,
  StoreCounts,
  StoredEvent,
  StoredStory,
  StoreSummary,
  TimelineQuery,
  TimelineRow,
  WriteSummary,
} from './store.js';

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** An earlier story a new one may duplicate. */
interface Original {
  readonly id: string;
  readonly textHash: string;
  /** Its SimHash as two words (parsed once), or null for a text too short to fingerprint. */
  readonly words: readonly [number, number] | null;
  /** Its events (loaded lazily for stored stories). */
  events: readonly { readonly id: string; readonly key: string }[] | null;
}

function eventKey(cameo: string, source: string | null | undefined, target: string | null | undefined): string {
  return `${cameo}|${source ?? ''}|${target ?? ''}`;
}

function findOriginal(s: CodedStory, originals: readonly Original[]): Original | null {
  const words = s.simhash ? simhashWords(s.simhash) : null;
  for (const o of originals) {
    if (o.textHash === s.textHash) return o;
    if (words && o.words && hammingWords(words, o.words) <= NEAR_DUPLICATE_BITS) return o;
  }
  return null;
}

/** Each event of a duplicate story points at the same event of the original, else at the original story. */
function duplicateLinks(events: readonly EventRecord[], original: Original): string[] {
  const pool = new Map<string, string[]>();
  for (const e of original.events ?? []) {
    const list = pool.get(e.key);
    if (list) list.push(e.id);
    else pool.set(e.key, [e.id]);
  }
  return events.map((e) => pool.get(eventKey(e.cameo, e.source?.code, e.target?.code))?.shift() ?? original.id);
}

function storyRow(s: CodedStory, coderVersion: string, duplicateOf: string | null, now: string): SqlValue[] {
  const st = s.story;
  const bands = s.simhash ? bandsOf(s.simhash) : [null, null, null, null];
  const r = s.result;
  return [
    st.id,
    st.date ?? null,
    st.source ?? null,
    st.url ?? null,
    st.title ?? null,
    st.dateline ?? null,
    s.textHash,
    st.text,
    s.simhash,
    ...bands,
    r.status,
    r.status === 'failed' ? r.error.code : null,
    r.status === 'failed' ? r.error.message : null,
    r.status === 'coded' ? r.sentences : null,
    r.status === 'coded' ? r.events.length : 0,
    coderVersion,
    duplicateOf,
    now,
  ];
}

function toStoredStory(r: Row): StoredStory {
  return {
    seq: num(r.seq),
    id: String(r.id),
    date: strOrNull(r.date),
    source: strOrNull(r.source),
    url: strOrNull(r.url),
    title: strOrNull(r.title),
    dateline: strOrNull(r.dateline),
    text_hash: String(r.text_hash),
    text: String(r.text),
    simhash: strOrNull(r.simhash),
    status: r.status === 'failed' ? 'failed' : 'coded',
    error_code: strOrNull(r.error_code),
    error_message: strOrNull(r.error_message),
    sentences: r.sentences === null || r.sentences === undefined ? null : num(r.sentences),
    event_count: num(r.event_count),
    coder_version: strOrNull(r.coder_version),
    duplicate_of: strOrNull(r.duplicate_of),
  };
}

// story columns by correlated lookups, so filters stay unqualified (`duplicate_of` is in both tables)
const EVENT_SELECT = `SELECT id, story_id, record, day, duplicate_of,
  (SELECT s.source FROM stories s WHERE s.id = events.story_id) AS story_source,
  (SELECT s.url FROM stories s WHERE s.id = events.story_id) AS story_url,
  (SELECT s.date FROM stories s WHERE s.id = events.story_id) AS story_date
  FROM events`;

/** The same columns for a page of events read by key (`e`: events, `s`: their stories, one join). */
const EVENT_PAGE_SELECT = `SELECT e.id, e.story_id, e.record, e.day, e.duplicate_of,
  s.source AS story_source, s.url AS story_url, s.date AS story_date
  FROM events e LEFT JOIN stories s ON s.id = e.story_id`;

function toStoredEvent(r: Row): StoredEvent {
  return {
    id: String(r.id),
    story_id: String(r.story_id),
    record: String(r.record),
    day: strOrNull(r.day),
    duplicate_of: strOrNull(r.duplicate_of),
    story_source: strOrNull(r.story_source),
    story_url: strOrNull(r.story_url),
    story_date: strOrNull(r.story_date),
  };
}

/** ES2024 string methods (Node >= 20), not in the ES2023 lib this project compiles against. */
type Es2024String = string & { isWellFormed(): boolean; toWellFormed(): string };

/**
 * A lone UTF-16 surrogate cannot be stored as UTF-8: both stores get U+FFFD in its place (SQLite
 * would otherwise read back three of them and PostgreSQL refuse the batch). Rows are changed in place.
 */
function wellFormed(rows: SqlValue[][]): SqlValue[][] {
  for (const r of rows)
    for (let i = 0; i < r.length; i++) {
      const v = r[i];
      if (typeof v === 'string' && !(v as Es2024String).isWellFormed()) r[i] = (v as Es2024String).toWellFormed();
    }
  return rows;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  schemaVersion = 0;
  protected readonly db: Db;

  constructor(db: Db) {
    this.db = db;
    this.kind = db.dialect;
  }

  /** Runs the migrations; called once by the opener. */
  async init(): Promise<this> {
    this.schemaVersion = await migrate(this.db);
    return this;
  }

  /**
   * Events in story-date order, then story and position: the one order of every event listing.
   * Oldest first by default; newest first puts the latest day (and within it the last story) on top,
   * keeping a story's events in reading order. Undated events come last either way.
   */
  private orderOf(t: string, order: EventOrder = 'oldest'): string {
    const desc = order === 'newest' ? ' DESC' : '';
    return `(${t}day_n IS NULL), ${t}day_n${desc}, ${t}story_id${this.db.byteOrder}${desc}, ${t}ord`;
  }

  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      if (chunk.length === 0) continue;
      const rows = await this.db.all<{ id: string }>(
        `SELECT id FROM stories WHERE id IN (${placeholders(chunk.length)})`,
        chunk,
      );
      for (const r of rows) out.add(r.id);
    }
    return out;
  }

  async storedHashes(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      if (chunk.length === 0) continue;
      const rows = await this.db.all<{ id: string; text_hash: string }>(
        `SELECT id, text_hash FROM stories WHERE id IN (${placeholders(chunk.length)})`,
        chunk,
      );
      for (const r of rows) out.set(String(r.id), String(r.text_hash));
    }
    return out;
  }

  async deleteStories(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.db.transaction(async () => {
      await this.db.lockForWrite();
      let n = 0;
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await this.db.run(`DELETE FROM events WHERE story_id IN (${placeholders(chunk.length)})`, chunk);
        const before = await this.existingIds(chunk);
        await this.db.run(`DELETE FROM stories WHERE id IN (${placeholders(chunk.length)})`, chunk);
        n += before.size;
      }
      return n;
    });
  }

  /** Stored coded, non-duplicate stories sharing a text hash or a SimHash band with any of these. */
  private async candidates(batch: readonly CodedStory[], beforeSeq?: number): Promise<Original[]> {
    const hashes = [...new Set(batch.map((s) => s.textHash))];
    const bands: number[][] = [[], [], [], []];
    for (const s of batch) {
      if (!s.simhash) continue;
      for (const [i, b] of bandsOf(s.simhash).entries()) bands[i]?.push(b);
    }
    const params: SqlValue[] = [...hashes];
    const ors = [`text_hash IN (${placeholders(hashes.length)})`];
    bands.forEach((list, i) => {
      const uniq = [...new Set(list)];
      if (uniq.length === 0) return;
      ors.push(`sh${i} IN (${placeholders(uniq.length)})`);
      params.push(...uniq);
    });
    let extra = '';
    if (beforeSeq !== undefined) {
      extra = ' AND seq < ?';
      params.push(beforeSeq);
    }
    const rows = await this.db.all(
      `SELECT id, text_hash, simhash FROM stories WHERE status = 'coded' AND duplicate_of IS NULL AND (${ors.join(' OR ')})${extra} ORDER BY seq`,
      params,
    );
    return rows.map((r) => ({
      id: String(r.id),
      textHash: String(r.text_hash),
      words: typeof r.simhash === 'string' ? simhashWords(r.simhash) : null,
      events: null,
    }));
  }

  private async loadEvents(o: Original): Promise<void> {
    if (o.events) return;
    const rows = await this.db.all(
      'SELECT id, cameo, source_code, target_code FROM events WHERE story_id = ? ORDER BY ord',
      [o.id],
    );
    o.events = rows.map((r) => ({
      id: String(r.id),
      key: eventKey(String(r.cameo), strOrNull(r.source_code), strOrNull(r.target_code)),
    }));
  }

  async writeStories(batch: readonly CodedStory[], coderVersion: string): Promise<WriteSummary> {
    if (batch.length === 0) return { stored: 0, skipped: 0, events: 0, duplicates: 0 };
    return this.db.transaction(async () => {
      await this.db.lockForWrite();
      const existing = await this.existingIds(batch.map((s) => s.story.id));
      const fresh: CodedStory[] = [];
      let skipped = 0;
      for (const s of batch) {
        if (existing.has(s.story.id)) {
          skipped++;
          continue;
        }
        existing.add(s.story.id);
        fresh.push(s);
      }
      const coded = fresh.filter((s) => s.result.status === 'coded');
      const originals = coded.length ? await this.candidates(coded) : [];
      const now = new Date().toISOString();
      const storyRows: SqlValue[][] = [];
      const eventRows: SqlValue[][] = [];
      let duplicates = 0;
      for (const s of fresh) {
        let dupOf: Original | null = null;
        if (s.result.status === 'coded') {
          dupOf = findOriginal(s, originals);
          if (dupOf) duplicates++;
          else {
            originals.push({
              id: s.story.id,
              textHash: s.textHash,
              words: s.simhash ? simhashWords(s.simhash) : null,
              events: s.result.events.map((e) => ({
                id: e.id,
                key: eventKey(e.cameo, e.source?.code, e.target?.code),
              })),
            });
          }
        }
        storyRows.push(storyRow(s, coderVersion, dupOf?.id ?? null, now));
        if (s.result.status === 'coded') {
          let links: (string | null)[] = [];
          if (dupOf) {
            await this.loadEvents(dupOf);
            links = duplicateLinks(s.result.events, dupOf);
          }
          for (const [i, e] of s.result.events.entries())
            eventRows.push(eventRow(e, i, s.story.date ?? null, links[i] ?? null));
        }
      }
      await this.db.insertMany('stories', STORY_COLUMNS, wellFormed(storyRows));
      await this.db.insertMany('events', EVENT_COLUMNS, wellFormed(eventRows));
      return { stored: fresh.length, skipped, events: eventRows.length, duplicates };
    });
  }

  async replaceStories(batch: readonly CodedStory[], coderVersion: string): Promise<number> {
    if (batch.length === 0) return 0;
    return this.db.transaction(async () => {
      await this.db.lockForWrite();
      let n = 0;
      for (const s of batch) {
        const rows = await this.db.all('SELECT seq FROM stories WHERE id = ?', [s.story.id]);
        const seq = rows[0]?.seq;
        if (seq === undefined) continue;
        await this.db.run('DELETE FROM events WHERE story_id = ?', [s.story.id]);
        let dupOf: Original | null = null;
        if (s.result.status === 'coded') {
          const originals = (await this.candidates([s], num(seq))).filter((o) => o.id !== s.story.id);
          dupOf = findOriginal(s, originals);
        }
        const r = s.result;
        await this.db.run(
          `UPDATE stories SET status = ?, error_code = ?, error_message = ?, sentences = ?, event_count = ?, coder_version = ?, duplicate_of = ? WHERE id = ?`,
          [
            r.status,
            r.status === 'failed' ? r.error.code : null,
            r.status === 'failed' ? r.error.message : null,
            r.status === 'coded' ? r.sentences : null,
            r.status === 'coded' ? r.events.length : 0,
            coderVersion,
            dupOf?.id ?? null,
            s.story.id,
          ],
        );
        if (r.status === 'coded') {
          let links: (string | null)[] = [];
          if (dupOf) {
            await this.loadEvents(dupOf);
            links = duplicateLinks(r.events, dupOf);
          }
          await this.db.insertMany(
            'events',
            EVENT_COLUMNS,
            wellFormed(r.events.map((e, i) => eventRow(e, i, s.story.date ?? null, links[i] ?? null))),
          );
        }
        n++;
      }
      return n;
    });
  }

  async recordInputFailures(failures: readonly InputFailure[]): Promise<void> {
    if (failures.length === 0) return;
    const now = new Date().toISOString();
    await this.db.transaction(async () => {
      for (const f of failures) {
        const changed = await this.db.run(
          'UPDATE input_failures SET code = ?, message = ?, seen_at = ? WHERE location = ?',
          [f.code, f.message, now, f.where],
        );
        if (changed === 0) {
          await this.db.run('INSERT INTO input_failures (location, code, message, seen_at) VALUES (?, ?, ?, ?)', [
            f.where,
            f.code,
            f.message,
            now,
          ]);
        }
      }
    });
  }

  async listStories(opts: {
    afterSeq?: number;
    limit: number;
    staleFor?: string;
    ids?: readonly string[];
  }): Promise<StoredStory[]> {
    const conds: string[] = ['seq > ?'];
    const params: SqlValue[] = [opts.afterSeq ?? 0];
    if (opts.staleFor !== undefined) {
      conds.push('(coder_version IS NULL OR coder_version <> ?)');
      params.push(opts.staleFor);
    }
    if (opts.ids && opts.ids.length > 0) {
      conds.push(`id IN (${placeholders(opts.ids.length)})`);
      params.push(...opts.ids);
    }
    params.push(opts.limit);
    const rows = await this.db.all(`SELECT * FROM stories WHERE ${conds.join(' AND ')} ORDER BY seq LIMIT ?`, params);
    return rows.map(toStoredStory);
  }

  async countStories(opts: { staleFor?: string; ids?: readonly string[] }): Promise<number> {
    const conds: string[] = ['1 = 1'];
    const params: SqlValue[] = [];
    if (opts.staleFor !== undefined) {
      conds.push('(coder_version IS NULL OR coder_version <> ?)');
      params.push(opts.staleFor);
    }
    if (opts.ids && opts.ids.length > 0) {
      conds.push(`id IN (${placeholders(opts.ids.length)})`);
      params.push(...opts.ids);
    }
    const rows = await this.db.all(`SELECT COUNT(*) AS n FROM stories WHERE ${conds.join(' AND ')}`, params);
    return num(rows[0]?.n);
  }

  async getStory(id: string): Promise<StoredStory | null> {
    const rows = await this.db.all('SELECT * FROM stories WHERE id = ?', [id]);
    return rows[0] ? toStoredStory(rows[0]) : null;
  }

  async events(q: EventQuery & Ordered): Promise<StoredEvent[]> {
    const w = eventWhere(q);
    const params = [...w.params];
    const order = this.orderOf('', q.order);
    let sql = `${EVENT_SELECT} WHERE ${w.sql} ORDER BY ${order}`;
    if (q.limit !== undefined || q.offset !== undefined) {
      // Two steps: order and cut the page on the narrow columns, then read the records of that page
      // only. Sorting the full rows would read every matching record (a month of a busy pair: thousands).
      // The page is cut on the index columns (the pair indexes cover the sort keys), then read by row key.
      const key = this.db.rowKey;
      sql = `${EVENT_PAGE_SELECT} WHERE e.${key} IN (SELECT ${key} FROM events WHERE ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${this.orderOf('e.', q.order)}`;
      params.push(q.limit ?? 1_000_000_000, q.offset ?? 0);
    }
    const rows = await this.db.all(sql, params);
    return rows.map(toStoredEvent);
  }

  async *iterateEvents(f: EventFilter & Ordered, pageSize = 5000): AsyncGenerator<StoredEvent> {
    const w = eventWhere(f);
    for await (const r of this.db.iterate(
      `${EVENT_SELECT} WHERE ${w.sql} ORDER BY ${this.orderOf('', f.order)}`,
      w.params,
      pageSize,
    )) {
      yield toStoredEvent(r);
    }
  }

  async countEvents(f: EventFilter): Promise<number> {
    const w = eventWhere(f);
    const rows = await this.db.all(`SELECT COUNT(*) AS n FROM events WHERE ${w.sql}`, w.params);
    return num(rows[0]?.n);
  }

  async *eventFacts(
    f: EventFilter,
    opts: { readonly sentences?: boolean; readonly pageSize?: number } = {},
  ): AsyncGenerator<EventFact> {
    const w = eventWhere(f);
    const cols = `id, story_id, sentence_index, day, cameo, mode, source_code, source_country, target_code, target_country${opts.sentences ? ', sentence' : ''}`;
    const sql = `SELECT ${cols} FROM events WHERE ${w.sql} AND day IS NOT NULL`;
    // the driver's rows already have the fact's shape (INTEGER comes back as a number on both databases):
    // yielded as they are, to spare an object per event on whole-store scans
    for await (const r of this.db.iterate(sql, w.params, opts.pageSize ?? 10_000)) yield r as unknown as EventFact;
  }

  async dayRange(f: EventFilter): Promise<{ first: string | null; last: string | null }> {
    const w = eventWhere(f);
    const rows = await this.db.all(
      `SELECT MIN(day_n) AS lo, MAX(day_n) AS hi FROM events WHERE ${w.sql} AND day_n IS NOT NULL`,
      w.params,
    );
    const r = rows[0];
    const lo = r?.lo;
    const hi = r?.hi;
    return {
      first: lo === null || lo === undefined ? null : dayFromNumber(num(lo)),
      last: hi === null || hi === undefined ? null : dayFromNumber(num(hi)),
    };
  }

  /**
   * What matching events add up to, for the dashboard's landing view and map: events per day and
   * quad class, per place country, the busiest country pairs (either direction) and countries.
   */
  async summary(f: EventFilter, top = 10): Promise<StoreSummary> {
    const w = eventWhere(f);
    const days = await this.db.all(
      `SELECT day_n AS d, quad_class AS q, COUNT(*) AS n FROM events WHERE ${w.sql} AND day_n IS NOT NULL GROUP BY day_n, quad_class`,
      w.params,
    );
    const byDay = new Map<number, [number, number, number, number]>();
    for (const r of days) {
      const d = num(r.d);
      let v = byDay.get(d);
      if (!v) {
        v = [0, 0, 0, 0];
        byDay.set(d, v);
      }
      const q = num(r.q);
      if (q >= 1 && q <= 4) v[q - 1] = (v[q - 1] ?? 0) + num(r.n);
    }
    const volume = [...byDay.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([d, [q1, q2, q3, q4]]) => ({ day: dayFromNumber(d), q1, q2, q3, q4 }));
    const places = await this.db.all(
      `SELECT location_country AS c, COUNT(*) AS n FROM events WHERE ${w.sql} AND location_country IS NOT NULL GROUP BY location_country`,
      w.params,
    );
    const dyads = await this.db.all(
      `SELECT source_country AS a, target_country AS b, COUNT(*) AS n FROM events WHERE ${w.sql}
        AND source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
        GROUP BY source_country, target_country`,
      w.params,
    );
    const pairs = new Map<string, { a: string; b: string; events: number }>();
    const actors = new Map<string, number>();
    for (const r of dyads) {
      const [a, b] = [String(r.a), String(r.b)].sort() as [string, string];
      const n = num(r.n);
      const key = `${a}|${b}`;
      const p = pairs.get(key) ?? { a, b, events: 0 };
      p.events += n;
      pairs.set(key, p);
      for (const c of [a, b]) actors.set(c, (actors.get(c) ?? 0) + n);
    }
    const total = await this.db.all(`SELECT COUNT(*) AS n FROM events WHERE ${w.sql}`, w.params);
    return {
      events: num(total[0]?.n),
      first: volume[0]?.day ?? null,
      last: volume.at(-1)?.day ?? null,
      volume,
      places: places.map((r) => ({ country: String(r.c), events: num(r.n) })).sort((x, y) => y.events - x.events),
      pairs: [...pairs.values()].sort((x, y) => y.events - x.events || (x.a + x.b < y.a + y.b ? -1 : 1)).slice(0, top),
      actors: [...actors.entries()]
        .map(([actor, events]) => ({ actor, events }))
        .sort((x, y) => y.events - x.events || (x.actor < y.actor ? -1 : 1))
        .slice(0, top),
    };
  }

  async timeline(q: TimelineQuery): Promise<TimelineRow[]> {
    const period = q.by === 'day' ? 'day_n' : q.by === 'week' ? 'day_n - (((day_n % 7) + 7) % 7)' : 'month_n';
    const modes = q.modes ?? HAPPENED_MODES;
    const out: TimelineRow[] = [];
    const dirs: [string, string, string][] = [
      [q.a, q.b, 'A>B'],
      [q.b, q.a, 'B>A'],
    ];
    for (const [src, tgt, dir] of dirs) {
      const params: SqlValue[] = [];
      const conds = [sideCond('source', src, params), sideCond('target', tgt, params)];
      if (modes.length) {
        conds.push(`mode IN (${placeholders(modes.length)})`);
        params.push(...modes);
      }
      if (q.since) {
        conds.push('day_n >= ?');
        params.push(dayNumber(checkDate(q.since, '--since')));
      }
      if (q.until) {
        conds.push('day_n <= ?');
        params.push(dayNumber(checkDate(q.until, '--until')));
      }
      conds.push('day_n IS NOT NULL');
      if (!q.includeDuplicates) conds.push('duplicate_of IS NULL');
      const rows = await this.db.all(
        `SELECT ${period} AS p, COUNT(*) AS n,
          SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS q1,
          SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS q2,
          SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS q3,
          SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS q4,
          SUM(goldstein) AS gs
        FROM events WHERE ${conds.join(' AND ')} GROUP BY ${period}`,
        params,
      );
      for (const r of rows) {
        const p = num(r.p);
        const n = num(r.n);
        const q1 = num(r.q1);
        const q2 = num(r.q2);
        const q3 = num(r.q3);
        const q4 = num(r.q4);
        const gs = Math.round(num(r.gs) * 1000) / 1000;
        out.push({
          period: q.by === 'month' ? monthFromNumber(p) : dayFromNumber(p),
          direction: dir,
          source: src,
          target: tgt,
          events: n,
          q1,
          q2,
          q3,
          q4,
          goldstein_sum: gs,
          goldstein_mean: n ? Math.round((num(r.gs) / n) * 1000) / 1000 : 0,
          verbal: q1 + q3,
          material: q2 + q4,
        });
      }
    }
    out.sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : x.direction < y.direction ? -1 : 1));
    return out;
  }

  async actors(q: ActorsQuery): Promise<{ actors: ActorStat[]; pairs: PairStat[] }> {
    const col = q.by === 'country' ? 'country' : 'code';
    const params: SqlValue[] = [];
    const conds: string[] = [];
    const modes = q.modes ?? HAPPENED_MODES;
    if (modes.length) {
      conds.push(`mode IN (${placeholders(modes.length)})`);
      params.push(...modes);
    }
    if (q.since) {
      conds.push('day_n >= ?');
      params.push(dayNumber(checkDate(q.since, '--since')));
    }
    if (q.until) {
      conds.push('day_n <= ?');
      params.push(dayNumber(checkDate(q.until, '--until')));
    }
    if (!q.includeDuplicates) conds.push('duplicate_of IS NULL');
    const where = conds.length ? conds.join(' AND ') : '1 = 1';
    const limit = q.limit ?? 20;
    const bo = this.db.byteOrder;
    const actorRows = await this.db.all(
      `SELECT actor, SUM(s) AS as_source, SUM(t) AS as_target, COUNT(*) AS n FROM (
         SELECT source_${col} AS actor, 1 AS s, 0 AS t FROM events WHERE source_${col} IS NOT NULL AND ${where}
         UNION ALL
         SELECT target_${col} AS actor, 0 AS s, 1 AS t FROM events WHERE target_${col} IS NOT NULL AND ${where}
       ) x GROUP BY actor ORDER BY n DESC, actor${bo} LIMIT ?`,
      [...params, ...params, limit],
    );
    const pairRows = await this.db.all(
      `SELECT source_${col} AS source, target_${col} AS target, COUNT(*) AS n, AVG(goldstein) AS g FROM events
       WHERE source_${col} IS NOT NULL AND target_${col} IS NOT NULL AND ${where}
       GROUP BY source_${col}, target_${col} ORDER BY n DESC, source_${col}${bo}, target_${col}${bo} LIMIT ?`,
      [...params, limit],
    );
    return {
      actors: actorRows.map((r) => ({
        actor: String(r.actor),
        events: num(r.n),
        as_source: num(r.as_source),
        as_target: num(r.as_target),
      })),
      pairs: pairRows.map((r) => ({
        source: String(r.source),
        target: String(r.target),
        events: num(r.n),
        goldstein_mean: Math.round(num(r.g) * 1000) / 1000,
      })),
    };
  }

  async counts(): Promise<StoreCounts> {
    const s = await this.db.all(
      `SELECT COUNT(*) AS n,
        SUM(CASE WHEN status = 'coded' THEN 1 ELSE 0 END) AS coded,
        SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed,
        SUM(CASE WHEN duplicate_of IS NOT NULL THEN 1 ELSE 0 END) AS dups
       FROM stories`,
    );
    const e = await this.db.all('SELECT COUNT(*) AS n FROM events');
    const f = await this.db.all('SELECT COUNT(*) AS n FROM input_failures');
    return {
      stories: num(s[0]?.n),
      coded: num(s[0]?.coded),
      failed: num(s[0]?.failed),
      duplicates: num(s[0]?.dups),
      events: num(e[0]?.n),
      inputFailures: num(f[0]?.n),
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
