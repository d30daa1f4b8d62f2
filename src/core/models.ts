/**
 * The trained model files the coder loads (models/ at the package root), read once per process. The only
 * file-system access of the core's models: the stages take the loaded values.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREPARED } from './knowledge/builtin.js';
import { type ConfidenceHeader, type ConfidenceModel, modelFromHeader } from './stages/confidence.js';
import {
  type TriggerHeader,
  type TriggerLexicon,
  type TriggerModel,
  triggerLexicon,
  triggerModelFromHeader,
} from './stages/triggers.js';

/** models/ at the package root, from src/core (tests) or dist/core (the build). */
export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');
export const CONFIDENCE_FILE = join(MODELS_DIR, 'coder', 'confidence.json');
export const TRIGGER_FILE = join(MODELS_DIR, 'coder', 'triggers.json');

let confidence: ConfidenceModel | null | undefined;
/** The committed confidence model, or null when the file is absent (then events carry no confidence). */
export function loadConfidenceModel(file = CONFIDENCE_FILE): ConfidenceModel | null {
  if (file === CONFIDENCE_FILE && confidence !== undefined) return confidence;
  const m = existsSync(file) ? modelFromHeader(JSON.parse(readFileSync(file, 'utf8')) as ConfidenceHeader) : null;
  if (file === CONFIDENCE_FILE) confidence = m;
  return m;
}

let triggers: TriggerModel | null | undefined;
/** The committed trigger model, or null when the file is absent (then only patterns find events). */
export function loadTriggerModel(file = TRIGGER_FILE): TriggerModel | null {
  if (file === TRIGGER_FILE && triggers !== undefined) return triggers;
  const m = existsSync(file)
    ? triggerModelFromHeader(JSON.parse(readFileSync(file, 'utf8')) as TriggerHeader, defaultTriggerLexicon())
    : null;
  if (file === TRIGGER_FILE) triggers = m;
  return m;
}

let lexicon: TriggerLexicon | undefined;
/** The trigger features' lexicon over the built-in patterns. */
export function defaultTriggerLexicon(): TriggerLexicon {
  lexicon ??= triggerLexicon(PREPARED.patterns);
  return lexicon;
}
