#!/usr/bin/env node
// The hand-coded corpus (test/gold): build gold files from coders' drafts, validate them, show stories.
// Gold files hold only pointers into ../shared (story id + UTF-16 character spans), never article text.
//
//   node scripts/gold.mjs show STORY_ID            the story, one numbered sentence a line, as dyadic splits it
//   node scripts/gold.mjs build DRAFT.json --out DIR
//        a draft is a gold file whose events carry `evidence` (words copied from the story) instead of
//        `evidence_span`; build checks it, finds the span, fills `plover`, writes DIR/<slug>.gold.json
//   node scripts/gold.mjs check PATH...            validates gold files (every problem, all at once)
//   node scripts/gold.mjs slug STORY_ID            the file name a story's gold file gets
//   node scripts/gold.mjs agree DIR_A DIR_B [--json]
//        agreement of two independent codings of the same stories under the shared scorer's rule: A's events
//        become predictions (sentence of the evidence, first CAMEO code, first country of each side) scored
//        against B's gold, and the other way round; stories one coder left out count as no events
//
// Needs a build (`npx tsc -p tsconfig.build.json`): sentences come from dyadic's own segmenter, so an
// evidence span lies inside one sentence exactly as the coder and the scorer see it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const sharedDir = process.env.DYADIC_SHARED ?? path.resolve(repoRoot, '..', 'shared');

let lib;
/** dyadic's own gold module (validation, sentence splits, PLOVER types), from the build. */
async function gold() {
  if (lib) return lib;
  lib = await import(path.join(repoRoot, 'dist', 'eval', 'gold.js')).catch(() => null);
  if (!lib) throw new Error('dist/ not built: run `npx tsc -p tsconfig.build.json` first');
  return lib;
}

export function slugOf(id) {
  return id
    .replace(/^wn:/, '')
    .replace(/^:/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
}

const CORPUS = 'wikinews/bench.jsonl';

/** A draft (events with `evidence` text) as a gold document (events with `evidence_span`), and its problems. */
async function fromDraft(draft) {
  const g = await gold();
  const errs = [];
  const src = g.loadCorpus(sharedDir, CORPUS).get(draft?.story?.id);
  if (!src) return { errs: [`story ${draft?.story?.id} is not in ${CORPUS}`] };
  const events = (draft.events ?? []).map((e, i) => {
    const { evidence, note: _n, ...rest } = e;
    let span = null;
    if (typeof evidence !== 'string') errs.push(`event ${i} (${e.id}): evidence (words copied from the story) missing`);
    else {
      span = findEvidence(src.text, evidence);
      if (!span) errs.push(`event ${i} (${e.id}): evidence not found in the story text: "${evidence}"`);
    }
    const out = { id: rest.id, required: rest.required };
    if (rest.symmetric !== undefined && rest.symmetric !== false) out.symmetric = rest.symmetric;
    out.evidence_span = span ?? [0, 0];
    out.source = rest.source;
    out.target = rest.target;
    out.roots = rest.roots;
    out.cameo = rest.cameo;
    out.plover = Array.isArray(rest.cameo) ? g.goldPlover(String(rest.cameo[0])) : null;
    for (const [k, v] of Object.entries(rest))
      if (!(k in out) && v != null && !(k === 'mode' && v === 'asserted') && k !== 'plover') out[k] = v;
    return out;
  });
  const doc = {
    story: { id: src.id, corpus: CORPUS, date: draft.story.date ?? src.date, dateline: draft.story.dateline ?? null },
    notes: draft.notes ?? '',
    events,
  };
  if (!errs.length) errs.push(...g.validateGold(doc, sharedDir));
  return { doc, errs };
}

const normChar = (c) => {
  if (/[\u2018\u2019\u201B`]/.test(c)) return "'";
  if (/[\u201C\u201D\u201E]/.test(c)) return '"';
  if (/[\u2013\u2014]/.test(c)) return '-';
  return c;
};

/** [start, end) of the evidence in the text: exact, else with quotes, dashes and spaces normalised. */
export function findEvidence(text, ev) {
  const want = ev.trim();
  const i = text.indexOf(want);
  if (i >= 0) return [i, i + want.length];
  // normalised search: map each text char, collapse whitespace, keep an index back into the text
  const map = [];
  let norm = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (/\s/.test(c)) {
      if (norm.endsWith(' ')) continue;
      norm += ' ';
    } else norm += normChar(c).toLowerCase();
    map.push(k);
  }
  const w = [...want].map(normChar).join('').replace(/\s+/g, ' ').toLowerCase();
  const j = norm.indexOf(w);
  if (j < 0) return null;
  return [map[j], map[j + w.length - 1] + 1];
}

async function build(draftFile, outDir) {
  const { doc, errs } = await fromDraft(JSON.parse(fs.readFileSync(draftFile, 'utf8')));
  if (errs.length) {
    for (const e of errs) console.error(`${draftFile}: ${e}`);
    return false;
  }
  doc.events.sort((a, b) => a.evidence_span[0] - b.evidence_span[0] || a.id.localeCompare(b.id));
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${slugOf(doc.story.id)}.gold.json`);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, formatGold(doc));
  fs.renameSync(tmp, file);
  const req = doc.events.filter((e) => e.required).length;
  console.log(`${file}: ${doc.events.length} events, ${req} required`);
  return true;
}

/** One event a line keeps diffs readable. */
export function formatGold(doc) {
  const head = JSON.stringify({ story: doc.story, notes: doc.notes }, null, 2).replace(/\n}$/, '');
  const evs = doc.events.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  return `${head},\n  "events": [\n${evs}\n  ]\n}\n`;
}

