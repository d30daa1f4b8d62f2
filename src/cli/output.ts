/** Output for CLI commands: stdout, or a file written through `prepareOutput` (temp file renamed into place). */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { prepareOutput, writeErrorMessage } from '../io/output-file.js';

export interface Sink {
  write(s: string): Promise<void>;
  /** Completes the output (renames the temp file into place). */
  close(): Promise<void>;
  /** Abandons the output (removes the temp file). */
  abort(): void;
}

export function openSink(path: string | undefined): Sink {
  if (!path || path === '-') {
    return {
      write: (s) =>
        process.stdout.write(s) ? Promise.resolve() : new Promise((r) => process.stdout.once('drain', () => r())),
      close: () => Promise.resolve(),
      abort: () => {},
    };
  }
  const out = prepareOutput(path);
  const ws: WriteStream = createWriteStream(out.writePath);
  let failure: Error | null = null;
  ws.on('error', (e) => {
    failure = new Error(writeErrorMessage(path, e));
  });
  const fail = (): Promise<never> => {
    ws.destroy();
    out.discard();
    return Promise.reject(failure);
  };
  return {
    write: (s) => {
      if (failure) return fail();
      // events.once rejects if the stream fails while waiting, and removes its listeners either way.
      return ws.write(s)
        ? Promise.resolve()
        : once(ws, 'drain').then(
            () => (failure ? fail() : undefined),
            () => fail(),
          );
    },
    close: async () => {
      if (failure) return fail();
      ws.end();
      try {
        await finished(ws);
      } catch (e) {
        failure ??= new Error(writeErrorMessage(path, e));
      }
      if (failure) return fail();
      try {
        out.commit();
      } catch (e) {
        out.discard();
        throw new Error(writeErrorMessage(path, e));
      }
    },
    abort: () => {
      ws.destroy();
      out.discard();
    },
  };
}

/** One-line error on stderr: "dyadic: <where>: <message>". */
export function reportError(where: string, message: string): void {
  process.stderr.write(`dyadic: ${safe(where)}: ${safe(message.split('\n')[0] ?? '')}\n`);
}

/** Text from input shown on a terminal: control characters (escape sequences) made visible, never sent raw. */
export function safe(s: string): string {
  return s.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
