/**
 * Validates one large CSV file on several threads: a quote-aware scan (RecordScanner) cuts it into
 * record-aligned chunks as it reads, worker threads validate the chunks, and this thread merges
 * their findings in row order, moving rows and lines by what came before, and checks the unique
 * key over the whole file. The report is the one a single thread makes.
 */
import type { Spec } from '../registry/index.js';
import type { Dialect, EncodingInfo } from '../input/index.js';
import { isAsciiCompatible } from '../input/index.js';
import type { Collector, ResolvedOptions } from '../engine/index.js';
import { recordEnds } from './scan.js';
import type { WorkerPool } from './pool.js';
import { ChunkedRun } from './chunked-run.js';

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
  /** The file's spec (decided already when the run's is "auto"). */
  readonly spec: Spec;
  /** The run's options (the findings to list, the publisher, the form severity, the checks). */
  readonly options: ResolvedOptions;
  readonly pool: WorkerPool;
  /** Bytes a chunk holds at least (it ends at the first record end after). */
  readonly chunkBytes: number;
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

/**
 * Validates the file into `collector` (which holds the findings before its records, such as the
 * dialect's). Returns whether a header was read. Throws when a thread fails; the caller then
 * validates the file on its own thread with a fresh collector.
 */
export async function validateChunked(f: ChunkedFile, header: { start: number; end: number }, collector: Collector, o: ChunkedOptions): Promise<{ sawHeader: boolean; chunks: number }> {
  return new ChunkedRun(f, header, collector, o).run();
}
