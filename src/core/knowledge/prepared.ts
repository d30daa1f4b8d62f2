/**
 * The knowledge the coder runs on, compiled once: the actor lexicon (a token trie), the gazetteer,
 * the ambiguity table and the pattern index, with the knowledge version.
 *
 * `npm run build` compiles it from the data files (`knowledge/*.jsonl`, validated) and the pattern
 * tables into the prepared artifact `dist/knowledge.bin` (see `build-artifact.ts`); a starting
 * process loads that artifact and neither validates, tokenises nor reads the city list again. When
 * the artifact is missing (running from source) or older than the data files, the knowledge is
 * compiled here from the files instead: slower, same result.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnowledgeData } from '../../knowledge/data.js';
import { filesStamp, stampOf } from '../../knowledge/files.js';
import { ALL_PATTERNS, CLASSES } from '../../knowledge/patterns/index.js';
import type { AmbiguousRow } from '../../knowledge/schema.js';
import type { CountryEntry, OrganizationEntry } from '../../knowledge/types.js';
import { createSegmenter, type Segmenter } from '../stages/segment.js';
import {
  type ActorLexicon,
  compileActorLexicon,
  restoreLexicon,
  type SerializedLexicon,
  serializeLexicon,
} from './actor-lexicon.js';
import { type AmbiguityTable, compileAmbiguity } from './ambiguity.js';
import {
  buildGazetteer,
  type Gazetteer,
  placeTokens,
  restoreGazetteer,
  type SerializedGazetteer,
  serializeGazetteer,
} from './gazetteer.js';
import { compilePatterns, type PatternIndex } from './pattern-index.js';
import { batchTokenize } from './tokenize.js';

export interface PreparedKnowledge {
  /** Hash of the data files and the pattern tables: the knowledge part of the coder's version (lazy). */
  readonly hash: string;
  readonly lexicon: ActorLexicon;
  readonly gazetteer: Gazetteer;
  readonly ambiguity: AmbiguityTable;
  readonly patterns: PatternIndex;
}

/** What `dist/knowledge.bin` holds. */
export interface PreparedArtifact {
  readonly format: number;
  /** `filesStamp()` of the data files it was built from. */
  readonly stamp: string;
  /** Hash of the data files. */
  readonly dataHash: string;
  /** Stamp of the pattern tables' files it was built with (see `patternsStamp`). */
  readonly patternsStamp: string;
  readonly countries: readonly CountryEntry[];
  readonly organizations: readonly OrganizationEntry[];
  readonly ambiguous: readonly AmbiguousRow[];
  readonly lexicon: SerializedLexicon;
  readonly gazetteer: SerializedGazetteer;
  /** Tokens of every pattern literal and ambiguous name, as the segmenter splits them. */
  readonly tokens: Readonly<Record<string, string[]>>;
}

export const ARTIFACT_FORMAT = 6;
export const ARTIFACT_PATH = fileURLToPath(new URL('../../knowledge.bin', import.meta.url));

const PATTERNS_DIR = fileURLToPath(new URL('../../knowledge/patterns/', import.meta.url));

/** Stamp (names, sizes, times) of the pattern tables' module files: were they changed since the build? */
function patternsStamp(): string {
  return stampOf(
    PATTERNS_DIR,
    readdirSync(PATTERNS_DIR)
      .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'))
      .sort(),
  );
}

/**
 * Adds the knowledge version: the data files' hash and the pattern tables' values (the same whether
 * the tables run from source or from the build), computed when first asked for: a run that stores
 * nothing never needs it.
 */
function withVersion(dataHash: string, k: Omit<PreparedKnowledge, 'hash'>): PreparedKnowledge {
  let hash: string | null = null;
  return Object.defineProperty({ ...k }, 'hash', {
    enumerable: true,
    get: () => {
      hash ??= createHash('sha1')
        .update(dataHash)
        .update(JSON.stringify([ALL_PATTERNS, CLASSES]))
        .digest('hex')
        .slice(0, 12);
      return hash;
    },
  }) as PreparedKnowledge;
}

/** Pattern and ambiguity compilation: tokens from `tokens` where known, else from the segmenter. */
function compileRest(
  ambiguous: readonly AmbiguousRow[],
  tokens: Record<string, string[]>,
  segmenter: () => Segmenter,
  lazy: boolean,
): { ambiguity: AmbiguityTable; patterns: PatternIndex } {
  const tokenize = (texts: readonly string[]): string[][] => {
    const missing = texts.filter((t) => !tokens[t]);
    if (missing.length) {
      const got = batchTokenize(segmenter(), missing);
      missing.forEach((t, i) => {
        tokens[t] = got[i]!;
      });
    }
    return texts.map((t) => tokens[t]!);
  };
  const names = ambiguous.map((a) => a.name);
  tokenize(names);
  const ambiguity = compileAmbiguity(ambiguous, (name) => tokens[name] ?? []);
  const patterns = compilePatterns(ALL_PATTERNS, CLASSES, tokenize, { lazy });
  return { ambiguity, patterns };
}

/** Compiles the tables into prepared knowledge and the artifact that restores it. */
export function compileKnowledge(
  data: KnowledgeData,
  segmenter: Segmenter,
): { prepared: PreparedKnowledge; artifact: PreparedArtifact } {
  const tokenize = (texts: readonly string[]) => batchTokenize(segmenter, texts);
  const lexicon = compileActorLexicon(data, tokenize);
  const gazetteer = buildGazetteer(data.countries, placeTokens);
  const tokens: Record<string, string[]> = {};
  const { ambiguity, patterns } = compileRest(data.ambiguous, tokens, () => segmenter, false);
  return {
    prepared: withVersion(data.hash, { lexicon, gazetteer, ambiguity, patterns }),
    artifact: {
      format: ARTIFACT_FORMAT,
      stamp: filesStamp(),
      dataHash: data.hash,
      patternsStamp: patternsStamp(),
      countries: data.countries,
      organizations: data.organizations,
      ambiguous: data.ambiguous,
      lexicon: serializeLexicon(lexicon),
      gazetteer: serializeGazetteer(gazetteer),
      tokens,
    },
  };
}

export function restoreKnowledge(art: PreparedArtifact): PreparedKnowledge {
  let seg: Segmenter | null = null;
  // Pattern tables unchanged since the build were validated then: compiled lazily, anchor by anchor.
  // Changed ones are compiled (and checked) now, their new literals tokenised by a segmenter made then.
  const lazy = art.patternsStamp === patternsStamp();
  const { ambiguity, patterns } = compileRest(
    art.ambiguous,
    { ...art.tokens },
    () => {
      seg ??= createSegmenter();
      return seg;
    },
    lazy,
  );
  return withVersion(art.dataHash, {
    lexicon: restoreLexicon(art.lexicon, art),
    gazetteer: restoreGazetteer(art.gazetteer),
    ambiguity,
    patterns,
  });
}
