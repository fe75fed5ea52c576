/**
 * Gets a byte stream ready for the readers: decides the encoding (detected from the first chunk,
 * or as the user named it; the same decision for CSV and JSON) and a CSV file's dialect, and turns
 * the bytes into UTF-8. What it finds is reported once per file by the engine (a non-UTF-8 or
 * uncertain encoding, a BOM, a semicolon, ...).
 */
import type { Readable } from 'node:stream';
import { headEncoding, toUtf8 } from './decode.js';
import type { EncodingVerdict } from './encoding-evidence.js';
import type { Encoding, EncodingInfo } from './encodings.js';
import { decodeText } from './encodings.js';
import { sniffDialect } from './sniff.js';
import type { Dialect } from './sniff.js';

/** What the first chunk of a CSV file tells: its encoding and dialect. */
export interface DetectedCsv {
  readonly encoding: EncodingVerdict;
  readonly dialect: Dialect;
}

/** What the user said of a file's CSV dialect (--encoding, --delimiter); detected otherwise. */
export interface CsvHints {
  readonly encoding?: Encoding;
  readonly delimiter?: string;
}

/** Detects the encoding (as for JSON: headEncoding) and the dialect from the first chunk (`whole`: the chunk is the whole file). */
export function detectCsv(head: Buffer, whole: boolean, hints: CsvHints = {}): DetectedCsv {
  const encoding = headEncoding(head, whole, hints.encoding);
  return { encoding, dialect: dialectOf(head, whole, encoding.encoding, hints.delimiter) };
}

/** A CSV file's dialect from its first chunk in a known encoding: one rule for validate and fix. */
export function dialectOf(head: Buffer, whole: boolean, encoding: Encoding, delimiter?: string): Dialect {
  // A sample that may be cut loses its last bytes, so that no cut character is sniffed (the last line is dropped anyway).
  const sample = decodeText(whole ? head : head.subarray(0, Math.max(0, head.length - 4)), encoding);
  return sniffDialect(sample, whole, delimiter);
}

/**
 * The stream (which still starts with the detected chunk) as UTF-8 bytes without a BOM... except
 * UTF-8 input, which is passed on as it is (the CSV reader drops its BOM); onInvalid is told once when
 * invalid UTF-8 is met.
 */
export function prepareCsv(stream: Readable, detected: DetectedCsv, onInvalid: () => void): Readable {
  return decodedStream(stream, detected.encoding, onInvalid);
}

/**
 * The stream as UTF-8 bytes (see toUtf8: UTF-8 is passed on as it is, BOM included, and checked;
 * onInvalid is told once when invalid UTF-8 is met). The JSON reader reads it as it is; an error
 * of the stream fails the decoded one, and destroying the decoded one lets go of the stream.
 */
export function decodedStream(stream: Readable, encoding: EncodingInfo, onInvalid: () => void): Readable {
  const out = stream.pipe(toUtf8(encoding, onInvalid));
  stream.on('error', (e) => out.destroy(e));
  out.once('close', () => {
    if (!stream.destroyed) stream.destroy();
  });
  return out;
}
