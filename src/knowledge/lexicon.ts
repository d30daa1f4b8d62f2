/**
 * Closed-class words and cue words the clause and mode stages read. Data, not code paths: adding a
 * speech verb or a mode cue here needs no code change. All entries are lower-case lemmas or forms.
 */
import type { Mode } from '../core/records.js';

/** A lookup table with no prototype: "constructor" or "toString" in a text is not a key. */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Verbs that introduce reported speech: "X said (that) ...". Their subject claims the embedded events. */
export const SPEECH_VERBS: readonly string[] = [
  'say',
  'tell',
  'claim',
  'report',
  'announce',
  'state',
  'add',
  'note',
  'declare',
  'insist',
  'argue',
  'assert',
  'explain',
  'write',
  'confirm',
  'reveal',
  'disclose',
  'acknowledge',
  'admit',
  'suggest',
  'indicate',
  'estimate',
  'believe',
  'think',
  'maintain',
  'contend',
  'stress',
  'emphasize',
  'emphasise',
  'recall',
  'predict',
  'warn',
  'allege',
  'testify',
  'tweet',
  'post',
  'inform',
  'remark',
  'observe',
  'point',
  'reply',
  'respond',
  'answer',
  'quote',
  'cite',
  'conclude',
  'find',
  'show',
  'hear',
  'learn',
  'understand',
  'know',
  'expect',
  'hope',
  'fear',
];

/** Speech verbs that take the addressee as object: "told Tehran (to)", "informed the council that". */
export const ADDRESSEE_SPEECH_VERBS: readonly string[] = ['tell', 'inform', 'warn', 'assure', 'remind', 'brief'];

/** Speech verbs whose content is marked as alleged when it is an event: "claimed", "alleged". */
export const ALLEGING_SPEECH_VERBS: readonly string[] = ['allege', 'accuse'];

/** Prepositional attributions: "according to X", "X's spokesman said". */
export const ATTRIBUTION_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['quoted', 'by'],
  ['cited', 'by'],
];

/** Verbs whose infinitival complement takes their object as subject: "told/urged X to Y" (X does Y). */
export const OBJECT_CONTROL_VERBS: readonly string[] = [
  'tell',
  'urge',
  'ask',
  'order',
  'force',
  'persuade',
  'allow',
  'encourage',
  'press',
  'pressure',
  'call',
  'invite',
  'instruct',
  'direct',
  'compel',
  'require',
  'request',
  'help',
  'enable',
  'permit',
  'advise',
  'warn',
  'push',
  'want',
];

/** Mode cues. A cue inside an event's verb group (or just before it) sets the mode. */
export const MODE_CUES: Readonly<Record<string, Mode>> = table({
  will: 'future',
  shall: 'future',
  "'ll": 'future',
  wo: 'future',
  going: 'future',
  plan: 'future',
  plans: 'future',
  planned: 'future',
  intend: 'future',
  intends: 'future',
  expected: 'future',
  scheduled: 'future',
  set: 'future',
  due: 'future',
  upcoming: 'future',
  next: 'future',
  would: 'hypothetical',
  could: 'hypothetical',
  might: 'hypothetical',
  may: 'hypothetical',
  should: 'hypothetical',
  if: 'hypothetical',
  unless: 'hypothetical',
  whether: 'hypothetical',
  possible: 'hypothetical',
  possibly: 'hypothetical',
  allegedly: 'alleged',
  reportedly: 'alleged',
  purportedly: 'alleged',
  suspected: 'alleged',
  alleged: 'alleged',
  allegation: 'alleged',
  allegations: 'alleged',
  accused: 'alleged',
  apparently: 'alleged',
  rumored: 'alleged',
  offer: 'proposed',
  offered: 'proposed',
  offers: 'proposed',
  propose: 'proposed',
  proposed: 'proposed',
  proposes: 'proposed',
  proposal: 'proposed',
  suggested: 'proposed',
});

