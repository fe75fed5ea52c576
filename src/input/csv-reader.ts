/** The reader of CSV bytes behind readCsv, readCsvPaced and readCsvRange: UTF-8 chunks in, records with their lines out. */
import type { CsvSink } from './sink.js';
import { Utf8Carry } from './encoding-utf8.js';
import { CsvParser } from './csv-parser.js';
import { hasControlCharacter } from './control.js';
import { lineBreakOf } from './csv-text.js';
import type { CsvReadOptions } from './csv.js';

/** Bytes of UTF-8 decoded into one text for the parser. */
const TEXT_BYTES = 16 * 1024;

/** Turns chunks of UTF-8 bytes into records for a sink, numbering their lines. */
export class CsvReader {
  private readonly parser: CsvParser;
  /** The last line of the last record read (0 before the first). */
  private previousEnd = 0;
  private isHeader: boolean;
  private lineBreakKnown: boolean;
  /** Whether a BOM may still come (only as the input's first character). */
  private atStart: boolean;
  /** The bytes of a UTF-8 character cut at the end of the last chunk. */
  private readonly carry = new Utf8Carry();
  private controlSeen = false;

  constructor(
    private readonly sink: CsvSink,
    options: CsvReadOptions,
  ) {
    this.isHeader = options.continuation !== true;
    this.atStart = options.continuation !== true;
    this.lineBreakKnown = options.lineBreak !== undefined;
    this.parser = new CsvParser(options.delimiter ?? ',', {
      record: (cells, breaks, text, end) => {
        const line = this.previousEnd + 1;
        this.previousEnd = line + breaks;
        if (this.isHeader) {
          this.isHeader = false;
          this.sink.header(cells, line, text, end);
        } else this.sink.record(cells, line, text, end);
      },
      unreadable: (reason, breaks, text, end) => {
        // Reported at the line where the unreadable record starts.
        const line = this.previousEnd + 1;
        this.previousEnd = line + breaks;
        this.sink.malformed(line, reason, text, end);
      },
    }, { recover: options.recover === true });
    // Lines end in LF or CRLF; a file with bare CR line ends (old Mac) counts CRs instead.
    if (options.lineBreak !== undefined) this.parser.lineBreak = options.lineBreak;
    sink.watchControl?.();
  }

  write(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (!this.lineBreakKnown) {
      this.lineBreakKnown = true;
      this.parser.lineBreak = lineBreakOf(chunk);
    }
    const { bytes, at: start, pending } = this.carry.take(chunk);
    if (pending) return;
    if (bytes !== undefined) this.text(bytes.toString('utf8'));
    const end = this.carry.keep(chunk, start);
    let at = start;
    // Decoded a few KB at a time: the text being parsed is alive at every young-generation
    // garbage collection, and V8 grows the young generation (and the process) by what survives.
    while (at < end) {
      let to = Math.min(end, at + TEXT_BYTES);
      while (to < end && ((chunk[to] as number) & 0xc0) === 0x80) to--; // not inside a character
      this.text(chunk.toString('utf8', at, to));
      at = to;
    }
  }

  /** The end of the input; returns the number of lines read. */
  end(): number {
    const rest = this.carry.rest();
    if (rest !== undefined) this.text(rest.toString('utf8'));
    this.parser.end();
    return this.previousEnd;
  }

  private text(s: string): void {
    // One native scan per stretch of text, so that a file without control characters (nearly
    // every file) costs no test per cell; once one is seen, the sink tests its records' cells.
    if (!this.controlSeen && hasControlCharacter(s)) {
      this.controlSeen = true;
      this.sink.controlSeen?.();
    }
    if (this.atStart) {
      this.atStart = false;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    this.parser.push(s);
  }
}
