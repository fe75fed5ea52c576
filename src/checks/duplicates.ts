/**
 * Finds the rows whose unique key an earlier row already had, in memory that does not grow with
 * the file: keys come in as 64-bit fingerprints (see fingerprint()) with their row, line and text
 * (UTF-8 bytes), in row order. Up to BATCH keys are held in memory; past that they are spilled to
 * temporary files, one per range of fingerprints, and each file is checked on its own at the end
 * (a key's duplicates always land in the same file, in row order). The temporary files are removed
 * when finish() returns or fails, by close(), and by the executable when a signal ends the run
 * (tempfiles.ts). Key texts stay bytes until a duplicate is reported: no string is made per key.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTemporaryPath, dropTemporaryPath } from '../tempfiles.js';
import { fingerprintAscii, UniqueIndex } from './unique.js';

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

/**
 * Gathers keys into a KeyBatch: a worker thread's log of its chunk, and the finder's batch in
 * memory. Arrays grow by doubling; build() copies out a batch of the right size.
 */
export class KeyBatchBuilder {
  count = 0;
  private capacity = 4096;
  private fp1 = new Uint32Array(this.capacity);
  private fp2 = new Uint32Array(this.capacity);
  private rows = new Uint32Array(this.capacity);
  private lines = new Uint32Array(this.capacity);
  private rowHasError = new Uint8Array(this.capacity);
  private ends = new Uint32Array(this.capacity);
  private text: Buffer = Buffer.allocUnsafe(64 * 1024);
  private length = 0;
  private readonly fp = new Uint32Array(2);

  /** Adds a key, fingerprinting it. */
  add(key: string, row: number, line: number, rowHasError: boolean): void {
    // A UTF-8 character takes at most three bytes per UTF-16 unit.
    const j = this.slot(key.length * 3);
    const end = fingerprintAscii(key, this.fp, this.text, this.length);
    this.set(j, this.fp[0] as number, this.fp[1] as number, row, line, rowHasError ? 1 : 0);
    this.length = end !== -1 ? end : this.length + this.text.write(key, this.length, 'utf8');
    this.ends[j] = this.length;
  }

  /** Adds key j of another batch, its row and line moved by the given amounts. */
  addFrom(b: KeyBatch, j: number, rows: number, lines: number): void {
    const from = j === 0 ? 0 : (b.ends[j - 1] as number);
    const to = b.ends[j] as number;
    const at = this.slot(to - from);
    this.set(at, b.fp1[j] as number, b.fp2[j] as number, (b.rows[j] as number) + rows, (b.lines[j] as number) + lines, b.rowHasError[j] as number);
    this.text.set(b.text.subarray(from, to), this.length);
    this.length += to - from;
    this.ends[at] = this.length;
  }

  /**
   * The keys so far, copied into arrays of their own: each in a buffer taken from `spare` (the
   * smallest big enough; it is removed from the list) or a new one.
   */
  build(spare: ArrayBuffer[] = []): KeyBatch {
    const v = this.view();
    const copy = <T extends Uint32Array | Uint8Array>(a: T, make: (b: ArrayBuffer, length: number) => T): T => {
      const out = make(take(spare, a.byteLength), a.length);
      out.set(a);
      return out;
    };
    const u32 = (b: ArrayBuffer, length: number): Uint32Array => new Uint32Array(b, 0, length);
    const u8 = (b: ArrayBuffer, length: number): Uint8Array => new Uint8Array(b, 0, length);
    return { count: v.count, fp1: copy(v.fp1, u32), fp2: copy(v.fp2, u32), rows: copy(v.rows, u32), lines: copy(v.lines, u32), rowHasError: copy(v.rowHasError, u8), ends: copy(v.ends, u32), text: copy(v.text, u8) };
  }