/** Words that negate the verb they stand before or inside the verb group of. */
export const NEGATIONS: readonly string[] = ['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'cannot'];

/** Verbs that negate their complement: "refused to meet", "failed to agree" (refusals are coded by patterns). */
export const NEGATING_VERBS: readonly string[] = ['fail', 'decline', 'cease', 'stop', 'halt', 'avoid'];

/**
 * Light and support verbs: "X carried out an attack", "X held talks", "X were with Y at a meeting".
 * Only through these does a clause's subject become the doer of a noun event.
 */
export const LIGHT_VERBS: readonly string[] = [
  'be',
  'have',
  'hold',
  'carry',
  'conduct',
  'launch',
  'stage',
  'make',
  'mount',
  'begin',
  'start',
  'take',
  'sit',
  'join',
  'attend',
  'participate',
  'continue',
  'resume',
  'wage',
  'order',
  'lead',
  'host',
  'give',
  'issue',
  'announce',
  'impose',
  'unleash',
  'step',
  'intensify',
  'escalate',
  'open',
  'organize',
  'organise',
  'plan',
  'end',
  'pursue',
  'perpetrate',
  'commit',
  'claim',
  'sign',
  'reach',
  'conclude',
  'agree',
  'seal',
  'offer',
  'deliver',
  'provide',
  'send',
  'extend',
  'call',
  'keep',
  'maintain',
  'declare',
  'use',
  'employ',
  'fire',
  'deploy',
  'drop',
  'unveil',
  'approve',
  'authorize',
  'authorise',
  'back',
  'support',
  'resort',
  'orchestrate',
  'mastermind',
];

/** Subordinators that open a clause whose events are hypothetical. */
export const CONDITIONAL_SUBORDINATORS: readonly string[] = ['if', 'unless', 'whether', 'once', 'before', 'until'];

/** Words that start a relative or subordinate clause. */
export const CLAUSE_OPENERS: readonly string[] = [
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'where',
  'when',
  'while',
  'because',
  'although',
  'though',
  'since',
  'after',
  'before',
  'if',
  'unless',
  'whether',
  'as',
  'until',
  'once',
];

export type PronounKind = 'person' | 'group' | 'speaker' | 'pair';

/** Pronouns and short references resolved within the story. */
export const PRONOUNS: Readonly<Record<string, PronounKind>> = table({
  he: 'person',
  him: 'person',
  his: 'person',
  she: 'person',
  her: 'person',
  they: 'group',
  them: 'group',
  their: 'group',
  we: 'speaker',
  us: 'speaker',
  our: 'speaker',
  i: 'speaker',
  my: 'speaker',
  me: 'speaker',
});

/** Phrases that refer to the two parties just named. */
export const PAIR_PHRASES: readonly (readonly string[])[] = [
  ['the', 'two', 'sides'],
  ['both', 'sides'],
  ['the', 'two', 'countries'],
  ['both', 'countries'],
  ['the', 'two', 'nations'],
  ['both', 'nations'],
  ['the', 'two', 'governments'],
  ['both', 'governments'],
  ['the', 'two', 'leaders'],
  ['both', 'leaders'],
  ['the', 'two', 'parties'],
  ['both', 'parties'],
  ['the', 'two', 'states'],
  ['the', 'two', 'neighbours'],
  ['the', 'two', 'neighbors'],
  ['the', 'two', 'adversaries'],
];

/** Prepositions after which a place name is an event location. */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in',
  'near',
  'at',
  'outside',
  'inside',
  'across',
  'around',
  'into',
  'throughout',
  'off',
  'within',
];

/** Locative adverbs that mean the dateline's place. */
export const HERE_WORDS: readonly string[] = ['here'];

/** Words for counts of casualties and arrests, mapped to the count they feed. */
export const COUNT_WORDS: Readonly<Record<string, 'killed' | 'injured' | 'arrested'>> = table({
  kill: 'killed',
  killed: 'killed',
  dead: 'killed',
  die: 'killed',
  died: 'killed',
  death: 'killed',
  deaths: 'killed',
  fatality: 'killed',
  fatalities: 'killed',
  casualty: 'injured',
  murder: 'killed',
  slay: 'killed',
  slain: 'killed',
  injure: 'injured',
  injured: 'injured',
  wound: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  injury: 'injured',
  injuries: 'injured',
  arrest: 'arrested',
  arrested: 'arrested',
  detain: 'arrested',
  detained: 'arrested',
  detention: 'arrested',
  jail: 'arrested',
  jailed: 'arrested',
  imprison: 'arrested',
  imprisoned: 'arrested',
  capture: 'arrested',
  captured: 'arrested',
  hold: 'arrested',
  held: 'arrested',
});

/** Number words and vague quantities (vague ones give a lower bound). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = table({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  several: 3,
  a: 1,
  an: 1,
  single: 1,
});

/** Lower-bound modifiers: "more than 20" = at least 21; "at least 20" = 20. */
export const MORE_THAN: readonly (readonly string[])[] = [['more', 'than'], ['over'], ['above']];

/**
 * Tokens that may introduce a date expression (besides month names, which the date stage knows);
 * chrono runs only on windows around one.
 */
export const DATE_TRIGGERS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'ago',
  'weekend',
];

/** "last week", "next month": a period word makes a date only after one of these. */
export const DATE_PERIOD_WORDS: readonly string[] = [
  'week',
  'month',
  'year',
  'weekend',
  'spring',
  'summer',
  'autumn',
  'winter',
  'fall',
];
export const DATE_PERIOD_MODIFIERS: readonly string[] = [
  'last',
  'next',
  'this',
  'past',
  'previous',
  'coming',
  'following',
  'same',
  'that',
];

/** Month names and their abbreviations, January first (the date stage's and the name finder's). */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'jan.'],
  ['february', 'feb', 'feb.'],
  ['march', 'mar', 'mar.'],
  ['april', 'apr', 'apr.'],
  ['may'],
  ['june', 'jun', 'jun.'],
  ['july', 'jul', 'jul.'],
  ['august', 'aug', 'aug.'],
  ['september', 'sep', 'sep.', 'sept', 'sept.'],
  ['october', 'oct', 'oct.'],
  ['november', 'nov', 'nov.'],
  ['december', 'dec', 'dec.'],
];
