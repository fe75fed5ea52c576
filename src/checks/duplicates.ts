/**
 * Finds the rows whose unique key an earlier row already had, in memory that does not grow with
 * the file: keys come in as 64-bit fingerprints (see fingerprint()) with their row, line and text
 * (UTF-8 bytes), in row order. Up to BATCH keys are held in memory; past that they are spilled to
 * temporary files, one per range of fingerprints, and each file is checked on its own at the end
 * (a key's duplicates always land in the same file, in row order). The temporary files are removed
 * when finish() returns or fails. Key texts stay bytes until a duplicate is reported: no string is
 * made per key.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint, UniqueIndex } from './unique.js';

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

/** Keys in row order with their fingerprints, rows, lines and texts: key j's text is text[ends[j-1] .. ends[j]). */
export interface KeyBatch {
  readonly count: number;
  readonly fp1: Uint32Array;
  readonly fp2: Uint32Array;
  readonly rows: Uint32Array;
  readonly lines: Uint32Array;
  /** 1 when another error was found on the row. */
  readonly rowHasError: Uint8Array;
  readonly ends: Uint32Array;
  readonly text: Uint8Array;
}

/** Keys held in memory before a spill. */
export const BATCH = 64 * 1024;
/** Spill files: keys are spread over them by the top bits of the fingerprint. */
const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
/** Words before each key's text in a spill file: fp1, fp2, row, line, text length (high bit: row has an error). */
const WORDS = 5;
const HAS_ERROR = 0x80000000;

export class DuplicateFinder {
  private count = 0;
  private readonly fp1 = new Uint32Array(BATCH);
  private readonly fp2 = new Uint32Array(BATCH);
  private readonly rows = new Uint32Array(BATCH);
  private readonly lines = new Uint32Array(BATCH);
  private readonly errors = new Uint8Array(BATCH);
  /** Where each key's text ends in `text`. */
  private readonly ends = new Uint32Array(BATCH);
  private text: Buffer = Buffer.allocUnsafe(256 * 1024);
  private textLength = 0;
  private dir: string | undefined;
  private files: number[] = [];
  private lastRow = 0;
  private readonly fp = new Uint32Array(2);
  /** The spill's output, used again at each spill. */
  private out = new Uint32Array(0);

  /** @param keep how many duplicates finish() returns in full (the rest are counted) */
  constructor(private readonly keep: number) {}

  /** Adds a row's key; rows come in increasing order. */
  add(key: string, row: number, line: number, rowHasError: boolean): void {
    fingerprint(key, this.fp);
    const bytes = Buffer.byteLength(key, 'utf8');
    const at = this.slot(row, bytes);
    this.fp1[at] = this.fp[0] as number;
    this.fp2[at] = this.fp[1] as number;
    this.lines[at] = line;
    this.errors[at] = rowHasError ? 1 : 0;
    this.text.write(key, this.textLength, 'utf8');
    this.textLength += bytes;
    this.ends[at] = this.textLength;
  }

  /** Adds a batch of keys (from another thread), their rows and lines moved by the given amounts. */
  addBatch(b: KeyBatch, rows: number, lines: number): void {
    for (let j = 0; j < b.count; j++) {
      const from = j === 0 ? 0 : (b.ends[j - 1] as number);
      const to = b.ends[j] as number;
      const at = this.slot((b.rows[j] as number) + rows, to - from);
      this.fp1[at] = b.fp1[j] as number;
      this.fp2[at] = b.fp2[j] as number;
      this.lines[at] = (b.lines[j] as number) + lines;
      this.errors[at] = b.rowHasError[j] as number;
      this.text.set(b.text.subarray(from, to), this.textLength);
      this.textLength += to - from;
      this.ends[at] = this.textLength;
    }
  }

