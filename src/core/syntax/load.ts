/**
 * The syntax module's only file-system access: loading the committed model (a lazy singleton, once
 * per process) and the small read/write helpers the trainer uses.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel, type SyntaxModel } from './model.js';

/** models/syntax at the package root (this file is src/core/syntax/ or dist/core/syntax/). */
export const DEFAULT_MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../models/syntax');
export const MODEL_FILE = 'syntax.bin';

/** Loads a model from a file or a folder holding syntax.bin (default: the committed model). */
export function loadSyntaxModel(path: string = DEFAULT_MODEL_DIR): SyntaxModel {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, MODEL_FILE) : path;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new Error(`cannot read syntax model ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return decodeModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

let shared: SyntaxModel | null = null;

/** The committed model, loaded on first use and kept for the life of the process. */
export function syntaxModel(): SyntaxModel {
  shared ??= loadSyntaxModel();
  return shared;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

export function writeBytes(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}

/** The shared corpus folder (../shared next to the package root), or null when absent. */
export function sharedDir(): string | null {
  const dir = resolve(DEFAULT_MODEL_DIR, '../../../shared');
  return existsSync(dir) ? dir : null;
}
