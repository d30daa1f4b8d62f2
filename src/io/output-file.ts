/**
 * Where an output file is written, the same for every command that writes one. A regular file (or a
 * new one) is written to a temp file in its own folder and renamed over it only when complete, so a
 * reader never sees half a file and a failed run leaves the old file as it was. A symlink is followed
 * (the link stays a link; its target is replaced the same way). A device, a pipe or a socket is written
 * directly: renaming over `/dev/null` would replace the device.
 */
import { lstatSync, readlinkSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface OutputFile {
  /** The path to open for writing: a temp file beside the target, or the target itself when direct. */
  readonly writePath: string;
  /** The target as given. */
  readonly path: string;
  /** True when written in place (a device, pipe or socket). */
  readonly direct: boolean;
  /** Moves the finished temp file into place. */
  commit(): void;
  /** Removes the temp file (after a failure). */
  discard(): void;
}

/** Temp files of this process not yet committed or discarded, removed if the process exits first. */
const pending = new Set<string>();
let hooked = false;
function track(tmp: string): void {
  pending.add(tmp);
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const t of pending) rmSync(t, { force: true });
  });
}

/** A one-line message for a write failure, naming the file and the cause. */
export function writeErrorMessage(path: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOENT: 'no such folder',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EIO: 'input/output error',
  };
  const cause = (err?.code && why[err.code]) || err?.message || String(e);
  return `cannot write ${path}: ${cause}${err?.code ? ` (${err.code})` : ''}`;
}

/** Resolves a symlink chain to the file it names (which may not exist yet). */
function followLinks(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // A dangling link: write the file it points to.
    let p = path;
    for (let i = 0; i < 40; i++) {
      let st: ReturnType<typeof lstatSync>;
      try {
        st = lstatSync(p);
      } catch {
        return p;
      }
      if (!st.isSymbolicLink()) return p;
      p = resolve(dirname(p), readlinkSync(p));
    }
    throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
  }
}

export function prepareOutput(path: string): OutputFile {
  const target = followLinks(resolve(path));
  let st: ReturnType<typeof statSync> | null = null;
  try {
    st = statSync(target);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) throw new Error(writeErrorMessage(path, { code: 'EISDIR' }));
  if (st && !st.isFile()) {
    // Devices, pipes, sockets: in place, nothing to rename.
    return { writePath: target, path, direct: true, commit: () => {}, discard: () => {} };
  }
  const dir = dirname(target);
  let dst: ReturnType<typeof statSync>;
  try {
    dst = statSync(dir);
  } catch {
    throw new Error(`cannot write ${path}: folder ${dir} does not exist`);
  }
  if (!dst.isDirectory()) throw new Error(writeErrorMessage(path, { code: 'ENOTDIR' }));
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  track(tmp);
  return {
    writePath: tmp,
    path,
    direct: false,
    commit: () => {
      renameSync(tmp, target);
      pending.delete(tmp);
    },
    discard: () => {
      rmSync(tmp, { force: true });
      pending.delete(tmp);
    },
  };
}
