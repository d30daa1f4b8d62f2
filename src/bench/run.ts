/**
 * `npm run bench`: throughput of the coder on the Wikinews corpus (../shared/corpus/wikinews/bench.jsonl),
 * next to the bare wink-nlp pass the segmenter asks for (readDoc + tokens out(value, pos, lemma) +
 * sentence spans) over the same text, so the cost of coding above tokenizing is visible.
 *
 * Each mode runs in its own child process (this script with `--mode wink|coder`), so peak RSS is
 * per mode. A child loads the corpus, builds its pipeline (timed apart), warms up on a few stories,
 * then makes full passes over the corpus until at least `--seconds` have gone by, and prints one JSON
 * line. The parent prints a table and the coder/wink ratio, or with `--json` one JSON object.
 *
 * Then the start-up of whole processes (`startup.ts`) and the tagger and parser (`syntax.ts`).
 *
 *   node dist/bench/run.js [--seconds 20] [--corpus FILE] [--json] [--startup-runs 11]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStartupBench } from './startup.js';
import { runSyntaxBench } from './syntax.js';

type Mode = 'wink' | 'coder';

interface ModeResult {
  readonly mode: Mode;
  readonly stories: number;
  readonly passes: number;
  readonly seconds: number;
  /** Time to build the pipeline (wink model load; coder knowledge compile), not in the throughput. */
  readonly setupSeconds: number;
  /** Sentences per pass as this mode counts them (wink: its own sentence spans; coder: after its fixes). */
  readonly sentencesPerPass: number;
  readonly bytesPerPass: number;
  readonly eventsPerPass: number;
  readonly failedPerPass: number;
  readonly sentencesPerSecond: number;
  /** CPU seconds this process used while measuring, and sentences per CPU second (one core). */
  readonly cpuSeconds: number;
  readonly sentencesPerCpuSecond: number;
  readonly mbPerSecond: number;
  readonly storiesPerSecond: number;
  readonly peakRssMb: number;
}

interface CorpusStory {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_CORPUS = resolve(here, '../../../shared/corpus/wikinews/bench.jsonl');

function arg(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function loadCorpus(path: string): CorpusStory[] {
  const out: CorpusStory[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const o = JSON.parse(line) as { id: string | number; date?: string | null; text?: string };
    if (typeof o.text !== 'string') continue;
    const date = typeof o.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(o.date) ? o.date.slice(0, 10) : null;
    out.push({ id: String(o.id), date, text: o.text });
  }
  return out;
}

/** One pass over the stories; returns the sentence, event and failure counts. */
type Pass = (stories: readonly CorpusStory[]) => { sentences: number; events: number; failed: number };

async function winkPass(): Promise<Pass> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return (stories) => {
    let sentences = 0;
    let sink = 0;
    for (const s of stories) {
      const doc = nlp.readDoc(s.text);
      const toks = doc.tokens();
      const v = toks.out(its.value) as string[];
      const p = toks.out(its.pos) as string[];
      const l = toks.out(its.lemma as never) as unknown as string[];
      const spans = doc.sentences().out(its.span) as unknown as [number, number][];
      sentences += spans.length;
      sink += v.length + p.length + l.length;
    }
    if (sink < 0) throw new Error('unreachable');
    return { sentences, events: 0, failed: 0 };
  };
}

async function coderPass(): Promise<Pass> {
  const { createCoder } = await import('../core/coder.js');
  const coder = createCoder();
  return (stories) => {
    let sentences = 0;
    let events = 0;
    let failed = 0;
    for (const s of stories) {
      const r = coder.codeStory({ id: s.id, date: s.date, text: s.text });
      if (r.status === 'coded') {
        sentences += r.sentences;
        events += r.events.length;
      } else failed++;
    }
    return { sentences, events, failed };
  };
}

async function runMode(mode: Mode, corpus: string, seconds: number): Promise<ModeResult> {
  const stories = loadCorpus(corpus);
  const bytesPerPass = stories.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0);
  const t0 = performance.now();
  const pass = mode === 'wink' ? await winkPass() : await coderPass();
  const setupSeconds = (performance.now() - t0) / 1000;
  pass(stories.slice(0, 40)); // warm-up: let the JIT see the hot paths
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  let passes = 0;
  let first: ReturnType<Pass> | null = null;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let elapsed = 0;
  do {
    const r = pass(stories);
    first ??= r;
    passes++;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < seconds);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const f = first!;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    mode,
    stories: stories.length,
    passes,
    seconds: r3(elapsed),
    setupSeconds: r3(setupSeconds),
    sentencesPerPass: f.sentences,
    bytesPerPass,
    eventsPerPass: f.events,
    failedPerPass: f.failed,
    sentencesPerSecond: Math.round((f.sentences * passes) / elapsed),
    // Per second of this process's own CPU time: "on one core", whatever else the machine is running.
    cpuSeconds: r3(cpuSeconds),
    sentencesPerCpuSecond: Math.round((f.sentences * passes) / cpuSeconds),
    mbPerSecond: r3((bytesPerPass * passes) / 1e6 / elapsed),
    storiesPerSecond: Math.round((stories.length * passes) / elapsed),
    peakRssMb: Math.round(peakRssMb),
  };
}

