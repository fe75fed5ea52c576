/**
 * Finds the rows whose unique key an earlier row already had, in memory that does not grow with
 * the file: keys come in as 64-bit fingerprints (see fingerprint()) with their row, line and text
 * (UTF-8 bytes), in row order. Up to BATCH keys are held in memory; past that they are spilled to
 * temporary files, one per range of fingerprints, and each file is checked on its own at the end
 * (a key's duplicates always land in the same file, in row order). The temporary files are removed
 * when finish() returns or fails, by close(), and by the executable when a signal ends the run
 * (tempfiles.ts). Key texts stay bytes until a duplicate is reported: no string is made per key.
 */
import { UniqueIndex } from './unique.js';
import { KeySpill } from './key-spill.js';
import { KeyBatchBuilder } from './key-batch.js';
import type { KeyBatch } from './key-batch.js';

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


/**
 * Keys held in memory before a spill. 64k keeps a 1M-row file on two threads under 150 MB peak
 * RSS (256k, tried, held 11 MB more in batch and spill buffers and crossed it); files of 64k-256k
 * rows pay for the spill's 64 temporary files instead.
 */
export const BATCH = 64 * 1024;

export class DuplicateFinder {
  /** The keys in memory, up to BATCH, then spilled. */
  private readonly batch = new KeyBatchBuilder();
  private readonly spill = new KeySpill();
  private lastRow = 0;

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
    if (this.batch.count === BATCH) this.spillBatch();
  }

  private spillBatch(): void {
    this.spill.write(this.batch.view());
    this.batch.clear();
  }

  /** Checks every key; removes the temporary files. */
  finish(): DuplicatesFound {
    const found = new Found(this.keep);
    try {
      if (!this.spill.used) this.checkInMemory(found);
      else {
        this.spillBatch();
        // Each file is checked with the same table, sized for the largest.
        let index = new UniqueIndex(Number.MAX_SAFE_INTEGER);
        this.spill.readBack(
          (maxKeys) => (index = new UniqueIndex(Number.MAX_SAFE_INTEGER, Math.ceil(maxKeys / 0.75) + 16)),
          () => index.clear(),
          (fp1, fp2, row, line, rowHasError, bytes, textAt, textEnd) => {
            const first = index.checkFingerprint(fp1, fp2, row);
            if (first !== 0) found.add(row, line, first, () => bytes.toString('utf8', textAt, textEnd), rowHasError);
          },
        );
      }
    } finally {
      this.close();
    }
    return found.result();
  }

  /** No spill: the keys in memory are checked as they are. */
  private checkInMemory(found: Found): void {
    const b = this.batch.view();
    // Sized for the keys at once: growing the table as it fills cost a tenth of a small file's run.
    const index = new UniqueIndex(Number.MAX_SAFE_INTEGER, Math.ceil(b.count / 0.75) + 16);
    for (let j = 0; j < b.count; j++) {
      const first = index.checkFingerprint(b.fp1[j] as number, b.fp2[j] as number, b.rows[j] as number);
      if (first === 0) continue;
      const from = j === 0 ? 0 : (b.ends[j - 1] as number);
      found.add(b.rows[j] as number, b.lines[j] as number, first, () => Buffer.from(b.text.buffer, b.text.byteOffset + from, (b.ends[j] as number) - from).toString('utf8'), b.rowHasError[j] === 1);
    }
  }

  /** Removes the temporary files (finish() does it too). */
  close(): void {
    this.spill.close();
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
