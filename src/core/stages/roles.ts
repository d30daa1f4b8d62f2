/**
 * Stage 5, roles: who did it and to whom, decided on the dependency tree. For each coded event the
 * candidates are the sentence's actor mentions, the actors the clause rules chose (which may come from a
 * speech frame or the discourse), and "no one". Two logistic models (source, target) score each candidate
 * from the tree path between the trigger and the mention's head ("nsubj", "obl:agent", "obj", a `ccomp`
 * step up to a speech verb, ...), voice, the preposition before the mention, the side of the trigger and
 * the distance, the mention's kind, what the rules said of it, and the CAMEO root; the best candidate of
 * each side wins. Trained on the train split (`npm run train:coder`); the weights are a Float32Array
 * loaded once; only sentences that hold an event are parsed.
 */
import { cameoEntry } from '../../ontology/cameo.js';
import { type Doc, POS } from '../doc.js';
import type { Syntax } from '../syntax/index.js';
import type { ArgRef, CodedEvent } from './coding.js';
import { hashFeature } from './confidence.js';
import type { Mention, Mentions } from './mentions.js';

export interface RoleHeader {
  readonly format: 'dyadic-roles-1';
  readonly bits: number;
  readonly goldHash: string;
  readonly cv: Readonly<Record<string, number>>;
  /** Base64 of the little-endian Float32 weights (source and target share the buckets, salted by role). */
  readonly weights: string;
}

export const SOURCE = 0;
export const TARGET = 1;
const ROLE_SALT = [0x2c1b3c6d, 0x297a2d39] as const;

export function roleSlot(h: number, role: number, mask: number): number {
  return (h ^ ROLE_SALT[role as 0 | 1]) & mask;
}

export interface RoleModel {
  readonly header: RoleHeader;
  readonly weights: Float32Array;
  score(features: readonly string[], role: number): number;
  contributions(features: readonly string[], role: number): { feature: string; weight: number }[];
}

export function roleModelFromHeader(header: RoleHeader): RoleModel {
  if (header.format !== 'dyadic-roles-1') throw new Error(`role model: unknown format ${header.format}`);
  const bytes = Buffer.from(header.weights, 'base64');
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (weights.length !== 1 << header.bits)
    throw new Error(`role model: ${weights.length} weights, expected ${1 << header.bits}`);
  const mask = (1 << header.bits) - 1;
  return {
    header,
    weights,
    score(features, role) {
      let s = 0;
      for (const f of features) s += weights[roleSlot(hashFeature(f), role, mask)]!;
      return s;
    },
    contributions(features, role) {
      return features
        .map((feature) => ({ feature, weight: weights[roleSlot(hashFeature(feature), role, mask)]! }))
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    },
  };
}

/** One possible filler of a side: an actor with where it was found, or no one (`ref` null). */
export interface RoleCandidate {
  readonly ref: ArgRef | null;
  /** Mention index, or -1 (no one, or an actor from a speech frame or the discourse outside the sentence). */
  readonly mention: number;
  readonly features: readonly string[];
}

function mentionKind(m: Mention): string {
  const a = m.actors[0];
  if (m.kind === 'pronoun') return 'pron';
  if (m.kind === 'pair') return 'pair';
  if (!a) return 'none';
  if (m.person) return 'per';
  if (a.sector && !a.country) return 'desc';
  if (a.sector) return 'sec';
  return a.code === a.country ? 'cty' : 'org';
}

/** The token of span [start, end) whose head lies outside it (the phrase's head), or -1 if not parsed. */
export function spanHead(syn: Syntax, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const h = syn.head[i]!;
    if (h === -2) return -1;
    if (h < start || h >= end) return i;
  }
  return start;
}

