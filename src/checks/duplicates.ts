/**
 * Finds the rows whose unique key an earlier row already had, in memory that does not grow with
 * the file: keys come in as 64-bit fingerprints (see fingerprint()) with their row, line and text,
 * in row order. Up to BATCH keys are held in memory; past that they are spilled to temporary files,
 * one per range of fingerprints, and each file is checked on its own at the end (a key's
 * duplicates always land in the same file, in row order). The temporary files are removed when
 * finish() returns or fails.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UniqueIndex } from './unique.js';

/** A row whose key an earlier row had. */
export interface Duplicate {
  readonly row: number;
  readonly line: number;
  readonly firstRow: number;
  /** The key's text (its parts joined by U+0000). */
  readonly key: string;
  /** Whether another error was found on the row (so it counts once among rows with errors). */
  readonly rowHasError: boolean;
}

/** What finish() found: the first duplicates by row, and how many there are in all. */
export interface DuplicatesFound {
  /** The duplicates with the lowest rows, in row order (at most `keep`). */
  readonly first: readonly Duplicate[];
  readonly count: number;
  /** Duplicates on rows without another error. */
  readonly countOnCleanRows: number;
}

/** Keys held in memory before a spill. */
export const BATCH = 64 * 1024;
/** Spill files: keys are spread over them by the top bits of the fingerprint. */
const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
/** Bytes before each key's text in a spill file: fp1, fp2, row, line, text length (high bit: row has an error). */
const RECORD = 20;
const HAS_ERROR = 0x80000000;

export class DuplicateFinder {
  private count = 0;
  private fp1 = new Uint32Array(BATCH);
  private fp2 = new Uint32Array(BATCH);
  private rows = new Uint32Array(BATCH);
  private lines = new Uint32Array(BATCH);
  private errors = new Uint8Array(BATCH);
  private texts: string[] = [];
  private dir: string | undefined;
  private files: number[] = [];
  private lastRow = 0;

  /** @param keep how many duplicates finish() returns in full (the rest are counted) */
  constructor(private readonly keep: number) {}

  /** Adds a row's key; rows come in increasing order. */
  add(fp1: number, fp2: number, row: number, line: number, key: string, rowHasError: boolean): void {
    if (row <= this.lastRow) throw new Error(`keys must come in row order (${row} after ${this.lastRow})`);
    this.lastRow = row;
    if (this.count === BATCH) this.spill();
    const j = this.count++;
    this.fp1[j] = fp1;
    this.fp2[j] = fp2;
    this.rows[j] = row;
    this.lines[j] = line;
    this.errors[j] = rowHasError ? 1 : 0;
    this.texts.push(key);
  }

  /** Checks every key; removes the temporary files. */
  finish(): DuplicatesFound {
    const found = new Found(this.keep);
    try {
      if (this.dir === undefined) {
        const index = new UniqueIndex(Number.MAX_SAFE_INTEGER);
        for (let j = 0; j < this.count; j++) {
          const first = index.checkFingerprint(this.fp1[j] as number, this.fp2[j] as number, this.rows[j] as number);
          if (first !== 0) found.add(this.rows[j] as number, this.lines[j] as number, first, () => this.texts[j] as string, this.errors[j] === 1);
        }
      } else {
        this.spill();
        for (const fd of this.files.splice(0)) closeSync(fd);
        for (let p = 0; p < PARTITIONS; p++) this.checkPartition(readFileSync(join(this.dir, String(p))), found);
      }
    } finally {
      this.close();
    }
    return found.result();
  }

  /** Removes the temporary files (finish() does it too). */
  close(): void {
    for (const fd of this.files.splice(0)) closeSync(fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }

  private checkPartition(bytes: Buffer, found: Found): void {
    const index = new UniqueIndex(Number.MAX_SAFE_INTEGER);
    let at = 0;
    while (at < bytes.length) {
      const fp1 = bytes.readUInt32LE(at);
      const fp2 = bytes.readUInt32LE(at + 4);
      const row = bytes.readUInt32LE(at + 8);
      const line = bytes.readUInt32LE(at + 12);
      const meta = bytes.readUInt32LE(at + 16);
      const length = meta & ~HAS_ERROR;
      const textAt = at + RECORD;
      at = textAt + length;
      const first = index.checkFingerprint(fp1, fp2, row);
      if (first !== 0) found.add(row, line, first, () => bytes.toString('utf8', textAt, textAt + length), (meta & HAS_ERROR) !== 0);
    }
  }

  /** Writes the keys in memory to the spill files, each to the file of its fingerprint's range. */
  private spill(): void {
    if (this.dir === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'datakoll-keys-'));
      for (let p = 0; p < PARTITIONS; p++) this.files.push(openSync(join(this.dir, String(p)), 'w'));
    }
    const n = this.count;
    const sizes = new Float64Array(PARTITIONS);
    const lengths = new Uint32Array(n);
    for (let j = 0; j < n; j++) {
      const length = Buffer.byteLength(this.texts[j] as string, 'utf8');
      const p = (this.fp1[j] as number) >>> (32 - PARTITION_BITS);
      lengths[j] = length;
      sizes[p] = (sizes[p] as number) + RECORD + length;
    }
    const buffers = Array.from(sizes, (s) => Buffer.allocUnsafe(s));
    const used = new Float64Array(PARTITIONS);
    for (let j = 0; j < n; j++) {
      const p = (this.fp1[j] as number) >>> (32 - PARTITION_BITS);
      const b = buffers[p] as Buffer;
      let at = used[p] as number;
      at = b.writeUInt32LE(this.fp1[j] as number, at);
      at = b.writeUInt32LE(this.fp2[j] as number, at);
      at = b.writeUInt32LE(this.rows[j] as number, at);
      at = b.writeUInt32LE(this.lines[j] as number, at);
      at = b.writeUInt32LE(((lengths[j] as number) | (this.errors[j] === 1 ? HAS_ERROR : 0)) >>> 0, at);
      at += b.write(this.texts[j] as string, at, 'utf8');
      used[p] = at;
    }
    for (let p = 0; p < PARTITIONS; p++) if ((sizes[p] as number) > 0) writeSync(this.files[p] as number, buffers[p] as Buffer);
    this.count = 0;
    this.texts = [];
  }
}

/** The duplicates kept (the lowest rows, in row order) and counted. */
class Found {
  private readonly kept: Duplicate[] = [];
  private count = 0;
  private clean = 0;

  constructor(private readonly keep: number) {}

  add(row: number, line: number, firstRow: number, key: () => string, rowHasError: boolean): void {
    this.count++;
    if (!rowHasError) this.clean++;
    const kept = this.kept;
    if (kept.length >= this.keep && (kept.length === 0 || row > (kept[kept.length - 1] as Duplicate).row)) return;
    // Partitions each run in row order but interleave: insert in place.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((kept[mid] as Duplicate).row < row) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, { row, line, firstRow, key: key(), rowHasError });
    if (kept.length > this.keep) kept.pop();
  }

  result(): DuplicatesFound {
    return { first: this.kept, count: this.count, countOnCleanRows: this.clean };
  }
}
