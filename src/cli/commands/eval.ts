/** `dyadic eval`: codes the seed story and the development set and scores them against their gold events. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createCoder } from '../../core/coder.js';
import type { EventRecord } from '../../core/records.js';
import { type Score, score } from '../../eval/score.js';
import { type EvalSet, loadDevSet, loadSeedSet } from '../../eval/sets.js';
import { reportError } from '../output.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the coder on the seed story and the hand-coded development set')
    .option('--shared <dir>', 'the shared reference folder (corpus, gold files)', '../shared')
    .option('--devset <dir>', 'folder of *.devgold.json files', 'test/devset')
    .option('--set <name>', 'seed, devset or all', 'all')
    .option('-v, --verbose', 'list missed gold events and false positives')
    .option('--json', 'print the scores as JSON')
    .action((opts: { shared: string; devset: string; set: string; verbose?: boolean; json?: boolean }) => {
      const shared = resolve(opts.shared);
      const sets: EvalSet[] = [];
      try {
        if (opts.set === 'seed' || opts.set === 'all') sets.push(loadSeedSet(shared));
        if (opts.set === 'devset' || opts.set === 'all') sets.push(loadDevSet(resolve(opts.devset), shared));
      } catch (e) {
        reportError('eval', e instanceof Error ? e.message : String(e));
        process.exitCode = 2;
        return;
      }
      const coder = createCoder();
      const out: Record<string, Omit<Score, 'falsePositives'>> = {};
      for (const set of sets) {
        const preds: EventRecord[] = [];
        for (const st of set.stories) {
          const r = coder.codeStory(st);
          if (r.status === 'coded') preds.push(...r.events);
          else reportError(st.id, r.error.message);
        }
        const sc = score(set.golds, preds);
        const { falsePositives, ...rest } = sc;
        out[set.name] = rest;
        if (opts.json) continue;
        process.stdout.write(
          `${set.name}: P=${sc.precision} R=${sc.recall} F1=${sc.f1} (tp=${sc.tp} fp=${sc.fp} required=${sc.required} recalled=${sc.recalled}, ${sc.stories} stories)\n`,
        );
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
