/**
 * `dyadic parse [FILE|-]`: UPOS tags and dependency trees as CoNLL-U for raw text (sentences and
 * tokens from the project's segmenter). `--conllu GOLD` parses the words of a CoNLL-U file instead
 * (its annotation is ignored); with `--eval`, prints UPOS accuracy, UAS, LAS and per-relation scores
 * against it (`--json` for machine-readable output).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DyadicError } from '../../core/errors.js';
import { createSegmenter } from '../../core/stages/segment.js';
import {
  type ConlluSentence,
  emptySentence,
  formatEval,
  loadSyntaxModel,
  parseDoc,
  readConllu,
  SyntaxEval,
  type SyntaxModel,
  syntaxModel,
  writeConllu,
} from '../../core/syntax/index.js';
import { reportError } from '../output.js';
import { readStdin } from '../stdin.js';

interface ParseOptions {
  conllu?: string;
  eval?: boolean;
  json?: boolean;
  model?: string;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('tag and parse text (or the words of a CoNLL-U file) into Universal Dependencies, as CoNLL-U')
    .argument('[file]', 'text file to parse, or - for stdin (default)')
    .option('--conllu <gold>', 'parse the words of this CoNLL-U file instead of raw text')
    .option('--eval', 'with --conllu: print UPOS accuracy, UAS, LAS and LAS per relation against the file')
    .option('--json', 'with --eval: print the scores as JSON')
    .option('--model <path>', 'syntax model file or folder (default: the bundled model)')
    .action(async (file: string | undefined, opts: ParseOptions) => {
      process.exitCode = await runParse(file, opts);
    });
}

async function runParse(file: string | undefined, opts: ParseOptions): Promise<number> {
  if (opts.conllu !== undefined && file !== undefined) {
    reportError('parse', 'give either a text FILE or --conllu GOLD, not both');
    return 2;
  }
  if ((opts.eval || opts.json) && opts.conllu === undefined) {
    reportError('parse', '--eval and --json need --conllu GOLD');
    return 2;
  }
  let model: SyntaxModel;
  try {
    model = opts.model ? loadSyntaxModel(opts.model) : syntaxModel();
  } catch (e) {
    reportError('parse', e instanceof Error ? e.message : String(e));
    return 1;
  }
  if (opts.conllu !== undefined) return parseConllu(opts.conllu, model, opts);
  let text: string;
  try {
    text = file === undefined || file === '-' ? await readStdin() : readFileSync(file, 'utf8');
  } catch (e) {
    reportError(file ?? '-', `cannot read: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const doc = createSegmenter().segment(text);
  const syn = parseDoc(doc, { model });
  const out: ConlluSentence[] = [];
  for (let k = 0; k < doc.sentenceCount; k++) {
    const s = doc.sentStart[k]!;
    const e = doc.sentEnd[k]!;
    const forms: string[] = [];
    const sent: ConlluSentence = {
      ...emptySentence(0),
      comments: [`sent_id = ${k + 1}`, `text = ${doc.sentenceText(k).replace(/\s+/g, ' ')}`],
      forms,
    };
    for (let i = s; i < e; i++) {
      forms.push(doc.end[i]! > doc.start[i]! ? doc.text.slice(doc.start[i], doc.end[i]) : doc.lower[i]!);
      sent.lemmas.push(doc.lemma[i] || '_');
      sent.upos.push(syn.tagName(i));
      sent.xpos.push('_');
      sent.feats.push('_');
      sent.heads.push(syn.head[i]! < 0 ? 0 : syn.head[i]! - s + 1);
      sent.deprels.push(syn.label(i));
      sent.deps.push('_');
      sent.misc.push('_');
    }
    out.push(sent);
  }
  process.stdout.write(writeConllu(out));
  return 0;
}

function parseConllu(path: string, model: SyntaxModel, opts: ParseOptions): number {
  let gold: ConlluSentence[];
  try {
    gold = readConllu(readFileSync(path, 'utf8'), path);
  } catch (e) {
    if (e instanceof DyadicError && e.code === 'DYADIC_INPUT_FORMAT') {
      reportError(String(e.details.path), String(e.details.detail));
    } else reportError(path, `cannot read: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const ev = new SyntaxEval();
  const out: ConlluSentence[] = [];
  for (const g of gold) {
    const p = model.parseWords(g.forms);
    const upos = Array.from(p.upos, (t) => model.tags[t]!);
    const deprels = Array.from(p.deprel, (l) => model.labels[l]!);
    if (opts.eval) ev.add(g, { upos, heads: p.head, deprels });
    else {
      const n = g.forms.length;
      out.push({
        comments: g.comments,
        forms: g.forms,
        lemmas: new Array<string>(n).fill('_'),
        upos,
        xpos: new Array<string>(n).fill('_'),
        feats: new Array<string>(n).fill('_'),
        heads: Array.from(p.head),
        deprels,
        deps: new Array<string>(n).fill('_'),
        misc: new Array<string>(n).fill('_'),
        line: g.line,
      });
    }
  }
  if (!opts.eval) {
    process.stdout.write(writeConllu(out));
    return 0;
  }
  const r = ev.result();
  if (opts.json) process.stdout.write(`${JSON.stringify({ file: path, punctuationIncluded: true, ...r })}\n`);
  else process.stdout.write(`${path}\n${formatEval(r)}`);
  return 0;
}
