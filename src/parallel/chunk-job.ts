/** A worker thread's side of a chunked file: validates the records of one chunk. */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Collector } from '../report/index.js';
import { readCsv, toUtf8 } from '../input/index.js';
import type { CsvSink } from '../input/index.js';
import { compileSpec, CsvRun } from '../engine/index.js';
import type { ChunkJob, ChunkResult } from './protocol.js';

const READ_CHUNK = 256 * 1024;

/** The bytes [start, end) of the file as UTF-8, with the bytes read reported as they pass. */
function bytesOf(job: ChunkJob, start: number, end: number, onInvalid: () => void, onBytes?: (n: number) => void): Readable {
  const raw = createReadStream(job.file, { start, end: end - 1, highWaterMark: READ_CHUNK });
  if (onBytes !== undefined) raw.on('data', (b) => onBytes((b as Buffer).length));
  const out = raw.pipe(toUtf8(job.encoding, onInvalid));
  raw.on('error', (e) => out.destroy(e));
  return out;
}

/** Reads the header record's cells from its bytes, as the first chunk's reader reads them. */
async function readHeader(job: ChunkJob, at: { start: number; end: number }): Promise<string[]> {
  let cells: string[] = [];
  const sink: CsvSink = { header: (c) => void (cells = c), record: () => undefined, malformed: () => undefined };
  await readCsv(bytesOf(job, at.start, at.end, () => undefined), sink, { delimiter: job.dialect.delimiter, lineBreak: job.lineBreak });
  return cells;
}

export async function runChunk(job: ChunkJob, onBytes: (n: number) => void): Promise<ChunkResult> {
  const compiled = compileSpec(job.spec);
  const collector = new Collector(job.maxErrors);
  const header = job.header === undefined ? undefined : await readHeader(job, job.header);
  const invalidUtf8 = { seen: false };
  const run = new CsvRun(compiled, collector, job.publisher === undefined ? {} : { publisher: job.publisher }, {
    dialect: job.dialect,
    invalidUtf8,
    collectKeys: true,
    ...(job.formSeverity !== undefined ? { formSeverity: job.formSeverity } : {}),
    ...(header !== undefined ? { header } : {}),
  });
  const lines =
    job.end > job.start
      ? await readCsv(
          bytesOf(job, job.start, job.end, () => (invalidUtf8.seen = true), onBytes),
          run,
          { delimiter: job.dialect.delimiter, lineBreak: job.lineBreak, continuation: header !== undefined },
        )
      : 0;
  const keyColumn = run.keyColumn();
  return {
    part: collector.part(),
    lines,
    lastRow: run.recordNo,
    sawHeader: run.sawHeader,
    ...(keyColumn !== undefined ? { keyColumn } : {}),
    ...(run.keys !== undefined ? { keys: run.keys.build() } : {}),
  };
}
