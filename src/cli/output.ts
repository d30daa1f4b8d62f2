/** Output for CLI commands: stdout or a file written atomically (temp file, then rename). */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { dirname, basename, join } from 'node:path';

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
      write: (s) => (process.stdout.write(s) ? Promise.resolve() : new Promise((r) => process.stdout.once('drain', () => r()))),
      close: () => Promise.resolve(),
      abort: () => {},
    };
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const ws: WriteStream = createWriteStream(tmp);
  return {
    write: (s) => (ws.write(s) ? Promise.resolve() : new Promise((r) => ws.once('drain', () => r()))),
    close: () =>
      new Promise((resolve, reject) => {
        ws.end(() => {
          try {
            renameSync(tmp, path);
            resolve();
          } catch (e) {
            reject(e);
          }
        });
      }),
    abort: () => {
      ws.destroy();
      rmSync(tmp, { force: true });
    },
  };
}

/** One-line error on stderr: "dyadic: <where>: <message>". */
export function reportError(where: string, message: string): void {
  process.stderr.write(`dyadic: ${where}: ${message.split('\n')[0]}\n`);
}
