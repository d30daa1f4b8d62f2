/**
 * `npm run train:syntax`: trains the UPOS tagger and the dependency parser on UD English EWT + GUM
 * train, picks epochs on EWT + GUM dev, and writes models/syntax/syntax.bin. Deterministic (seeded
 * shuffles and exploration; no clock or randomness in the output). Reads only ../shared.
 *
 *   node dist/core/syntax/train.js [--ud DIR] [--out DIR] [--tagger-epochs N] [--parser-epochs N]
 *                                  [--folds K] [--limit SENTENCES] [--tag-cache DIR]
 *
 * --tag-cache DIR (parser experiments only): keeps the tagger and the jackknifed tags in DIR and
 * reuses them on the next run with the same data and tagger settings (the result is the same).
 */
import { type ConlluSentence, readConllu } from './conllu.js';
import { SyntaxEval } from './eval.js';
import { LexBuffer } from './lex.js';
import {
  DEFAULT_MODEL_DIR,
  fileExists,
  loadSyntaxModel,
  MODEL_FILE,
  readBytes,
  readText,
  sharedDir,
  writeBytes,
} from './load.js';
import { encodeModel, SyntaxModel } from './model.js';
import { type ParseExample, Parser, trainSentence } from './parser.js';
import { FrozenModel, PerceptronTrainer } from './perceptron.js';
import { type PruneChoice, selectPruning } from './prune.js';
import { rng, shuffle, type TaggedSentence, type Tagger, trainTagger, UPOS_NAMES, uposId } from './tagger.js';

interface Example {
  readonly sent: ConlluSentence;
  readonly lex: LexBuffer;
  readonly gold: Uint8Array;
  tags: Uint8Array;
  readonly heads: Int32Array;
  labels: Uint8Array;
}

const TAGGER_KEEP = 1e-4;
const PARSER_KEEP = 2e-3;
/** Budget for models/syntax/syntax.bin (the repository keeps it under 20 MB). */
const MAX_BYTES = 18_000_000;

function arg(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function log(msg: string): void {
  const c = process.cpuUsage();
  process.stderr.write(`${msg} [cpu ${((c.user + c.system) / 1e6).toFixed(1)} s]\n`);
}

function examples(sents: readonly ConlluSentence[]): Example[] {
  return sents.map((sent) => {
    const n = sent.forms.length;
    const lex = new LexBuffer();
    lex.reset(n);
    for (let i = 0; i < n; i++) lex.set(i, sent.forms[i]!, 0, sent.forms[i]!.length);
    const heads = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) heads[i + 1] = Math.max(0, sent.heads[i]!);
    return {
      sent,
      lex,
      gold: Uint8Array.from(sent.upos, uposId),
      tags: new Uint8Array(n),
      heads,
      labels: new Uint8Array(n + 1),
    };
  });
}

