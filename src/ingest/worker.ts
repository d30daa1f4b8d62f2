/**
 * A coding worker thread: one coder, created once; codes the stories it is sent. Two kinds of request:
 * `code` (ingest, recode, queue workers: results with fingerprints) and `code-json` (the HTTP API's
 * `POST /code`: the events already serialised, so the server's event loop only passes them on instead
 * of copying and serialising thousands of records itself).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CoderOptions } from '../core/coder-types.js';
import type { Story } from '../core/records.js';
import { type Coder, codeOne, type MainMessage, type WorkerMessage } from './coding.js';

/** A `code-json` request and its answer. */
export type JsonRequest = {
  readonly type: 'code-json';
  readonly id: number;
  readonly story: Story;
  /** Confidence threshold for this request; undefined: the coder's. */
  readonly minConfidence?: number | undefined;
};
export type JsonReply =
  | {
      readonly type: 'done-json';
      readonly id: number;
      readonly status: 'coded';
      readonly sentences: number;
      readonly events: string;
    }
  | {
      readonly type: 'done-json';
      readonly id: number;
      readonly status: 'failed';
      readonly error: { readonly code: string; readonly message: string };
    };

const port = parentPort;

async function main(): Promise<void> {
  if (!port) return;
  const { coderModule, coderOptions } = workerData as { coderModule: string; coderOptions: CoderOptions };
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
  port.on('message', (m: MainMessage | JsonRequest) => {
    if (m.type === 'code-json') {
      const { result } = codeOne(coder, m.story, m.minConfidence);
      port.postMessage(
        (result.status === 'coded'
          ? {
              type: 'done-json',
              id: m.id,
              status: 'coded',
              sentences: result.sentences,
              events: JSON.stringify(result.events),
            }
          : { type: 'done-json', id: m.id, status: 'failed', error: result.error }) satisfies JsonReply,
      );
      return;
    }
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
