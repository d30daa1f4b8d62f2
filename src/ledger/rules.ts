/**
 * The words-and-deeds table: for each verbal CAMEO code that commits, asks or warns (promises and
 * offers 03x, agreements 057, appeals 02x, demands 10x, rejections 12x, threats 13x), the deeds that
 * settle it, the deeds that contradict it, and who is expected to act. Built from the CAMEO codebook's
 * own pairing of verbal and material codes (0311 "intent to cooperate economically" ↔ 061
 * "cooperate economically", 1053 "demand release" ↔ 0841 "release persons", 1384 "threaten
 * conventional attack" ↔ 19x "fight"...).
 *
 * Reading a row:
 * - `code`: the statement code; it also covers its more specific codes that have no row of their own
 *   (`ruleFor('0231')` is the 023 row when 0231 has none). Codes not covered (01, 04, 05 except 057,
 *   09, 11, 128, 129) are not commitments: they are never ledger statements.
 * - `actor`: who must act. `speaker` (the statement's source) for promises, offers, threats and
 *   rejections; `addressee` (its target) for appeals and demands; `either` for symmetric
 *   commitments (meeting, agreements): a deed between the two in either direction counts.
 * - `reach`: `counterpart` (default): the deed must be aimed at the other party of the statement
 *   (speaker → addressee, or addressee → speaker). `any`: the acting party's deed counts whatever its
 *   target (a demanded ceasefire is declared to whoever is being fought, not to the demander).
 * - `kept`: CAMEO code prefixes of the deeds that fulfil the statement (for a threat: that carry it
 *   out; for a rejection: that act on it).
 * - `contrary`: prefixes of the deeds that contradict it. For a promise or a threat the result is
 *   `broken` (the speaker did the opposite: attacked instead of aiding, backed down instead of
 *   striking); for an appeal or a demand it is `defied` (the addressee refused, or did again the thing
 *   it was asked to stop); for a rejection it is `broken` (the rejecter yielded after all).
 *
 * Deeds are events that happened (mode asserted or alleged). Meetings (04x), diplomatic cooperation
 * (05x) and 12x rejections are verbal in quad-class terms but are acts in themselves, so they can
 * settle a statement.
 */

export type LedgerKind = 'promise' | 'agreement' | 'appeal' | 'demand' | 'threat' | 'rejection';
export type ExpectedActor = 'speaker' | 'addressee' | 'either';
export type DeedReach = 'counterpart' | 'any';
/** What a contradicting deed makes of the statement. */
export type ContraryStatus = 'broken' | 'defied';

export interface LedgerRule {
  readonly code: string;
  readonly kind: LedgerKind;
  readonly actor: ExpectedActor;
  readonly reach: DeedReach;
  readonly kept: readonly string[];
  readonly contrary: readonly string[];
  /** Why these deeds, in a line. */
  readonly why: string;
}

const FORCE = ['18', '19', '20'];
/** Hostile deeds that undo any promise of cooperation. */
const HOSTILE = ['16', '17', '18', '19', '20'];

type Row = readonly [
  code: string,
  kept: readonly string[],
  contrary: readonly string[],
  why: string,
  reach?: DeedReach,
];

function rows(kind: LedgerKind, actor: ExpectedActor, list: readonly Row[]): LedgerRule[] {
  return list.map(([code, kept, contrary, why, reach]) => ({
    code,
    kind,
    actor,
    reach: reach ?? 'counterpart',
    kept,
    contrary,
    why,
  }));
}

