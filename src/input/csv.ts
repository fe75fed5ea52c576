/**
 * Reads CSV records into a CsvSink, with their physical lines. Records are parsed by CsvParser
 * (csv-parser.ts); csv-parse is used only for small texts in memory (csv-text.ts).
 */
import type { Readable } from 'node:stream';
import type { FileHandle } from 'node:fs/promises';
import type { CsvSink } from './sink.js';
import type { ByteDecoder } from './decode.js';
import { CsvReader } from './csv-reader.js';

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
