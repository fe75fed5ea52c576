/** Streams CSV records with csv-parse (the only module that uses it) into a CsvSink, with their physical lines. */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { CsvError, Parser } from 'csv-parse';
import type { FileHandle } from 'node:fs/promises';
import type { CsvSink } from './sink.js';
import type { ByteDecoder } from './decode.js';

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
}

/** How datakoll reads CSV data with csv-parse (src/parallel/scan.ts follows the same rules). */
const PARSE_OPTIONS = {
  bom: true,
  // Any line ending, even mixed in one file (csv-parse would otherwise keep the first it meets).
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
};

/** The line break a file's line numbers count: LF, or CR for a file whose first chunk has CRs but no LF (old Mac). */
export function lineBreakOf(head: Uint8Array): '\n' | '\r' {
  return head.indexOf(10) === -1 && head.indexOf(13) !== -1 ? '\r' : '\n';
}

/**
 * Line breaks inside a record's cells (quoted fields). Counting them ourselves is much cheaper than
 * csv-parse's `info` option, which copies its whole state into two new objects per record.
 */
function breaksIn(cells: readonly string[], br: string): number {
  let n = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as string;
    let at = c.indexOf(br);
    while (at !== -1) {
      n++;
      at = c.indexOf(br, at + 1);
    }
  }
  return n;
}

/**
 * Reads CSV from a byte stream. UTF-8 is decoded by csv-parse per complete field, so a character
 * split between two chunks survives; a BOM is dropped. Rows of any length and blank lines are
 * passed on as they are: judging them is the engine's job.
 */
export function readCsv(source: Readable, sink: CsvSink, options: CsvReadOptions = {}): Promise<number> {
  const reader = csvReader(sink, options);
  source.on('error', (e) => reader.parser.destroy(e));
  // Registered before pipe(), so it sees the first chunk before the parser does.
  if (options.lineBreak === undefined) source.once('data', (chunk: Buffer) => reader.lineBreak(lineBreakOf(chunk)));
  source.pipe(reader.parser);
  return reader.done;
}

/**
 * Reads the bytes [start, end) of an open file as CSV, through `decode` (see utf8Decoder), into a
 * sink. The file is read into a few buffers used again and again, not a new one per read: a
 * stream's fresh buffers pile up outside the JavaScript heap until a full garbage collection,
 * tens of MB on a large file. That is safe because csv-parse is done with a chunk when its
 * write completes (it copies what it keeps of it into the next chunk).
 */
export async function readCsvRange(
  file: FileHandle,
  start: number,
  end: number,
  decode: ByteDecoder,
  sink: CsvSink,
  options: CsvReadOptions & { readonly onBytes?: (n: number) => void } = {},
): Promise<number> {
  const reader = csvReader(sink, options);
  const write = (chunk: Buffer): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      reader.parser.write(chunk, (e) => (e === undefined || e === null ? resolve() : reject(e)));
    });
  const ring = [Buffer.allocUnsafe(RANGE_BLOCK), Buffer.allocUnsafe(RANGE_BLOCK), Buffer.allocUnsafe(RANGE_BLOCK)];
  let position = start;
  let first = true;
  try {
    for (let k = 0; position < end; k++) {
      const buffer = ring[k % ring.length] as Buffer;
      const { bytesRead } = await file.read(buffer, 0, Math.min(RANGE_BLOCK, end - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      options.onBytes?.(bytesRead);
      const chunk = decode.write(buffer.subarray(0, bytesRead));
      if (chunk === undefined) continue;
      if (first && options.lineBreak === undefined) reader.lineBreak(lineBreakOf(chunk));
      first = false;
      await write(chunk);
    }
    const last = decode.end();
    if (last !== undefined) await write(last);
  } catch (e) {
    reader.parser.destroy(e as Error);
    return reader.done;
  }
  reader.parser.end();
  return reader.done;
}

/** Bytes read at a time by readCsvRange. */
const RANGE_BLOCK = 64 * 1024;

/** A csv-parse parser that pushes records into a sink with their lines; done resolves to the lines read. */
function csvReader(sink: CsvSink, options: CsvReadOptions): { parser: Parser; done: Promise<number>; lineBreak(br: '\n' | '\r'): void } {
  let previousEnd = 0;
  let isHeader = options.continuation !== true;
  // Lines end in LF or CRLF; a file with bare CR line ends (old Mac) counts CRs instead.
  let br: string = options.lineBreak ?? '\n';
  const parser = parse({
    ...PARSE_OPTIONS,
    delimiter: options.delimiter ?? ',',
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      // Reported at the line where the unreadable record starts; reading goes on after its end.
      const start = previousEnd + 1;
      sink.malformed(start, csvReason(err));
      previousEnd = typeof err?.lines === 'number' ? Math.max(err.lines, start) : start;
    },
  });
  const done = new Promise<number>((resolve, reject) => {
    parser.on('data', (record: string[]) => {
      const line = previousEnd + 1;
      previousEnd = line + breaksIn(record, br);
      if (isHeader) {
        isHeader = false;
        sink.header(record, line);
      } else sink.record(record, line);
    });
    parser.on('end', () => resolve(previousEnd));
    parser.on('error', reject);
  });
  return { parser, done, lineBreak: (b) => void (br = b) };
}

function csvReason(err: CsvError | undefined): string {
  switch (err?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'quote not closed';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return 'inconsistent number of fields';
    default:
      return err?.code ?? 'unreadable record';
  }
}

/** Parses a small CSV text in memory (spec tables, not data files): rows of cells. */
export function parseCsvText(text: string, delimiter = ','): string[][] {
  return parseSync(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}
