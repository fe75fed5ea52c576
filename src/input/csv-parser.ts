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

import type { LineEndingKind } from './sniff.js';
import { CR, countOf, endAt, firstBreak, LF, QUOTE, quotedCells } from './csv-cells.js';
import type { CellSplit } from './csv-cells.js';

/** Records longer than this (in UTF-16 code units) are reported unreadable rather than kept in memory. */
export const MAX_RECORD_CHARS = 128 * 1024 * 1024;

/**
 * How a record's line ends: LF, CRLF or CR, or 'none' at the end of the input. A CR that ends one
 * text given to push is told as 'CR' even when the next text starts with its LF.
 */
export type RecordEnd = LineEndingKind | 'none';

/**
 * What the parser hands on. `breaks` counts the line-break characters given to count inside the
 * record's cells; `text` is the record's own text as it was given (without its line break), and
 * `end` the line break after it.
 */
export interface ParsedRecords {
  record(cells: string[], breaks: number, text: string, end: RecordEnd): void;
  /**
   * A record that cannot be read: its quoted field is not closed at the end of the input, or it is
   * longer than MAX_RECORD_CHARS. With `recover`, `line` is the literal text of the unclosed
   * record's first physical line (its quotes ordinary characters), `end` the line break after that
   * line, and reading goes on after it.
   */
  unreadable(reason: 'quote-not-closed' | 'record-too-large', breaks: number, line?: string, end?: RecordEnd): void;
}

/** How the parser treats a quote never closed. */
export interface CsvParserOptions {
  /**
   * false (the default, csv-parse's rule): the record from the unclosed quote to the end of the
   * input is one unreadable record. true (for fix, which may not lose the rows after it): only
   * that record's first line is unreadable, handed on as text, and the rest is read again.
   */
  readonly recover?: boolean;
}

export class CsvParser {
  private readonly d: string;
  private readonly dc: number;
  /** The line break counted inside cells ('\n', or '\r' for files with CR line ends only). */
  lineBreak: string = '\n';

  /** A record was begun in an earlier text and is not complete yet. */
  private open = false;
  /** The text of that record so far, piece by piece (joined once, when it ends). */
  private pieces: string[] = [];
  private piecesChars = 0;
  /** The open record outgrew MAX_RECORD_CHARS: its text is dropped, only its line breaks are counted. */
  private oversize = false;
  private droppedBreaks = 0;
  /** Where the scan of the open record stands: inside a quoted field… */
  private quoted = false;
  /** …whose last quote ended the previous text (the next character decides)… */
  private pendingQuote = false;
  /** …and the character before the next text (-1: the record's start, a field start). */
  private lastChar = -1;
  /** The previous text ended with a CR that ended a record: an LF at the start of the next belongs to it. */
  private skipLf = false;

  private readonly recover: boolean;
  /** Whether the last record split ran away (see quotedCells). */
  private readonly split: CellSplit = { runaway: false };

  constructor(
    delimiter: string,
    private readonly out: ParsedRecords,
    options: CsvParserOptions = {},
  ) {
    this.recover = options.recover === true;
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError(`The CSV delimiter must be one character other than a quote or a line break (given: ${JSON.stringify(delimiter)})`);
    }
    this.d = delimiter;
    this.dc = delimiter.charCodeAt(0);
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

  /** The line breaks in the open record so far (kept and dropped text). */
  private openBreaks(): number {
    return this.pieces.reduce((k, p) => k + countOf(p, this.lineBreak), this.droppedBreaks);
  }

  private reset(): void {
    this.open = false;
    this.pieces = [];
    this.piecesChars = 0;
    this.oversize = false;
    this.droppedBreaks = 0;
    this.quoted = false;
    this.pendingQuote = false;
    this.lastChar = -1;
  }

  /** Keeps s from `from` on as part of the open record (or only its line breaks, past MAX_RECORD_CHARS). */
  private keep(s: string, from: number): void {
    const piece = from === 0 ? s : s.slice(from);
    if (piece.length === 0) return;
    this.piecesChars += piece.length;
    if (this.piecesChars > MAX_RECORD_CHARS) {
      this.oversize = true;
      this.droppedBreaks = this.openBreaks() + countOf(piece, this.lineBreak);
      this.pieces = [];
      return;
    }
    this.pieces.push(piece);
  }

  /** Where the next record starts after the line break at e (CRLF is one line break). */
  private after(s: string, e: number): number {
    if (s.charCodeAt(e) === CR) {
      if (e + 1 === s.length) {
        this.skipLf = true;
        return e + 1;
      }
      return s.charCodeAt(e + 1) === LF ? e + 2 : e + 1;
    }
    return e + 1;
  }

  /**
   * Finds where the open record ends in s, scanning from `from` with the state left by earlier
   * texts: the index of its line break, or -1 when it goes on past s (the state is kept).
   */
  private scanEnd(s: string, from: number): number {
    const n = s.length;
    let i = from;
    if (this.pendingQuote) {
      this.pendingQuote = false;
      if (s.charCodeAt(i) === QUOTE) i++;
      else this.quoted = false;
    }
    let lf = -2;
    let cr = -2;
    for (;;) {
      if (this.quoted) {
        const q = s.indexOf('"', i);
        if (q === -1) return -1;
        if (q + 1 === n) {
          this.pendingQuote = true;
          return -1;
        }
        if (s.charCodeAt(q + 1) === QUOTE) i = q + 2;
        else {
          this.quoted = false;
          i = q + 1;
        }
        continue;
      }
      if (lf !== -1 && lf < i) lf = s.indexOf('\n', i);
      if (cr !== -1 && cr < i) cr = s.indexOf('\r', i);
      const e = lf === -1 ? cr : cr === -1 || lf < cr ? lf : cr;
      const q = s.indexOf('"', i);
      if (e !== -1 && (q === -1 || e < q)) return e;
      if (q === -1) {
        this.lastChar = s.charCodeAt(n - 1);
        return -1;
      }
      const before = q > from ? s.charCodeAt(q - 1) : this.lastChar;
      if (before === -1 || before === this.dc || before === LF || before === CR) this.quoted = true;
      i = q + 1;
    }
  }
}