  /** The keys so far, over this builder's arrays (valid until the next add or clear). */
  view(): KeyBatch {
    const n = this.count;
    return {
      count: n,
      fp1: this.fp1.subarray(0, n),
      fp2: this.fp2.subarray(0, n),
      rows: this.rows.subarray(0, n),
      lines: this.lines.subarray(0, n),
      rowHasError: this.rowHasError.subarray(0, n),
      ends: this.ends.subarray(0, n),
      text: new Uint8Array(this.text.buffer, this.text.byteOffset, this.length),
    };
  }

  /** Empties the builder, keeping its arrays. */
  clear(): void {
    this.count = 0;
    this.length = 0;
  }

  private set(j: number, fp1: number, fp2: number, row: number, line: number, rowHasError: number): void {
    this.fp1[j] = fp1;
    this.fp2[j] = fp2;
    this.rows[j] = row;
    this.lines[j] = line;
    this.rowHasError[j] = rowHasError;
  }

  /** The index of the next key, with room for `bytes` more of text. */
  private slot(bytes: number): number {
    if (this.length + bytes > this.text.length) {
      const more = Buffer.allocUnsafe(Math.max(this.text.length * 2, this.length + bytes));
      this.text.copy(more, 0, 0, this.length);
      this.text = more;
    }
    if (this.count === this.capacity) {
      const n = this.capacity;
      this.capacity *= 2;
      const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (k: number) => T): T => {
        const b = make(this.capacity);
        b.set(a.subarray(0, n));
        return b;
      };
      this.fp1 = grow(this.fp1, (k) => new Uint32Array(k));
      this.fp2 = grow(this.fp2, (k) => new Uint32Array(k));
      this.rows = grow(this.rows, (k) => new Uint32Array(k));
      this.lines = grow(this.lines, (k) => new Uint32Array(k));
      this.rowHasError = grow(this.rowHasError, (k) => new Uint8Array(k));
      this.ends = grow(this.ends, (k) => new Uint32Array(k));
    }
    return this.count++;
  }
}

/** The buffers a batch's arrays are in (BATCH_ARRAYS of them), for KeyBatchBuilder.build to use again. */
export function batchBuffers(b: KeyBatch): ArrayBuffer[] {
  return [b.fp1, b.fp2, b.rows, b.lines, b.rowHasError, b.ends, b.text].map((a) => a.buffer as ArrayBuffer);
}

/** The arrays in a KeyBatch. */
export const BATCH_ARRAYS = 7;

/** The smallest buffer in `spare` of at least `bytes` bytes, taken out of it, or a new buffer. */
function take(spare: ArrayBuffer[], bytes: number): ArrayBuffer {
  let best = -1;
  for (let k = 0; k < spare.length; k++) {
    const size = (spare[k] as ArrayBuffer).byteLength;
    if (size >= bytes && (best === -1 || size < (spare[best] as ArrayBuffer).byteLength)) best = k;
  }
  if (best === -1) return new ArrayBuffer(Math.max(bytes, 1));
  return spare.splice(best, 1)[0] as ArrayBuffer;
}

export class DuplicateFinder {
  /** The keys in memory, up to BATCH, then spilled. */
  private readonly batch = new KeyBatchBuilder();
  private dir: string | undefined;
  private files: number[] = [];
  private lastRow = 0;
  /** The spill's output, used again at each spill. */
  private out = new Uint32Array(0);

  /** @param keep how many duplicates finish() returns in full (the rest are counted) */
  constructor(private readonly keep: number) {}

  /** Adds a row's key; rows come in increasing order. */
  add(key: string, row: number, line: number, rowHasError: boolean): void {
    this.next(row);
    this.batch.add(key, row, line, rowHasError);
  }

  /** Adds a batch of keys (from another thread), their rows and lines moved by the given amounts. */
  addBatch(b: KeyBatch, rows: number, lines: number): void {
    for (let j = 0; j < b.count; j++) {
      this.next((b.rows[j] as number) + rows);
      this.batch.addFrom(b, j, rows, lines);
    }
  }

