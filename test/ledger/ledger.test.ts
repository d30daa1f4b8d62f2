/** The ledger over hand-written event sequences, and over events the real coder codes from invented stories. */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/coder.js';
import type { EventRecord, Story } from '../../src/core/records.js';
import {
  buildLedger,
  fromRecord,
  type LedgerEvent,
  type LedgerOptions,
  parseWindow,
  partyOf,
} from '../../src/ledger/ledger.js';

let n = 0;
/** One event: `ev('2020-01-01', '0331', 'USAGOV', 'IRQ')`; the story is new unless given. */
function ev(
  day: string,
  cameo: string,
  source: string,
  target: string | null,
  extra: Partial<LedgerEvent> = {},
): LedgerEvent {
  const story = extra.story_id ?? `s${++n}`;
  const si = extra.sentence_index ?? 0;
  return {
    id: `${story}:${si}:${cameo}`,
    story_id: story,
    sentence_index: si,
    day,
    cameo,
    mode: 'asserted',
    source_code: source,
    source_country: source.slice(0, 3),
    target_code: target,
    target_country: target ? target.slice(0, 3) : null,
    ...extra,
  };
}

const AS_OF = '2021-12-31';
function ledger(events: LedgerEvent[], opts: LedgerOptions = {}) {
  return buildLedger(events, { asOf: AS_OF, ...opts });
}
function only(events: LedgerEvent[], opts: LedgerOptions = {}) {
  const l = ledger(events, opts);
  expect(l.statements).toHaveLength(1);
  return l.statements[0] as NonNullable<(typeof l.statements)[number]>;
}

describe('ledger: promises (speaker acts)', () => {
  it('keeps a promise when the speaker does the promised deed, naming the deed', () => {
    const deed = ev('2020-02-01', '071', 'USAGOV', 'IRQGOV');
    const s = only([ev('2020-01-01', '0331', 'USAGOV', 'IRQ', { mode: 'future' }), deed]);
    expect(s).toMatchObject({
      status: 'kept',
      source: 'USA',
      target: 'IRQ',
      rule: '0331',
      kind: 'promise',
      expected: 'speaker',
    });
    expect(s.deciding).toEqual([deed.id]);
    expect(s.deed).toEqual({ id: deed.id, day: '2020-02-01', cameo: '071', source: 'USA', target: 'IRQ' });
  });

  it('does not count the addressee doing it, or the wrong deed', () => {
    const s = only([
      ev('2020-01-01', '0331', 'USA', 'IRQ', { mode: 'proposed' }),
      ev('2020-01-10', '071', 'IRQ', 'USA'),
      ev('2020-01-11', '072', 'USA', 'IRQ'),
      ev('2020-01-12', '071', 'USA', 'SYR'),
    ]);
    expect(s.status).toBe('lapsed');
    expect(s.deciding).toEqual([s.id]);
  });

  it('breaks a promise when the speaker turns on the addressee', () => {
    const attack = ev('2020-03-01', '190', 'USAMIL', 'IRQ');
    const s = only([ev('2020-01-01', '0332', 'USA', 'IRQ'), attack]);
    expect(s).toMatchObject({ status: 'broken', deciding: [attack.id], contrary_deeds: 1, kept_deeds: 0 });
  });

  it('the earliest deciding deed wins; both counts are kept', () => {
    const first = [
      ev('2020-01-01', '0311', 'CHN', 'PAK'),
      ev('2020-01-05', '061', 'CHN', 'PAK'),
      ev('2020-01-09', '163', 'CHN', 'PAK'),
    ];
    expect(only(first)).toMatchObject({ status: 'kept', kept_deeds: 1, contrary_deeds: 1 });
    const second = [
      ev('2020-01-01', '0311', 'CHN', 'PAK'),
      ev('2020-01-09', '061', 'CHN', 'PAK'),
      ev('2020-01-05', '163', 'CHN', 'PAK'),
    ];
    expect(only(second).status).toBe('broken');
  });

  it('a meeting promise is kept by a meeting in either direction', () => {
    const visit = ev('2020-02-01', '042', 'PRK', 'USA');
    expect(only([ev('2020-01-01', '036', 'USA', 'PRK', { mode: 'future' }), visit])).toMatchObject({
      status: 'kept',
      deciding: [visit.id],
    });
  });

  it('an agreement binds both sides: cooperation keeps it, force breaks it', () => {
    expect(only([ev('2020-01-01', '057', 'ARM', 'AZE'), ev('2020-01-20', '0871', 'AZE', 'ARM')]).status).toBe('kept');
    expect(only([ev('2020-01-01', '057', 'ARM', 'AZE'), ev('2020-01-20', '194', 'AZE', 'ARM')]).status).toBe('broken');
  });
});