/** 03x: the speaker says it will do something for the addressee; kept when it does, broken when it turns hostile or refuses. */
const PROMISES = rows('promise', 'speaker', [
  [
    '030',
    ['06', '07', '08'],
    [...HOSTILE, '12'],
    'intent to cooperate: any material cooperation, aid or concession to the addressee keeps it',
  ],
  ['031', ['06'], [...HOSTILE, '121'], 'intent to cooperate materially: 06x material cooperation'],
  [
    '0311',
    ['061'],
    [...HOSTILE, '1211'],
    'intent to cooperate economically: 061 cooperate economically; 1211 reject economic cooperation breaks it',
  ],
  ['0312', ['062'], [...HOSTILE, '1212'], 'intent to cooperate militarily: 062 cooperate militarily'],
  ['0313', ['063'], [...HOSTILE, '121'], 'intent to cooperate on judicial matters: 063 judicial cooperation'],
  ['0314', ['064'], [...HOSTILE, '121'], 'intent to cooperate on intelligence: 064 share intelligence'],
  [
    '032',
    ['05'],
    [...HOSTILE, '12'],
    'intent to give diplomatic support: 05x diplomatic cooperation (praise, support, recognition)',
  ],
  [
    '033',
    ['07'],
    [...FORCE, '162', '122'],
    'intent to give aid: 07x aid; 162 stopping aid or 122 refusing it breaks it',
  ],
  ['0331', ['071'], [...FORCE, '1621', '1221'], 'intent to give economic aid: 071 economic aid'],
  ['0332', ['072'], [...FORCE, '1622', '1222'], 'intent to give military aid: 072 military aid'],
  ['0333', ['073'], [...FORCE, '1623', '1223'], 'intent to give humanitarian aid: 073 humanitarian aid'],
  [
    '0334',
    ['074'],
    [...FORCE, '1661', '1224'],
    'intent to give protection or peacekeeping: 074; withdrawing peacekeepers (1661) breaks it',
  ],
  [
    '034',
    ['083'],
    ['123', '172', '175'],
    'intent to reform: 083 acceding to reform; refusing reform or repressing breaks it',
  ],
  ['0341', ['0831'], ['1231'], 'intent to change leadership: 0831'],
  ['0342', ['0832'], ['1232'], 'intent to change policy: 0832'],
  ['0343', ['0833'], ['1233', '1721'], 'intent to grant rights: 0833; restricting freedoms (1721) breaks it'],
  ['0344', ['0834'], ['1234'], 'intent to change institutions: 0834'],
  ['035', ['08'], ['124', ...HOSTILE], 'intent to yield: any 08x concession'],
  ['0351', ['081'], ['1241', '172'], 'intent to ease administrative sanctions: 081; imposing them (172) breaks it'],
  ['0352', ['082'], ['1242', '175'], 'intent to ease popular dissent: 082; violent repression (175) breaks it'],
  [
    '0353',
    ['084'],
    ['1243', '173', '181'],
    'intent to release persons or property: 084 release; new arrests or abductions break it',
  ],
  ['0354', ['085'], ['1244', '163'], 'intent to ease sanctions: 085; new sanctions (163) break it'],
  [
    '0355',
    ['086'],
    ['1245', '166'],
    'intent to allow international involvement: 086; expelling observers (166) breaks it',
  ],
  ['0356', ['087'], ['1246', ...FORCE], 'intent to de-escalate: 087 de-escalation; force (18-20) breaks it'],
  [
    '036',
    ['04'],
    ['125', '164'],
    'intent to meet or negotiate: a 04x meeting between the two; 125 refusing to meet or 164 halting talks breaks it',
  ],
  [
    '037',
    ['057'],
    ['127', ...FORCE],
    'intent to settle: 057 signing an agreement; 127 rejecting the settlement or force breaks it',
  ],
  [
    '038',
    ['04'],
    ['126'],
    'intent to accept mediation: consulting (04x) with the mediator; 126 rejecting mediation breaks it',
  ],
  ['039', ['045'], ['165'], 'intent to mediate: 045 mediating; 165 halting mediation breaks it'],
]).map((r) => (r.code === '036' || r.code === '037' || r.code === '038' ? { ...r, actor: 'either' as const } : r));

/** 057: a signed agreement binds both sides: the cooperation it promises, or the hostility it forswears. */
const AGREEMENTS = rows('agreement', 'either', [
  [
    '057',
    ['06', '07', '08'],
    ['12', '16', ...FORCE],
    'signed agreement: cooperation (06x), aid (07x) or concessions (08x) between the parties keep it; rejection (12x), reduced relations (16x) or force break it',
  ],
]);

