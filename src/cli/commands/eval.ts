/**
 * `dyadic eval`: codes the seed story and the hand-coded corpus's splits and scores them against their
 * gold events with the shared scorer's matching rule, with the errors broken down by kind and CAMEO root.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createCoder } from '../../core/coder.js';
import type { EventRecord } from '../../core/records.js';
import { type Breakdown, breakdown } from '../../eval/breakdown.js';
import { loadGoldSet } from '../../eval/gold.js';
import { type Score, score } from '../../eval/score.js';
import { type EvalSet, loadSeedSet } from '../../eval/sets.js';
import { reportError } from '../output.js';

const SETS = ['seed', 'train', 'test', 'all'] as const;

interface EvalOpts {
  shared: string;
  gold: string;
  set: string;
  dir?: string;
  verbose?: boolean;
  json?: boolean;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '-');

function printBreakdown(b: Breakdown, sc: Score): void {
  const fp = b.falsePositives;
  const mi = b.missed;
  process.stdout.write(
    `  false positives (${sc.fp}): no gold event in the sentence ${fp['no-gold']}, right root wrong actors ${fp['wrong-actors']}, ` +
      `right actors wrong root ${fp['wrong-root']}, both wrong ${fp['wrong-both']}\n` +
      `  missed required (${sc.required - sc.recalled}): no event in the sentence ${mi['no-event']}, right root wrong actors ${mi['wrong-actors']}, ` +
      `right actors wrong root ${mi['wrong-root']}, both wrong ${mi['wrong-both']}\n` +
      '  root  required recalled  recall | predicted correct precision\n',
  );
  for (const r of b.byRoot) {
    process.stdout.write(
      `  ${r.root}    ${String(r.required).padStart(8)} ${String(r.recalled).padStart(8)} ${pct(r.recalled, r.required).padStart(7)} | ` +
        `${String(r.predicted).padStart(9)} ${String(r.correct).padStart(7)} ${pct(r.correct, r.predicted).padStart(9)}\n`,
    );
  }
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the coder on the seed story and the hand-coded corpus (train and test splits)')
    .option('--shared <dir>', 'the shared reference folder (corpus, seed story)', '../shared')
    .option('--gold <dir>', 'the hand-coded corpus: <dir>/train and <dir>/test hold *.gold.json', 'test/gold')
    .option('--set <name>', `${SETS.join(', ')} (all = seed, train and test)`, 'seed')
    .option('--dir <dir>', 'score one folder of *.gold.json instead of a named set')
    .option('-v, --verbose', 'list missed gold events and false positives')
    .option('--json', 'print the scores and breakdowns as JSON')
    .action((opts: EvalOpts) => {
      if (!opts.dir && !(SETS as readonly string[]).includes(opts.set))
        throw new Error(`--set must be one of ${SETS.join(', ')}, not "${opts.set}"`);
      const shared = resolve(opts.shared);
      const sets: EvalSet[] = [];
      try {
        if (opts.dir) sets.push(loadGoldSet(opts.dir, resolve(opts.dir), shared));
        else {
          if (opts.set === 'seed' || opts.set === 'all') sets.push(loadSeedSet(shared));
          for (const split of ['train', 'test'])
            if (opts.set === split || opts.set === 'all')
              sets.push(loadGoldSet(split, resolve(opts.gold, split), shared));
        }
      } catch (e) {
        reportError('eval', e instanceof Error ? e.message : String(e));
        process.exitCode = 2;
        return;
      }
      const coder = createCoder();
      const out: Record<string, Omit<Score, 'falsePositives'> & { breakdown: Breakdown }> = {};
      for (const set of sets) {
        const preds: EventRecord[] = [];
        for (const st of set.stories) {
          const r = coder.codeStory(st);
          if (r.status === 'coded') preds.push(...r.events);
          else reportError(st.id, r.error.message);
        }
        const sc = score(set.golds, preds);
        const b = breakdown(set.golds, preds);
        const { falsePositives, ...rest } = sc;
        out[set.name] = { ...rest, breakdown: b };
        if (opts.json) continue;
        process.stdout.write(
          `${set.name}: P=${sc.precision} R=${sc.recall} F1=${sc.f1} (tp=${sc.tp} fp=${sc.fp} required=${sc.required} recalled=${sc.recalled}, ${sc.stories} stories)\n`,
        );
        printBreakdown(b, sc);
        if (opts.verbose) {
          for (const m of sc.missed) process.stdout.write(`  MISSED ${m}\n`);
          for (const p of falsePositives) {
            process.stdout.write(
              `  FALSE+ ${p.story_id} ${p.source?.code ?? '-'} ${p.target?.code ?? '-'} ${p.cameo} [${p.rule.id}] | ${p.evidence.text.slice(0, 100)}\n`,
            );
          }
        }
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(out)}\n`);
    });
}
