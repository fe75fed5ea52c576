/**
 * Gets a CSV byte stream ready for the reader: detects the encoding and the dialect from the
 * first chunk, and turns the bytes into UTF-8. What it finds is reported once per file by the
 * engine (a non-UTF-8 encoding, a BOM, a semicolon, CRLF, ...).
 */
import type { Readable } from 'node:stream';
import { detectEncoding, toUtf8 } from './decode.js';
import type { EncodingInfo } from './decode.js';
import { sniffDialect } from './sniff.js';
import type { Dialect } from './sniff.js';

/** What the first chunk of a CSV file tells: its encoding and dialect. */
export interface DetectedCsv {
  readonly encoding: EncodingInfo;
  readonly dialect: Dialect;
}

/** Detects the encoding and the dialect from the first chunk (`whole`: the chunk is the whole file). */
export function detectCsv(head: Buffer, whole: boolean, delimiter?: string): DetectedCsv {
  const encoding = detectEncoding(head, whole);
  const label = encoding.encoding === 'windows-1252' ? 'windows-1252' : encoding.encoding;
  const sample = new TextDecoder(label).decode(whole ? head : head.subarray(0, Math.max(0, head.length - 4)));
  return { encoding, dialect: sniffDialect(sample, whole, delimiter) };
}

/**
 * The stream (which still starts with the detected chunk) as UTF-8 bytes without a BOM... except
 * UTF-8 input, which is passed on as it is (the CSV reader drops its BOM); onInvalid is told once when
 * invalid UTF-8 is met.
 */
export function prepareCsv(stream: Readable, detected: DetectedCsv, onInvalid: () => void): Readable {
  const out = stream.pipe(toUtf8(detected.encoding, onInvalid));
  stream.on('error', (e) => out.destroy(e));
  return out;
}
