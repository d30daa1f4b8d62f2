/** A coding worker thread: one coder, created once; codes the stories it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CoderOptions } from '../core/coder-types.js';
import { type Coder, codeOne, type MainMessage, type WorkerMessage } from './coding.js';

const { coderModule, coderOptions } = workerData as { coderModule: string; coderOptions: CoderOptions };
const port = parentPort;

async function main(): Promise<void> {
  if (!port) return;
  let coder: Coder;
  try {
    const mod = (await import(coderModule)) as { createCoder(o?: CoderOptions): Coder };
    coder = mod.createCoder(coderOptions);
  } catch (e) {
    port.postMessage({
      type: 'init-error',
      message: e instanceof Error ? e.message : String(e),
    } satisfies WorkerMessage);
    return;
  }
  port.on('message', (m: MainMessage) => {
    if (m.type !== 'code') return;
    const results = m.stories.map((s) => {
      const { story: _story, ...rest } = codeOne(coder, s);
      return rest;
    });
    port.postMessage({ type: 'done', id: m.id, results } satisfies WorkerMessage);
  });
  port.postMessage({ type: 'ready', version: coder.version } satisfies WorkerMessage);
}

void main();
