/** `dyadic explain "<sentence>"`: every stage's view of a text, and for each event the rule and words that coded it. */
import type { Command } from 'commander';
import { createCoder, type StoryTrace } from '../../core/coder.js';
import { POS_NAMES } from '../../core/doc.js';
import { loadConfidenceModel } from '../../core/models.js';
import { parseDoc, ROOT_HEAD, type Syntax } from '../../core/syntax/index.js';
import { isIsoDate, today } from '../../io/stories.js';
import { reportError } from '../output.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show tokens, tags, mentions, clauses and events of a text, with the rule behind each event')
    .argument('<text>', 'a sentence or short story')
    .option('--date <YYYY-MM-DD>', 'story date', today())
    .option('--dateline <place>', 'dateline place')
    .option('--json', 'print the event records as JSON lines only')
    .action((text: string, opts: { date: string; dateline?: string; json?: boolean }) => {
      if (!isIsoDate(opts.date)) {
        reportError('--date', `invalid date "${opts.date}": expected YYYY-MM-DD`);
        process.exitCode = 2;
        return;
      }
      const coder = createCoder();
      let t: StoryTrace;
      try {
        t = coder.traceStory({ id: 'explain', date: opts.date, text, dateline: opts.dateline ?? null });
      } catch (e) {
        reportError('explain', e instanceof Error ? e.message : String(e));
        process.exitCode = 1;
        return;
      }
      if (opts.json) {
        for (const r of t.records) process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      process.stdout.write(renderTrace(t));
    });
}

export function renderTrace(t: StoryTrace): string {
  const { doc, mentions } = t;
  const lines: string[] = [];
  // The dependency tree of each sentence (the syntax model; the coder itself does not read it yet).
  const syn: Syntax = parseDoc(doc);
  const model = loadConfidenceModel();
  for (const st of t.sentences) {
    const k = st.index;
    const s = doc.sentStart[k]!;
    const e = doc.sentEnd[k]!;
    lines.push(`sentence ${k}: ${doc.sentenceText(k)}`);
    const toks: string[] = [];
    for (let i = s; i < e; i++)
      toks.push(
        `${doc.spanText(i, i + 1)}/${POS_NAMES[doc.pos[i]!]}${doc.lemma[i] !== doc.lower[i] ? `:${doc.lemma[i]}` : ''}`,
      );
    lines.push(`  tokens   ${toks.join(' ')}`);
    const arcs: string[] = [];
    for (let i = s; i < e; i++) {
      const h = syn.head[i]!;
      arcs.push(
        `${doc.spanText(i, i + 1)}${h === ROOT_HEAD ? '(root)' : h >= 0 ? `(${syn.label(i)}<-${doc.spanText(h, h + 1)})` : ''}`,
      );
    }
    lines.push(`  tree     ${arcs.join(' ')}`);
    for (const m of mentions.list) {
      if (m.start < s || m.start >= e) continue;
      const who = m.actors.map((a) => `${a.code || '?'}${a.name ? ` (${a.name})` : ''}`).join(' + ') || 'unresolved';
      const tags = [
        m.kind !== 'actor' ? m.kind : '',
        m.locative ? 'locative' : '',
        m.generic ? 'no country' : '',
        m.coord >= 0 ? 'coordinated' : '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  mention  "${doc.spanText(m.start, m.end)}" -> ${who}${tags ? ` [${tags}]` : ''}`);
    }
    const a = st.analysis;
    if (a) {
      for (const p of a.clauses.preds) {
        const flags = [
          p.negated ? 'negated' : '',
          p.passive ? 'passive' : '',
          p.infinitive ? 'infinitive' : '',
          p.speech ? 'speech' : '',
          p.cue ? `cue:${p.cue}` : '',
        ]
          .filter(Boolean)
          .join(', ');
        lines.push(`  verb     "${doc.spanText(p.groupStart, p.head + 1)}"${flags ? ` [${flags}]` : ''}`);
      }
      for (const f of a.clauses.frames) {
        const sp = f.speaker >= 0 ? doc.spanText(mentions.list[f.speaker]!.start, mentions.list[f.speaker]!.end) : '?';
        lines.push(
          `  speech   "${doc.spanText(f.verb, f.verb + 1)}" by "${sp}" over "${doc.spanText(f.from, f.to).slice(0, 60)}"`,
        );
      }
      for (const m of a.matches)
        lines.push(`  match    ${m.pattern.id} "${doc.spanText(m.start, Math.max(m.end, m.anchorEnd))}"`);
    }
    for (const ev of st.events) {
      lines.push(
        `  EVENT    ${ev.source?.actor.code || '-'} -> ${ev.target?.actor.code || '-'}  ${ev.code}  mode=${ev.mode}${ev.claimedBy ? `  claimed_by=${ev.claimedBy.actor.code}` : ''}${ev.reportedBy ? `  reported_by=${ev.reportedBy.actor.code}` : ''}`,
      );
      for (const n of ev.trace) lines.push(`           ${n}`);
    }
    lines.push('');
  }
  lines.push(`${t.records.length} event record(s)`);
  t.records.forEach((r, i) => {
    lines.push(
      `  ${r.source?.code || '-'} -> ${r.target?.code || '-'} ${r.cameo} (${r.plover.event ?? 'no PLOVER'}, Goldstein ${r.goldstein}) ${r.mode} date=${r.date ?? '-'} place=${r.location?.name ?? '-'} rule=${r.rule.id}`,
    );
    lines.push(`     evidence [${r.evidence.start},${r.evidence.end}) "${r.evidence.text}"`);
    for (const m of r.rule.matched) lines.push(`     ${m.role.padEnd(12)} "${m.text}"`);
    const feats = t.features[i];
    if (model && feats?.length) {
      const top = model
        .contributions(feats)
        .slice(0, 5)
        .map((c) => `${c.feature} ${c.weight >= 0 ? '+' : ''}${c.weight.toFixed(2)}`);
      lines.push(`     confidence ${r.confidence ?? '-'}: ${top.join(', ')}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
