/**
 * Syntax section of `npm run bench`: model load time, tagger + parser throughput on one core (CPU
 * time) on UD English EWT test words (gold tokenization) and on wink-segmented Wikinews stories (the first 120),
 * and accuracy (UPOS, UAS, LAS, LAS per relation) on EWT, GUM and PUD test.
 * Runs in its own process (run.ts starts it after the coder bench); standalone:
 *
 *   node dist/bench/syntax.js [--seconds 3] [--json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(here, '../../../shared');
const WIKINEWS_STORIES = 120;

/** Runs this bench in a child process (called by run.ts); returns its exit code. */
export function runSyntaxBench(args: readonly string[]): number {
  const pass = args.filter((a) => a === '--json');
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...pass], { stdio: 'inherit' });
  return r.status ?? 1;
}

interface Throughput {
  readonly tokens: number;
  readonly sentences: number;
  readonly passes: number;
  readonly cpuSeconds: number;
  readonly tokensPerSecond: number;
  readonly sentencesPerSecond: number;
}

function measure(seconds: number, pass: () => { tokens: number; sentences: number }): Throughput {
  pass(); // warm-up
  let tokens = 0;
  let sentences = 0;
  let passes = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000 || passes === 0) {
    const r = pass();
    tokens += r.tokens;
    sentences += r.sentences;
    passes++;
  }
  const c = process.cpuUsage(c0);
  const cpuSeconds = (c.user + c.system) / 1e6;
  return {
    tokens: tokens / passes,
    sentences: sentences / passes,
    passes,
    cpuSeconds: Math.round(cpuSeconds * 100) / 100,
    tokensPerSecond: Math.round(tokens / cpuSeconds),
    sentencesPerSecond: Math.round(sentences / cpuSeconds),
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const i = args.indexOf('--seconds');
  const seconds = i >= 0 ? Number(args[i + 1]) : 3;
  const t0 = performance.now();
  const syntax = await import('../core/syntax/index.js');
  const model = syntax.loadSyntaxModel();
  const loadMs = Math.round((performance.now() - t0) * 10) / 10;
  const ud = resolve(SHARED, 'corpus/ud');
  if (!existsSync(ud)) {
    process.stdout.write(`bench syntax: skipped: ${ud} not found\n`);
    return 0;
  }
  const read = (name: string) => syntax.readConllu(readFileSync(resolve(ud, name), 'utf8'), name);
  const ewt = read('en_ewt-test.conllu');
  const gold = measure(seconds, () => {
    let tokens = 0;
    for (const s of ewt) {
      model.parseWords(s.forms);
      tokens += s.forms.length;
    }
    return { tokens, sentences: ewt.length };
  });
  let wikinews: Throughput | null = null;
  const wn = resolve(SHARED, 'corpus/wikinews/bench.jsonl');
  if (existsSync(wn)) {
    const { createSegmenter } = await import('../core/stages/segment.js');
    const seg = createSegmenter();
    const docs = readFileSync(wn, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, WIKINEWS_STORIES) // keeps the section near a minute
      .map((l) => seg.segment(String((JSON.parse(l) as { text?: unknown }).text ?? '')));
    wikinews = measure(seconds, () => {
      let tokens = 0;
      let sentences = 0;
      for (const d of docs) {
        syntax.parseDoc(d, { model });
        tokens += d.n;
        sentences += d.sentenceCount;
      }
      return { tokens, sentences };
    });
  }
  const accuracy: Record<string, import('../core/syntax/index.js').EvalResult> = {};
  for (const [name, file] of [
    ['EWT test', 'en_ewt-test.conllu'],
    ['GUM test', 'en_gum-test.conllu'],
    ['PUD test', 'en_pud-test.conllu'],
  ] as const) {
    if (!existsSync(resolve(ud, file))) continue;
    const ev = new syntax.SyntaxEval();
    for (const s of name === 'EWT test' ? ewt : read(file)) {
      const p = model.parseWords(s.forms);
      ev.add(s, {
        upos: Array.from(p.upos, (t) => model.tags[t]!),
        heads: p.head,
        deprels: Array.from(p.deprel, (l) => model.labels[l]!),
      });
    }
    accuracy[name] = ev.result();
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ syntax: { loadMs, goldTokens: gold, wikinews, accuracy } })}\n`);
    return 0;
  }
  const tp = (name: string, t: Throughput) =>
    `  ${name.padEnd(28)} ${String(t.tokensPerSecond).padStart(8)} tokens/s  ${String(t.sentencesPerSecond).padStart(6)} sentences/s  (${t.tokens} tokens x ${t.passes} passes, ${t.cpuSeconds} CPU s)`;
  const lines = [
    '',
    'syntax (tagger + parser, one core, CPU time):',
    `  model load ${loadMs} ms`,
    tp('EWT test (gold tokens)', gold),
  ];
  if (wikinews) lines.push(tp('Wikinews (wink segmentation)', wikinews));
  for (const [name, r] of Object.entries(accuracy)) {
    lines.push('', `${name}:`, syntax.formatEval(r).trimEnd());
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`bench syntax: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
