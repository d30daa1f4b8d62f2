/**
 * The words-and-deeds ledger, as pure functions over events: statements (commitments, appeals,
 * demands, threats, rejections; see `rules.ts`) grouped across reports, and for each one what
 * followed between the same parties within a window: `kept`, `broken`, `defied`, `open` or `lapsed`.
 *
 * - Statements: verbal events with a ledger rule, mode asserted, future or proposed, with both
 *   parties known. The same statement reported by several outlets or stories (same speaker and
 *   addressee party, same rule, first report within `dedupDays` days) counts once, with all its reports.
 * - Deeds: events that happened (mode asserted or alleged) whose code a rule names. Parties are
 *   matched at country level, sector-insensitive (`USAGOV` and `USAMIL` are both `USA`);
 *   international and non-governmental organisations by their six-letter code (`IGOUNO`).
 * - Window: deeds dated from the statement's first report to `windowDays` days after it, up to
 *   `asOf`. A deed on the statement's own day counts unless it comes earlier in the same story (or is
 *   in the same sentence): "X attacked Y on Monday. X threatened more attacks." is not a threat
 *   carried out. For rules whose deeds reach anyone (`reach: 'any'`), a party's deeds against
 *   itself (same country on both sides) do not count.
 * - Status: the earliest deciding deed wins: a fulfilling deed makes the statement `kept`, a
 *   contradicting one `broken` (promises, agreements, threats, rejections) or `defied` (appeals,
 *   demands). No deed: `open` while the window is not over at `asOf`, else `lapsed`.
 */

import type { EventRecord } from '../core/records.js';
import { cameoEntry } from '../ontology/cameo.js';
import { eventDay } from '../store/rows.js';
import type { EventFact } from '../store/store.js';
import { contraryStatus, type LedgerKind, type LedgerRule, matchesAny, ruleFor } from './rules.js';

export type LedgerStatus = 'kept' | 'broken' | 'defied' | 'open' | 'lapsed';
export const LEDGER_STATUSES: readonly LedgerStatus[] = ['kept', 'broken', 'defied', 'open', 'lapsed'];

/** The little of an event the ledger reads: the store's indexed columns (or an `EventRecord` flattened; see `fromRecord`). */
export type LedgerEvent = EventFact;

export const STATEMENT_MODES: readonly string[] = ['asserted', 'future', 'proposed'];
export const DEED_MODES: readonly string[] = ['asserted', 'alleged'];

export interface LedgerOptions {
  /** Days after a statement in which deeds count (default 90). */
  readonly windowDays?: number;
  /** The ledger's "today" (YYYY-MM-DD): later events are ignored; windows ending after it are open. Default: the latest event day. */
  readonly asOf?: string;
  /** Statements from / up to these days (inclusive). */
  readonly since?: string;
  readonly until?: string;
  /** Only statements involving this party (either side), or between these two (either direction). */
  readonly a?: string;
  readonly b?: string;
  /** Reports of the same statement within this many days of its first report count once (default 3). */
  readonly dedupDays?: number;
  /** How many deciding events are listed per statement (default 5). */
  readonly maxDeciding?: number;
}

export interface LedgerDeed {
  readonly id: string;
  readonly day: string;
  readonly cameo: string;
  readonly source: string;
  readonly target: string | null;
}

export interface LedgerStatement {
  /** The first report's event id. */
  readonly id: string;
  /** First report's day, last report's day. */
  readonly date: string;
  readonly last_date: string;
  /** Speaker and addressee parties (country or organisation). */
  readonly source: string;
  readonly target: string;
  /** The first report's code and the rule that reads it. */
  readonly cameo: string;
  readonly name: string;
  readonly rule: string;
  readonly kind: LedgerKind;
  readonly expected: LedgerRule['actor'];
  readonly mode: string;
  readonly status: LedgerStatus;
  /** Every report of the statement (event ids) and their stories. */
  readonly events: readonly string[];
  readonly stories: readonly string[];
  /** The last day of the window. */
  readonly window_end: string;
  /** The events that decided the status: the deeds for kept/broken/defied; the statement's own reports for open/lapsed. */
  readonly deciding: readonly string[];
  /** The first deciding deed. */
  readonly deed: LedgerDeed | null;
  /**
   * Fulfilling and contradicting deeds found in the window, counted until the status is certain
   * (at most `COUNT_CAP` of either kind per direction).
   */
  readonly kept_deeds: number;
  readonly contrary_deeds: number;
  readonly sentence?: string;
  /**
   * A rejection that answers an earlier statement of the other party (a demand, appeal, promise,
   * agreement or threat made to the rejecter within the window): that statement's id. A reply is
   * listed as a reply, not as a commitment of its own waiting to be kept.
   */
  readonly reply_to: string | null;
}

