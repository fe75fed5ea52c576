/**
 * Reads CSV records into a CsvSink, with their physical lines. Records are parsed by CsvParser
 * (csv-parser.ts); csv-parse is used only for small texts in memory (parseCsvText).
 */
import type { Readable } from 'node:stream';
import { parse as parseSync } from 'csv-parse/sync';
import type { FileHandle } from 'node:fs/promises';
import type { CsvSink } from './sink.js';
import type { ByteDecoder } from './decode.js';
import { Utf8Carry } from './encoding-utf8.js';
import { CsvParser } from './csv-parser.js';
import { hasControlCharacter } from './control.js';

export interface CsvReadOptions {
  /** Field delimiter; comma by default (the spec's dialect). */
  readonly delimiter?: string;
  /**
   * The line break counted for line numbers inside quoted cells; found in the first chunk when not
   * given (see lineBreakOf).
   */
  readonly lineBreak?: '\n' | '\r';
  /** The bytes are a later stretch of a file whose header was read elsewhere: every record is data. */
  readonly continuation?: boolean;
  /** Read on after a quote that is never closed, from the line after it (see CsvParserOptions). */
  readonly recover?: boolean;
}

/** The line break a file's line numbers count: LF, or CR for a file whose first chunk has CRs but no LF (old Mac). */
export function lineBreakOf(head: Uint8Array): '\n' | '\r' {
  return head.indexOf(10) === -1 && head.indexOf(13) !== -1 ? '\r' : '\n';
}

/**
 * Reads CSV from a stream of UTF-8 bytes. A character split between two chunks survives; a BOM at
 * the start is dropped. Rows of any length and blank lines are passed on as they are: judging them
 * is the engine's job. Resolves to the number of lines read.
 */
export function readCsv(source: Readable, sink: CsvSink, options: CsvReadOptions = {}): Promise<number> {
  const reader = new CsvReader(sink, options);
  return new Promise<number>((resolve, reject) => {
    source.on('data', (chunk: Buffer) => {
      try {
        reader.write(chunk);
      } catch (e) {
        source.destroy(e as Error);
      }
    });
    source.on('error', reject);
    source.on('end', () => {
      try {
        resolve(reader.end());
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/**
 * Reads CSV from a stream of UTF-8 bytes like readCsv, but waits after each chunk for `pace` (a
 * promise when whoever the sink writes to asks to slow down), so a slow output never makes the
 * input pile up in memory. Resolves to the number of lines read.
 */
export async function readCsvPaced(source: AsyncIterable<Buffer>, sink: CsvSink, options: CsvReadOptions, pace: () => Promise<void> | undefined): Promise<number> {
  const reader = new CsvReader(sink, options);
  for await (const chunk of source) {
    reader.write(chunk);
    const wait = pace();
    if (wait !== undefined) await wait;
  }
  return reader.end();
}

/**
 * Reads the bytes [start, end) of an open file as CSV, through `decode` (see utf8Decoder), into a
 * sink. The file is read into two buffers used again and again, not a new one per read: a
 * stream's fresh buffers pile up outside the JavaScript heap until a full garbage collection,
 * tens of MB on a large file. The next block is read while this one is parsed (waiting for each
 * read in turn left the thread idle about 12% of the time); a block is decoded to text before its
 * buffer is read into again.
 */
export async function readCsvRange(
  file: FileHandle,
  start: number,
  end: number,
  decode: ByteDecoder,
  sink: CsvSink,
  options: CsvReadOptions & { readonly onBytes?: (n: number) => void } = {},
): Promise<number> {
  const reader = new CsvReader(sink, options);
  // Used again by the next call on this thread (a chunk of a large file is one call).
  const buffers = [spareBlocks.pop() ?? Buffer.allocUnsafe(RANGE_BLOCK), spareBlocks.pop() ?? Buffer.allocUnsafe(RANGE_BLOCK)];
  const read = (k: number, at: number): Promise<number> => file.read(buffers[k % 2] as Buffer, 0, Math.min(RANGE_BLOCK, end - at), at).then((r) => r.bytesRead);
  let next: Promise<number> | undefined = start < end ? read(0, start) : undefined;
  try {
    let position = start;
    for (let k = 0; next !== undefined; k++) {
      const bytesRead = await next;
      next = undefined;
      if (bytesRead === 0) break;
      position += bytesRead;
      if (position < end) next = read(k + 1, position);
      options.onBytes?.(bytesRead);
      const chunk = decode.write((buffers[k % 2] as Buffer).subarray(0, bytesRead));
      if (chunk !== undefined) reader.write(chunk);
    }
  } finally {
    // A read still under way (the sink threw) ends before its buffer is let go.
    if (next !== undefined) await next.catch(() => undefined);
    spareBlocks.push(...buffers);
  }
  const last = decode.end();
  if (last !== undefined) reader.write(last);
  return reader.end();
}

const spareBlocks: Buffer[] = [];

/** Bytes read at a time by readCsvRange. */
const RANGE_BLOCK = 64 * 1024;

/** Bytes of UTF-8 decoded into one text for the parser. */
const TEXT_BYTES = 16 * 1024;

/** Turns chunks of UTF-8 bytes into records for a sink, numbering their lines. */
class CsvReader {
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

/** Parses a small CSV text in memory (spec tables, not data files): rows of cells. */
export function parseCsvText(text: string, delimiter = ','): string[][] {
  return parseSync(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}
