/**
 * The ledger over a store: streams only the facts it needs (the rule roots, modes that can be
 * statements or deeds, the dates a window can reach; no records) and builds the ledger in memory.
 */
import type { EventFilter, Store } from '../store/store.js';
import {
  buildLedger,
  DEED_MODES,
  type Ledger,
  type LedgerEvent,
  type LedgerOptions,
  STATEMENT_MODES,
} from './ledger.js';
import { LEDGER_RULES, ledgerRoots, ruleFor } from './rules.js';

export interface StoreLedgerOptions extends LedgerOptions {
  /** Carry the statement's sentence (for display; costs memory on big stores). */
  readonly sentences?: boolean;
}

let deedPrefixes: Set<string> | null = null;

/** Could this code be a deed under some rule? */
function isDeedCode(code: string): boolean {
  if (!deedPrefixes) {
    deedPrefixes = new Set();
    for (const r of LEDGER_RULES.values()) for (const p of [...r.kept, ...r.contrary]) deedPrefixes.add(p);
  }
  for (let n = 2; n <= code.length; n++) if (deedPrefixes.has(code.slice(0, n))) return true;
  return false;
}

function addDays(day: string, n: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export async function storeLedger(store: Store, opts: StoreLedgerOptions = {}): Promise<Ledger> {
  const windowDays = opts.windowDays ?? 90;
  const asOf = opts.asOf ?? (await store.dayRange({})).last ?? undefined;
  let until = opts.until ? addDays(opts.until, windowDays) : undefined;
  if (asOf && (!until || until > asOf)) until = asOf;
  const actors = [opts.a, opts.b].filter((x): x is string => Boolean(x)).map((x) => x.toUpperCase());
  const filter: EventFilter = {
    root: ledgerRoots(),
    mode: [...new Set([...STATEMENT_MODES, ...DEED_MODES])],
    ...(actors.length ? { actor: actors } : {}),
    ...(opts.since ? { since: opts.since } : {}),
    ...(until ? { until } : {}),
  };
  const wanted: LedgerEvent[] = [];
  const useful = new Map<string, boolean>();
  for await (const f of store.eventFacts(filter, { sentences: Boolean(opts.sentences) })) {
    if (!f.source_country && !f.source_code) continue;
    let keep = useful.get(f.cameo);
    if (keep === undefined) {
      keep = isDeedCode(f.cameo) || ruleFor(f.cameo) !== undefined;
      useful.set(f.cameo, keep);
    }
    if (keep) wanted.push(f);
  }
  return buildLedger(wanted, { ...opts, windowDays, ...(asOf ? { asOf } : {}) });
}
