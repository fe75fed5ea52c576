/** The CSV parser's types, the cutting of a record's text into cells, and the small text helpers the parser uses. */
import type { LineEndingKind } from './sniff.js';

export const QUOTE = 0x22;
export const LF = 0x0a;
export const CR = 0x0d;

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

/** What the last split found beyond its cells. */
export interface CellSplit {
  runaway: boolean;
}

/**
 * The cells of a whole record's text (no line break outside quoted fields) that holds a quote,
 * in delimiter d (dc its code). With `recover`, split.runaway is set when a quoted field ran over
 * a line end and then closed with something other than a delimiter after its quote: a quote never
 * meant to be closed there.
 */
export function quotedCells(t: string, d: string, dc: number, recover: boolean, split: CellSplit): string[] {
split.runaway = false;
  const n = t.length;
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (t.charCodeAt(i) !== QUOTE) {
      const k = t.indexOf(d, i);
      if (k === -1) {
        cells.push(t.slice(i));
        return cells;
      }
      cells.push(t.slice(i, k));
      i = k + 1;
      continue;
    }
    // A quoted field: its text runs from quote to quote, "" being one quote.
    let value = '';
    let j = i + 1;
    for (;;) {
      const q = t.indexOf('"', j);
      if (q === -1) {
        // Not closed (only at the end of the input when a record is handed on anyway).
        cells.push(value + t.slice(j));
        return cells;
      }
      if (t.charCodeAt(q + 1) === QUOTE) {
        value += t.slice(j, q + 1);
        j = q + 2;
        continue;
      }
      value += t.slice(j, q);
      const next = q + 1;
      const c = t.charCodeAt(next);
      if (next >= n) {
        cells.push(value);
        return cells;
      }
      if (c === dc) {
        cells.push(value);
        i = next + 1;
        break;
      }
      // NUL closes the field cleanly; anything else closes it keeping the quotes. Either way
      // the rest, up to the next delimiter, is ordinary text.
      if (recover && c !== 0 && c !== LF && c !== CR && (value.includes('\n') || value.includes('\r'))) split.runaway = true;
      const k = t.indexOf(d, next);
      const rest = t.slice(c === 0 ? next : q, k === -1 ? n : k);
      cells.push(c === 0 ? value + rest : `"${value}${rest}`);
      if (k === -1) return cells;
      i = k + 1;
      break;
    }
  }
}

/** The line break at e in s (its length: none). */
export function endAt(s: string, e: number): RecordEnd {
  if (e >= s.length) return 'none';
  if (s.charCodeAt(e) === LF) return 'LF';
  return s.charCodeAt(e + 1) === LF ? 'CRLF' : 'CR';
}

/** Where the first line break of s is (its length when it has none). */
export function firstBreak(s: string): number {
  const lf = s.indexOf('\n');
  const cr = s.indexOf('\r');
  const e = lf === -1 ? cr : cr === -1 || lf < cr ? lf : cr;
  return e === -1 ? s.length : e;
}

/** How many times `c` occurs in s. */
export function countOf(s: string, c: string): number {
  let n = 0;
  let at = s.indexOf(c);
  while (at !== -1) {
    n++;
    at = s.indexOf(c, at + 1);
  }
  return n;
}
