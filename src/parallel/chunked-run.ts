/**
 * One chunked file's run: the scan cuts the file into chunks as it reads and sends them to the
 * pool (at most two per thread ahead of the merge, which bounds the memory of results waiting
 * their turn); the merge takes the results in order, moves their rows and lines by what came
 * before, and hands the logs of the checks across rows to their whole-file parts.
 */
import { open } from 'node:fs/promises';
import { EXAMPLES_PER_GROUP } from '../report/index.js';
import type { Diagnostic } from '../report/index.js';
import { compileSpec, csvColumns, lateCellFinding, lateOut, toWire, WholeFileChecks } from '../engine/index.js';
import type { Collector, WireOptions } from '../engine/index.js';
import { BATCH_ARRAYS, CHECKS } from '../checks/index.js';
import { mergePart } from './merge.js';
import { RecordScanner } from './scan.js';
import { readHeader } from './chunk-job.js';
import type { ChunkedFile, ChunkedOptions } from './chunked.js';
import type { ChunkJob, ChunkResult } from './protocol.js';

const SCAN_BLOCK = 1024 * 1024;

/** A promise settled from outside. */
interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  // A chunk that fails while an earlier one is still merged is reported when its turn comes.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export class ChunkedRun {
  /** Each chunk's result, let go of once merged (a result holds the chunk's keys and findings). */
  private readonly results: (Deferred<ChunkResult> | undefined)[] = [];
  private merged = 0;
  /** Wakes the scan when the merge made room. */
  private room: (() => void) | undefined;
  /** Wakes the merge when a chunk was sent or the scan ended. */
  private wake: (() => void) | undefined;
  private done = false;
  private scanError: unknown;
  private scanEnded = false;
  /** Buffers of merged logs, for the chunks still to be sent (see ChunkJob.spare). */
  private readonly spare: ArrayBuffer[] = [];
  private headerCells: readonly string[] = [];
  private readonly whole: WholeFileChecks;
  /** The run's options as the worker threads get them, made once. */
  private readonly wire: WireOptions;

  constructor(
    private readonly f: ChunkedFile,
    private readonly header: { start: number; end: number },
    private readonly collector: Collector,
    private readonly o: ChunkedOptions,
  ) {
    const run = o.options;
    const checks = run.checks.loaded.length === 0 ? CHECKS : [...CHECKS, ...run.checks.loaded];
    this.whole = new WholeFileChecks(checks, { spec: o.spec, ...(run.publisher !== undefined ? { publisher: run.publisher } : {}) }, Math.max(run.maxErrors, EXAMPLES_PER_GROUP));
    this.wire = toWire(run);
  }

  async run(): Promise<{ sawHeader: boolean; chunks: number }> {
    const scanning = this.scan().then(
      () => undefined,
      (e: unknown) => void (this.scanError = e),
    ).finally(() => {
      this.scanEnded = true;
      this.wake?.();
    });
    try {
      const sawHeader = await this.merge();
      if (sawHeader) {
        // The checks across rows report at the columns the header names.
        const compiled = compileSpec(this.o.spec);
        const cols = csvColumns(this.headerCells, compiled, this.f.dialect);
        this.whole.end(lateOut(this.collector, (x) => lateCellFinding(compiled, cols, x)));
      }
      return { sawHeader, chunks: this.results.length };
    } finally {
      this.whole.close();
      this.done = true;
      this.room?.();
      await scanning;
    }
  }

  private send(start: number, end: number): void {
    const { f, o } = this;
    const job: ChunkJob = {
      kind: 'chunk',
      file: f.file,
      start,
      end,
      ...(start > 0 ? { header: this.headerCells } : {}),
      spec: o.spec,
      options: this.wire,
      encoding: f.encoding,
      dialect: f.dialect,
      lineBreak: f.lineBreak,
      // Only as many findings in full as the report still has room for (the room only shrinks
      // until this chunk's turn); counts and each group's examples come whatever the room.
      room: Math.max(0, this.collector.maxErrors - this.collector.diagnostics.length),
      ...(this.spare.length > 0 ? { spare: this.spare.splice(0, BATCH_ARRAYS) } : {}),
    };
    const r = deferred<ChunkResult>();
    this.results.push(r);
    o.pool.run(job, o.onBytes).then(r.resolve, r.reject);
    this.wake?.();
  }

  /** Reads the file, cutting it at record ends, and sends each chunk when the merge has room. */
  private async scan(): Promise<void> {
    const handle = await open(this.f.file, 'r');
    try {
      this.headerCells = await readHeader(handle, this.f, this.header);
      const chunkBytes = this.o.chunkBytes;
      const scanner = new RecordScanner(this.f.dialect.delimiter.charCodeAt(0), Math.max(chunkBytes, this.header.end));
      const block = Buffer.allocUnsafe(SCAN_BLOCK);
      const cuts: number[] = [];
      const onBoundary = (offset: number): number => {
        cuts.push(offset);
        return offset + chunkBytes;
      };
      let start = 0;
      let position = 0;
      const ahead = this.o.pool.size * 2;
      for (;;) {
        const { bytesRead } = await handle.read(block, 0, SCAN_BLOCK, position);
        if (bytesRead === 0) break;
        position += bytesRead;
        scanner.scan(block.subarray(0, bytesRead), onBoundary);
        for (const cut of cuts.splice(0)) {
          while (this.results.length - this.merged >= ahead && !this.done) await new Promise<void>((r) => (this.room = r));
          if (this.done) return;
          this.send(start, cut);
          start = cut;
        }
      }
      scanner.finish(() => Number.MAX_SAFE_INTEGER);
      // The last chunk runs to the end of the file, whatever the scan said of its last bytes.
      if (start < position || this.results.length === 0) this.send(start, position);
    } finally {
      await handle.close();
    }
  }

  /** Merges the chunks' results in order as they come; returns whether the file had a header. */
  private async merge(): Promise<boolean> {
    let rowBase = 0;
    let lineBase = 0;
    let sawHeader = false;
    for (let k = 0; ; k++) {
      while (k >= this.results.length && !this.scanEnded) await new Promise<void>((r) => (this.wake = r));
      if (this.scanError !== undefined) throw this.scanError;
      if (k >= this.results.length) return sawHeader;
      const r = await (this.results[k] as Deferred<ChunkResult>).promise;
      this.results[k] = undefined;
      this.merged = k + 1;
      this.room?.();
      if (k === 0) sawHeader = r.sawHeader;
      const rows = rowBase;
      const lines = lineBase;
      const shift = (d: Diagnostic): Diagnostic =>
        rows === 0 && lines === 0 ? d : { ...d, ...(d.row !== undefined ? { row: d.row + rows } : {}), ...(d.line !== undefined ? { line: d.line + lines } : {}) };
      mergePart(this.collector, r.part, shift);
      for (const [id, log] of Object.entries(r.logs)) {
        const buffers = this.whole.take(id, log, { rows, lines });
        // A log's buffers go to the next chunk sent, to build its log in.
        if (this.spare.length < 2 * BATCH_ARRAYS) this.spare.push(...buffers);
      }
      rowBase = r.lastRow + rows;
      lineBase = r.lines + lines;
    }
  }
}
