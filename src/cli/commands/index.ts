/** Every CLI command registers itself here, in the order `dyadic --help` lists them. */
import type { Command } from 'commander';
import { registerEnqueue, registerQueue, registerWorker } from '../../worker/cli.js';
import { registerActors } from './actors.js';
import { registerCode } from './code.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerExplain } from './explain.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerLedger } from './ledger.js';
import { registerParse } from './parse.js';
import { registerRecode } from './recode.js';
import { registerDemo, registerServe } from './serve.js';
import { registerTimeline } from './timeline.js';

export const COMMANDS: readonly ((program: Command) => void)[] = [
  registerCode,
  registerExplain,
  registerParse,
  registerEval,
  registerIngest,
  registerRecode,
  registerEvents,
  registerTimeline,
  registerActors,
  registerLedger,
  registerExport,
  registerServe,
  registerDemo,
  registerEnqueue,
  registerWorker,
  registerQueue,
];
