/** One chunk of a chunked file, validated on a worker thread. */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { readCsvRange, utf8Decoder } from '../input/index.js';
import type { CsvSink } from '../input/index.js';
import { Collector, compileSpec, CsvRun, loadChecks } from '../engine/index.js';
import { partOf } from './merge.js';
import { CHECKS } from '../checks/index.js';
import type { ChunkJob, ChunkResult } from './protocol.js';
import type { Check } from '../checks/index.js';

/**
 * Reads the header record's cells from its bytes, as the first chunk's reader reads them (once per
 * file; the later chunks get the cells).
 */
export async function readHeader(file: FileHandle, f: Pick<ChunkJob, 'encoding' | 'dialect' | 'lineBreak'>, at: { start: number; end: number }): Promise<string[]> {
  let cells: string[] = [];
  const sink: CsvSink = { header: (c) => void (cells = c), record: () => undefined, malformed: () => undefined };
  await readCsvRange(file, at.start, at.end, utf8Decoder(f.encoding, () => undefined), sink, { delimiter: f.dialect.delimiter, lineBreak: f.lineBreak });
  return cells;
}

/** Validates a chunk; returns its result and the checks that ran (whose logs may be moved rather than copied). */
export async function runChunk(job: ChunkJob, onBytes: (n: number) => void): Promise<{ result: ChunkResult; checks: readonly Check[] }> {
  const compiled = compileSpec(job.spec);
  const o = job.options;
  const extraChecks = await loadChecks(o.checks);
  if (job.spare !== undefined) spareBuffers.push(...job.spare.splice(0));
  spareBuffers.splice(0, spareBuffers.length - MAX_SPARE_BUFFERS);
  const collector = new Collector(job.room);
  const file = await open(job.file, 'r');
  try {
    const header = job.header;
    const invalidUtf8 = { seen: false };
    // The logs of the checks across rows go to the calling thread, which sees the whole file.
    const formSeverity = o.formSeverity ?? compiled.spec.formSeverity;
    const run = new CsvRun(compiled, collector, o.publisher === undefined ? {} : { publisher: o.publisher }, {
      dialect: job.dialect,
      invalidUtf8,
      stretch: true,
      ...(extraChecks.length > 0 ? { extraChecks } : {}),
      ...(formSeverity !== undefined ? { formSeverity } : {}),
      ...(header !== undefined ? { header } : {}),
    });
    const decode = utf8Decoder(job.encoding, () => (invalidUtf8.seen = true));
    const lines = await readCsvRange(file, job.start, job.end, decode, run, { delimiter: job.dialect.delimiter, lineBreak: job.lineBreak, continuation: header !== undefined, onBytes });
    try {
      const result = { part: partOf(collector), lines, lastRow: run.recordNo, sawHeader: run.sawHeader, logs: run.core.checks.takeLogs(spareBuffers) };
      return { result, checks: extraChecks.length > 0 ? [...CHECKS, ...extraChecks] : CHECKS };
    } finally {
      run.discard();
    }
  } finally {
    await file.close();
  }
}

/** Buffers for key batches, from batches merged already (see ChunkJob.spare). */
const spareBuffers: ArrayBuffer[] = [];
const MAX_SPARE_BUFFERS = 28;
