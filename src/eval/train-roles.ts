/**
 * Trains the role model (stage 5) from the train split. Examples are the events the coder proposes
 * (with the clause rules' roles) in sentences where the gold has an event of the same root: each side's
 * candidates are labelled by whether the actor's country is one the gold event allows for that side ("no
 * one" by the implied actor the records stage would give). A conditional logit over each side's
 * candidates (the probability mass goes to the allowed ones), by SGD in a fixed order (deterministic).
 */
import type { Coder } from '../core/coder.js';
import type { ArgRef } from '../core/stages/coding.js';
import { parseDoc } from '../core/syntax/index.js';
import { hashFeature } from '../core/stages/confidence.js';
import { type RoleHeader, roleCandidates, roleSlot, SOURCE, TARGET } from '../core/stages/roles.js';
import type { EvalSet } from './sets.js';
import { type GoldEvent, rootOk, sameSentence } from './score.js';

export const ROLE_BITS = 18;
const EPOCHS = 8;
const RATE = 0.1;
const L2 = 1e-6;

/** One side of one event: its candidates' hashed features and which are right. */
export interface RoleExample {
  readonly story: number;
  readonly role: number;
  readonly cands: readonly Uint32Array[];
  readonly ok: Uint8Array;
}

const allow = (g: GoldEvent['source']): readonly (string | null)[] =>
  g == null ? [null] : typeof g === 'string' ? [g] : g;

/** Acts of the state whose missing source is implied (see records.ts). */
const STATE_ACT = /^(17[2-5]|0841|152)/;

export function roleData(set: EvalSet, coderFor: (story: number) => Coder): RoleExample[] {
  const out: RoleExample[] = [];
  set.stories.forEach((story, si) => {
    const coder = coderFor(si);
    const t = coder.traceStory(story);
    const syn =
      t.syntax ?? parseDoc(t.doc, { sentences: t.sentences.filter((x) => x.events.length > 0).map((x) => x.index) });
    const golds = set.golds[si]!.events;
    let r = 0;
    for (const st of t.sentences) {
      for (const ev of st.events) {
        const rec = t.records[r++]!;
        const g = golds.find((x) => sameSentence(x, rec) && rootOk(x, rec));
        if (!g) continue;
        const cands = roleCandidates(t.doc, syn, ev, t.mentions, t.focus);
        const country = (ref: ArgRef | null) =>
          ref ? (ref.actor.country ?? (ref.actor.sector ? t.focus : null)) : null;
        const allowS = allow(g.source);
        const allowT = allow(g.target);
        const implied = (role: number): string | null => {
          if (role === SOURCE) return STATE_ACT.test(ev.code) ? (t.focus ?? null) : null;
          return /^(01|02|14)/.test(ev.code) ? null : ((allowS.find((x) => x !== null) as string | undefined) ?? null);
        };
        for (const role of [SOURCE, TARGET]) {
          const al = role === SOURCE ? allowS : allowT;
          const ok = Uint8Array.from(cands, (c) => (al.includes(c.ref ? country(c.ref) : implied(role)) ? 1 : 0));
          if (!ok.some((x) => x === 1) || ok.every((x) => x === 1)) continue;
          out.push({ story: si, role, cands: cands.map((c) => Uint32Array.from(c.features, hashFeature)), ok });
        }
      }
    }
  });
  return out;
}

export function trainRoles(examples: readonly RoleExample[], keep: (story: number) => boolean): Float32Array {
  const w = new Float32Array(1 << ROLE_BITS);
  const mask = w.length - 1;
  const exs = examples.filter((e) => keep(e.story));
  let sc = new Float64Array(16);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch * 0.5);
    for (const ex of exs) {
      const n = ex.cands.length;
      if (sc.length < n) sc = new Float64Array(n * 2);
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < n; c++) {
        let s = 0;
        for (const h of ex.cands[c]!) s += w[roleSlot(h, ex.role, mask)]!;
        sc[c] = s;
        if (s > max) max = s;
      }
      let z = 0;
      let zPos = 0;
      for (let c = 0; c < n; c++) {
        const e = Math.exp(sc[c]! - max);
        sc[c] = e;
        z += e;
        if (ex.ok[c]) zPos += e;
      }
      // d log(sum_pos p) / d score_c = [c ok] p_c / p_pos - p_c
      for (let c = 0; c < n; c++) {
        const p = sc[c]! / z;
        const grad = (ex.ok[c] ? sc[c]! / zPos : 0) - p;
        if (Math.abs(grad) < 1e-5) continue;
        for (const h of ex.cands[c]!) {
          const i = roleSlot(h, ex.role, mask);
          w[i] = w[i]! + rate * (grad - L2 * w[i]!);
        }
      }
    }
  }
  return w;
}

export function roleHeader(w: Float32Array, goldHash: string, cv: Record<string, number>): RoleHeader {
  return {
    format: 'dyadic-roles-1',
    bits: Math.log2(w.length),
    goldHash,
    cv,
    weights: Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64'),
  };
}
