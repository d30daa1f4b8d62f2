/**
 * The trained model files the coder loads (models/ at the package root), read once per process. The only
 * file-system access of the core's models: the stages take the loaded values.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfidenceHeader, type ConfidenceModel, modelFromHeader } from './stages/confidence.js';

/** models/ at the package root, from src/core (tests) or dist/core (the build). */
export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');
export const CONFIDENCE_FILE = join(MODELS_DIR, 'coder', 'confidence.json');

let confidence: ConfidenceModel | null | undefined;
/** The committed confidence model, or null when the file is absent (then events carry no confidence). */
export function loadConfidenceModel(file = CONFIDENCE_FILE): ConfidenceModel | null {
  if (file === CONFIDENCE_FILE && confidence !== undefined) return confidence;
  const m = existsSync(file) ? modelFromHeader(JSON.parse(readFileSync(file, 'utf8')) as ConfidenceHeader) : null;
  if (file === CONFIDENCE_FILE) confidence = m;
  return m;
}
