/**
 * Evaluation sets: the seed story (gold file beside its text). The hand-coded corpus's splits, which
 * point into the Wikinews corpus by story id and character spans, are loaded by `gold.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../core/records.js';
import type { GoldStory } from './score.js';

export interface EvalSet {
  readonly name: string;
  readonly stories: readonly Story[];
  readonly golds: readonly GoldStory[];
}

/** The seed story and its gold file from `<shared>/corpus/seed`. */
export function loadSeedSet(shared: string): EvalSet {
  const dir = join(shared, 'corpus', 'seed');
  const golds: GoldStory[] = [];
  const stories: Story[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json'))) {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldStory & { story: { file: string } };
    golds.push(g);
    stories.push({
      id: g.story.id,
      date: g.story.date,
      dateline: g.story.dateline ?? null,
      text: readFileSync(join(dir, g.story.file), 'utf8'),
    });
  }
  return { name: 'seed', stories, golds };
}
