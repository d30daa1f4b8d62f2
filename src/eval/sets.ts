/**
 * Evaluation sets: the seed story (gold file beside its text) and the development set (gold files in
 * the repo that point into the Wikinews corpus by story id and character spans, so no article text
 * is kept in the repo).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../core/records.js';
import type { GoldEvent, GoldStory } from './score.js';

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

interface DevGold {
  story: { id: string; corpus: string; date: string; dateline?: string | null };
  events: (Omit<GoldEvent, 'evidence'> & { evidence_span: [number, number] })[];
}

/** The development set: `<dir>/*.devgold.json` resolved against the corpus under `<shared>/corpus`. */
export function loadDevSet(dir: string, shared: string): EvalSet {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.devgold.json'))
    .sort();
  const devs = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as DevGold);
  const corpora = new Map<string, Map<string, { id: string; date: string; title?: string; text: string }>>();
  const stories: Story[] = [];
  const golds: GoldStory[] = [];
  for (const d of devs) {
    let corpus = corpora.get(d.story.corpus);
    if (!corpus) {
      const path = join(shared, 'corpus', d.story.corpus);
      if (!existsSync(path)) throw new Error(`corpus ${path} not found (the dev set points into it)`);
      corpus = new Map();
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as { id: string; date: string; title?: string; text: string };
        corpus.set(o.id, o);
      }
      corpora.set(d.story.corpus, corpus);
    }
    const src = corpus.get(d.story.id);
    if (!src) throw new Error(`story ${d.story.id} not found in ${d.story.corpus}`);
    stories.push({
      id: src.id,
      date: d.story.date,
      dateline: d.story.dateline ?? null,
      title: src.title ?? null,
      text: src.text,
    });
    golds.push({
      story: { id: src.id, date: d.story.date, dateline: d.story.dateline ?? null },
      events: d.events.map((e) => ({ ...e, evidence: src.text.slice(e.evidence_span[0], e.evidence_span[1]) })),
    });
  }
  return { name: 'devset', stories, golds };
}