export interface StatusCounts {
  statements: number;
  kept: number;
  broken: number;
  defied: number;
  open: number;
  lapsed: number;
  /** kept / (statements - open): the share of words (whose window has closed or that were settled) followed by the deed. */
  followed: number | null;
}

export interface PairSummary extends StatusCounts {
  readonly source: string;
  readonly target: string;
}

export interface ActorSummary {
  readonly actor: string;
  /** Statements the actor made (as speaker). */
  readonly spoke: StatusCounts;
  /** Statements that expected the actor to act: its promises, threats and rejections, and appeals and demands made of it. */
  readonly owed: StatusCounts;
}

export interface Ledger {
  readonly as_of: string | null;
  readonly window_days: number;
  readonly statements: readonly LedgerStatement[];
  readonly pairs: readonly PairSummary[];
  readonly actors: readonly ActorSummary[];
  readonly totals: StatusCounts;
}

/** `GET /api/v1/ledger`: statements newest first (at most `limit`), with summaries over all of them. */
export interface LedgerResponse {
  readonly a: string | null;
  readonly b: string | null;
  readonly as_of: string | null;
  readonly window_days: number;
  readonly statements: readonly LedgerStatement[];
  /** More statements matched than `limit`. */
  readonly truncated: boolean;
  readonly totals: StatusCounts;
  readonly pairs: readonly PairSummary[];
  readonly actors: readonly ActorSummary[];
}

const DAY_MS = 86_400_000;
/** Day numbers (days since 1970) shifted positive, times a span larger than any input: a sortable key. */
const DAY_OFFSET = 1_000_000;
const INDEX_SPAN = 2 ** 26;
/** Deeds counted per statement and direction: scanning stops there (the status is certain by then). */
export const COUNT_CAP = 100;
function dayNum(d: string): number {
  return Math.round(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS);
}
const dayStrings = new Map<number, string>();
function dayStr(n: number): string {
  let s = dayStrings.get(n);
  if (s === undefined) {
    s = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (dayStrings.size < 100_000) dayStrings.set(n, s);
  }
  return s;
}

/** The party an actor stands for: its country, or for organisations (`IGO`, `NGO`...) its six-letter code. */
export function partyOf(code: string | null, country: string | null): string | null {
  if (country && country.length === 3 && !['IGO', 'NGO', 'MNC'].includes(country)) return country;
  if (code && code.length >= 3) {
    const head = code.slice(0, 3);
    if (['IGO', 'NGO', 'MNC'].includes(head)) return code.slice(0, Math.min(6, code.length));
  }
  return country && country.length === 3 ? country : null;
}

/** Does a query argument (`USA`, `IGOUNO`, `USAGOV`) name this party? */
function argMatches(arg: string, party: string, code: string | null): boolean {
  if (arg === party) return true;
  return code?.startsWith(arg) ?? false;
}

/** Flattens a coder record; its day as the store counts it (`eventDay`). Null when it has no day. */
export function fromRecord(e: EventRecord, storyDate: string | null = null): LedgerEvent | null {
  const day = eventDay(e.date, storyDate);
  if (!day) return null;
  return {
    id: e.id,
    story_id: e.story_id,
    sentence_index: e.sentence_index,
    day,
    cameo: e.cameo,
    mode: e.mode,
    source_code: e.source?.code ?? null,
    source_country: e.source?.country ?? null,
    target_code: e.target?.code ?? null,
    target_country: e.target?.country ?? null,
    sentence: e.sentence,
  };
}

interface Deed {
  readonly ev: LedgerEvent;
  readonly n: number;
  readonly source: string;
  readonly target: string | null;
}

interface Cluster {
  readonly rule: LedgerRule;
  readonly source: string;
  readonly target: string;
  readonly reports: LedgerEvent[];
  readonly first: number;
  last: number;
}

