#!/usr/bin/env node
/** The `dyadic` command: a thin shell. Each command lives in `commands/<name>.ts` and calls the library. */
import { Command } from 'commander';
import { VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';

const program = new Command();
program
  .name('dyadic')
  .description('Political event data from news text: who did what to whom, when, where, and who says so.')
  .version(VERSION)
  .showHelpAfterError();
for (const register of COMMANDS) register(program);

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
