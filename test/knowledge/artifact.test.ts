/**
 * The prepared artifact restores exactly what compiling the data files gives: the same pattern lists
 * at every anchor (compiled lazily from the artifact, eagerly from the files), the same places, the
 * same actor entries, the same knowledge version; and a file that is not an artifact is refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrieNode } from '../../src/core/knowledge/actor-lexicon.js';
import { readArtifactFile, writeArtifact } from '../../src/core/knowledge/artifact-file.js';
import {
  compileKnowledge,
  type PreparedArtifact,
  type PreparedKnowledge,
  restoreKnowledge,
} from '../../src/core/knowledge/prepared.js';
import { createSegmenter } from '../../src/core/stages/segment.js';
import { loadKnowledgeFiles } from '../../src/knowledge/data.js';

let compiled: PreparedKnowledge;
let restored: PreparedKnowledge;
let dir: string;

beforeAll(() => {
  const { prepared, artifact } = compileKnowledge(loadKnowledgeFiles(), createSegmenter());
  dir = mkdtempSync(join(tmpdir(), 'dyadic-artifact-'));
  const file = join(dir, 'knowledge.bin');
  writeArtifact(file, artifact);
  compiled = prepared;
  restored = restoreKnowledge(readArtifactFile(file) as PreparedArtifact);
}, 120_000);

describe('the prepared knowledge artifact', () => {
  it('has the version of the compiled knowledge', () => {
    expect(restored.hash).toBe(compiled.hash);
    expect(restored.hash).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives every anchor the same patterns, in the same order', () => {
    const eager = compiled.patterns.byAnchor as ReadonlyMap<string, readonly { id: string }[]>;
    expect(eager.size).toBeGreaterThan(500);
    for (const [anchor, list] of eager) {
      expect(restored.patterns.byAnchor.has(anchor), anchor).toBe(true);
      expect(
        restored.patterns.byAnchor.get(anchor)?.map((p) => p.id),
        anchor,
      ).toEqual(list.map((p) => p.id));
    }
    expect(restored.patterns.patterns.map((p) => p.id)).toEqual(compiled.patterns.patterns.map((p) => p.id));
    expect(restored.patterns.byAnchor.get('no-such-anchor-word')).toBeUndefined();
  });

  it('finds the same places', () => {
    const names = compiled.gazetteer.byName as ReadonlyMap<string, unknown>;
    expect(restored.gazetteer.byName.size).toBe(names.size);
    let n = 0;
    for (const [name, place] of names)
      if (n++ % 7 === 0) expect(restored.gazetteer.byName.get(name), name).toEqual(place);
    expect(restored.gazetteer.byName.get('baghdad')).toMatchObject({ country: 'IRQ' });
    expect(restored.gazetteer.byName.get('no such place')).toBeUndefined();
  });

  it('has the same actor entries under every key', () => {
    const walk = (a: Map<string, TrieNode>, b: Map<string, TrieNode>, path: string, depth: number) => {
      for (const [k, node] of a) {
        const other = b.get(k);
        expect(other, `${path} ${k}`).toBeDefined();
        expect(other?.entries?.map((e) => ({ ...e })) ?? null, `${path} ${k}`).toEqual(
          node.entries?.map((e) => ({ ...e })) ?? null,
        );
        if (node.next && depth < 3) walk(node.next, other?.next ?? new Map(), `${path} ${k}`, depth + 1);
      }
    };
    expect(restored.lexicon.root.size).toBe(compiled.lexicon.root.size);
    walk(compiled.lexicon.root, restored.lexicon.root, '', 0);
  });

  it('refuses a file that is not an artifact', () => {
    const bad = join(dir, 'bad.bin');
    writeFileSync(bad, '{"format":5}');
    expect(readArtifactFile(bad)).toBeNull();
  });
});