/** Labels kept: those seen at least `min` times; rarer subtypes fall back to their universal relation. */
function labelSet(sents: readonly ConlluSentence[], min: number): { labels: string[]; map: (l: string) => string } {
  const counts = new Map<string, number>();
  for (const s of sents) for (const l of s.deprels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const keep = new Set([...counts].filter(([l, c]) => c >= min && l !== '_').map(([l]) => l));
  keep.add('root');
  keep.add('dep');
  const map = (l: string) => {
    if (keep.has(l)) return l;
    const b = l.split(':')[0]!;
    return keep.has(b) ? b : 'dep';
  };
  return { labels: [...keep].sort(), map };
}

function tagAccuracy(tagger: Tagger, exs: readonly Example[]): number {
  let ok = 0;
  let total = 0;
  for (const e of exs) {
    const out = new Uint8Array(e.lex.n);
    tagger.tag(e.lex, out);
    for (let i = 0; i < e.lex.n; i++) if (out[i] === e.gold[i]) ok++;
    total += e.lex.n;
  }
  return (100 * ok) / total;
}

function evalParser(parser: Parser, exs: readonly Example[], labels: readonly string[]) {
  const ev = new SyntaxEval();
  let head = new Int32Array(256);
  let lab = new Uint8Array(256);
  for (const e of exs) {
    const n = e.lex.n;
    if (head.length < n) {
      head = new Int32Array(n * 2);
      lab = new Uint8Array(n * 2);
    }
    parser.parse(e.lex, e.tags, head, lab);
    ev.add(e.sent, {
      upos: Array.from(e.tags.subarray(0, n), (t) => UPOS_NAMES[t]!),
      heads: head.subarray(0, n),
      deprels: Array.from(lab.subarray(0, n), (l) => labels[l]!),
    });
  }
  return ev.result();
}

interface TaggerResult {
  readonly tagger: Tagger;
  readonly model: FrozenModel;
  readonly epoch: number;
}

/** Trains the tagger (epoch chosen on dev), tags dev, and gives train jackknifed tags. */
function tagAndJackknife(
  train: readonly Example[],
  dev: readonly Example[],
  taggerEpochs: number,
  folds: number,
  t0: number,
): TaggerResult {
  // 1. Tagger on all training data, epoch chosen on dev.
  const asTagged = (exs: readonly Example[]): TaggedSentence[] => exs.map((e) => ({ lex: e.lex, tags: e.gold }));
  const tagged = trainTagger(asTagged(train), {
    epochs: taggerEpochs,
    seed: 11,
    keepRatio: TAGGER_KEEP,
    evaluate: (t) => tagAccuracy(t, dev),
    log,
  });
  log(`tagger: best epoch ${tagged.epoch} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  for (const e of dev) e.tags = new Uint8Array(e.lex.n);
  for (const e of dev) tagged.tagger.tag(e.lex, e.tags);

  // 2. Jackknifed tags for the parser's training data: each fold tagged by a tagger trained without it.
  const order = train.map((_, i) => i);
  shuffle(order, rng(23));
  for (let k = 0; k < folds; k++) {
    const inFold = (j: number) => j % folds === k;
    const rest = order.filter((_, j) => !inFold(j)).map((i) => train[i]!);
    const fold = order.filter((_, j) => inFold(j)).map((i) => train[i]!);
    const t = trainTagger(asTagged(rest), { epochs: tagged.epoch, seed: 31 + k, keepRatio: TAGGER_KEEP });
    for (const e of fold) t.tagger.tag(e.lex, e.tags);
    log(
      `jackknife fold ${k + 1}/${folds}: tagged ${fold.length} sentences (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
  }
  if (folds <= 1) for (const e of train) e.tags.set(e.gold);
  let jackOk = 0;
  let jackN = 0;
  for (const e of train)
    for (let i = 0; i < e.lex.n; i++) {
      jackN++;
      if (e.tags[i] === e.gold[i]) jackOk++;
    }
  log(`jackknifed UPOS accuracy on train: ${((100 * jackOk) / jackN).toFixed(2)}`);
  return tagged;
}

function readTagCache(dir: string, train: readonly Example[], dev: readonly Example[]): TaggerResult {
  const m = loadSyntaxModel(dir);
  const tags = readBytes(`${dir}/tags.bin`);
  let p = 0;
  for (const e of [...train, ...dev]) {
    e.tags = tags.slice(p, p + e.lex.n);
    p += e.lex.n;
  }
  if (p !== tags.length) throw new Error(`${dir}: tag cache does not match the data`);
  log(`tagger and tags from ${dir}`);
  return { tagger: m.tagger, model: m.taggerModel, epoch: Number(m.meta.taggerEpochs) };
}

function writeTagCache(dir: string, t: TaggerResult, train: readonly Example[], dev: readonly Example[]): void {
  const empty = FrozenModel.combine(
    { nClasses: 3, keys: new Uint32Array(0), rows: new Uint16Array(0), codebook: new Float32Array(256) },
    null,
  );
  writeBytes(
    `${dir}/${MODEL_FILE}`,
    encodeModel(new SyntaxModel(t.model, empty, t.tagger.lexicon, ['root'], { taggerEpochs: t.epoch })),
  );
  const all = [...train, ...dev];
  const tags = new Uint8Array(all.reduce((a, e) => a + e.lex.n, 0));
  let p = 0;
  for (const e of all) {
    tags.set(e.tags.subarray(0, e.lex.n), p);
    p += e.lex.n;
  }
  writeBytes(`${dir}/tags.bin`, tags);
}

function main(): number {
  const args = process.argv.slice(2);
  const t0 = Date.now();
  const shared = sharedDir();
  const ud = arg(args, '--ud') ?? (shared ? `${shared}/corpus/ud` : null);
  if (!ud) {
    log('train:syntax: ../shared/corpus/ud not found (pass --ud DIR)');
    return 2;
  }
  const outDir = arg(args, '--out') ?? DEFAULT_MODEL_DIR;
  const taggerEpochs = Number(arg(args, '--tagger-epochs') ?? 8);
  const parserEpochs = Number(arg(args, '--parser-epochs') ?? 15);
  const folds = Number(arg(args, '--folds') ?? 4);
  const limit = Number(arg(args, '--limit') ?? 0);
  const patience = 2;
  const read = (name: string) => {
    const s = readConllu(readText(`${ud}/${name}`), name);
    return limit > 0 ? s.slice(0, limit) : s;
  };
  const trainSents = [...read('en_ewt-train.conllu'), ...read('en_gum-train.conllu')];
  const devSents = [...read('en_ewt-dev.conllu'), ...read('en_gum-dev.conllu')];
  const { labels, map } = labelSet(trainSents, 20);
  const labelIds = new Map(labels.map((l, i) => [l, i]));
  const train = examples(trainSents);
  const dev = examples(devSents);
  for (const e of [...train, ...dev]) {
    for (let i = 0; i < e.lex.n; i++) e.labels[i + 1] = labelIds.get(map(e.sent.deprels[i]!))!;
  }
  log(
    `train:syntax: ${train.length} train / ${dev.length} dev sentences, ${labels.length} labels (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );

  // 1-2. Tagger and jackknifed tags (or, with --tag-cache DIR, the ones an earlier run with the
  // same data left there: a shortcut for parser experiments, never used by `npm run train:syntax`).
  const cacheDir = arg(args, '--tag-cache');
  const cached = cacheDir && fileExists(`${cacheDir}/${MODEL_FILE}`) ? readTagCache(cacheDir, train, dev) : null;
  const tagged = cached ?? tagAndJackknife(train, dev, taggerEpochs, folds, t0);
  if (cacheDir && !cached) writeTagCache(cacheDir, tagged, train, dev);

  // 3. Parser: dynamic oracle, exploration from epoch 2, early stopping on dev LAS (full labels).
  const rootLabel = labels.indexOf('root');
  const trainer = new PerceptronTrainer(3, 1 << 22);
  const labelTrainer = new PerceptronTrainer(2 * labels.length, 1 << 22);
  const parser = new Parser(
    trainer,
    { scoreLabels: (f, n, s) => labelTrainer.score(f, n, s) },
    labels.length,
    rootLabel,
  );
  const rand = rng(47);
  const costs = new Float64Array(3);
  const exs: ParseExample[] = train;
  const porder = exs.map((_, i) => i);
  let t = 1;
  let best: { model: FrozenModel; epoch: number; las: number; uas: number; lasFull: number } | null = null;
  for (let epoch = 1; epoch <= parserEpochs; epoch++) {
    shuffle(porder, rand);
    const stats = { steps: 0, errors: 0, arcs: 0, labelErrors: 0 };
    const explore = epoch >= 2 ? 0.9 : 0;
    for (const i of porder) t = trainSentence(parser, trainer, labelTrainer, exs[i]!, t, explore, rand, costs, stats);
    trainer.compact();
    labelTrainer.compact();
    const model = FrozenModel.combine(trainer.freeze(t, PARSER_KEEP), labelTrainer.freeze(t, PARSER_KEEP));
    const r = evalParser(new Parser(model, model, labels.length, rootLabel), dev, labels);
    log(
      `parser epoch ${epoch}: train errors ${((100 * stats.errors) / stats.steps).toFixed(2)}%, label errors ${((100 * stats.labelErrors) / stats.arcs).toFixed(2)}%, dev UAS ${r.uas.toFixed(2)} LAS ${r.las.toFixed(2)} (full ${r.lasFull.toFixed(2)}), ${model.nFeatures} features, ${model.nEntries} weights, ${trainer.size + labelTrainer.size} seen (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    if (!best || r.lasFull > best.lasFull) best = { model, epoch, las: r.las, uas: r.uas, lasFull: r.lasFull };
    else if (epoch - best.epoch >= patience) break;
  }
  // 4. Pruning (see prune.ts): under MAX_BYTES, and dev LAS within 0.15 of the unpruned model.
  const build = (parserModel: FrozenModel, level: number, dev: PruneChoice['score']) =>
    new SyntaxModel(tagged.model, parserModel, tagged.tagger.lexicon, labels, {
      corpora: ['UD_English-EWT train', 'UD_English-GUM train'],
      taggerEpochs: tagged.epoch,
      parserEpochs: best!.epoch,
      pruneLevel: level,
      jackknifeFolds: folds,
      dev,
    });
  const start = { uas: best!.uas, las: best!.las, lasFull: best!.lasFull };
  const choice = selectPruning(
    best!.model,
    start,
    (m) => {
      const r = evalParser(new Parser(m, m, labels.length, rootLabel), dev, labels);
      return { uas: r.uas, las: r.las, lasFull: r.lasFull };
    },
    (m) => encodeModel(build(m, 0, start)).length,
    MAX_BYTES,
    0.15,
    log,
  );
  const final = build(choice.model, choice.level, choice.score);
  const bytes = encodeModel(final);
  writeBytes(`${outDir}/${MODEL_FILE}`, bytes);
  log(
    `wrote ${outDir}/${MODEL_FILE}: ${(bytes.length / 1e6).toFixed(2)} MB; parser epoch ${best!.epoch}, prune level ${choice.level}, dev UAS ${choice.score.uas} LAS ${choice.score.las} (full ${choice.score.lasFull}); ${((Date.now() - t0) / 1000).toFixed(1)} s in all`,
  );
  return 0;
}

process.exitCode = main();
