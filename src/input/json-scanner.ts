/**
 * The structural scanner under readJson: finds the extent of each record in a top-level array or
 * a sequence of top-level values (JSON Lines), hands each to JSON.parse, and stops at the first
 * place the text is not JSON, with its line and column.
 */
import type { JsonSink } from './sink.js';
import type { JsonSyntaxReason } from './json-error.js';
import { findJsonError, quoteChar } from './json-error.js';
import { inspectRecordText, reportIssues } from './json-keys.js';
import { describe, indexOrEnd, isRecordLike, isWhitespace, keyCount, MAX_RECORD_CHARS, Nesting, ODD_CHARACTER, positionIn } from './json-values.js';
import type { JsonShape } from './json-values.js';

type Mode = 'start' | 'array-value' | 'array-comma' | 'lines' | 'done';

export class JsonScanner {
  shape: JsonShape | undefined;
  stopped = false;
  private mode: Mode = 'start';
  private line = 1;
  private column = 0;
  // The value being read: its text so far, its length, and where it started.
  private parts: string[] = [];
  private length = 0;
  private inValue = false;
  private scalar = false;
  /** Where the scan is inside an array, object or text value. */
  private readonly nest = new Nesting();
  /** The text just fed, and the value being read, hold a character worth a second look (ODD_CHARACTER). */
  private oddText = false;
  private oddValue = false;
  private startLine = 0;
  private startColumn = 0;
  private index = 0;
  /** JSON Lines: a value ended on this line, so only blanks may follow until the line ends. */
  private lineTaken = false;
  /** Where the top-level array's closing bracket stands, once read. */
  closedAt: { line: number; column: number } | undefined;

  /** strictLines: JSON Lines proper (.jsonl, --input-format jsonl), where every value is whole on its line. */
  constructor(
    private readonly sink: JsonSink,
    private readonly strictLines = false,
    private readonly maxRecordChars = MAX_RECORD_CHARS,
  ) {}

  /** Where the scanner is: the line and column of the last character read. */
  get position(): { line: number; column: number } {
    return { line: this.line, column: this.column };
  }

  feed(text: string): void {
    let from = 0;
    this.oddText = ODD_CHARACTER.test(text);
    if (this.inValue && this.oddText) this.oddValue = true;
    // The next backslash and line break (found again only when passed): in a text value the scan jumps to them or a quote.
    let backslash = -1;
    let lineBreak = -1;
    for (let i = 0; i < text.length && !this.stopped; i++) {
      const c = text.charCodeAt(i);
      if (this.inValue) {
        if (this.nest.inString && !this.nest.escape && c !== 0x22 && c !== 0x5c && c !== 0x0a) {
          if (backslash < i) backslash = indexOrEnd(text, '\\', i);
          if (lineBreak < i) lineBreak = indexOrEnd(text, '\n', i);
          const stop = Math.min(indexOrEnd(text, '"', i), backslash, lineBreak);
          this.column += stop - i;
          i = stop - 1;
          continue;
        }
        if (this.scalar) {
          if (isWhitespace(c) || c === 0x2c || c === 0x5d || c === 0x7d) {
            this.parts.push(text.slice(from, i));
            this.finishValue();
            i--; // the delimiter is read again, outside the value
          } else this.column++;
          continue;
        }
        if (c === 0x0a) {
          // A raw line break is never inside a JSON text value; found here, not where the quotes next pair up.
          if (this.nest.inString) return this.fail('line-break-in-text', '', this.line, this.column + 1);
          if (this.strictLines) return this.fail('line-ends-in-value', '', this.line, this.column + 1);
          this.newline();
        } else this.column++;
        if (this.nest.step(c)) {
          this.parts.push(text.slice(from, i + 1));
          this.finishValue();
        }
        continue;
      }
      if (c === 0x0a) {
        this.newline();
        continue;
      }
      this.column++;
      if (isWhitespace(c) || (c === 0xfeff && this.mode === 'start')) continue;
      this.structural(c);
      if (this.inValue) from = i;
    }
    if (this.inValue && !this.stopped) {
      this.parts.push(text.slice(from));
      this.length += text.length - from;
      if (this.length > this.maxRecordChars) this.fail('record-too-large', '', this.startLine, this.startColumn);
    }
  }

  /** A character outside any value: the array's brackets and commas, or the start of a value. */
  private structural(c: number): void {
    if (this.mode === 'start') {
      this.shape = c === 0x5b ? 'array' : 'lines';
      this.mode = c === 0x5b ? 'array-value' : 'lines';
      this.sink.start(this.shape);
      if (c === 0x5b) return;
    }
    const found = quoteChar(String.fromCharCode(c));
    if (this.mode === 'done') this.fail('after-end', found);
    else if (this.mode === 'lines' && this.lineTaken) this.fail('line-holds-more', found);
    else if (this.mode === 'array-comma') {
      if (c === 0x2c) this.mode = 'array-value';
      else if (c === 0x5d) this.close();
      else this.fail('expected-comma-or-bracket', found);
    } else if (c === 0x5d && this.mode === 'array-value') {
      if (this.index === 0) this.close();
      else this.fail('trailing-comma', '');
    } else if (c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a) this.fail('unexpected', found);
    else this.startValue(c);
  }

  private close(): void {
    this.mode = 'done';
    this.closedAt = { line: this.line, column: this.column };
  }

  end(): void {
    if (this.stopped) return;
    if (this.inValue) {
      if (this.scalar) this.finishValue();
      else return this.fail('truncated-value', '', this.startLine, this.startColumn);
    }
    // (The file ends just after its last character: column 1 of a line a line break began.)
    if (this.mode === 'array-value' || this.mode === 'array-comma') this.fail('truncated-array', '', this.line, this.column + 1);
  }

  private startValue(c: number): void {
    this.inValue = true;
    this.startLine = this.line;
    this.startColumn = this.column;
    this.length = 0;
    this.oddValue = this.oddText;
    this.nest.reset();
    this.scalar = !(c === 0x7b || c === 0x5b || c === 0x22);
    if (!this.scalar) this.nest.step(c);
  }

  private finishValue(): void {
    this.inValue = false;
    const text = this.parts.join('');
    this.parts = [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      const at = findJsonError(text) ?? { offset: 0, reason: 'unexpected' as const, found: '' };
      const { line, column } = positionIn(text, at.offset, this.startLine, this.startColumn);
      return this.fail(at.reason, at.found, line, column);
    }
    if (this.mode === 'array-value') this.mode = 'array-comma';
    else this.lineTaken = true;
    if (this.shape === 'array' || isRecordLike(value) || this.index > 0) {
      if (isRecordLike(value) && this.sink.issues !== undefined && this.worthALook(value)) reportIssues(this.sink, this.index, this.startLine, inspectRecordText(text));
      this.sink.record(value, this.index++, this.startLine);
    } else {
      this.sink.notRecords(describe(value));
      this.stopped = true;
    }
  }

  /** Whether the second look could find anything: an odd character, an escape, a long number, or fewer keys parsed than written. */
  private worthALook(value: unknown): boolean {
    return this.oddValue || this.nest.backslash || this.nest.longNumber || keyCount(value) !== this.nest.colons;
  }

  private newline(): void {
    this.line++;
    this.column = 0;
    this.lineTaken = false;
  }

  private fail(reason: JsonSyntaxReason, found: string, line = this.line, column = this.column): void {
    if (this.stopped) return;
    this.stopped = true;
    this.sink.syntax(line, column, reason, found);
  }
}