/** Tree path from token a up to the lowest common ancestor and down to token b: "nsubj<^" means a is b's nsubj. */
export function treePath(syn: Syntax, a: number, b: number): string {
  if (a < 0 || b < 0) return 'none';
  const upB = new Map<number, number>();
  for (let x = b, d = 0; x >= 0 && d < 12; x = syn.head[x]!, d++) upB.set(x, d);
  const up: string[] = [];
  let x = a;
  let steps = 0;
  while (x >= 0 && !upB.has(x) && steps < 12) {
    up.push(syn.label(x));
    x = syn.head[x]!;
    steps++;
  }
  if (x < 0 || !upB.has(x)) return 'far';
  const down: string[] = [];
  for (let y = b; y !== x; y = syn.head[y]!) down.push(syn.label(y));
  down.reverse();
  if (up.length > 3 || down.length > 3) return `far${up.length}.${down.length}`;
  return `${up.join('<')}^${down.join('>')}`;
}

const VOICE_PASSIVE = new Set(['aux:pass', 'nsubj:pass']);

function voiceOf(syn: Syntax, t: number): string {
  if (syn.head[t] === -2) return 'np';
  for (const c of syn.children(t)) if (VOICE_PASSIVE.has(syn.label(c))) return 'pass';
  return 'act';
}

/**
 * The candidates for both sides of event `ev` of sentence [s, e), with their features. `rule` features say
 * what the clause rules chose, so the model learns when to trust them.
 */
export function roleCandidates(
  doc: Doc,
  syn: Syntax,
  ev: CodedEvent,
  mentions: Mentions,
  focus: string | null,
): RoleCandidate[] {
  const k = ev.sentence;
  const s = doc.sentStart[k]!;
  const e = doc.sentEnd[k]!;
  const t = ev.match.anchorStart;
  const root = cameoEntry(ev.code)?.root ?? '??';
  const voice = voiceOf(syn, t);
  const tl = doc.lemma[t]!;
  const trel = syn.label(t) || '-';
  const learned = ev.match.p !== undefined ? 'L' : 'P';
  const common = (f: string[]) => {
    f.push('b', `root=${root}`, `voice=${voice}`, `src=${learned}`);
  };
  const ruleTags = (start: number, end: number, actorCode: string): string[] => {
    const out: string[] = [];
    for (const [side, r] of [
      ['rs', ev.source],
      ['rt', ev.target],
    ] as const) {
      if (!r) continue;
      const same = r.start >= 0 ? r.start === start && r.end === end : start < 0 && r.actor.code === actorCode;
      if (same) out.push(`${side}=${r.how}`, `${side}|root=${root}`, side);
    }
    return out;
  };
  const out: RoleCandidate[] = [];
  // No one.
  {
    const f: string[] = [];
    common(f);
    f.push('null', `null|root=${root}`, `null|voice=${voice}`, `null|rs=${ev.source ? 'y' : 'n'}`);
    f.push(`null|rt=${ev.target ? 'y' : 'n'}`);
    out.push({ ref: null, mention: -1, features: f });
  }
  const seen = new Set<string>();
  for (let i = s; i < e; i++) {
    const mi = mentions.at[i]!;
    if (mi < 0) continue;
    const m = mentions.list[mi]!;
    i = m.end - 1;
    if (m.actors.length === 0) continue;
    const h = spanHead(syn, m.start, m.end);
    const path = treePath(syn, h, t);
    // Coarse views of the path: the mention's own relation, and how far up and down it goes.
    const rel = h >= 0 ? syn.label(h) : '-';
    const hop = path.includes('^') ? `${path.split('^')[0]!.split('<').length}.${path.split('^')[1] ? path.split('^')[1]!.split('>').length : 0}` : path;
    const headIsT = h >= 0 && syn.head[h] === t;
    const side = m.end <= t ? 'before' : m.start > t ? 'after' : 'in';
    const dist = Math.min(8, m.end <= t ? t - m.end : m.start - t);
    const prep = m.start > s && doc.pos[m.start - 1] === POS.ADP ? doc.lower[m.start - 1]! : '-';
    const kind = mentionKind(m);
    for (let which = 0; which < m.actors.length && which < 2; which++) {
      const a = m.actors[which]!;
      const f: string[] = [];
      common(f);
      f.push(
        `path=${path}`,
        `path|root=${path}|${root}`,
        `path|voice=${path}|${voice}`,
        `path|l=${path}|${tl}`,
        `side=${side}`,
        `side|root=${side}|${root}`,
        `dist=${dist}`,
        `prep=${prep}`,
        `prep|root=${prep}|${root}`,
        `prep|voice=${prep}|${voice}`,
        `kind=${kind}`,
        `kind|root=${kind}|${root}`,
        `loc=${m.locative ? 'y' : 'n'}`,
        `focus=${a.country !== null && a.country === focus ? 'y' : 'n'}`,
        `which=${which}`,
        `rel=${rel}`,
        `rel|root=${rel}|${root}`,
        `rel|voice=${rel}|${voice}`,
        `rel|side=${rel}|${side}`,
        `hop=${hop}`,
        `hop|rel=${hop}|${rel}`,
        `direct=${headIsT ? rel : 'no'}`,
        `direct|voice=${headIsT ? rel : 'no'}|${voice}`,
        `tdep=${trel}`,
        `tdep|rel=${trel}|${rel}`,
      );
      f.push(...ruleTags(m.start, m.end, a.code));
      seen.add(`${m.start}:${a.code}`);
      out.push({ ref: { actor: a, start: m.start, end: m.end, how: `tree ${path}` }, mention: mi, features: f });
    }
  }
  // The rules' choices from outside the sentence (speech frames, discourse, defaults).
  for (const r of [ev.source, ev.target]) {
    if (!r || seen.has(`${r.start}:${r.actor.code}`)) continue;
    if (r.start >= s && r.start < e) continue;
    seen.add(`${r.start}:${r.actor.code}`);
    const f: string[] = [];
    common(f);
    f.push('outside', `outside|root=${root}`, `focus=${r.actor.country !== null && r.actor.country === focus ? 'y' : 'n'}`);
    f.push(...ruleTags(-1, -1, r.actor.code));
    out.push({ ref: r, mention: -1, features: f });
  }
  return out;
}