describe('ledger: demands and appeals (addressee acts)', () => {
  it('keeps a demand when the addressee yields, not when the speaker does', () => {
    const release = ev('2020-04-02', '0841', 'IRNGOV', 'GBR');
    expect(only([ev('2020-03-25', '1053', 'GBRGOV', 'IRN'), release])).toMatchObject({
      status: 'kept',
      expected: 'addressee',
      deciding: [release.id],
    });
    expect(only([ev('2020-03-25', '1053', 'GBR', 'IRN'), ev('2020-04-02', '0841', 'GBR', 'IRN')]).status).toBe(
      'lapsed',
    );
    expect(only([ev('2020-03-25', '0253', 'GBR', 'IRN', { mode: 'proposed' }), release]).status).toBe('kept');
  });

  it('is defied when the addressee refuses or does it again', () => {
    const refusal = ev('2020-03-27', '1243', 'IRN', 'GBR');
    // the refusal is itself a statement (a rejection), listed second
    const l = ledger([ev('2020-03-25', '1053', 'GBR', 'IRN'), refusal]);
    expect(l.statements.map((s) => [s.rule, s.status])).toEqual([
      ['1053', 'defied'],
      ['1243', 'lapsed'],
    ]);
    expect(l.statements[0]?.deciding).toEqual([refusal.id]);
    expect(only([ev('2020-03-25', '1053', 'GBR', 'IRN'), ev('2020-03-28', '173', 'IRN', 'GBR')]).status).toBe('defied');
  });

  it('a ceasefire demand reaches the addressee’s deeds against anyone, but not against itself', () => {
    const strike = ev('2020-05-03', '195', 'ISRMIL', 'PSE');
    expect(only([ev('2020-05-01', '107', 'IGOUNO', 'ISR'), strike])).toMatchObject({
      status: 'defied',
      deciding: [strike.id],
    });
    expect(
      only([ev('2020-05-01', '107', 'IGOUNO', 'ISR'), ev('2020-05-02', '0871', 'ISRGOV', 'PSE'), strike]).status,
    ).toBe('kept');
    expect(only([ev('2020-05-01', '107', 'IGOUNO', 'ISR'), ev('2020-05-02', '190', 'ISROPP', 'ISRGOV')]).status).toBe(
      'lapsed',
    );
  });
});

describe('ledger: threats and rejections', () => {
  it('a threat is kept when carried out, broken when the speaker backs down', () => {
    const shelling = ev('2020-06-10', '194', 'RUSMIL', 'UKR');
    expect(only([ev('2020-06-01', '1384', 'RUSGOV', 'UKR'), shelling])).toMatchObject({
      status: 'kept',
      kind: 'threat',
      deciding: [shelling.id],
    });
    expect(only([ev('2020-06-01', '1384', 'RUS', 'UKR'), ev('2020-06-05', '0871', 'RUS', 'UKR')]).status).toBe(
      'broken',
    );
    // the threatened party striking first does not carry out the threat
    expect(only([ev('2020-06-01', '1384', 'RUS', 'UKR'), ev('2020-06-05', '194', 'UKR', 'RUS')]).status).toBe('lapsed');
    expect(only([ev('2020-06-01', '1312', 'USA', 'VEN'), ev('2020-07-01', '163', 'USAGOV', 'VENGOV')]).status).toBe(
      'kept',
    );
  });

  it('a deed earlier in the same story on the same day does not carry out a later threat', () => {
    const before = ev('2020-06-01', '190', 'ISR', 'LBN', { story_id: 'x', sentence_index: 0 });
    const threat = ev('2020-06-01', '138', 'ISR', 'LBN', { story_id: 'x', sentence_index: 1 });
    expect(only([before, threat]).status).toBe('lapsed');
    const after = ev('2020-06-01', '190', 'ISR', 'LBN', { story_id: 'x', sentence_index: 2 });
    expect(only([before, threat, after])).toMatchObject({ status: 'kept', deciding: [after.id] });
    // the same sentence coded as both a threat and an attack is not its own proof
    const same = ev('2020-06-01', '193', 'ISR', 'LBN', { story_id: 'x', sentence_index: 1 });
    expect(only([threat, same]).status).toBe('lapsed');
  });

  it('a rejection is broken when the rejecter yields after all', () => {
    expect(only([ev('2020-01-01', '1243', 'IRN', 'GBR'), ev('2020-02-01', '0841', 'IRN', 'GBR')])).toMatchObject({
      status: 'broken',
      kind: 'rejection',
    });
    expect(only([ev('2020-01-01', '125', 'IRN', 'USA'), ev('2020-02-01', '046', 'USA', 'IRN')]).status).toBe('broken');
  });
});

