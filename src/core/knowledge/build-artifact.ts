/**
 * Build step (`npm run build` runs it after tsc): validates the knowledge data files and writes the
 * prepared artifact `dist/knowledge.json` — the merged tables, their hash (the coder's knowledge
 * version) and the tokenisation of every name the actor lexicon compiles, so that a starting process
 * neither validates nor tokenises them again. Exits 2 listing every bad row when the data is invalid.
 */
import { writeFileSync } from 'node:fs';
import {
  ARTIFACT_FORMAT,
  ARTIFACT_PATH,
  filesStamp,
  KnowledgeError,
  loadKnowledgeFiles,
} from '../../knowledge/data.js';
import { createSegmenter } from '../stages/segment.js';
import { compileActorLexicon, serializeLexicon } from './actor-lexicon.js';
import { buildGazetteer, placeTokens, serializeGazetteer } from './gazetteer.js';
import { batchTokenize } from './tokenize.js';

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
  const seg = createSegmenter();
  const tokens: Record<string, string[]> = {};
  const lexicon = compileActorLexicon(
    {
      countries: data.countries,
      organizations: data.organizations,
      people: data.people,
      sectors: data.sectors,
      surnameStoplist: data.surnameStoplist,
    },
    (texts) => {
      const out = batchTokenize(seg, texts);
      texts.forEach((t, i) => {
        tokens[t] = out[i]!;
      });
      return out;
    },
  );
  const compiled = {
    lexicon: serializeLexicon(lexicon, data.people),
    gazetteer: serializeGazetteer(buildGazetteer(data.countries, placeTokens)),
  };
  writeFileSync(ARTIFACT_PATH, JSON.stringify({ format: ARTIFACT_FORMAT, stamp: filesStamp(), ...data, compiled }));
  process.stdout.write(
    `knowledge: ${data.people.length} people, ${data.organizations.length} organisations, ${data.countries.length} countries -> ${ARTIFACT_PATH} (${data.hash})\n`,
  );
}

main();
