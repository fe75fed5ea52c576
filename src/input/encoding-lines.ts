/**
 * Splits bytes that come in chunks into numbered physical lines (ended by LF, CRLF or a lone CR),
 * for the encoding evidence. A run of whole lines that is valid UTF-8 is only counted unless the
 * caller wants to see it, so a UTF-8 file costs little more than one isUtf8 per chunk.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { incompleteUtf8Tail } from './encoding-utf8.js';

const LF = 0x0a;
const CR = 0x0d;
/** A line longer than this is passed on in pieces (with the same number), so memory stays bounded. */
const MAX_LINE = 1024 * 1024;

/** Told each line's bytes (without the line break) and its number. */
export type OnLine = (bytes: Buffer, line: number) => void;

/** The line breaks of one chunk, found with indexOf and remembered, so each byte is searched once. */
class Breaks {
  private lf = -2;
  private cr = -2;

  constructor(
    private readonly b: Buffer,
    private readonly hasCr: boolean,
  ) {}

  /** The first line break at or after `from` (the CR of a CRLF), or -1. */
  next(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.b.indexOf(LF, from);
    if (!this.hasCr) return this.lf;
    if (this.cr !== -1 && this.cr < from) this.cr = this.b.indexOf(CR, from);
    return this.lf === -1 ? this.cr : this.cr === -1 ? this.lf : Math.min(this.lf, this.cr);
  }

  /** The last byte of the chunk's last line break, or -1. */
  last(): number {
    return Math.max(this.b.lastIndexOf(LF), this.hasCr ? this.b.lastIndexOf(CR) : -1);
  }
}

/** The number of line breaks in bytes that end with one (a CRLF counts once). */
function countBreaks(b: Buffer, hasCr: boolean): number {
  let n = 0;
  for (let i = b.indexOf(LF); i !== -1; i = b.indexOf(LF, i + 1)) n++;
  if (hasCr) for (let i = b.indexOf(CR); i !== -1; i = b.indexOf(CR, i + 1)) if (b[i + 1] !== LF) n++;
  return n;
}

/** Numbers the lines of chunked bytes and hands each to a callback, whole (or, when very long, in pieces). */
export class LineSplitter {
  /** The bytes of the line cut at the end of the last chunk (copies: the caller's buffers are reused). */
  private tail: Buffer[] = [];
  private tailBytes = 0;
  /** The last chunk ended with a CR: an LF at the start of this one belongs to it. */
  private afterCr = false;
  private lineNo = 1;

  constructor(private readonly onLine: OnLine) {}

  /** The next chunk. `all`: pass on every line that is not ASCII alone (otherwise runs of valid UTF-8 are only counted). */
  write(input: Uint8Array, all: boolean): void {
    const chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    let i = 0;
    if (this.afterCr) {
      this.afterCr = false;
      if (chunk[0] === LF) i = 1;
    }
    const hasCr = chunk.indexOf(CR, i) !== -1;
    const breaks = new Breaks(chunk, hasCr);
    const first = breaks.next(i);
    if (first === -1) return this.keep(chunk.subarray(i));
    this.onLine(this.joined(chunk.subarray(i, first)), this.lineNo++);
    i = this.after(chunk, first);
    const last = breaks.last();
    if (last >= i) {
      const run = chunk.subarray(i, last + 1);
      // Lines of ASCII alone tell nothing more than that they are valid.
      if (isUtf8(run) && (!all || isAscii(run))) this.lineNo += countBreaks(run, hasCr);
      else {
        for (let b = breaks.next(i); b !== -1 && b <= last; b = breaks.next(i)) {
          this.onLine(chunk.subarray(i, b), this.lineNo++);
          i = this.after(chunk, b);
        }
      }
      i = Math.max(i, last + 1);
      if (chunk[last] === CR && last === chunk.length - 1) this.afterCr = true;
    }
    this.keep(chunk.subarray(i));
  }

  /** Where the next line starts after the break at b. */
  private after(chunk: Buffer, b: number): number {
    if (chunk[b] !== CR) return b + 1;
    if (b + 1 === chunk.length) this.afterCr = true;
    return chunk[b + 1] === LF ? b + 2 : b + 1;
  }

  /** The cut line's bytes so far, completed by its end in this chunk. */
  private joined(end: Buffer): Buffer {
    if (this.tail.length === 0) return end;
    const whole = Buffer.concat([...this.tail, end]);
    this.tail = [];
    this.tailBytes = 0;
    return whole;
  }

  /** Keeps the start of a line cut at the chunk's end; a very long one is passed on in pieces. */
  private keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.tail.push(Buffer.from(bytes));
    this.tailBytes += bytes.length;
    if (this.tailBytes <= MAX_LINE) return;
    const whole = Buffer.concat(this.tail);
    const cut = whole.length - incompleteUtf8Tail(whole);
    this.onLine(whole.subarray(0, cut), this.lineNo);
    this.tail = cut < whole.length ? [whole.subarray(cut)] : [];
    this.tailBytes = whole.length - cut;
  }

  /** The end of the input: the last line, when it has no line break. */
  end(): void {
    if (this.tailBytes > 0) this.onLine(Buffer.concat(this.tail), this.lineNo);
    this.tail = [];
    this.tailBytes = 0;
  }
}
