/**
 * Export of stored events: JSONL (the coder's records, one per line), GDELT-style CSV, and Parquet
 * (flat columns, for DuckDB, pandas or Spark). All stream: memory stays bounded by one page or row group.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { SchemaElement } from 'hyparquet-writer';
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import { DyadicError } from '../../core/errors.js';
import { prepareOutput, writeErrorMessage } from '../../io/output-file.js';
import type { SqlValue } from '../db.js';
import type { EventFilter, Store, StoredEvent } from '../store.js';
import { csvLine, FLAT_COLUMNS, flatColumnType, flatRow } from './csv.js';
import { GDELT_COLUMNS, gdeltRow } from './gdelt.js';

export type ExportFormat = 'jsonl' | 'gdelt' | 'parquet';

/** Writes lines to a stream, waiting when it is full. */
export class LineSink {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly out: Writable) {}
  async write(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

async function toStream(out: Writable, lines: AsyncIterable<string>): Promise<number> {
  const sink = new LineSink(out);
  let n = 0;
  for await (const l of lines) {
    await sink.write(l);
    n++;
  }
  await sink.flush();
  return n;
}

async function* jsonlLines(events: AsyncIterable<StoredEvent>): AsyncGenerator<string> {
  for await (const e of events) yield `${e.record}\n`;
}

async function* gdeltLines(events: AsyncIterable<StoredEvent>): AsyncGenerator<string> {
  yield csvLine(GDELT_COLUMNS);
  for await (const e of events) yield csvLine(gdeltRow(e));
}

async function closeStream(out: Writable): Promise<void> {
  out.end();
  await finished(out);
}

function parquetSchema(): SchemaElement[] {
  return [
    { name: 'root', num_children: FLAT_COLUMNS.length },
    ...FLAT_COLUMNS.map((name): SchemaElement => {
      const t = flatColumnType(name);
      if (t === 'STRING') return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' };
      if (t === 'INT32') return { name, type: 'INT32', repetition_type: 'OPTIONAL' };
      return { name, type: 'DOUBLE', repetition_type: 'OPTIONAL' };
    }),
  ];
}

async function writeParquet(path: string, events: AsyncIterable<StoredEvent>, rowGroup = 50_000): Promise<number> {
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: parquetSchema(), createdBy: 'dyadic' });
  let cols: SqlValue[][] = FLAT_COLUMNS.map(() => []);
  let rows = 0;
  let total = 0;
  const flush = async () => {
    if (rows === 0) return;
    await writer.write({
      columnData: FLAT_COLUMNS.map((name, i) => ({ name, data: cols[i] ?? [] })),
      rowGroupSize: rowGroup,
    });
    cols = FLAT_COLUMNS.map(() => []);
    rows = 0;
  };
  for await (const e of events) {
    const r = flatRow(e);
    for (let i = 0; i < r.length; i++) cols[i]?.push(r[i] ?? null);
    rows++;
    total++;
    if (rows >= rowGroup) await flush();
  }
  await flush();
  await writer.finish();
  return total;
}

/**
 * Exports the events matching `filter` to `out` (a file path, or an open stream for JSONL and GDELT,
 * left open); returns the number of events.
 */
export async function exportEvents(
  store: Store,
  format: ExportFormat,
  out: string | Writable,
  filter: EventFilter = {},
): Promise<number> {
  const events = store.iterateEvents(filter);
  if (format === 'parquet' && typeof out !== 'string')
    throw new DyadicError('DYADIC_USAGE', { detail: 'Parquet export needs a file (--out FILE)' });
  if (typeof out !== 'string') {
    const lines = await toStream(out, format === 'jsonl' ? jsonlLines(events) : gdeltLines(events));
    return format === 'gdelt' ? lines - 1 : lines;
  }
  // A file: written through a temp file renamed into place, every write error reported, nothing half-written left.
  const file = prepareOutput(out);
  try {
    let n: number;
    if (format === 'parquet') n = await writeParquet(file.writePath, events);
    else {
      const stream = createWriteStream(file.writePath);
      const failed = new Promise<never>((_, reject) => stream.once('error', reject));
      failed.catch(() => {});
      const lines = await Promise.race([
        toStream(stream, format === 'jsonl' ? jsonlLines(events) : gdeltLines(events)),
        failed,
      ]);
      await Promise.race([closeStream(stream), failed]);
      n = format === 'gdelt' ? lines - 1 : lines;
    }
    file.commit();
    return n;
  } catch (e) {
    file.discard();
    throw new Error(writeErrorMessage(out, e));
  }
}
