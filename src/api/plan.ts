/**
 * How a file is read, decided from what is known before reading it: a CSV file on disk large
 * enough (and with threads to spare) is cut into chunks for the pool's threads; another file on
 * disk is read by position on this thread; anything else (standard input, a pipe, a URL) as a
 * stream. And, for a run over many files, whether they are spread over the threads.
 */
import type { Readable } from 'node:stream';
import type { DetectedCsv } from '../input/index.js';
import { lineBreakOf } from '../input/index.js';
import { headerRange } from '../parallel/index.js';
import type { ChunkedFile } from '../parallel/index.js';
import type { ResolvedOptions } from './options.js';
import type { Opened } from './source.js';

const MIN_CHUNK = 1024 * 1024;
/** Chunks stay small: each holds its keys and findings until its turn to be merged. */
const MAX_CHUNK = 8 * 1024 * 1024;

export type CsvPlan =
  | { readonly kind: 'stream' }
  | { readonly kind: 'range'; readonly file: string; readonly size: number }
  | { readonly kind: 'chunks'; readonly file: ChunkedFile; readonly header: { readonly start: number; readonly end: number }; readonly chunkBytes: number };

/** The plan for a CSV file; `poolSize` is the threads the pool has. */
export function csvPlan(file: string | Readable, opened: Opened, detected: DetectedCsv, o: ResolvedOptions, poolSize: number): CsvPlan {
  const size = opened.size;
  if (typeof file !== 'string' || size === undefined) return { kind: 'stream' };
  // threads: 1 in the options (a retry after a failed thread) wins over the pool's size.
  const threads = Math.min(poolSize, o.threads);
  if (threads > 1 && size >= o.parallel.chunkMinBytes) {
    const chunked: ChunkedFile = { file, size, head: opened.head, ...detected, lineBreak: lineBreakOf(opened.head) };
    const header = headerRange(chunked);
    if (header !== undefined) {
      const chunkBytes = o.parallel.chunkBytes ?? Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(size / (threads * 8))));
      return { kind: 'chunks', file: chunked, header, chunkBytes };
    }
  }
  return { kind: 'range', file, size };
}

/** Whether files of these sizes (undefined: not a file on disk) are spread over the pool's threads. */
export function spreads(sizes: readonly (number | undefined)[], o: ResolvedOptions): boolean {
  return sizes.reduce<number>((a, b) => a + (b ?? 0), 0) >= o.parallel.spreadMinBytes;
}

/** Whether a file of a run spread over threads goes to a thread whole (a large one is cut into chunks from here). */
export function wholeToThread(file: string | Readable, size: number | undefined, o: ResolvedOptions): file is string {
  return typeof file === 'string' && size !== undefined && size < o.parallel.chunkMinBytes;
}