async function show(id) {
  const g = await gold();
  const src = g.loadCorpus(sharedDir, CORPUS).get(id);
  if (!src) throw new Error(`story ${id} is not in the corpus`);
  console.log(`# ${src.id}\n# date ${src.date}  title: ${src.title}\n# slug ${slugOf(src.id)}`);
  const sents = g.sentenceRanges(src.text);
  sents.forEach(([a, b], k) => console.log(`[${k}] ${src.text.slice(a, b).replace(/\s*\n\s*/g, ' / ')}`));
}

/** A gold file's events as the records a coder would have produced for them. */
async function asPredictions(set) {
  const g = await gold();
  const preds = [];
  for (const [i, st] of set.stories.entries()) {
    const sents = g.sentenceRanges(st.text);
    for (const e of set.golds[i].events) {
      const a = st.text.indexOf(e.evidence);
      const [s0, s1] = sents.find(([x, y]) => x <= a && a < y) ?? [a, a + e.evidence.length];
      const first = (side) => {
        const v = Array.isArray(side) ? side[0] : side;
        return v == null ? null : { code: v, country: v };
      };
      preds.push({
        story_id: st.id,
        sentence: st.text.slice(s0, s1),
        cameo: e.cameo[0],
        source: first(e.source),
        target: first(e.target),
      });
    }
  }
  return preds;
}

async function agree(dirA, dirB, json) {
  const g = await gold();
  const { score } = await import(path.join(repoRoot, 'dist', 'eval', 'score.js'));
  const a = g.loadGoldSet('a', path.resolve(dirA), sharedDir);
  const b = g.loadGoldSet('b', path.resolve(dirB), sharedDir);
  const ids = new Set([...a.stories, ...b.stories].map((s) => s.id));
  const withEmpty = (set) => {
    const have = new Set(set.golds.map((x) => x.story.id));
    return [...set.golds, ...[...ids].filter((id) => !have.has(id)).map((id) => ({ story: { id }, events: [] }))];
  };
  const ab = score(withEmpty(b), await asPredictions(a));
  const ba = score(withEmpty(a), await asPredictions(b));
  const row = (x) => ({ precision: x.precision, recall: x.recall, f1: x.f1, tp: x.tp, fp: x.fp, required: x.required, recalled: x.recalled });
  const out = {
    stories: ids.size,
    coded_by_a: a.stories.length,
    coded_by_b: b.stories.length,
    a_against_b: row(ab),
    b_against_a: row(ba),
    missed_by_a: ab.missed,
    missed_by_b: ba.missed,
  };
  if (json) return console.log(JSON.stringify(out, null, 1));
  console.log(`${ids.size} stories (A coded ${a.stories.length}, B coded ${b.stories.length})`);
  console.log(`A scored against B: P=${ab.precision} R=${ab.recall} F1=${ab.f1} (tp=${ab.tp} fp=${ab.fp} required=${ab.required})`);
  console.log(`B scored against A: P=${ba.precision} R=${ba.recall} F1=${ba.f1} (tp=${ba.tp} fp=${ba.fp} required=${ba.required})`);
}

function goldFiles(p) {
  if (fs.statSync(p).isDirectory())
    return fs
      .readdirSync(p)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()
      .map((f) => path.join(p, f));
  return [p];
}

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  const opt = (n) => {
    const i = args.indexOf(n);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (cmd === 'show' && args[0]) return show(args[0]);
  if (cmd === 'slug' && args[0]) return console.log(slugOf(args[0]));
  if (cmd === 'agree' && args[1]) return agree(args[0], args[1], args.includes('--json'));
  if (cmd === 'build' && args[0] && opt('--out')) {
    let ok = true;
    for (const f of args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out'))
      ok = (await build(f, opt('--out'))) && ok;
    process.exitCode = ok ? 0 : 1;
    return;
  }
  if (cmd === 'check' && args.length) {
    let bad = 0;
    let n = 0;
    for (const f of args.flatMap(goldFiles)) {
      n++;
      const errs = (await gold()).validateGold(JSON.parse(fs.readFileSync(f, 'utf8')), sharedDir);
      for (const e of errs) console.error(`${f}: ${e}`);
      if (errs.length) bad++;
    }
    console.log(`${n} gold files, ${bad} with problems`);
    process.exitCode = bad ? 1 : 0;
    return;
  }
  console.error('usage: gold.mjs show STORY_ID | build DRAFT.json... --out DIR | check PATH... | slug STORY_ID');
  process.exitCode = 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`gold.mjs: ${e.message}`);
    process.exitCode = 2;
  });
}
