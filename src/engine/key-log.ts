/**
 * The unique keys of a stretch of CSV rows, kept by a worker thread for the thread that sees the
 * whole file: each key as its fingerprint (hashed here, on the worker), its row, line, and its
 * text as UTF-8 bytes, all in typed arrays, so the log crosses threads cheaply (the arrays are
 * transferred, not copied) and the receiving thread makes no string per key.
 */
import { fingerprint } from '../checks/index.js';
import type { KeyBatch } from '../checks/index.js';

export type KeyLog = KeyBatch;

/** The ArrayBuffers of a log, to transfer rather than copy. */
export function keyLogBuffers(log: KeyLog): ArrayBuffer[] {
  return [log.fp1, log.fp2, log.rows, log.lines, log.rowHasError, log.ends, log.text].map((a) => a.buffer as ArrayBuffer);
}

export class KeyLogBuilder {
  private count = 0;
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

  add(key: string, row: number, line: number, rowHasError: boolean): void {
    if (this.count === this.capacity) this.grow();
    // A UTF-8 character takes at most three bytes per UTF-16 unit.
    if (this.length + key.length * 3 > this.text.length) this.text = copied(this.text, Math.max(this.text.length * 2, this.length + key.length * 3), this.length);
    const j = this.count++;
    fingerprint(key, this.fp);
    this.fp1[j] = this.fp[0] as number;
    this.fp2[j] = this.fp[1] as number;
    this.rows[j] = row;
    this.lines[j] = line;
    this.rowHasError[j] = rowHasError ? 1 : 0;
    this.length += this.text.write(key, this.length, 'utf8');
    this.ends[j] = this.length;
  }

  build(): KeyLog {
    const n = this.count;
    return {
      count: n,
      fp1: this.fp1.slice(0, n),
      fp2: this.fp2.slice(0, n),
      rows: this.rows.slice(0, n),
      lines: this.lines.slice(0, n),
      rowHasError: this.rowHasError.slice(0, n),
      ends: this.ends.slice(0, n),
      text: new Uint8Array(this.text.subarray(0, this.length)),
    };
  }

  private grow(): void {
    const n = this.capacity;
    this.capacity *= 2;
    const more = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.capacity);
      b.set(a.subarray(0, n));
      return b;
    };
    this.fp1 = more(this.fp1, (k) => new Uint32Array(k));
    this.fp2 = more(this.fp2, (k) => new Uint32Array(k));
    this.rows = more(this.rows, (k) => new Uint32Array(k));
    this.lines = more(this.lines, (k) => new Uint32Array(k));
    this.rowHasError = more(this.rowHasError, (k) => new Uint8Array(k));
    this.ends = more(this.ends, (k) => new Uint32Array(k));
  }
}

function copied(b: Buffer, size: number, used: number): Buffer {
  const c = Buffer.allocUnsafe(size);
  b.copy(c, 0, 0, used);
  return c;
}
