/** The messages between the calling thread and the worker threads: jobs, progress and results. */
import type { FileReport } from '../report/index.js';
import type { CollectorPart } from './merge.js';
import type { Spec } from '../registry/index.js';
import type { Dialect, EncodingInfo } from '../input/index.js';
import type { Check } from '../checks/index.js';
import type { WireOptions } from '../engine/index.js';
import { CHECKS } from '../checks/index.js';

/** Validate the records in bytes [start, end) of a CSV file on disk: one record-aligned chunk. */
export interface ChunkJob {
  readonly kind: 'chunk';
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** For a chunk after the first: the header's cells, which set up the columns. */
  readonly header?: readonly string[];
  /** The file's spec (decided already when the run's is "auto"). */
  readonly spec: Spec;
  readonly encoding: EncodingInfo;
  readonly dialect: Dialect;
  readonly lineBreak: '\n' | '\r';
  /** The findings this chunk may list in full: the room the file's report has left. */
  readonly room: number;
  /** The run's options, as every worker thread gets them (the publisher, the form severity, the check modules). */
  readonly options: WireOptions;
  /**
   * Buffers of key batches already merged, for the thread to build this chunk's batch in: moved
   * back and forth between threads rather than left as garbage outside the heap on one side and
   * allocated anew on the other.
   */
  readonly spare?: ArrayBuffer[];
}

/** What a worker found in a chunk; rows and lines are counted from the chunk's start, except in the first. */
export interface ChunkResult {
  readonly part: CollectorPart;
  /** Physical lines read (the line number of the chunk's last line). */
  readonly lines: number;
  /** The number of the chunk's last row. */
  readonly lastRow: number;
  readonly sawHeader: boolean;
  /** What the checks across rows logged (the unique keys, fingerprinted), by check id, for the thread that sees the whole file. */
  readonly logs: Readonly<Record<string, unknown>>;
}

/** Validate one whole file in a worker thread, with options the API defines (FileJobOptions in api.ts). */
export interface FileJob<O = unknown> {
  readonly kind: 'file';
  readonly file: string;
  readonly options: O;
}

export type Job = ChunkJob | FileJob;
export type JobResult<J extends Job> = J extends ChunkJob ? ChunkResult : FileReport;

/** Calling thread to worker. */
export interface JobMessage {
  readonly id: number;
  readonly job: Job;
}

/** Worker to calling thread: progress (bytes read, as the job reports them), the result, or why it failed. */
export type WorkerMessage =
  | { readonly id: number; readonly type: 'progress'; readonly bytes: number }
  | { readonly id: number; readonly type: 'done'; readonly result: ChunkResult | FileReport }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };

/** The buffers of a chunk's result to transfer to the calling thread rather than copy: the logs of the checks that say so (the keys). */
export function transferables(result: ChunkResult | FileReport, checks: readonly Check[] = CHECKS): ArrayBuffer[] {
  if (!('logs' in result)) return [];
  return Object.entries(result.logs).flatMap(([id, log]) => checks.find((c) => c.id === id)?.transfer?.(log) ?? []);
}
