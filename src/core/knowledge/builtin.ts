/**
 * The built-in knowledge, loaded once per process when this module is first imported: the prepared
 * artifact `dist/knowledge.bin` when it is current, else compiled from the data files (see `prepared.ts`).
 */
import { existsSync } from 'node:fs';
import { filesStamp } from '../../knowledge/files.js';
import { createSegmenter } from '../stages/segment.js';
import { readArtifactFile } from './artifact-file.js';
import {
  ARTIFACT_FORMAT,
  ARTIFACT_PATH,
  compileKnowledge,
  type PreparedArtifact,
  type PreparedKnowledge,
  restoreKnowledge,
} from './prepared.js';

function readArtifact(): PreparedArtifact | null {
  if (!existsSync(ARTIFACT_PATH)) return null;
  const art = readArtifactFile(ARTIFACT_PATH) as PreparedArtifact | null;
  // A data file changed since the build (size or time) makes the artifact stale.
  return art && art.format === ARTIFACT_FORMAT && art.stamp === filesStamp() ? art : null;
}

async function load(): Promise<PreparedKnowledge> {
  const art = readArtifact();
  if (art) return restoreKnowledge(art);
  // No current artifact: validate and compile the data files (the schema library is loaded only here).
  const { loadKnowledgeFiles } = await import('../../knowledge/data.js');
  return compileKnowledge(loadKnowledgeFiles(), createSegmenter()).prepared;
}

/** The built-in knowledge, loaded once per process. */
export const PREPARED: PreparedKnowledge = await load();