  /** Checks every key; removes the temporary files. */
  finish(): DuplicatesFound {
    const found = new Found(this.keep);
    try {
      if (this.dir === undefined) {
        const index = new UniqueIndex(Number.MAX_SAFE_INTEGER);
        for (let j = 0; j < this.count; j++) {
          const first = index.checkFingerprint(this.fp1[j] as number, this.fp2[j] as number, this.rows[j] as number);
          if (first === 0) continue;
          const from = j === 0 ? 0 : (this.ends[j - 1] as number);
          found.add(this.rows[j] as number, this.lines[j] as number, first, () => this.text.toString('utf8', from, this.ends[j]), this.errors[j] === 1);
        }
      } else {
        this.spill();
        for (const fd of this.files.splice(0)) closeSync(fd);
        // Each file is read into the same buffer and checked with the same table, both sized for
        // the largest file (fresh ones per file would pile up outside the heap).
        const dir = this.dir;
        const sizes = Array.from({ length: PARTITIONS }, (_, p) => statSync(join(dir, String(p))).size);
        const largest = Math.max(...sizes);
        const buffer = Buffer.allocUnsafe(largest);
        const index = new UniqueIndex(Number.MAX_SAFE_INTEGER, Math.ceil(largest / (WORDS * 4) / 0.75) + 16);
        for (let p = 0; p < PARTITIONS; p++) {
          const file = join(dir, String(p));
          const size = sizes[p] as number;
          const fd = openSync(file, 'r');
          try {
            let got = 0;
            while (got < size) {
              const n = readSync(fd, buffer, got, size - got, got);
              if (n === 0) throw new Error(`a temporary file of the duplicate check ended early: ${file}`);
              got += n;
            }
          } finally {
            closeSync(fd);
          }
          index.clear();
          checkPartition(buffer.subarray(0, size), index, found);
        }
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

  /** The index for the next key, on `row`, with `bytes` of text; spills first when the batch is full. */
  private slot(row: number, bytes: number): number {
    if (row <= this.lastRow) throw new Error(`keys must come in row order (${row} after ${this.lastRow})`);
    this.lastRow = row;
    if (this.count === BATCH) this.spill();
    if (this.textLength + bytes > this.text.length) {
      const more = Buffer.allocUnsafe(Math.max(this.text.length * 2, this.textLength + bytes));
      this.text.copy(more, 0, 0, this.textLength);
      this.text = more;
    }
    const j = this.count++;
    this.rows[j] = row;
    return j;
  }

  /** Writes the keys in memory to the spill files, each to the file of its fingerprint's range. */
  private spill(): void {
    if (this.dir === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'datakoll-keys-'));
      for (let p = 0; p < PARTITIONS; p++) this.files.push(openSync(join(this.dir, String(p)), 'w'));
    }
    const n = this.count;
    const shift = 32 - PARTITION_BITS;
    // Records are padded to whole words and laid out partition after partition in one buffer,
    // used again at the next spill (fresh buffers would pile up outside the heap).
    const starts = new Float64Array(PARTITIONS + 1);
    for (let j = 0; j < n; j++) {
      const p = (this.fp1[j] as number) >>> shift;
      const length = (this.ends[j] as number) - (j === 0 ? 0 : (this.ends[j - 1] as number));
      starts[p + 1] = (starts[p + 1] as number) + WORDS + Math.ceil(length / 4);
    }
    for (let p = 0; p < PARTITIONS; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
    const total = starts[PARTITIONS] as number;
    if (this.out.length < total) this.out = new Uint32Array(Math.max(total, this.out.length * 2));
    const o = this.out;
    const used = starts.slice(0, PARTITIONS);
    for (let j = 0; j < n; j++) {
      const p = (this.fp1[j] as number) >>> shift;
      let at = used[p] as number;
      const from = j === 0 ? 0 : (this.ends[j - 1] as number);
      const length = (this.ends[j] as number) - from;
      o[at] = this.fp1[j] as number;
      o[at + 1] = this.fp2[j] as number;
      o[at + 2] = this.rows[j] as number;
      o[at + 3] = this.lines[j] as number;
      o[at + 4] = (length | (this.errors[j] === 1 ? HAS_ERROR : 0)) >>> 0;
      at += WORDS;
      new Uint8Array(o.buffer, o.byteOffset + at * 4, length).set(this.text.subarray(from, from + length));
      used[p] = at + Math.ceil(length / 4);
    }
    for (let p = 0; p < PARTITIONS; p++) {
      const from = starts[p] as number;
      const to = starts[p + 1] as number;
      if (to > from) writeSync(this.files[p] as number, o.subarray(from, to));
    }
    this.count = 0;
    this.textLength = 0;
  }
}

function checkPartition(read: Buffer, index: UniqueIndex, found: Found): void {
  const bytes = read.byteOffset % 4 === 0 ? read : Buffer.from(read);
  // Whole words, written from a Uint32Array on this machine: read back the same way.
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  let at = 0;
  while (at < words.length) {
    const meta = words[at + 4] as number;
    const length = meta & ~HAS_ERROR;
    const row = words[at + 2] as number;
    const first = index.checkFingerprint(words[at] as number, words[at + 1] as number, row);
    const textAt = (at + WORDS) * 4;
    if (first !== 0) found.add(row, words[at + 3] as number, first, () => bytes.toString('utf8', textAt, textAt + length), (meta & HAS_ERROR) !== 0);
    at += WORDS + Math.ceil(length / 4);
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
