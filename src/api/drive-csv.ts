/** A CSV file's run: its dialect, then the plan (chunks on the pool's threads, by position, or a stream) into CsvRun. */
import { open as openFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { detectCsv, lineBreakOf, prepareCsv, readCsv, readCsvRange, utf8Decoder } from '../input/index.js';
import type { DetectedCsv } from '../input/index.js';
import { CsvRun, dialectFindings, reportedDialect } from '../engine/index.js';
import type { Collector, CompiledSpec, CsvRunOptions } from '../engine/index.js';
import { validateChunked } from '../parallel/index.js';
import type { WorkerPool } from '../parallel/index.js';
import type { ResolvedOptions } from './options.js';
import { failureText, failureWords } from './source.js';
import type { Opened } from './source.js';
import type { Facts } from './drive.js';
import { csvPlan } from './plan.js';

/** A worker thread failed on the file: it is to be read again on the calling thread. */
export class ThreadFailed extends Error {
  constructor(
    readonly reason: string,
    readonly words: { readonly sv: string; readonly en: string },
  ) {
    super(reason);
  }
}

/** Validates a CSV file into the collector; returns whether it could not be read to the end (never: failures throw). */
export async function readCsvFile(file: string | Readable, opened: Opened, compiled: CompiledSpec, collector: Collector, o: ResolvedOptions, pool: WorkerPool, facts: Facts): Promise<boolean> {
  const detected = detectCsv(opened.head, opened.whole, { delimiter: o.delimiter, encoding: o.encoding });
  for (const d of dialectFindings(detected.encoding, detected.dialect)) collector.add(d);
  facts.dialect = reportedDialect(detected.encoding, detected.dialect);
  const formSeverity = o.formSeverity ?? compiled.spec.formSeverity;
  const plan = csvPlan(file, opened, detected, o, pool.size);
  let sawHeader: boolean;
  if (plan.kind === 'chunks') {
    // The threads read the file themselves.
    opened.stream.destroy();
    let bytes = 0;
    const onProgress = o.onProgress;
    try {
      const chunked = await validateChunked(plan.file, plan.header, collector, {
        spec: compiled.spec,
        options: o,
        pool,
        chunkBytes: plan.chunkBytes,
        ...(onProgress !== undefined ? { onBytes: (n: number) => onProgress({ file: plan.file.file, bytes: (bytes += n), totalBytes: plan.file.size }) } : {}),
      });
      sawHeader = chunked.sawHeader;
      o.parallel.onChunked?.(plan.file.file, chunked.chunks);
    } catch (e) {
      if (o.parallel.strict) throw e;
      throw new ThreadFailed(failureText(e), failureWords(e));
    }
  } else {
    const invalidUtf8 = { seen: false };
    const run = new CsvRun(compiled, collector, o.publisher !== undefined ? { publisher: o.publisher } : {}, {
      dialect: detected.dialect,
      invalidUtf8,
      ...(o.checks.loaded.length > 0 ? { extraChecks: o.checks.loaded } : {}),
      ...(formSeverity !== undefined ? { formSeverity } : {}),
    } satisfies CsvRunOptions);
    const read = plan.kind === 'range' ? readByPosition(plan.file, plan.size, opened, detected, invalidUtf8, run, o.onProgress) : readCsv(prepareCsv(opened.stream, detected, () => (invalidUtf8.seen = true)), run, { delimiter: detected.dialect.delimiter });
    await read.catch((e: unknown) => {
      run.discard();
      throw e;
    });
    run.finish();
    sawHeader = run.sawHeader;
  }
  // A header without records (blank rows are not records) is an export that lost its data.
  if (!sawHeader) collector.add({ code: 'file-empty', severity: 'error', params: { reason: 'csv' } });
  else if (collector.stats.rows === 0) collector.add({ code: 'file-no-records', severity: 'error', params: {} });
  return false;
}

/**
 * Reads a CSV file on disk into a run with readCsvRange (a few reused buffers rather than a
 * stream's fresh one per read: less memory); the stream opened to sniff it is let go.
 */
async function readByPosition(file: string, size: number, opened: Opened, detected: DetectedCsv, invalidUtf8: { seen: boolean }, run: CsvRun, onProgress: ResolvedOptions['onProgress']): Promise<number> {
  opened.stream.destroy();
  const handle = await openFile(file, 'r');
  try {
    let bytes = 0;
    const decode = utf8Decoder(detected.encoding, () => (invalidUtf8.seen = true));
    return await readCsvRange(handle, 0, Number.MAX_SAFE_INTEGER, decode, run, {
      delimiter: detected.dialect.delimiter,
      lineBreak: lineBreakOf(opened.head),
      ...(onProgress !== undefined ? { onBytes: (n: number) => onProgress({ file, bytes: (bytes += n), totalBytes: size }) } : {}),
    });
  } finally {
    await handle.close();
  }
}