/**
 * Appeals (02x) and demands (10x) share one shape: the addressee is expected to yield. Defied when it
 * rejects (12x) or does again what it was asked to stop.
 */
function asks(kind: 'appeal' | 'demand', p: string): LedgerRule[] {
  const d = (c: string) => `${p}${c}`;
  const ask = kind === 'appeal' ? 'appeal' : 'demand';
  return rows(kind, 'addressee', [
    [d('0'), ['06', '07', '08'], ['12'], `${ask} (unspecified): any cooperation, aid or concession from the addressee`],
    [d('1'), ['06'], ['121', '16'], `${ask} for material cooperation: 06x`],
    [d('11'), ['061'], ['1211', '16'], `${ask} for economic cooperation: 061`],
    [d('12'), ['062'], ['1212', '16'], `${ask} for military cooperation: 062`],
    [d('13'), ['063'], ['121', '16'], `${ask} for judicial cooperation: 063`],
    [d('14'), ['064'], ['121', '16'], `${ask} for intelligence: 064`],
    [d('2'), ['05'], ['12', '16'], `${ask} for policy support: 05x diplomatic cooperation`],
    [d('3'), ['07'], ['122', '162'], `${ask} for aid: 07x; 122 refusal or 162 cutting aid defies it`],
    [d('31'), ['071'], ['1221', '1621'], `${ask} for economic aid: 071`],
    [d('32'), ['072'], ['1222', '1622'], `${ask} for military aid: 072`],
    [d('33'), ['073'], ['1223', '1623'], `${ask} for humanitarian aid: 073`],
    [d('34'), ['074'], ['1224', '1661'], `${ask} for protection or peacekeeping: 074`],
    [
      d('4'),
      ['083'],
      ['123', '172', '175'],
      `${ask} for political reform: 083; refusal or repression defies it`,
      'any',
    ],
    [d('41'), ['0831'], ['1231'], `${ask} for change in leadership: 0831`, 'any'],
    [d('42'), ['0832'], ['1232'], `${ask} for policy change: 0832`, 'any'],
    [d('43'), ['0833'], ['1233', '1721'], `${ask} for rights: 0833; restricting freedoms (1721) defies it`, 'any'],
    [d('44'), ['0834'], ['1234'], `${ask} for change in institutions: 0834`, 'any'],
    [d('5'), ['08'], ['124'], `${ask} that the target yield: any 08x concession`],
    [d('51'), ['081'], ['1241', '172'], `${ask} to ease administrative sanctions: 081; new ones (172) defy it`, 'any'],
    [d('52'), ['082'], ['1242', '175'], `${ask} to ease dissent: 082; violent repression (175) defies it`, 'any'],
    [
      d('53'),
      ['084'],
      ['1243', '173', '181'],
      `${ask} for release of persons or property: 084 release; new arrests or abductions defy it`,
    ],
    [d('54'), ['085'], ['1244', '163'], `${ask} to ease sanctions: 085; new sanctions (163) defy it`],
    [
      d('55'),
      ['086'],
      ['1245', '166'],
      `${ask} to allow international involvement: 086; expelling observers (166) defies it`,
    ],
    [
      d('56'),
      ['087'],
      ['1246', ...FORCE],
      `${ask} to de-escalate: 087; further force (18-20), against anyone, defies it`,
      'any',
    ],
  ]);
}

const APPEALS: LedgerRule[] = [
  ...asks('appeal', '02'),
  ...rows('appeal', 'either', [
    [
      '026',
      ['04'],
      ['125', '164'],
      'appeal to meet or negotiate: a 04x meeting between the two; 125 or 164 by the addressee defies it',
    ],
    [
      '027',
      ['057'],
      ['127'],
      'appeal to settle: 057 agreement between the two; 127 rejecting the settlement defies it',
    ],
  ]),
  ...rows('appeal', 'addressee', [
    [
      '028',
      ['045', '038'],
      ['126'],
      'appeal to accept or engage in mediation: 045 mediating or 038 accepting; 126 rejecting mediation defies it',
      'any',
    ],
  ]),
];

