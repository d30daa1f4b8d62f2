/**
 * Issue #14 in the ledger: the addressee's rejection defies a demand; a deed settles a statement only
 * from the side the rule holds to (the speaker breaks its promise, the addressee defies the demand);
 * a rejection that answers a statement is listed as a reply.
 */
import { describe, expect, it } from 'vitest';
import { buildLedger, type LedgerEvent } from '../../src/ledger/ledger.js';

let n = 0;
function ev(day: string, cameo: string, source: string, target: string, mode = 'asserted'): LedgerEvent {
  const story = `r${++n}`;
  return {
    id: `${story}:0:${cameo}`,
    story_id: story,
    sentence_index: 0,
    day,
    cameo,
    mode,
    source_code: source,
    source_country: source.slice(0, 3),
    target_code: target,
    target_country: target.slice(0, 3),
  };
}
const ledger = (events: LedgerEvent[]) => buildLedger(events, { asOf: '2021-12-31' });
const byRule = (events: LedgerEvent[], rule: string) => ledger(events).statements.find((s) => s.rule === rule);

describe('ledger replies and directions', () => {
  it('a rejection of a demand by its addressee settles the demand as defied, by that rejection', () => {
    // USA demands that Iran withdraw (106: no 12x in its contrary list); Iran rejects the demand (120)
    const reject = ev('2020-01-05', '120', 'IRNGOV', 'USA');
    const s = byRule([ev('2020-01-01', '106', 'USAGOV', 'IRN'), reject], '106');
    expect(s).toMatchObject({ status: 'defied', deed: { id: reject.id } });
    // a demand for a meeting (108, either side may meet) rejected by the addressee
    const refuse = ev('2020-01-05', '1246', 'IRN', 'USA');
    expect(byRule([ev('2020-01-01', '108', 'USA', 'IRN'), refuse], '108')?.status).toBe('defied');
  });

  it('a rejection by someone else, or aimed elsewhere, does not defy it', () => {
    expect(byRule([ev('2020-01-01', '106', 'USA', 'IRN'), ev('2020-01-05', '120', 'IRN', 'GBR')], '106')?.status).toBe(
      'lapsed',
    );
    expect(byRule([ev('2020-01-01', '106', 'USA', 'IRN'), ev('2020-01-05', '120', 'SYR', 'USA')], '106')?.status).toBe(
      'lapsed',
    );
  });

  it('the speaker refusing to meet does not defy its own demand for a meeting; the addressee refusing does', () => {
    expect(byRule([ev('2020-01-01', '108', 'USA', 'IRN'), ev('2020-01-05', '125', 'USA', 'IRN')], '108')?.status).toBe(
      'lapsed',
    );
    expect(byRule([ev('2020-01-01', '108', 'USA', 'IRN'), ev('2020-01-05', '125', 'IRN', 'USA')], '108')?.status).toBe(
      'defied',
    );
  });

  it('a promise to meet is broken by the speaker halting talks, not by the addressee; a meeting either way keeps it', () => {
    const promise = () => ev('2020-01-01', '036', 'USA', 'IRN', 'future');
    expect(byRule([promise(), ev('2020-01-05', '164', 'IRN', 'USA')], '036')?.status).toBe('lapsed');
    expect(byRule([promise(), ev('2020-01-05', '164', 'USA', 'IRN')], '036')?.status).toBe('broken');
    expect(byRule([promise(), ev('2020-01-05', '040', 'IRN', 'USA')], '036')?.status).toBe('kept');
  });

  it('deeds between other pairs never settle a statement between these two', () => {
    const threat = ev('2020-06-01', '1384', 'RUS', 'UKR');
    expect(byRule([threat, ev('2020-06-05', '190', 'RUS', 'GEO')], '1384')?.status).toBe('lapsed');
    expect(byRule([threat, ev('2020-06-05', '190', 'UKR', 'RUS')], '1384')?.status).toBe('lapsed');
  });

  it('a rejection that answers a statement is listed as a reply to it', () => {
    const demand = ev('2020-03-01', '1053', 'GBR', 'IRN');
    const refusal = ev('2020-03-03', '1243', 'IRN', 'GBR');
    const l = ledger([demand, refusal]);
    const d = l.statements.find((s) => s.rule === '1053');
    const r = l.statements.find((s) => s.rule === '1243');
    expect(d).toMatchObject({ status: 'defied', reply_to: null, deed: { id: refusal.id } });
    expect(r).toMatchObject({ kind: 'rejection', reply_to: demand.id });
    // a rejection with nothing before it is not a reply
    expect(ledger([ev('2020-03-03', '1243', 'IRN', 'GBR')]).statements[0]?.reply_to).toBeNull();
    // nor is one that comes long after the window of the earlier statement
    const late = ledger([ev('2020-01-01', '1053', 'GBR', 'IRN'), ev('2020-09-01', '1243', 'IRN', 'GBR')]);
    expect(late.statements.find((s) => s.rule === '1243')?.reply_to).toBeNull();
  });
});
