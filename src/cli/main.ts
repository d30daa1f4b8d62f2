#!/usr/bin/env node
/** The `dyadic` command: a thin shell. Each command lives in `commands/<name>.ts` and calls the library. */
import { Command } from 'commander';
import { VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';

const program = new Command();
program
  .name('dyadic')
  .description('Political event data from news text: who did what to whom, when, where, and who says so.')
  .version(VERSION);
for (const register of COMMANDS) register(program);

// Usage errors (unknown option, missing argument, unknown command) are one line and exit 2, in every
// command, as the README says; --help and --version exit 0.
const exitUsage = (err: { exitCode: number }) => process.exit(err.exitCode === 0 ? 0 : 2);
for (const cmd of [program, ...program.commands]) cmd.showHelpAfterError(false).exitOverride(exitUsage);

// A closed pipe (`dyadic events | head`) ends the command quietly: the reader has what it wanted.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`dyadic: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