function byDay(a: Deed, b: Deed): number {
  return (
    a.n - b.n ||
    (a.ev.story_id < b.ev.story_id ? -1 : a.ev.story_id > b.ev.story_id ? 1 : 0) ||
    a.ev.sentence_index - b.ev.sentence_index ||
    (a.ev.id < b.ev.id ? -1 : a.ev.id > b.ev.id ? 1 : 0)
  );
}

/** First index with list[i].n >= n. */
function lowerBound(list: readonly Deed[], n: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Deed).n < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function emptyCounts(): StatusCounts {
  return { statements: 0, kept: 0, broken: 0, defied: 0, open: 0, lapsed: 0, followed: null };
}

function add(c: StatusCounts, s: LedgerStatus): void {
  c.statements++;
  c[s]++;
}

function finish(c: StatusCounts): StatusCounts {
  const closed = c.statements - c.open;
  c.followed = closed > 0 ? Math.round((c.kept / closed) * 1000) / 1000 : null;
  return c;
}

/** Builds the ledger from events in any order. */
export function buildLedger(events: Iterable<LedgerEvent>, opts: LedgerOptions = {}): Ledger {
  const windowDays = opts.windowDays ?? 90;
  const dedupDays = opts.dedupDays ?? 3;
  const maxDeciding = opts.maxDeciding ?? 5;
  const a = opts.a?.toUpperCase();
  const b = opts.b?.toUpperCase();
  let latest = -Infinity;
  const asOfN = opts.asOf ? dayNum(opts.asOf) : null;
  const sinceN = opts.since ? dayNum(opts.since) : -Infinity;
  const untilN = opts.until ? dayNum(opts.until) : Infinity;

  // deeds by "source>target" party pair and by source party alone (for rules that reach anyone)
  const byPair = new Map<string, Deed[]>();
  const bySource = new Map<string, Deed[]>();
  const deeds: Deed[] = [];
  const statements: { ev: LedgerEvent; n: number; rule: LedgerRule; source: string; target: string }[] = [];
  const days = new Map<string, number>();

  for (const ev of events) {
    if (!ev.day) continue;
    let n = days.get(ev.day);
    if (n === undefined) {
      n = dayNum(ev.day);
      days.set(ev.day, n);
    }
    if (n > latest) latest = n;
    if (asOfN !== null && n > asOfN) continue;
    const source = partyOf(ev.source_code, ev.source_country);
    if (!source) continue;
    const target = partyOf(ev.target_code, ev.target_country);
    if (DEED_MODES.includes(ev.mode)) deeds.push({ ev, n, source, target });
    if (!target || target === source || !STATEMENT_MODES.includes(ev.mode)) continue;
    const rule = ruleFor(ev.cameo);
    if (!rule || cameoEntry(ev.cameo)?.kind !== 'verbal') continue;
    if (n < sinceN || n > untilN) continue;
    if (a) {
      const sa = argMatches(a, source, ev.source_code);
      const ta = argMatches(a, target, ev.target_code);
      if (b) {
        const sb = argMatches(b, source, ev.source_code);
        const tb = argMatches(b, target, ev.target_code);
        if (!((sa && tb) || (sb && ta))) continue;
      } else if (!sa && !ta) continue;
    }
    statements.push({ ev, n, rule, source, target });
  }
  // one numeric sort by day (packed with the input position) instead of a comparator sort per list;
  // ties within a day are ordered where it matters (the deciding deeds, below)
  if (deeds.length >= INDEX_SPAN) throw new RangeError(`the ledger takes at most ${INDEX_SPAN} deeds at once`);
  const keys = new Float64Array(deeds.length);
  for (let i = 0; i < deeds.length; i++) keys[i] = ((deeds[i] as Deed).n + DAY_OFFSET) * INDEX_SPAN + i;
  keys.sort();
  for (const k of keys) {
    const d = deeds[k % INDEX_SPAN] as Deed;
    if (d.target) push(byPair, `${d.source}>${d.target}`, d);
    push(bySource, d.source, d);
  }
  const asOf = asOfN ?? (latest === -Infinity ? null : latest);

  // group reports of the same statement
  statements.sort(
    (x, y) =>
      x.n - y.n ||
      (x.ev.story_id < y.ev.story_id ? -1 : x.ev.story_id > y.ev.story_id ? 1 : 0) ||
      x.ev.sentence_index - y.ev.sentence_index ||
      (x.ev.id < y.ev.id ? -1 : 1),
  );
  const openClusters = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  for (const s of statements) {
    const key = `${s.source}>${s.target}|${s.rule.code}`;
    const c = openClusters.get(key);
    if (c && s.n - c.first <= dedupDays) {
      c.reports.push(s.ev);
      c.last = s.n;
      continue;
    }
    const fresh: Cluster = { rule: s.rule, source: s.source, target: s.target, reports: [s.ev], first: s.n, last: s.n };
    openClusters.set(key, fresh);
    clusters.push(fresh);
  }

  const out: LedgerStatement[] = [];
  // the statement a rejection answers: the latest earlier one made to the rejecter by the other party
  const said = new Map<string, Cluster[]>();
  const replyTo = new Map<Cluster, string>();
  for (const c of clusters) {
    if (c.rule.kind === 'rejection') {
      const earlier = said.get(`${c.target}>${c.source}`) ?? [];
      for (let i = earlier.length - 1; i >= 0; i--) {
        const e = earlier[i] as Cluster;
        if (e.first <= c.first && c.first - e.first <= windowDays) {
          replyTo.set(c, (e.reports[0] as LedgerEvent).id);
          break;
        }
      }
    } else push(said, `${c.source}>${c.target}`, c);
  }
  for (const c of clusters) out.push(settle(c));

  /** The deed lists a statement reads, each with the side that acts in it. */
  function candidates(c: Cluster): { list: Deed[]; by: 'speaker' | 'addressee' }[] {
    const { rule, source, target } = c;
    const sides: ('speaker' | 'addressee')[] =
      rule.actor === 'speaker' ? ['speaker'] : rule.actor === 'addressee' ? ['addressee'] : ['speaker', 'addressee'];
    return sides.map((by) => {
      const [from, to] = by === 'speaker' ? [source, target] : [target, source];
      return { list: (rule.reach === 'any' ? bySource.get(from) : byPair.get(`${from}>${to}`)) ?? [], by };
    });
  }

  function settle(c: Cluster): LedgerStatement {
    const first = c.reports[0] as LedgerEvent;
    const end = c.first + windowDays;
    const stop = asOf === null ? end : Math.min(end, asOf);
    const reportIds = new Set(c.reports.map((r) => r.id));
    const kept: Deed[] = [];
    const contrary: Deed[] = [];
    const kind = c.rule.kind;
    for (const { list, by } of candidates(c)) {
      // Who can contradict or fulfil in this direction. Symmetric rules (meetings, settlements)
      // are fulfilled by either side, but only the side the rule holds to can break or defy them:
      // the speaker its promise, the addressee the appeal or demand made of it. A rejection is acted
      // on by the rejecter only.
      const mayContradict =
        kind === 'promise' ? by === 'speaker' : kind === 'appeal' || kind === 'demand' ? by === 'addressee' : true;
      const mayFulfil = kind === 'rejection' ? by === 'speaker' : true;
      // The addressee rejecting an appeal or demand (12x aimed at the speaker) defies it, whatever the row lists.
      const rejectionDefies = (kind === 'appeal' || kind === 'demand') && by === 'addressee';
      let k = 0;
      let x = 0;
      for (let i = lowerBound(list, c.first); i < list.length; i++) {
        const d = list[i] as Deed;
        if (d.n > stop) break;
        // once this list has COUNT_CAP of either kind, no later deed in it can come first
        if (k >= COUNT_CAP || x >= COUNT_CAP) break;
        if (reportIds.has(d.ev.id)) continue;
        // reaching anyone: not a party's dealings with itself (country-level matching cannot tell them apart)
        if (c.rule.reach === 'any' && d.target === d.source) continue;
        // same day: only deeds reported after the statement in the same story (or in another story)
        if (d.n === c.first && d.ev.story_id === first.story_id && d.ev.sentence_index <= first.sentence_index)
          continue;
        if (mayFulfil && matchesAny(d.ev.cameo, c.rule.kept)) {
          kept.push(d);
          k++;
        } else if (
          mayContradict &&
          (matchesAny(d.ev.cameo, c.rule.contrary) ||
            (rejectionDefies && d.ev.cameo.startsWith('12') && d.target === c.source))
        ) {
          contrary.push(d);
          x++;
        }
      }
    }
    kept.sort(byDay);
    contrary.sort(byDay);
    const k0 = kept[0];
    const c0 = contrary[0];
    let status: LedgerStatus;
    let deciding: Deed[];
    if (k0 && (!c0 || byDay(k0, c0) <= 0)) {
      status = 'kept';
      deciding = kept;
    } else if (c0) {
      status = contraryStatus(c.rule.kind);
      deciding = contrary;
    } else {
      status = asOf !== null && asOf < end ? 'open' : 'lapsed';
      deciding = [];
    }
    const d0 = deciding[0];
    const name = cameoEntry(first.cameo)?.name ?? '';
    return {
      id: first.id,
      date: dayStr(c.first),
      last_date: dayStr(c.last),
      source: c.source,
      target: c.target,
      cameo: first.cameo,
      name,
      rule: c.rule.code,
      kind: c.rule.kind,
      expected: c.rule.actor,
      mode: first.mode,
      status,
      events: c.reports.map((r) => r.id),
      stories: [...new Set(c.reports.map((r) => r.story_id))],
      window_end: dayStr(end),
      deciding: deciding.length ? deciding.slice(0, maxDeciding).map((d) => d.ev.id) : c.reports.map((r) => r.id),
      deed: d0 ? { id: d0.ev.id, day: d0.ev.day, cameo: d0.ev.cameo, source: d0.source, target: d0.target } : null,
      kept_deeds: kept.length,
      contrary_deeds: contrary.length,
      ...(first.sentence !== undefined ? { sentence: first.sentence } : {}),
      reply_to: replyTo.get(c) ?? null,
    };
  }

  return { as_of: asOf === null ? null : dayStr(asOf), window_days: windowDays, statements: out, ...summarise(out) };
}