describe('ledger: windows, modes, dedup, summaries', () => {
  it('counts deeds up to the window end inclusive; open while the window runs at as-of, lapsed after', () => {
    const promise = ev('2020-01-01', '0333', 'DEU', 'SYR');
    expect(only([promise, ev('2020-03-31', '073', 'DEU', 'SYR')], { windowDays: 90 })).toMatchObject({
      status: 'kept',
      window_end: '2020-03-31',
    });
    expect(only([promise, ev('2020-04-01', '073', 'DEU', 'SYR')], { windowDays: 90 }).status).toBe('lapsed');
    expect(only([promise], { asOf: '2020-03-30' }).status).toBe('open');
    expect(only([promise], { asOf: '2020-03-31' }).status).toBe('lapsed');
    // a deed after as-of is not known yet
    expect(only([promise, ev('2020-02-01', '073', 'DEU', 'SYR')], { asOf: '2020-01-15' }).status).toBe('open');
    expect(only([promise, ev('2020-04-01', '073', 'DEU', 'SYR')], { windowDays: 120 }).status).toBe('kept');
    // as-of defaults to the latest event day
    expect(buildLedger([promise, ev('2020-02-01', '010', 'DEU', 'FRA')]).statements[0]?.status).toBe('open');
  });

  it('only statements that were made and deeds that happened count', () => {
    for (const mode of ['negated', 'hypothetical', 'alleged'])
      expect(ledger([ev('2020-01-01', '0331', 'USA', 'IRQ', { mode })]).statements, mode).toHaveLength(0);
    for (const mode of ['future', 'negated', 'hypothetical', 'proposed'])
      expect(
        only([ev('2020-01-01', '0331', 'USA', 'IRQ'), ev('2020-01-05', '071', 'USA', 'IRQ', { mode })]).status,
        mode,
      ).toBe('lapsed');
    expect(
      only([ev('2020-01-01', '0331', 'USA', 'IRQ'), ev('2020-01-05', '071', 'USA', 'IRQ', { mode: 'alleged' })]).status,
    ).toBe('kept');
    // no addressee, a party talking to itself, or a code that commits nothing: no statement
    expect(
      ledger([
        ev('2020-01-01', '0331', 'USA', null),
        ev('2020-01-01', '0331', 'USAGOV', 'USAOPP'),
        ev('2020-01-01', '112', 'USA', 'IRN'),
      ]).statements,
    ).toEqual([]);
  });

  it('counts the same statement reported by several outlets once, with all its reports', () => {
    const reports = [
      ev('2020-01-01', '0331', 'JPN', 'LKA', { story_id: 'a' }),
      ev('2020-01-02', '033', 'JPNGOV', 'LKA', { story_id: 'b' }),
      ev('2020-01-02', '0331', 'JPN', 'LKAGOV', { story_id: 'c' }),
      ev('2020-01-04', '0331', 'JPN', 'LKA', { story_id: 'd' }),
      ev('2020-01-20', '0331', 'JPN', 'LKA', { story_id: 'e' }),
    ];
    const l = ledger([...reports, ev('2020-02-01', '071', 'JPN', 'LKA')]);
    expect(l.statements.map((s) => [s.date, s.last_date, s.rule, s.events.length, s.stories])).toEqual([
      ['2020-01-01', '2020-01-04', '0331', 3, ['a', 'c', 'd']],
      ['2020-01-02', '2020-01-02', '033', 1, ['b']],
      ['2020-01-20', '2020-01-20', '0331', 1, ['e']],
    ]);
    expect(l.statements.every((s) => s.status === 'kept')).toBe(true);
    expect(ledger(reports, { dedupDays: 30 }).statements).toHaveLength(2);
  });

  it('filters statements by party and dates; deeds beyond --until still count', () => {
    const events = [
      ev('2020-01-01', '0331', 'USA', 'IRQ'),
      ev('2020-01-05', '1053', 'GBR', 'IRN'),
      ev('2020-03-01', '138', 'IRN', 'USA'),
      ev('2020-03-10', '071', 'USA', 'IRQ'),
    ];
    expect(ledger(events, { a: 'USA' }).statements.map((s) => s.rule)).toEqual(['0331', '138']);
    expect(ledger(events, { a: 'irn', b: 'usa' }).statements.map((s) => s.rule)).toEqual(['138']);
    expect(ledger(events, { a: 'USA', b: 'GBR' }).statements).toEqual([]);
    const until = ledger(events, { until: '2020-01-31' });
    expect(until.statements.map((s) => [s.rule, s.status])).toEqual([
      ['0331', 'kept'],
      ['1053', 'lapsed'],
    ]);
    expect(ledger(events, { since: '2020-02-01' }).statements.map((s) => s.rule)).toEqual(['138']);
  });

  it('summarises per pair and per actor, with the share of words followed by deeds', () => {
    const l = ledger(
      [
        ev('2020-01-01', '0331', 'USA', 'IRQ'),
        ev('2020-01-10', '071', 'USA', 'IRQ'),
        ev('2020-02-01', '0332', 'USA', 'IRQ'),
        ev('2020-03-01', '1053', 'USA', 'IRQ'),
        ev('2020-03-05', '1243', 'IRQ', 'USA'),
        ev('2021-12-01', '036', 'USA', 'IRQ'),
      ],
      {},
    );
    // 0331 kept, 0332 lapsed, 1053 defied, 036 open; IRQ's refusal (1243) is itself a rejection, lapsed
    expect(l.totals).toEqual({ statements: 5, kept: 1, broken: 0, defied: 1, open: 1, lapsed: 2, followed: 0.25 });
    expect(l.pairs).toEqual([
      {
        source: 'USA',
        target: 'IRQ',
        statements: 4,
        kept: 1,
        broken: 0,
        defied: 1,
        open: 1,
        lapsed: 1,
        followed: 0.333,
      },
      { source: 'IRQ', target: 'USA', statements: 1, kept: 0, broken: 0, defied: 0, open: 0, lapsed: 1, followed: 0 },
    ]);
    const usa = l.actors.find((x) => x.actor === 'USA');
    const irq = l.actors.find((x) => x.actor === 'IRQ');
    expect(usa?.spoke).toEqual({ statements: 4, kept: 1, broken: 0, defied: 1, open: 1, lapsed: 1, followed: 0.333 });
    // USA owed its promises and the meeting; IRQ owed the release, the meeting and its own refusal
    expect(usa?.owed).toEqual({ statements: 3, kept: 1, broken: 0, defied: 0, open: 1, lapsed: 1, followed: 0.5 });
    expect(irq?.owed).toEqual({ statements: 3, kept: 0, broken: 0, defied: 1, open: 1, lapsed: 1, followed: 0 });
  });

  it('matches parties at country level; organisations by their six-letter code', () => {
    expect(partyOf('USAGOVMIL', 'USA')).toBe('USA');
    expect(partyOf('IGOUNOWFP', 'IGO')).toBe('IGOUNO');
    expect(partyOf('IGO', 'IGO')).toBe('IGO');
    expect(partyOf('CVL', null)).toBeNull();
    expect(
      only([
        ev('2020-01-01', '0333', 'IGOUNOWFP', 'SDN', { source_country: 'IGO' }),
        ev('2020-01-09', '073', 'IGOUNO', 'SDNGOV', { source_country: 'IGO' }),
      ]).status,
    ).toBe('kept');
    expect(
      only([
        ev('2020-01-01', '0333', 'IGOUNO', 'SDN', { source_country: 'IGO' }),
        ev('2020-01-09', '073', 'IGOEUN', 'SDN', { source_country: 'IGO' }),
      ]).status,
    ).toBe('lapsed');
  });

  it('parses windows', () => {
    expect(parseWindow('90d')).toBe(90);
    expect(parseWindow('90')).toBe(90);
    expect(parseWindow('12w')).toBe(84);
    expect(parseWindow('6m')).toBe(180);
    expect(parseWindow('1y')).toBe(365);
    expect(parseWindow('0d')).toBeNull();
    expect(parseWindow('soon')).toBeNull();
  });
});

