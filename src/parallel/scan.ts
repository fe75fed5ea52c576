/**
 * A fast, quote-aware scan of CSV bytes for record boundaries, so a large file can be cut into
 * record-aligned chunks that worker threads parse on their own.
 *
 * It follows the rules of src/input/csv-parser.ts (csv-parse's with relax_quotes; record
 * delimiters CRLF, LF and CR, the quote "): a quote opens a quoted field only at the start of a field; inside one, "" is a quote
 * and any other quote closes it (relax_quotes: even when a character other than a delimiter
 * follows); outside quoted fields a quote is an ordinary character. Only quotes and line breaks
 * are looked at, with Buffer.indexOf, so the scan costs about as much as reading the bytes.
 * Works on bytes of any ASCII-compatible encoding (UTF-8, the single-byte ones) with a one-byte delimiter.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Called with each boundary found (the offset just after a record delimiter); returns the next target. */
export type OnBoundary = (offset: number) => number;

export class RecordScanner {
  private inQuotes = false;
  /** The byte before the current block (-1: the start of the data, which is a field start). */
  private last = -1;
  /** A quote inside a quoted field was the block's last byte: the next byte decides. */
  private pendingQuote = false;
  /** A CR ending a record was the block's last byte: an LF may follow and belong to it. */
  private pendingCr = false;
  /** Offset of the next block's first byte. */
  private base = 0;
  /** Where the data starts (after a byte-order mark): a field starts there. */
  private readonly dataStart: number;

  /**
   * @param delimiter the field delimiter's byte
   * @param target the first boundary wanted is the first record end at or after this offset
   * @param start bytes to skip at the start (a byte-order mark)
   */
  constructor(
    private readonly delimiter: number,
    private target: number,
    start = 0,
  ) {
    this.dataStart = start;
  }

  /** Whether the bytes scanned so far end inside a quoted field. */
  get quoted(): boolean {
    return this.inQuotes;
  }

  /** Scans the next block of the file (blocks are consecutive); reports boundaries at or after the target. */
  scan(input: Buffer, found: OnBoundary): void {
    const b = input;
    const len = b.length;
    let i = this.begin(b, found);
    if (i === len) {
      this.base += len;
      return;
    }
    // Cached positions of the next line breaks, valid while >= i (-2: not looked up yet).
    let nextLf = -2;
    let nextCr = -2;
    while (i < len) {
      if (this.inQuotes) {
        const q = b.indexOf(QUOTE, i);
        if (q === -1) break;
        if (q + 1 === len) {
          this.pendingQuote = true;
          break;
        }
        if (b[q + 1] === QUOTE) i = q + 2;
        else {
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      const q = b.indexOf(QUOTE, i);
      if (this.base + len > this.target) {
        // A boundary is wanted in this block: the first line break outside quotes at or after the target.
        const from = Math.max(i, this.target - this.base);
        if (nextLf !== -1 && nextLf < from) nextLf = b.indexOf(LF, from);
        if (nextCr !== -1 && nextCr < from) nextCr = b.indexOf(CR, from);
        const n = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
        if (n !== -1 && (q === -1 || n < q)) {
          if (b[n] === CR) {
            if (n + 1 === len) {
              this.pendingCr = true;
              this.last = CR;
              this.base += len;
              return;
            }
            i = n + (b[n + 1] === LF ? 2 : 1);
          } else i = n + 1;
          this.target = found(this.base + i);
          continue;
        }
      }
      if (q === -1) break;
      const before = this.base + q === this.dataStart ? -1 : q > 0 ? (b[q - 1] as number) : this.last;
      if (before === -1 || before === this.delimiter || before === LF || before === CR) this.inQuotes = true;
      i = q + 1;
    }
    this.last = b[len - 1] as number;
    this.base += len;
  }

  /**
   * Where scanning a block starts: after the byte-order mark, after the quote of a "" split
   * between blocks, after the LF of a CRLF split between blocks (which ends a record).
   */
  private begin(b: Buffer, found: OnBoundary): number {
    // Skip the byte-order mark: the first field starts after it.
    let i = Math.max(0, Math.min(b.length, this.dataStart - this.base));
    if (i === b.length) return i;
    if (this.pendingQuote) {
      this.pendingQuote = false;
      if (b[0] === QUOTE) i = 1; // "" inside a quoted field
      else this.inQuotes = false;
    } else if (this.pendingCr) {
      this.pendingCr = false;
      const end = this.base + (b[0] === LF ? 1 : 0);
      this.target = found(end);
      if (b[0] === LF) i = 1;
    }
    return i;
  }

  /** The end of the data: a CR left pending ends the last record. */
  finish(found: OnBoundary): void {
    if (this.pendingCr) {
      this.pendingCr = false;
      this.target = found(this.base);
    }
    // A quote pending at the end closes its field (csv-parse: no next character).
    if (this.pendingQuote) {
      this.pendingQuote = false;
      this.inQuotes = false;
    }
  }
}

/** Where the first `records` records of a buffer end, or undefined when they do not all end in it. */
export function recordEnds(head: Buffer, delimiter: number, records: number, start = 0): number[] | undefined {
  const ends: number[] = [];
  const scanner = new RecordScanner(delimiter, 0, start);
  const onBoundary = (offset: number): number => {
    ends.push(offset);
    return ends.length >= records ? Number.MAX_SAFE_INTEGER : offset;
  };
  scanner.scan(head, onBoundary);
  // A CR at the very end may still be followed by an LF: that record's end is unknown.
  return ends.length >= records ? ends.slice(0, records) : undefined;
}
