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

export interface PreparedCsv {
  /** UTF-8 bytes without a BOM... except UTF-8 input, which is passed on as it is (csv-parse drops its BOM). */
  readonly stream: Readable;
  readonly encoding: EncodingInfo;
  readonly dialect: Dialect;
  /** Set once the stream has met invalid UTF-8 (those bytes read as U+FFFD). */
  readonly invalidUtf8: { seen: boolean };
}

/** Detects and decodes; `head` is the first chunk, still at the start of `stream`. */
export function prepareCsv(stream: Readable, head: Buffer, whole: boolean, delimiter?: string): PreparedCsv {
  const encoding = detectEncoding(head, whole);
  const label = encoding.encoding === 'windows-1252' ? 'windows-1252' : encoding.encoding;
  const sample = new TextDecoder(label).decode(whole ? head : head.subarray(0, Math.max(0, head.length - 4)));
  const dialect = sniffDialect(sample, whole, delimiter);
  const invalidUtf8 = { seen: false };
  const out = stream.pipe(toUtf8(encoding, () => (invalidUtf8.seen = true)));
  stream.on('error', (e) => out.destroy(e));
  return { stream: out, encoding, dialect, invalidUtf8 };
}