/** Per directed pair (speaker → addressee), per actor, and in total. */
export function summarise(statements: readonly LedgerStatement[]): {
  pairs: PairSummary[];
  actors: ActorSummary[];
  totals: StatusCounts;
} {
  const pairs = new Map<string, PairSummary & StatusCounts>();
  const actors = new Map<string, { actor: string; spoke: StatusCounts; owed: StatusCounts }>();
  const totals = emptyCounts();
  const actor = (x: string) => {
    let e = actors.get(x);
    if (!e) {
      e = { actor: x, spoke: emptyCounts(), owed: emptyCounts() };
      actors.set(x, e);
    }
    return e;
  };
  for (const s of statements) {
    add(totals, s.status);
    const key = `${s.source}>${s.target}`;
    let p = pairs.get(key);
    if (!p) {
      p = { source: s.source, target: s.target, ...emptyCounts() };
      pairs.set(key, p);
    }
    add(p, s.status);
    add(actor(s.source).spoke, s.status);
    if (s.expected !== 'addressee') add(actor(s.source).owed, s.status);
    if (s.expected !== 'speaker') add(actor(s.target).owed, s.status);
  }
  const order = (x: StatusCounts, y: StatusCounts) => y.statements - x.statements;
  return {
    pairs: [...pairs.values()]
      .map((p) => ({ ...p, ...finish(p) }))
      .sort((x, y) => order(x, y) || (x.source + x.target < y.source + y.target ? -1 : 1)),
    actors: [...actors.values()]
      .map((x) => ({ actor: x.actor, spoke: finish(x.spoke), owed: finish(x.owed) }))
      .sort((x, y) => order(x.spoke, y.spoke) || order(x.owed, y.owed) || (x.actor < y.actor ? -1 : 1)),
    totals: finish(totals),
  };
}

/** Parses a window: `90d`, `12w`, `3m` (30-day months), `1y` (365 days) or a plain number of days. */
export function parseWindow(s: string): number | null {
  const m = /^\s*(\d{1,5})\s*([dwmy]?)\s*$/i.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const days = unit === 'w' ? n * 7 : unit === 'm' ? n * 30 : unit === 'y' ? n * 365 : n;
  return days >= 1 && days <= 3650 ? days : null;
}
