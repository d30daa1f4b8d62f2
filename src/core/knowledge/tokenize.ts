/** Tokenises dictionary entries with the segmenter, as the mentions stage sees text: lower-case tokens. */
import type { Segmenter } from '../stages/segment.js';

/** Tokenizes many short strings (dictionary entries) in one wink pass; returns lower-case tokens. */
export function batchTokenize(seg: Segmenter, texts: readonly string[]): string[][] {
  const out: string[][] = [];
  const CHUNK = 4000;
  for (let c = 0; c < texts.length; c += CHUNK) {
    const part = texts.slice(c, c + CHUNK);
    const doc = seg.segment(part.join('\n|\n'));
    const local: string[][] = [[]];
    for (let i = 0; i < doc.n; i++) {
      const w = doc.lower[i]!;
      if (w === '|') local.push([]);
      else local[local.length - 1]!.push(w);
    }
    if (local.length === part.length) out.push(...local);
    else for (const t of part) out.push(tokensOf(seg, t)); // a '|' inside an entry: one by one keeps alignment
  }
  return out;
}

function tokensOf(seg: Segmenter, text: string): string[] {
  const d = seg.segment(text);
  return Array.from({ length: d.n }, (_, i) => d.lower[i]!);
}