/**
 * Re-decides the source and target of `ev` with the role model: the best-scoring candidate of each side
 * (the target not the source's own mention unless it is a pair). Notes what decided when tracing.
 */
export function decideRoles(
  doc: Doc,
  syn: Syntax,
  ev: CodedEvent,
  mentions: Mentions,
  focus: string | null,
  model: RoleModel,
  trace: boolean,
): CodedEvent {
  const cands = roleCandidates(doc, syn, ev, mentions, focus);
  let bs = 0;
  let bsScore = Number.NEGATIVE_INFINITY;
  const ts = new Float64Array(cands.length);
  for (let c = 0; c < cands.length; c++) {
    const sc = model.score(cands[c]!.features, SOURCE);
    if (sc > bsScore) {
      bsScore = sc;
      bs = c;
    }
    ts[c] = model.score(cands[c]!.features, TARGET);
  }
  let bt = 0;
  for (let c = 1; c < cands.length; c++) {
    if (c === bs && cands[c]!.ref !== null) continue;
    const a = cands[c]!;
    const src = cands[bs]!;
    if (src.mention >= 0 && a.mention === src.mention && mentions.list[a.mention]!.kind !== 'pair') continue;
    if (ts[c]! > ts[bt]!) bt = c;
  }
  const source = cands[bs]!.ref;
  const target = cands[bt]!.ref;
  if (source === ev.source && target === ev.target) return ev;
  const tr = trace
    ? [
        ...ev.trace,
        `roles (tree): source ${source ? source.actor.code : 'none'} (${model
          .contributions(cands[bs]!.features, SOURCE)
          .slice(0, 3)
          .map((x) => `${x.feature} ${x.weight.toFixed(2)}`)
          .join(', ')}), target ${target ? target.actor.code : 'none'} (${model
          .contributions(cands[bt]!.features, TARGET)
          .slice(0, 3)
          .map((x) => `${x.feature} ${x.weight.toFixed(2)}`)
          .join(', ')})`,
      ]
    : ev.trace;
  return { ...ev, source, target, trace: tr };
}
