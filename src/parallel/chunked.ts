/**
 * Validates one large CSV file on several threads: a quote-aware scan (RecordScanner) cuts it into
 * record-aligned chunks as it reads, worker threads validate the chunks, and this thread merges
 * their findings in row order, moving rows and lines by what came before, and checks the unique
 * key over the whole file. The report is the one a single thread makes.
 */
import { open } from 'node:fs/promises';
import { EXAMPLES_PER_GROUP } from '../report/index.js';
import type { Collector, Diagnostic, Severity } from '../report/index.js';
import type { Spec } from '../registry/index.js';
import type { Dialect, EncodingInfo } from '../input/index.js';
import { isAsciiCompatible } from '../input/index.js';
import { compileSpec, csvColumns, lateCellFinding, lateOut, WholeFileChecks } from '../engine/index.js';
import { BATCH_ARRAYS, CHECKS } from '../checks/index.js';
import type { Check } from '../checks/index.js';
import type { Publisher } from '../checks/index.js';
import { RecordScanner, recordEnds } from './scan.js';
import { readHeader } from './chunk-job.js';
import type { WorkerPool } from './pool.js';
import type { ChunkJob, ChunkResult } from './protocol.js';

const SCAN_BLOCK = 1024 * 1024;

export interface ChunkedFile {
  readonly file: string;
  readonly size: number;
  /** The file's first bytes. */
  readonly head: Buffer;
  readonly encoding: EncodingInfo;
  readonly dialect: Dialect;
  readonly lineBreak: '\n' | '\r';
}

export interface ChunkedOptions {
  readonly spec: Spec;
  readonly pool: WorkerPool;
  /** Bytes a chunk holds at least (it ends at the first record end after). */
  readonly chunkBytes: number;
  readonly maxErrors: number;
  readonly formSeverity?: Severity;
  readonly publisher?: Publisher;
  /** Checks of one's own: the modules (for the worker threads to load) and their checks, loaded here. */
  readonly checks?: { readonly modules: readonly string[]; readonly loaded: readonly Check[] };
  /** Bytes read so far, over all chunks. */
  readonly onBytes?: (bytes: number) => void;
}

/** What stops a file from being cut: undefined when it can be (ASCII-compatible bytes, a one-byte delimiter, the header in the head). */
export function headerRange(f: ChunkedFile): { start: number; end: number } | undefined {
  if (!isAsciiCompatible(f.encoding.encoding)) return undefined;
  const d: string = f.dialect.delimiter;
  if (d.length !== 1 || d.charCodeAt(0) > 127 || d === '"' || d === '\n' || d === '\r') return undefined;
  const bom = f.encoding.encoding === 'utf-8' && f.head[0] === 0xef && f.head[1] === 0xbb && f.head[2] === 0xbf ? 3 : 0;
  const records = f.dialect.titleRow ? 2 : 1;
  const ends = recordEnds(f.head, d.charCodeAt(0), records, bom);
  if (ends === undefined) return undefined;
  return { start: records === 2 ? (ends[0] as number) : bom, end: ends[records - 1] as number };
}

/** Settles from outside. */
function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  // A chunk that fails while an earlier one is still merged is reported when its turn comes.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * Validates the file into `collector` (which holds the findings before its records, such as the
 * dialect's). Returns whether a header was read. Throws when a thread fails; the caller then
 * validates the file on its own thread with a fresh collector.
 */
