#!/usr/bin/env node
// The draw that fixed the hand-coded corpus's test split before any story was coded.
//
//   node scripts/gold-draw.mjs [--seed 20261207] [--json]
//
// Eligible: every story of ../shared/corpus/wikinews/bench.jsonl with at most 10,000 characters of text
// (longer ones are interviews and month-long round-ups) that is not a page stub. The 20 stories of the
// old development set go to train (the coder was tuned on them). The others are shuffled with a seeded
// Fisher-Yates (mulberry32); the first TEST_CANDIDATES are test candidates, the first AGREEMENT of those
// are coded twice, independently. A candidate with no political actor is left out of the corpus; the
// political ones form the test split. Deterministic: the same seed and corpus give the same draw.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const sharedDir = process.env.DYADIC_SHARED ?? path.resolve(repoRoot, '..', 'shared');

export const SEED = 20261207;
export const MAX_CHARS = 10_000;
export const TEST_CANDIDATES = 120;
export const AGREEMENT = 24;
/** The 20 stories of the old development set (the coder was tuned on them): always train. */
export const OLD_DEV = [
  'gum:GUM_news_korea',
  'semeval15t4:87805',
  'wn:Belarussian_opposition_presidential_candidate_Sviatlana_Tsikhanouskaya_holds_major_rally_in_Minsk',
  'wn:Benin,_Nigeria_join_African_Union_continental_free_trade_bloc',
  'wn:Bombs_kill_at_least_20_at_cathedral_in_Mindanao,_Philippines',
  'wn:Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement',
  'wn:Car_bomb_ramming_attack_kills_dozens_at_military_base_in_Maidan_Wardak,_Afghanistan',
  "wn:Germany_bans_Mahan_Air_of_Iran,_citing_'security'",
  'wn:Germany_says_Alexei_Navalny_poisoned_with_Novichok',
  "wn:Iran_issues_arrest_warrants_for_36_people,_including_US_President_Trump;_seeks_Interpol's_aid",
  "wn:Kurds_announce_deal_with_Assad's_government_as_Turkey_invades_Syria's_northeast",
  'wn:Mokha,_Yemen_bomb_kills_photojournalist,_at_least_five_others',
  'wn:Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks',
  'wn:Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue',
  'wn:Serbian_protesters_try_to_storm_Parliament;_fourth_day_of_protests',
  'wn:Thai_political_party_withdraws_nomination_of_princess_for_prime_minister',
  "wn:UK_urges_US_to_waive_immunity_for_diplomat's_wife_involved_in_fatal_collision",
  'wn:US_President_Trump_announces_troop_withdrawal_from_Syria',
  'wn:US_announces_restrictions_on_flying_to_Cuba',
  'wn:United_States_military_kills_Qasem_Soleimani',
];

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function draw(seed = SEED) {
  const stories = fs
    .readFileSync(path.join(sharedDir, 'corpus', 'wikinews', 'bench.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const devIds = new Set(OLD_DEV);
  const long = stories.filter((s) => s.text.length > MAX_CHARS).map((s) => s.id);
  const stub = stories.filter((s) => /^TEST PAGE/i.test(s.title ?? '')).map((s) => s.id);
  const eligible = stories
    .filter((s) => s.text.length <= MAX_CHARS && !stub.includes(s.id) && !devIds.has(s.id))
    .map((s) => s.id)
    .sort();
  const rnd = mulberry32(seed);
  const order = eligible.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return {
    seed,
    long,
    stub,
    dev: OLD_DEV.slice(),
    testCandidates: order.slice(0, TEST_CANDIDATES),
    agreement: order.slice(0, AGREEMENT),
    trainCandidates: order.slice(TEST_CANDIDATES),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--seed');
  const d = draw(i >= 0 ? Number(args[i + 1]) : SEED);
  if (args.includes('--json')) console.log(JSON.stringify(d, null, 1));
  else
    console.log(
      `seed ${d.seed}: ${d.testCandidates.length} test candidates (${d.agreement.length} coded twice), ` +
        `${d.trainCandidates.length} train candidates + ${d.dev.length} old dev stories; ` +
        `${d.long.length} over ${MAX_CHARS} characters and ${d.stub.length} stub set aside`,
    );
}
