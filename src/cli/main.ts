#!/usr/bin/env node
/**
 * The `dyadic` command: a thin shell. Each command lives in `commands/<name>.ts` and calls the library.
 * Start-up is lazy: `--version` imports nothing else, and a named command imports only its own module
 * (the coder and its knowledge are loaded only by the commands that code).
 */
import type { Command } from 'commander';
import { VERSION } from '../version.js';

type Register = (program: Command) => void;

/** Where each command's registration lives; `--help` and unknown words load them all. */
const LAZY: Readonly<Record<string, () => Promise<Register>>> = {
  code: async () => (await import('./commands/code.js')).registerCode,
  explain: async () => (await import('./commands/explain.js')).registerExplain,
  parse: async () => (await import('./commands/parse.js')).registerParse,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  recode: async () => (await import('./commands/recode.js')).registerRecode,
  events: async () => (await import('./commands/events.js')).registerEvents,
  timeline: async () => (await import('./commands/timeline.js')).registerTimeline,
  actors: async () => (await import('./commands/actors.js')).registerActors,
  ledger: async () => (await import('./commands/ledger.js')).registerLedger,
  export: async () => (await import('./commands/export.js')).registerExport,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  demo: async () => (await import('./commands/serve.js')).registerDemo,
  enqueue: async () => (await import('../worker/cli.js')).registerEnqueue,
  worker: async () => (await import('../worker/cli.js')).registerWorker,
  queue: async () => (await import('../worker/cli.js')).registerQueue,
};

async function main(argv: readonly string[]): Promise<void> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { Command } = await import('commander');
  const program = new Command();
  program
    .name('dyadic')
    .description('Political event data from news text: who did what to whom, when, where, and who says so.')
    .version(VERSION);
  const first = args.find((a) => !a.startsWith('-'));
  const only = first !== undefined && args[0] === first ? LAZY[first] : undefined;
  if (only) (await only())(program);
  else for (const register of (await import('./commands/index.js')).COMMANDS) register(program);
  // Usage errors (unknown option, missing argument, unknown command) are one line and exit 2, in every
  // command, as the README says; --help exits 0.
  const exitUsage = (err: { exitCode: number }) => process.exit(err.exitCode === 0 ? 0 : 2);
  for (const cmd of [program, ...program.commands]) cmd.showHelpAfterError(false).exitOverride(exitUsage);
  await program.parseAsync(argv as string[]);
}

// A closed pipe (`dyadic events | head`) ends the command quietly: the reader has what it wanted.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv).catch((err: unknown) => {
  process.stderr.write(`dyadic: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