const DEMANDS: LedgerRule[] = [
  ...asks('demand', '10'),
  ...rows('demand', 'addressee', [
    [
      '106',
      ['0874', '0873', '166'],
      ['192', '19', '1246'],
      'demand withdrawal: 0874 retreat, 0873 demobilise or 166 withdraw; occupying (192) or fighting on (19x) defies it',
      'any',
    ],
    [
      '107',
      ['0871'],
      ['196', ...FORCE, '1246'],
      'demand ceasefire: 0871 truce; violating the ceasefire or further force (18-20) defies it',
      'any',
    ],
  ]),
  ...rows('demand', 'either', [
    ['108', ['04'], ['125', '164'], 'demand a meeting: a 04x meeting between the two; 125 refusing to meet defies it'],
  ]),
];

/** 13x: the speaker warns it will act against the addressee; "kept" means carried out, "broken" means it backed down. */
const THREATS = rows('threat', 'speaker', [
  [
    '130',
    HOSTILE,
    ['08'],
    'threat (unspecified): any coercive deed (16-20) carries it out; a concession (08x) to the addressee backs down',
  ],
  ['131', ['16'], ['085', '07'], 'threat of non-force measures: 16x reduced relations'],
  ['1311', ['162'], ['07'], 'threat to cut aid: 162 stopping aid; aid given (07x) backs down'],
  ['1312', ['163'], ['085'], 'threat of sanctions: 163 sanctions; easing sanctions (085) backs down'],
  ['1313', ['161'], [], 'threat to reduce or break relations: 161'],
  ['132', ['172'], ['081'], 'threat of administrative sanctions: 172; easing them (081) backs down', 'any'],
  ['1321', ['1721'], ['0811'], 'threat to restrict political freedoms: 1721', 'any'],
  ['1322', ['1722'], ['0812'], 'threat to ban parties or politicians: 1722', 'any'],
  ['1323', ['1723'], ['0813'], 'threat of curfew: 1723', 'any'],
  ['1324', ['1724'], ['0814'], 'threat of emergency or martial law: 1724', 'any'],
  ['133', ['14'], [], 'threat of protest: 14x protest'],
  ['134', ['164'], ['046'], 'threat to halt negotiations: 164; negotiating on (046) backs down'],
  ['135', ['165'], ['045'], 'threat to halt mediation: 165; mediating on (045) backs down'],
  ['136', ['166'], ['086'], 'threat to halt international involvement: 166 expelling or withdrawing'],
  ['137', ['175'], ['082'], 'threat of violent repression: 175; easing dissent (082) backs down', 'any'],
  ['138', FORCE, ['087'], 'threat of force: 18-20 carries it out; de-escalating (087) backs down'],
  ['1381', ['191'], ['0872'], 'threat of blockade: 191 blockade; easing the blockade (0872) backs down'],
  ['1382', ['192'], ['0874'], 'threat of occupation: 192 occupying territory; retreating (0874) backs down'],
  ['1383', ['18', '19'], ['087'], 'threat of unconventional violence: 18x assault (or 19x force)'],
  ['1384', ['19', '18'], ['087'], 'threat of conventional attack: 19x fighting (or 18x assault)'],
  ['1385', ['204'], ['087'], 'threat of attack with weapons of mass destruction: 204x'],
  [
    '139',
    ['15', ...HOSTILE],
    ['08'],
    'ultimatum: mobilising (15x) or any coercion (16-20) carries it out; a concession backs down',
  ],
]);

