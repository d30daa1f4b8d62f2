/** Output for CLI commands: stdout or a file written atomically (temp file, then rename). */
import { createWriteStream, existsSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
  const dir = dirname(path);
  if (!existsSync(dir)) throw new Error(`cannot write ${path}: folder ${dir} does not exist`);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const ws: WriteStream = createWriteStream(tmp);
  let failure: Error | null = null;
  ws.on('error', (e) => {
    failure = e;
  });
  return {
    write: (s) => {
      if (failure) return Promise.reject(failure);
      return ws.write(s) ? Promise.resolve() : new Promise((r) => ws.once('drain', () => r()));
    },
    close: () =>
      new Promise((resolve, reject) => {
        if (failure) {
          rmSync(tmp, { force: true });
          reject(failure);
          return;
        }
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
