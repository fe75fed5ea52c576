/**
 * datakoll's CSV record parser: text in, records of cells out, with the rules csv-parse follows
 * when datakoll called it (bom, relax_quotes, relax_column_count, record delimiters CRLF, LF and
 * CR, empty lines kept, quote and escape "). test/input/csv-parser.test.ts holds it to csv-parse on
 * generated inputs, record for record.
 *
 * Why not csv-parse itself: it looks at every byte in JavaScript and builds an Error object for
 * every row whose length differs from the first; on the benchmark file it took about 60% of a
 * validating thread's time. Here a record without a quote is found with indexOf and cut with
 * String#split (native code); only records holding a quote are walked, and then from quote to quote.
 *
 * The rules (as csv-parse applies them):
 * - A quote opens a quoted field only as the field's first character; elsewhere it is an ordinary character.
 * - In a quoted field, "" is one quote; a quote followed by a delimiter, a line break, NUL or the
 *   end of the input closes the field. A quote followed by anything else also closes it, but the
 *   field then keeps its quotes: `"a"b` is the cell `"a"b` (with `""` inside it already made one).
 * - A record ends at CRLF, LF or CR outside quoted fields. An empty line is a record of one empty
 *   cell; a line break at the very end does not start another record.
 * - A quoted field still open at the end of the input makes the record from its start unreadable.
 */

import { CR, countOf, endAt, firstBreak, LF, quotedCells } from './csv-cells.js';
import type { CsvParserOptions, ParsedRecords, RecordEnd } from './csv-cells.js';
import { RecordScan } from './csv-record-scan.js';
import type { CellSplit } from './csv-cells.js';

export { MAX_RECORD_CHARS } from './csv-cells.js';

export type { CsvParserOptions, ParsedRecords, RecordEnd } from './csv-cells.js';

export class CsvParser extends RecordScan {
  private readonly recover: boolean;
  /** Whether the last record split ran away (see quotedCells). */
  private readonly split: CellSplit = { runaway: false };

  constructor(
    delimiter: string,
    private readonly out: ParsedRecords,
    options: CsvParserOptions = {},
  ) {
    super(delimiter);
    this.recover = options.recover === true;
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError(`The CSV delimiter must be one character other than a quote or a line break (given: ${JSON.stringify(delimiter)})`);
    }
  }

  /** Parses the next stretch of text; records that end in it are handed on at once. */
  push(s: string): void {
    const n = s.length;
    if (n === 0) return;
    let i = this.resume(s);
    if (i === -1) return;
    let nextQ = -2;
    let nextLf = -2;
    let nextCr = -2;
    const d = this.d;
    while (i < n) {
      if (nextLf !== -1 && nextLf < i) nextLf = s.indexOf('\n', i);
      if (nextCr !== -1 && nextCr < i) nextCr = s.indexOf('\r', i);
      if (nextQ !== -1 && nextQ < i) nextQ = s.indexOf('"', i);
      const e = nextLf === -1 ? nextCr : nextCr === -1 || nextLf < nextCr ? nextLf : nextCr;
      if (e !== -1 && (nextQ === -1 || nextQ > e)) {
        // The common case: a whole record without a quote.
        const text = s.slice(i, e);
        this.out.record(text.split(d), 0, text, endAt(s, e));
        i = this.after(s, e);
        continue;
      }
      this.quoted = false;
      this.pendingQuote = false;
      this.lastChar = -1;
      let end: number;
      if (nextQ === -1) {
        // No line end and no quote: the record goes on in the next text.
        this.lastChar = s.charCodeAt(n - 1);
        end = -1;
      } else end = this.scanEnd(s, i);
      if (end === -1) {
        this.open = true;
        this.keep(s, i);
        return;
      }
      const text = s.slice(i, end);
      const cells = quotedCells(text, this.d, this.dc, this.recover, this.split);
      if (this.split.runaway) {
        // A quote that ran over line ends and closed in the middle of a field (recover): only
        // its first line is unreadable, and the lines after it are read again.
        const first = firstBreak(text);
        this.out.unreadable('quote-not-closed', 0, text.slice(0, first), endAt(s, i + first));
        i = this.after(s, i + first);
        continue;
      }
      this.out.record(cells, countOf(text, this.lineBreak), text, endAt(s, end));
      i = this.after(s, end);
    }
  }

  /**
   * Where the records of s start once what earlier texts left is done with: an LF that belongs to
   * their last CR skipped, the open record finished (or kept on, -1: s is all of it).
   */
  private resume(s: string): number {
    let i = 0;
    if (this.skipLf) {
      this.skipLf = false;
      if (s.charCodeAt(0) === LF) i = 1;
    }
    if (!this.open || i >= s.length) return i;
    const e = this.scanEnd(s, i);
    if (e === -1) {
      this.keep(s, i);
      return -1;
    }
    this.keep(s.slice(i, e), 0);
    const again = this.closeOpen(endAt(s, e));
    // A runaway quote (recover): the lines after its first are read again, this line break included.
    if (again !== undefined) {
      this.push(again + s.slice(e));
      return -1;
    }
    return this.after(s, e);
  }

  /** The end of the input: a record still open is handed on, or reported unreadable when a quote is not closed. */
  end(): void {
    if (!this.open) return;
    if (this.pendingQuote) {
      // A quote as the input's last character closes its field.
      this.pendingQuote = false;
      this.quoted = false;
    }
    if (this.quoted) {
      if (this.recover && !this.oversize) return this.recoverUnclosed();
      const breaks = this.openBreaks();
      this.reset();
      this.out.unreadable('quote-not-closed', breaks);
      return;
    }
    const again = this.closeOpen('none');
    if (again !== undefined) {
      this.push(again);
      this.end();
    }
  }

  /**
   * The open record's quote is never closed: its first line is handed on as unreadable text and
   * the lines after it are read again, as many times as that happens (a loop, not recursion).
   */
  private recoverUnclosed(): void {
    let text = this.pieces.join('');
    for (;;) {
      this.reset();
      const first = firstBreak(text);
      const e = first === text.length ? -1 : first;
      this.out.unreadable('quote-not-closed', 0, text.slice(0, first), endAt(text, first));
      if (e === -1) return;
      const rest = text.slice(text.charCodeAt(e) === CR && text.charCodeAt(e + 1) === LF ? e + 2 : e + 1);
      this.skipLf = false;
      this.push(rest);
      if (this.pendingQuote) {
        this.pendingQuote = false;
        this.quoted = false;
      }
      if (!this.open) return;
      if (!this.quoted || this.oversize) return this.end();
      text = this.pieces.join('');
    }
  }

  /**
   * Hands on the open record, now complete (`end`: the line break after it). With `recover`, a
   * runaway quote's first line is handed on as unreadable and the text after that line is
   * returned, to be read again.
   */
  private closeOpen(end: RecordEnd): string | undefined {
    if (this.oversize) {
      const breaks = this.openBreaks();
      this.reset();
      this.out.unreadable('record-too-large', breaks);
      return undefined;
    }
    const text = this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('');
    this.reset();
    const cells = quotedCells(text, this.d, this.dc, this.recover, this.split);
    if (this.split.runaway) {
      const first = firstBreak(text);
      this.out.unreadable('quote-not-closed', 0, text.slice(0, first), endAt(text, first));
      return text.slice(text.charCodeAt(first) === CR && text.charCodeAt(first + 1) === LF ? first + 2 : first + 1);
    }
    this.out.record(cells, countOf(text, this.lineBreak), text, end);
    return undefined;
  }
}