  /** Before a key on `row`: checks the order, and spills when the batch is full. */
  private next(row: number): void {
    if (row <= this.lastRow) throw new Error(`keys must come in row order (${row} after ${this.lastRow})`);
    this.lastRow = row;
    if (this.batch.count === BATCH) this.spill();
  }

  /** Checks every key; removes the temporary files. */
  finish(): DuplicatesFound {
    const found = new Found(this.keep);
    try {
      if (this.dir === undefined) {
        const b = this.batch.view();
        const index = new UniqueIndex(Number.MAX_SAFE_INTEGER);
        for (let j = 0; j < b.count; j++) {
          const first = index.checkFingerprint(b.fp1[j] as number, b.fp2[j] as number, b.rows[j] as number);
          if (first === 0) continue;
          const from = j === 0 ? 0 : (b.ends[j - 1] as number);
          found.add(b.rows[j] as number, b.lines[j] as number, first, () => Buffer.from(b.text.buffer, b.text.byteOffset + from, (b.ends[j] as number) - from).toString('utf8'), b.rowHasError[j] === 1);
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
    if (this.dir !== undefined) {
      rmSync(this.dir, { recursive: true, force: true });
      dropTemporaryPath(this.dir);
    }
    this.dir = undefined;
  }

  /** Writes the keys in memory to the spill files, each to the file of its fingerprint's range. */
  private spill(): void {
    if (this.dir === undefined) {
      // Listed before it exists, so an interrupted run removes it (see tempfiles.ts); made like
      // mkdtemp does, with a name nobody can guess and only for us.
      const dir = join(tmpdir(), `datakoll-keys-${randomUUID()}`);
      addTemporaryPath(dir);
      mkdirSync(dir, { mode: 0o700 });
      this.dir = dir;
      for (let p = 0; p < PARTITIONS; p++) this.files.push(openSync(join(this.dir, String(p)), 'w'));
    }
    const b = this.batch.view();
    const n = b.count;
    const shift = 32 - PARTITION_BITS;
    // Records are padded to whole words and laid out partition after partition in one buffer,
    // used again at the next spill (fresh buffers would pile up outside the heap).
    const starts = new Float64Array(PARTITIONS + 1);
    for (let j = 0; j < n; j++) {
      const p = (b.fp1[j] as number) >>> shift;
      const length = (b.ends[j] as number) - (j === 0 ? 0 : (b.ends[j - 1] as number));
      starts[p + 1] = (starts[p + 1] as number) + WORDS + Math.ceil(length / 4);
    }
    for (let p = 0; p < PARTITIONS; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
    const total = starts[PARTITIONS] as number;
    if (this.out.length < total) this.out = new Uint32Array(Math.max(total, this.out.length * 2));
    const o = this.out;
    const o8 = new Uint8Array(o.buffer, o.byteOffset, o.byteLength);
    const text = b.text;
    const used = starts.slice(0, PARTITIONS);
    for (let j = 0; j < n; j++) {
      const p = (b.fp1[j] as number) >>> shift;
      let at = used[p] as number;
      const from = j === 0 ? 0 : (b.ends[j - 1] as number);
      const length = (b.ends[j] as number) - from;
      o[at] = b.fp1[j] as number;
      o[at + 1] = b.fp2[j] as number;
      o[at + 2] = b.rows[j] as number;
      o[at + 3] = b.lines[j] as number;
      o[at + 4] = (length | (b.rowHasError[j] === 1 ? HAS_ERROR : 0)) >>> 0;
      at += WORDS;
      // Keys are short: a loop beats making two array views per key.
      const to = at * 4;
      for (let x = 0; x < length; x++) o8[to + x] = text[from + x] as number;
      used[p] = at + Math.ceil(length / 4);
    }
    for (let p = 0; p < PARTITIONS; p++) {
      const from = starts[p] as number;
      const to = starts[p + 1] as number;
      if (to > from) writeSync(this.files[p] as number, o.subarray(from, to));
    }
    this.batch.clear();
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
