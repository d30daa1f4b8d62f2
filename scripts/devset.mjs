#!/usr/bin/env node
// Development set: hand-coded gold events for 20 Wikinews politics stories that the coder has never
// been tuned on. The repo holds only pointers into the shared corpus (story id + character spans),
// never the article text; this script joins the two.
//
//   node scripts/devset.mjs materialize OUT_DIR [--shared ../shared]
//       writes OUT_DIR/<slug>.gold.json (standard gold format, evidence text filled from the spans)
//       and OUT_DIR/stories.jsonl ({id, date, dateline, title, text} per story)
//   node scripts/devset.mjs score EVENTS.jsonl [--verbose] [--json] [--shared ../shared]
//       materializes to a temp dir and runs <shared>/tools/score.mjs on it
//
// Spans are [start, end) offsets in UTF-16 code units (JavaScript string indices) into the story's
// `text` field in <shared>/corpus/wikinews/bench.jsonl.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const devsetDir = path.join(repoRoot, 'test', 'devset');

class DevsetError extends Error {}

function fail(msg) {
  throw new DevsetError(msg);
}

/** Read all devgold files, sorted by file name. */
export function readDevgold(dir = devsetDir) {
  if (!fs.existsSync(dir)) fail(`devset folder not found: ${dir}`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.devgold.json'))
    .sort();
  if (files.length === 0) fail(`no *.devgold.json files in ${dir}`);
  return files.map((f) => {
    const file = path.join(dir, f);
    let doc;
    try {
      doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      fail(`${f}: not valid JSON (${e.message})`);
    }
    if (!doc?.story?.id || !Array.isArray(doc.events)) fail(`${f}: missing story.id or events`);
    return { slug: f.replace(/\.devgold\.json$/, ''), file, doc };
  });
}

/** Load the corpus a devgold file points to, as a Map id -> story. */
export function loadCorpus(sharedDir, corpusRel = 'wikinews/bench.jsonl') {
  const file = path.join(sharedDir, 'corpus', corpusRel);
  if (!fs.existsSync(file)) {
    fail(`corpus not found: ${file} (pass --shared DIR pointing at the shared reference folder)`);
  }
  const map = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const s = JSON.parse(line);
    map.set(s.id, s);
  }
  return map;
}

/** Turn one devgold document into a standard gold document plus its story record. */
export function materializeOne(entry, corpora, sharedDir) {
  const { slug, doc } = entry;
  const corpusRel = doc.story.corpus ?? 'wikinews/bench.jsonl';
  if (!corpora.has(corpusRel)) corpora.set(corpusRel, loadCorpus(sharedDir, corpusRel));
  const story = corpora.get(corpusRel).get(doc.story.id);
  if (!story) fail(`${slug}: story id not found in ${corpusRel}: ${doc.story.id}`);
  const text = String(story.text ?? '');
  const events = doc.events.map((ev) => {
    const span = ev.evidence_span;
    if (!Array.isArray(span) || span.length !== 2 || !span.every(Number.isInteger)) {
      fail(`${slug}#${ev.id}: evidence_span must be [start, end] integers`);
    }
    const [start, end] = span;
    if (start < 0 || end <= start || end > text.length) {
      fail(`${slug}#${ev.id}: evidence_span [${start}, ${end}] out of range (text length ${text.length})`);
    }
    const { evidence_span: _span, ...rest } = ev;
    // keep the standard field order: id, required, symmetric?, evidence, ...
    const out = { id: rest.id, required: rest.required };
    if (rest.symmetric) out.symmetric = true;
    out.evidence = text.slice(start, end);
    for (const [k, v] of Object.entries(rest)) if (!(k in out)) out[k] = v;
    return out;
  });
  const date = doc.story.date ?? story.date ?? null;
  const dateline = doc.story.dateline ?? null;
  const gold = {
    story: { id: doc.story.id, file: `${slug}.txt`, date, dateline },
    notes: doc.notes ?? '',
    events,
  };
  const record = { id: story.id, date, dateline, title: story.title ?? '', text };
  return { gold, record };
}

export function materialize(outDir, sharedDir) {
  const entries = readDevgold();
  const corpora = new Map();
  const results = entries.map((e) => ({ slug: e.slug, ...materializeOne(e, corpora, sharedDir) }));
  fs.mkdirSync(outDir, { recursive: true });
  for (const r of results) {
    fs.writeFileSync(path.join(outDir, `${r.slug}.gold.json`), `${JSON.stringify(r.gold, null, 1)}\n`);
  }
  fs.writeFileSync(path.join(outDir, 'stories.jsonl'), `${results.map((r) => JSON.stringify(r.record)).join('\n')}\n`);
  return results;
}

function parseArgs(argv) {
  const pos = [];
  const opts = { shared: path.resolve(repoRoot, '..', 'shared'), verbose: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--shared') {
      const v = argv[++i];
      if (!v) fail('--shared needs a directory');
      opts.shared = path.resolve(v);
    } else if (a === '--verbose') opts.verbose = true;
    else if (a === '--json') opts.json = true;
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else pos.push(a);
  }
  return { pos, opts };
}

const USAGE = `usage:
  node scripts/devset.mjs materialize OUT_DIR [--shared ../shared]
  node scripts/devset.mjs score EVENTS.jsonl [--verbose] [--json] [--shared ../shared]`;

function main(argv) {
  const [cmd, ...rest] = argv;
  const { pos, opts } = parseArgs(rest);
  if (cmd === 'materialize') {
    if (pos.length !== 1) fail(USAGE);
    const outDir = path.resolve(pos[0]);
    const results = materialize(outDir, opts.shared);
    const req = results.reduce((n, r) => n + r.gold.events.filter((e) => e.required).length, 0);
    const all = results.reduce((n, r) => n + r.gold.events.length, 0);
    console.log(`wrote ${results.length} gold files + stories.jsonl to ${outDir} (${all} events, ${req} required)`);
    return 0;
  }
  if (cmd === 'score') {
    if (pos.length !== 1) fail(USAGE);
    const events = path.resolve(pos[0]);
    if (!fs.existsSync(events)) fail(`events file not found: ${events}`);
    const scorer = path.join(opts.shared, 'tools', 'score.mjs');
    if (!fs.existsSync(scorer)) fail(`scorer not found: ${scorer}`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyadic-devset-'));
    try {
      materialize(tmp, opts.shared);
      const args = [scorer, tmp, '--pred', events];
      if (opts.verbose) args.push('--verbose');
      if (opts.json) args.push('--json');
      const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
      return r.status ?? 1;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  fail(USAGE);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof DevsetError) {
      console.error(`devset: ${e.message}`);
      process.exitCode = 2;
    } else throw e;
  }
}
