/**
 * The state of a CSV record that goes on past the end of the text given so far, and the scan that
 * finds where it ends: the base of CsvParser (csv-parser.ts), which hands the records on.
 */
import { countOf, CR, LF, MAX_RECORD_CHARS, QUOTE } from './csv-cells.js';

export class RecordScan {
  protected readonly d: string;
  protected readonly dc: number;
  /** The line break counted inside cells ('\n', or '\r' for files with CR line ends only). */
  lineBreak: string = '\n';

  /** A record was begun in an earlier text and is not complete yet. */
  protected open = false;
  /** The text of that record so far, piece by piece (joined once, when it ends). */
  protected pieces: string[] = [];
  protected piecesChars = 0;
  /** The open record outgrew MAX_RECORD_CHARS: its text is dropped, only its line breaks are counted. */
  protected oversize = false;
  protected droppedBreaks = 0;
  /** Where the scan of the open record stands: inside a quoted field… */
  protected quoted = false;
  /** …whose last quote ended the previous text (the next character decides)… */
  protected pendingQuote = false;
  /** …and the character before the next text (-1: the record's start, a field start). */
  protected lastChar = -1;
  /** The previous text ended with a CR that ended a record: an LF at the start of the next belongs to it. */
  protected skipLf = false;

  constructor(delimiter: string) {
    this.d = delimiter;
    this.dc = delimiter.charCodeAt(0);
  }

  /** The line breaks in the open record so far (kept and dropped text). */
  protected openBreaks(): number {
    return this.pieces.reduce((k, p) => k + countOf(p, this.lineBreak), this.droppedBreaks);
  }

  protected reset(): void {
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
  protected keep(s: string, from: number): void {
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
  protected after(s: string, e: number): number {
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
  protected scanEnd(s: string, from: number): number {
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
