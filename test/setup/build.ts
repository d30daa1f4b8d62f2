/**
 * vitest globalSetup: builds dist/ (tsc -p tsconfig.build.json) when any file under src/ is newer than
 * dist/cli/main.js, for tests that run the CLI or worker threads (which load built JS). Type errors
 * elsewhere in the tree do not stop the emit; a missing dist/cli/main.js afterwards does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const main = join(root, 'dist/cli/main.js');
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(root, 'src'))) return;
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'pipe',
    });
  } catch {
    // type errors still emit; checked below
  }
  if (!existsSync(main)) throw new Error('build failed: dist/cli/main.js is missing (run npm run build)');
}