/** Invented stories, written for this test. */
const STORIES: readonly Story[] = [
  {
    id: 'aid-offer',
    date: '2021-03-01',
    text: 'Japan pledged to provide economic aid to Sri Lanka on Monday. The offer came after floods destroyed roads in the south of the island.',
  },
  {
    id: 'aid-offer-2',
    date: '2021-03-02',
    text: 'Japan promised to provide economic aid to Sri Lanka, officials said on Tuesday.',
  },
  {
    id: 'threat',
    date: '2021-05-03',
    text: 'The president of Chad threatened to attack Sudan. He accused rebels of crossing the border from Darfur.',
  },
  {
    id: 'aid-given',
    date: '2021-04-16',
    text: 'Japan gave 50 million dollars in economic aid to Sri Lanka on Friday. Officials in Colombo said the money would rebuild bridges.',
  },
  {
    id: 'attack',
    date: '2021-06-08',
    text: 'Chadian troops shelled Sudanese border villages on Tuesday. Residents fled toward the nearest town.',
  },
];

describe('ledger over events coded from story text', () => {
  const coder = createCoder();
  const records: { e: EventRecord; date: string | null }[] = [];
  for (const s of STORIES) {
    const r = coder.codeStory(s);
    if (r.status !== 'coded') throw new Error(`${s.id} failed to code`);
    for (const e of r.events) records.push({ e, date: s.date });
  }

  it('codes the stories as the test needs', () => {
    const seen = records.map(({ e }) => `${e.story_id} ${e.cameo} ${e.mode} ${e.source?.country}>${e.target?.country}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'aid-offer 033 proposed JPN>LKA',
        'aid-given 071 asserted JPN>LKA',
        'threat 1384 asserted TCD>SDN',
        'attack 194 asserted TCD>SDN',
      ]),
    );
  });

  it('finds the offer kept by the aid and the threat carried out by the shelling', () => {
    const events = records.map(({ e, date }) => fromRecord(e, date)).filter((x): x is LedgerEvent => x !== null);
    const l = buildLedger(events, { asOf: '2021-12-31' });
    const offer = l.statements.find((s) => s.source === 'JPN');
    const threat = l.statements.find((s) => s.source === 'TCD' && s.kind === 'threat');
    expect(offer).toMatchObject({
      status: 'kept',
      cameo: '033',
      target: 'LKA',
      events: ['aid-offer:0:0', expect.stringMatching(/^aid-offer-2:/)],
      deciding: ['aid-given:0:0'],
    });
    expect(offer?.sentence).toMatch(/^Japan pledged/);
    expect(threat).toMatchObject({
      status: 'kept',
      cameo: '1384',
      target: 'SDN',
      deciding: ['attack:0:0'],
      deed: { cameo: '194', day: '2021-06-08' },
    });
    // as of the day before the shelling, the threat was still open
    const earlier = buildLedger(events, { asOf: '2021-06-07' });
    expect(earlier.statements.find((s) => s.kind === 'threat')?.status).toBe('open');
  });
});
