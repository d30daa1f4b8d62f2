/**
 * Build step (`npm run build` runs it after tsc): validates the knowledge data files, compiles them
 * with the pattern tables, and writes the prepared artifact `dist/knowledge.bin` that a starting
 * process restores without validating, tokenising or reading the city list (see `prepared.ts`).
 * Exits 2 listing every bad row when the data is invalid.
 */
import { KnowledgeError, loadKnowledgeFiles } from '../../knowledge/data.js';
import { createSegmenter } from '../stages/segment.js';
import { writeArtifact } from './artifact-file.js';
import { ARTIFACT_PATH, compileKnowledge } from './prepared.js';

function main(): void {
  let data: ReturnType<typeof loadKnowledgeFiles>;
  try {
    data = loadKnowledgeFiles();
  } catch (err) {
    if (err instanceof KnowledgeError) {
      process.stderr.write(`${err.problems.join('\n')}\n${err.problems.length} bad knowledge rows\n`);
      process.exit(2);
    }
    throw err;
  }
  const { artifact } = compileKnowledge(data, createSegmenter());
  writeArtifact(ARTIFACT_PATH, artifact);
  process.stdout.write(
    `knowledge: ${data.people.length} people, ${data.organizations.length} organisations, ${data.countries.length} countries -> ${ARTIFACT_PATH} (${data.hash})\n`,
  );
}

main();
