/**
 * Progress display for ingest and recode: a cli-progress bar with stories/s and ETA on a terminal,
 * plain lines (at most one every few seconds) otherwise. Writes only to the stream it is given.
 */
import cliProgress from 'cli-progress';
import type { IngestProgress } from './ingest.js';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  stop(): void;
}

function eta(p: IngestProgress): string {
  const rate = p.done / Math.max(p.elapsedMs / 1000, 1e-9);
  if (p.done === 0 || rate === 0) return '?';
  const s = Math.max(0, Math.round((p.total - p.done) / rate));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

export function createProgress(
  stream: NodeJS.WriteStream,
  label: string,
  opts: { tty?: boolean; intervalMs?: number } = {},
): ProgressReporter {
  const tty = opts.tty ?? Boolean(stream.isTTY);
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} {bar} {percentage}% | {value}/{total} | {rate} stories/s | ETA {etaText} | events {events} | failed {failed}`,
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        const payload = {
          rate: (p.done / Math.max(p.elapsedMs / 1000, 1e-9)).toFixed(1),
          etaText: eta(p),
          events: p.events,
          failed: p.failed,
        };
        if (!started) {
          bar.start(p.total, p.done, payload);
          started = true;
        } else {
          bar.setTotal(p.total);
          bar.update(p.done, payload);
        }
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  const interval = opts.intervalMs ?? 5000;
  let last = -Infinity;
  let lastDone = -1;
  let latest: IngestProgress | null = null;
  const line = (p: IngestProgress) => {
    const pct = p.total ? Math.floor((100 * p.done) / p.total) : 100;
    const rate = p.done / Math.max(p.elapsedMs / 1000, 1e-9);
    stream.write(
      `${label}: ${p.done}/${p.total} (${pct}%), ${rate.toFixed(1)} stories/s, ETA ${eta(p)}, events ${p.events}, failed ${p.failed}\n`,
    );
    lastDone = p.done;
  };
  return {
    update(p) {
      latest = p;
      if (p.done === 0) return;
      if (p.elapsedMs - last >= interval) {
        last = p.elapsedMs;
        line(p);
      }
    },
    stop() {
      if (latest && latest.done !== lastDone) line(latest);
    },
  };
}