/** 12x: the speaker refuses; "kept" when it acts on the refusal, "broken" when it yields after all. */
const REJECTIONS = rows('rejection', 'speaker', [
  [
    '120',
    ['16'],
    ['08'],
    'rejection (unspecified): reduced relations (16x) act on it; a later concession (08x) undoes it',
  ],
  ['121', ['16'], ['06'], 'rejecting material cooperation: 16x; cooperating after all (06x) undoes it'],
  ['1211', ['16'], ['061'], 'rejecting economic cooperation: 061 after all undoes it'],
  ['1212', ['16'], ['062'], 'rejecting military cooperation: 062 after all undoes it'],
  ['122', ['162'], ['07'], 'rejecting a request for aid: 162 cutting aid; giving aid (07x) undoes it'],
  ['1221', ['1621'], ['071'], 'rejecting a request for economic aid: 071 after all undoes it'],
  ['1222', ['1622'], ['072'], 'rejecting a request for military aid: 072 after all undoes it'],
  ['1223', ['1623'], ['073'], 'rejecting a request for humanitarian aid: 073 after all undoes it'],
  ['1224', ['1661'], ['074'], 'rejecting a request for protection: 074 after all undoes it'],
  ['123', ['172'], ['083'], 'rejecting reform: 083 acceding after all undoes it', 'any'],
  ['1231', [], ['0831'], 'rejecting a change of leadership: 0831 undoes it', 'any'],
  ['1232', [], ['0832'], 'rejecting a policy change: 0832 undoes it', 'any'],
  ['1233', ['1721'], ['0833'], 'rejecting rights: 1721 restricting freedoms acts on it; 0833 undoes it', 'any'],
  ['1234', [], ['0834'], 'rejecting institutional change: 0834 undoes it', 'any'],
  ['124', ['17'], ['08'], 'refusing to yield: coercion (17x) acts on it; any concession (08x) undoes it'],
  ['1241', ['172'], ['081'], 'refusing to ease administrative sanctions: 172 acts on it; 081 undoes it', 'any'],
  ['1242', ['175'], ['082'], 'refusing to ease dissent: 175 acts on it; 082 undoes it', 'any'],
  ['1243', ['173'], ['084'], 'refusing to release: further detention (173) acts on it; 084 release undoes it'],
  ['1244', ['163'], ['085'], 'refusing to ease sanctions: 163 acts on it; 085 easing undoes it'],
  ['1245', ['166'], ['086'], 'refusing international involvement: 166 acts on it; 086 allowing it undoes it'],
  ['1246', FORCE, ['087'], 'refusing to de-escalate: force (18-20) acts on it; 087 de-escalating undoes it'],
  ['125', ['164'], ['04'], 'rejecting a meeting: 164 halting talks acts on it; a meeting (04x) after all undoes it'],
  ['126', ['165'], ['045'], 'rejecting mediation: 165 acts on it; 045 mediation after all undoes it'],
  ['127', ['16', ...FORCE], ['057'], 'rejecting a settlement: hostility acts on it; signing (057) after all undoes it'],
]).map((r) => (r.code === '125' || r.code === '127' ? { ...r, actor: 'either' as const } : r));

/** Every row, keyed by statement code. */
export const LEDGER_RULES: ReadonlyMap<string, LedgerRule> = new Map(
  [...PROMISES, ...AGREEMENTS, ...APPEALS, ...DEMANDS, ...THREATS, ...REJECTIONS].map((r) => [
    r.code,
    Object.freeze(r),
  ]),
);

/** The rule for a statement code: its own row, else its nearest ancestor's (0231 → 023), else none. */
export function ruleFor(code: string): LedgerRule | undefined {
  for (let n = code.length; n >= 3; n--) {
    const r = LEDGER_RULES.get(code.slice(0, n));
    if (r) return r;
  }
  return undefined;
}

/** Does a deed code fall under one of these prefixes? */
export function matchesAny(code: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (code.startsWith(p)) return true;
  return false;
}

/** What a contradicting deed makes of a statement of this kind. */
export function contraryStatus(kind: LedgerKind): ContraryStatus {
  return kind === 'appeal' || kind === 'demand' ? 'defied' : 'broken';
}

/** The CAMEO roots a ledger needs from the store: statements and every deed a rule names. */
export function ledgerRoots(): string[] {
  const roots = new Set<string>();
  for (const r of LEDGER_RULES.values()) {
    roots.add(r.code.slice(0, 2));
    for (const p of [...r.kept, ...r.contrary]) roots.add(p.slice(0, 2));
  }
  return [...roots].sort();
}