function child(mode: Mode, corpus: string, seconds: number): ModeResult {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, script, '--mode', mode, '--corpus', corpus, '--seconds', String(seconds)],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (r.status !== 0)
    throw new Error(
      `bench --mode ${mode} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ModeResult;
}

/** Sums the rounds of one mode: throughput over all passes and seconds, the highest peak RSS. */
function combine(runs: readonly ModeResult[]): ModeResult {
  const f = runs[0]!;
  const passes = runs.reduce((n, r) => n + r.passes, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const cpuSeconds = runs.reduce((n, r) => n + r.cpuSeconds, 0);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    ...f,
    passes,
    seconds: r3(seconds),
    setupSeconds: r3(runs.reduce((n, r) => n + r.setupSeconds, 0) / runs.length),
    cpuSeconds: r3(cpuSeconds),
    sentencesPerSecond: Math.round((f.sentencesPerPass * passes) / seconds),
    sentencesPerCpuSecond: Math.round((f.sentencesPerPass * passes) / cpuSeconds),
    mbPerSecond: r3((f.bytesPerPass * passes) / 1e6 / seconds),
    storiesPerSecond: Math.round((f.stories * passes) / seconds),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

function table(rows: readonly ModeResult[]): string {
  const head = [
    'mode',
    'sentences/s',
    'sent/CPU-s',
    'MB/s',
    'stories/s',
    'events/pass',
    'peak RSS MB',
    'passes',
    'seconds',
    'setup s',
  ];
  const body = rows.map((r) => [
    r.mode,
    String(r.sentencesPerSecond),
    String(r.sentencesPerCpuSecond),
    r.mbPerSecond.toFixed(3),
    String(r.storiesPerSecond),
    String(r.eventsPerPass),
    String(r.peakRssMb),
    String(r.passes),
    r.seconds.toFixed(1),
    r.setupSeconds.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...body.map(fmt)].join('\n');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const seconds = Number(arg(args, '--seconds') ?? 20);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    process.stderr.write('bench: --seconds must be a positive number\n');
    return 2;
  }
  const corpus = resolve(arg(args, '--corpus') ?? DEFAULT_CORPUS);
  const mode = arg(args, '--mode');
  if (mode !== undefined) {
    if (mode !== 'wink' && mode !== 'coder') {
      process.stderr.write(`bench: unknown --mode "${mode}" (wink or coder)\n`);
      return 2;
    }
    process.stdout.write(`${JSON.stringify(await runMode(mode, corpus, seconds))}\n`);
    return 0;
  }
  if (!existsSync(corpus)) {
    process.stdout.write(
      `bench: skipped: corpus ${corpus} not found (the benchmark reads ../shared/corpus/wikinews/bench.jsonl)\n`,
    );
    return 0;
  }
  const json = args.includes('--json');
  const rounds = Math.max(1, Math.round(Number(arg(args, '--rounds') ?? 4)));
  if (!json) {
    process.stderr.write(
      `bench: ${corpus}, at least ${seconds} s per mode in ${rounds} alternating rounds, each in its own process...\n`,
    );
  }
  // Alternate the modes in short rounds so both see the same machine: on a shared machine, load
  // changes from minute to minute, and one long run per mode would compare different conditions.
  const winkRuns: ModeResult[] = [];
  const coderRuns: ModeResult[] = [];
  for (let r = 0; r < rounds; r++) {
    winkRuns.push(child('wink', corpus, seconds / rounds));
    coderRuns.push(child('coder', corpus, seconds / rounds));
  }
  const wink = combine(winkRuns);
  const coder = combine(coderRuns);
  const ratio = {
    /** Coder throughput as a fraction of the bare wink pass (MB/s over MB/s; 1 = as fast as wink). */
    speed: Math.round((coder.mbPerSecond / wink.mbPerSecond) * 1000) / 1000,
    /** The same on CPU time: robust when other processes share the machine. */
    cpuSpeed:
      Math.round(
        ((coder.bytesPerPass * coder.passes) /
          coder.cpuSeconds /
          ((wink.bytesPerPass * wink.passes) / wink.cpuSeconds)) *
          1000,
      ) / 1000,
    rss: Math.round((coder.peakRssMb / wink.peakRssMb) * 1000) / 1000,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify({ corpus, seconds, node: process.version, wink, coder, ratio })}\n`);
    return 0;
  }
  const mb = (wink.bytesPerPass / 1e6).toFixed(2);
  process.stdout.write(
    `corpus: ${coder.stories} stories, ${mb} MB of text, ${coder.sentencesPerPass} sentences (coder) / ${wink.sentencesPerPass} (wink) per pass; node ${process.version}\n\n` +
      `${table([wink, coder])}\n\n` +
      `coder/wink: ${ratio.speed.toFixed(3)} of the speed (MB/s, wall clock), ${ratio.cpuSpeed.toFixed(3)} per CPU second, ${ratio.rss.toFixed(2)}x the peak RSS\n`,
  );
  return 0;
}

main().then(
  (code) => {
    if (code !== 0 || process.argv.includes('--mode')) {
      process.exitCode = code;
      return;
    }
    const args = process.argv.slice(2);
    if (!args.includes('--json')) runStartupBench(args);
    process.exitCode = runSyntaxBench(args);
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
