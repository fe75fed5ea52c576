/**
 * Keys in row order as compact arrays (fingerprints, rows, lines, UTF-8 texts): a worker thread's
 * log of its chunk, moved to the calling thread rather than copied, and the duplicate finder's
 * batch in memory.
 */
import { fingerprintAscii } from './unique.js';

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

