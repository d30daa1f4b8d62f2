/** The words-and-deeds table: coverage of the verbal families, who acts, and the codebook pairings. */
import { describe, expect, it } from 'vitest';
import { contraryStatus, LEDGER_RULES, ledgerRoots, matchesAny, ruleFor } from '../../src/ledger/rules.js';
import { cameoCodes, cameoEntry, isCameoCode } from '../../src/ontology/cameo.js';

const kept = (statement: string, deed: string) => matchesAny(deed, ruleFor(statement)?.kept ?? []);
const contrary = (statement: string, deed: string) => matchesAny(deed, ruleFor(statement)?.contrary ?? []);

describe('ledger rules', () => {
  it('covers every code of the families 02x, 03x, 057, 10x, 12x (but 128, 129) and 13x', () => {
    const families = /^(02|03|10|12|13)\d+$/;
    const missing = cameoCodes()
      .map((e) => e.code)
      .filter((c) => (families.test(c) || c === '057') && !['128', '129'].includes(c) && !ruleFor(c));
    expect(missing).toEqual([]);
    // not commitments: statements, consultations, praise, investigation, accusations, defiance, vetoes
    for (const c of ['010', '040', '046', '051', '090', '112', '128', '129', '190']) expect(ruleFor(c)).toBeUndefined();
  });

  it('names only real CAMEO codes, verbal statements, and says why', () => {
    for (const r of LEDGER_RULES.values()) {
      expect(cameoEntry(r.code)?.kind, r.code).toBe('verbal');
      for (const p of [...r.kept, ...r.contrary])
        expect(isCameoCode(p) || /^(1[0-9]|20|0[1-9])$/.test(p), `${r.code}: ${p}`).toBe(true);
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.kept.length + r.contrary.length).toBeGreaterThan(0);
    }
    expect(ledgerRoots()).toEqual([
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '10',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
    ]);
  });

  it('expects the speaker to act on promises, threats and rejections, the addressee on appeals and demands', () => {
    expect(ruleFor('0311')).toMatchObject({ kind: 'promise', actor: 'speaker' });
    expect(ruleFor('1384')).toMatchObject({ kind: 'threat', actor: 'speaker' });
    expect(ruleFor('1243')).toMatchObject({ kind: 'rejection', actor: 'speaker' });
    expect(ruleFor('0253')).toMatchObject({ kind: 'appeal', actor: 'addressee' });
    expect(ruleFor('1053')).toMatchObject({ kind: 'demand', actor: 'addressee' });
    expect(ruleFor('107')).toMatchObject({ kind: 'demand', actor: 'addressee', reach: 'any' });
    // symmetric: meeting, agreement, settlement
    for (const c of ['036', '057', '037', '026', '108', '125']) expect(ruleFor(c)?.actor, c).toBe('either');
    expect(contraryStatus('promise')).toBe('broken');
    expect(contraryStatus('threat')).toBe('broken');
    expect(contraryStatus('rejection')).toBe('broken');
    expect(contraryStatus('demand')).toBe('defied');
    expect(contraryStatus('appeal')).toBe('defied');
  });

  it('pairs words with deeds as the codebook does', () => {
    const pairs: [string, string][] = [
      ['0311', '061'],
      ['0312', '062'],
      ['0313', '063'],
      ['0314', '064'],
      ['0331', '071'],
      ['0332', '072'],
      ['0333', '073'],
      ['0334', '074'],
      ['033', '071'],
      ['0353', '0841'],
      ['0356', '0871'],
      ['036', '040'],
      ['036', '042'],
      ['036', '046'],
      ['037', '057'],
      ['057', '061'],
      ['057', '073'],
      ['057', '0871'],
      ['1053', '0841'],
      ['0253', '0841'],
      ['1053', '0842'],
      ['106', '0874'],
      ['106', '166'],
      ['107', '0871'],
      ['1056', '0871'],
      ['1056', '0874'],
      ['0256', '0872'],
      ['1054', '085'],
      ['108', '043'],
      ['1381', '191'],
      ['1382', '192'],
      ['1383', '183'],
      ['1384', '190'],
      ['1384', '195'],
      ['1385', '2041'],
      ['1312', '163'],
      ['1313', '161'],
      ['1311', '1621'],
      ['138', '186'],
      ['138', '193'],
      ['138', '202'],
      ['1246', '190'],
      ['1244', '163'],
    ];
    for (const [s, d] of pairs) expect(kept(s, d), `${s} kept by ${d}`).toBe(true);
    // the wrong deed does not keep it
    for (const [s, d] of [
      ['0311', '062'],
      ['0332', '071'],
      ['1053', '0871'],
      ['1381', '192'],
      ['1312', '161'],
    ] as const)
      expect(kept(s, d), `${s} not kept by ${d}`).toBe(false);
  });

  it('names the deeds that contradict', () => {
    const pairs: [string, string][] = [
      ['0311', '190'],
      ['0311', '1211'],
      ['0332', '1622'],
      ['036', '125'],
      ['036', '164'],
      ['057', '190'],
      ['057', '163'],
      ['057', '120'],
      ['1053', '1243'],
      ['1053', '173'],
      ['107', '196'],
      ['107', '193'],
      ['106', '192'],
      ['1384', '0871'],
      ['1312', '085'],
      ['1243', '0841'],
      ['1244', '085'],
      ['125', '046'],
      ['121', '061'],
      ['127', '057'],
    ];
    for (const [s, d] of pairs) expect(contrary(s, d), `${s} contradicted by ${d}`).toBe(true);
    expect(contrary('0311', '061')).toBe(false);
  });

  it('falls back to the nearest ancestor row', () => {
    expect(ruleFor('0231')?.code).toBe('0231');
    expect(ruleFor('1661')).toBeUndefined();
    expect(LEDGER_RULES.get('0214')?.kept).toEqual(['064']);
  });
});
