/**
 * The unique keys of a stretch of CSV rows, kept by a worker thread for the thread that sees the
 * whole file: each key as its fingerprint (hashed here, on the worker), its row, line, and text,
 * in typed arrays and one string, so the log crosses threads cheaply (the arrays are transferred).
 */
import { fingerprint } from '../checks/index.js';

export interface KeyLog {
  readonly count: number;
  readonly fp1: Uint32Array;
  readonly fp2: Uint32Array;
  readonly rows: Uint32Array;
  readonly lines: Uint32Array;
  /** 1 when the run had found an error on the row already (so it counts once among rows with errors). */
  readonly rowHasError: Uint8Array;
  /** The keys' texts one after the other; key j is text.slice(ends[j - 1] ?? 0, ends[j]). */
  readonly text: string;
  readonly ends: Uint32Array;
}

/** The text of the log's key j. */
export function keyText(log: KeyLog, j: number): string {
  return log.text.slice(j === 0 ? 0 : (log.ends[j - 1] as number), log.ends[j] as number);
}

/** The ArrayBuffers of a log, to transfer rather than copy. */
export function keyLogBuffers(log: KeyLog): ArrayBuffer[] {
  return [log.fp1, log.fp2, log.rows, log.lines, log.rowHasError, log.ends].map((a) => a.buffer as ArrayBuffer);
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
  private readonly texts: string[] = [];
  private length = 0;
  private readonly fp = new Uint32Array(2);

  add(key: string, row: number, line: number, rowHasError: boolean): void {
    if (this.count === this.capacity) this.grow();
    const j = this.count++;
    fingerprint(key, this.fp);
    this.fp1[j] = this.fp[0] as number;
    this.fp2[j] = this.fp[1] as number;
    this.rows[j] = row;
    this.lines[j] = line;
    this.rowHasError[j] = rowHasError ? 1 : 0;
    this.length += key.length;
    this.ends[j] = this.length;
    this.texts.push(key);
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
      text: this.texts.join(''),
      ends: this.ends.slice(0, n),
    };
  }

  private grow(): void {
    this.capacity *= 2;
    const more = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.capacity);
      b.set(a);
      return b;
    };
    this.fp1 = more(this.fp1, (n) => new Uint32Array(n));
    this.fp2 = more(this.fp2, (n) => new Uint32Array(n));
    this.rows = more(this.rows, (n) => new Uint32Array(n));
    this.lines = more(this.lines, (n) => new Uint32Array(n));
    this.rowHasError = more(this.rowHasError, (n) => new Uint8Array(n));
    this.ends = more(this.ends, (n) => new Uint32Array(n));
  }
}