export async function validateChunked(f: ChunkedFile, header: { start: number; end: number }, collector: Collector, o: ChunkedOptions): Promise<{ sawHeader: boolean; chunks: number }> {
  // Each chunk's result, let go of once merged (a result holds the chunk's keys and findings).
  const results: (ReturnType<typeof deferred<ChunkResult>> | undefined)[] = [];
  // Chunks sent ahead of the merge, at most: bounds the memory of results waiting their turn.
  const ahead = o.pool.size * 2;
  let merged = 0;
  let room: (() => void) | undefined;
  let done = false;
  let wake: (() => void) | undefined;

  const send = (start: number, end: number): void => {
    const job: ChunkJob = {
      kind: 'chunk',
      file: f.file,
      start,
      end,
      ...(start > 0 ? { header: headerCells } : {}),
      spec: o.spec,
      encoding: f.encoding,
      dialect: f.dialect,
      lineBreak: f.lineBreak,
      // Only as many findings in full as the report still has room for (the room only shrinks
      // until this chunk's turn); counts and each group's examples come whatever the room.
      maxErrors: Math.max(0, collector.maxErrors - collector.diagnostics.length),
      ...(o.formSeverity !== undefined ? { formSeverity: o.formSeverity } : {}),
      ...(o.publisher !== undefined ? { publisher: o.publisher } : {}),
      ...(o.checks !== undefined ? { checks: o.checks.modules } : {}),
      ...(spare.length > 0 ? { spare: spare.splice(0, BATCH_ARRAYS) } : {}),
    };
    const r = deferred<ChunkResult>();
    results.push(r);
    o.pool.run(job, o.onBytes).then(r.resolve, r.reject);
    wake?.();
  };

  // Buffers of merged key batches, for the chunks still to be sent (see ChunkJob.spare).
  const spare: ArrayBuffer[] = [];

  let headerCells: readonly string[] = [];
  const scan = async (): Promise<void> => {
    const handle = await open(f.file, 'r');
    try {
      headerCells = await readHeader(handle, f, header);
      const scanner = new RecordScanner(f.dialect.delimiter.charCodeAt(0), Math.max(o.chunkBytes, header.end));
      const block = Buffer.allocUnsafe(SCAN_BLOCK);
      let start = 0;
      const cuts: number[] = [];
      const onBoundary = (offset: number): number => {
        cuts.push(offset);
        return offset + o.chunkBytes;
      };
      let position = 0;
      for (;;) {
        const { bytesRead } = await handle.read(block, 0, SCAN_BLOCK, position);
        if (bytesRead === 0) break;
        position += bytesRead;
        scanner.scan(block.subarray(0, bytesRead), onBoundary);
        for (const cut of cuts.splice(0)) {
          while (results.length - merged >= ahead && !done) await new Promise<void>((r) => (room = r));
          if (done) return;
          send(start, cut);
          start = cut;
        }
      }
      scanner.finish(() => Number.MAX_SAFE_INTEGER);
      // The last chunk runs to the end of the file, whatever the scan said of its last bytes.
      if (start < position || results.length === 0) send(start, position);
    } finally {
      await handle.close();
    }
  };

  let scanError: unknown;
  let scanEnded = false;
  const scanning = scan().then(
    () => undefined,
    (e: unknown) => void (scanError = e),
  ).finally(() => {
    scanEnded = true;
    wake?.();
  });

  // The checks across rows see every chunk's log here, in row order, and report at the end.
  const whole = new WholeFileChecks(o.checks === undefined ? CHECKS : [...CHECKS, ...o.checks.loaded], { spec: o.spec, ...(o.publisher !== undefined ? { publisher: o.publisher } : {}) }, Math.max(o.maxErrors, EXAMPLES_PER_GROUP));
  try {
    let rowBase = 0;
    let lineBase = 0;
    let sawHeader = false;
    for (let k = 0; ; k++) {
      while (k >= results.length && !scanEnded) await new Promise<void>((r) => (wake = r));
      if (scanError !== undefined) throw scanError;
      if (k >= results.length) break;
      const r = await (results[k] as ReturnType<typeof deferred<ChunkResult>>).promise;
      results[k] = undefined;
      merged = k + 1;
      room?.();
      if (k === 0) sawHeader = r.sawHeader;
      const rows = rowBase;
      const lines = lineBase;
      const shift = (d: Diagnostic): Diagnostic =>
        rows === 0 && lines === 0 ? d : { ...d, ...(d.row !== undefined ? { row: d.row + rows } : {}), ...(d.line !== undefined ? { line: d.line + lines } : {}) };
      collector.merge(r.part, shift);
      for (const [id, log] of Object.entries(r.logs)) {
        const buffers = whole.take(id, log, { rows, lines });
        // A log's buffers go to the next chunk sent, to build its log in.
        if (spare.length < 2 * BATCH_ARRAYS) spare.push(...buffers);
      }
      rowBase = r.lastRow + rows;
      lineBase = r.lines + lines;
    }
    if (sawHeader) {
      const compiled = compileSpec(o.spec);
      const cols = csvColumns(headerCells, compiled, f.dialect);
      whole.end(lateOut(collector, (x) => lateCellFinding(compiled, cols, x)));
    }
    return { sawHeader, chunks: results.length };
  } finally {
    whole.close();
    done = true;
    room?.();
    await scanning;
  }
}

