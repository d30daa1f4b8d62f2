/**
 * The trained model files the coder loads (models/ at the package root), read once per process. The only
 * file-system access of the core's models: the stages take the loaded values.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfidenceHeader, type ConfidenceModel, modelFromHeader } from './stages/confidence.js';
import { type RoleHeader, type RoleModel, roleModelFromHeader } from './stages/roles.js';
import { PREPARED } from './knowledge/builtin.js';
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
export const ROLE_FILE = join(MODELS_DIR, 'coder', 'roles.json');

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

let roles: RoleModel | null | undefined;
/** The committed role model, or null when the file is absent (then the clause rules decide the roles). */
export function loadRoleModel(file = ROLE_FILE): RoleModel | null {
  if (file === ROLE_FILE && roles !== undefined) return roles;
  const m = existsSync(file) ? roleModelFromHeader(JSON.parse(readFileSync(file, 'utf8')) as RoleHeader) : null;
  if (file === ROLE_FILE) roles = m;
  return m;
}

export const CLUSTER_FILE = join(MODELS_DIR, 'clusters', 'clusters.txt');
let clusters: ReadonlyMap<string, number> | undefined;
/** The word-cluster table (one cluster per line, words separated by spaces): word -> cluster number. */
export function loadClusters(file = CLUSTER_FILE): ReadonlyMap<string, number> {
  if (file === CLUSTER_FILE && clusters) return clusters;
  const m = new Map<string, number>();
  if (existsSync(file)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let c = 0; c < lines.length; c++) for (const w of lines[c]!.split(' ')) if (w) m.set(w, c);
  }
  if (file === CLUSTER_FILE) clusters = m;
  return m;
}

let lexicon: TriggerLexicon | undefined;
/** The trigger features' lexicon over the built-in patterns and the committed word clusters. */
export function defaultTriggerLexicon(): TriggerLexicon {
  lexicon ??= triggerLexicon(PREPARED.patterns, loadClusters());
  return lexicon;
}
