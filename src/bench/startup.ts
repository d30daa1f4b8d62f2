/**
 * Start-up of whole processes: `dyadic --version`, and coding one sentence from a cold process (the
 * prepared knowledge artifact loaded, the segmenter and confidence model built, one event coded),
 * next to a bare `node -e 0` on the same machine. Runs each command `--startup-runs` times (default
 * 11), alternating, and reports medians of wall-clock time.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../cli/main.js');
const SENTENCE = 'Iran accused Israel of the attack.';

interface StartupResult {
  readonly runs: number;
  readonly nodeMs: number;
  readonly versionMs: number;
  readonly codeMs: number;
}

function timeRun(args: readonly string[], input?: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { input, stdio: ['pipe', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`startup bench: ${args.join(' ')} exited ${r.status}: ${String(r.stderr)}`);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

export function measureStartup(runs: number): StartupResult {
  const node: number[] = [];
  const version: number[] = [];
  const code: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(timeRun(['-e', '0']));
    version.push(timeRun([CLI, '--version']));
    code.push(timeRun([CLI, 'code', '-', '--date', '2020-01-01', '-q'], SENTENCE));
  }
  const r = (x: number) => Math.round(x);
  return { runs, nodeMs: r(median(node)), versionMs: r(median(version)), codeMs: r(median(code)) };
}

export function runStartupBench(args: readonly string[]): StartupResult {
  const i = args.indexOf('--startup-runs');
  const runs = Math.max(1, Math.round(Number(i >= 0 ? args[i + 1] : 11)));
  const s = measureStartup(runs);
  if (!args.includes('--json'))
    process.stdout.write(
      `\nstart-up (medians of ${s.runs} whole-process runs): node -e 0 ${s.nodeMs} ms; dyadic --version ${s.versionMs} ms; ` +
        `dyadic code of one sentence ${s.codeMs} ms\n`,
    );
  return s;
}
