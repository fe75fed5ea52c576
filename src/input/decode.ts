/**
 * Decides a file's encoding from its first bytes (or takes the one the user named) and turns any
 * supported encoding into UTF-8 bytes for the CSV reader. Decoding uses iconv-lite (well kept, no
 * native code, streaming); UTF-8 input is passed through untouched and only checked.
 */
import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import type { Encoding, EncodingInfo } from './encodings.js';
import { decodeText, iconvName, loadIconv } from './encodings.js';
import { EncodingEvidence, encodingFromStart } from './encoding-evidence.js';
import type { EncodingVerdict } from './encoding-evidence.js';
import { incompleteUtf8Tail, Utf8Check } from './encoding-utf8.js';

/**
 * The encoding of a file from its first bytes: a BOM decides; valid UTF-8 is UTF-8 (pure ASCII
 * included), certainly; UTF-16 is recognised by its NUL bytes. Only for anything else is the
 * evidence weighed (EncodingEvidence): UTF-8 with lines in another encoding is mixed UTF-8, and a
 * single-byte file is Windows-1252, CP850 or Mac OS Roman, likely or uncertain. (`_whole`, the bytes
 * are the whole file, changes nothing: a whole file cut inside a character is read as UTF-8 too.)
 */
export function detectEncoding(head: Uint8Array, _whole = false): EncodingVerdict {
  const start = encodingFromStart(head);
  if (start !== undefined) return start;
  // A UTF-8 character cut at the end (of the sample, or of a truncated file) is still UTF-8; the
  // reader reports the cut character of a truncated file at its row.
  const checked = head.subarray(0, head.length - incompleteUtf8Tail(head));
  if (isUtf8(checked)) return { encoding: 'utf-8', bom: false, confidence: 'certain', candidates: ['utf-8'] };
  const evidence = new EncodingEvidence();
  evidence.write(checked);
  return evidence.verdict();
}

/**
 * The verdict for an encoding the user named: decoded as told, a BOM of that encoding still
 * dropped. When another encoding than UTF-8 is named for bytes that are valid UTF-8 with letters
 * beyond ASCII (or that start with UTF-8's BOM), the verdict says so (`contradicted`): the text
 * is then read as told, and comes out wrong.
 */
export function givenEncoding(head: Uint8Array, encoding: Encoding): EncodingVerdict {
  const start = encodingFromStart(head);
  const bom = start !== undefined && start.bom && start.encoding === encoding;
  const contradicted = encoding === 'utf-8' ? undefined : utf8Evidence(head, start?.encoding === 'utf-8' && start.bom, encoding);
  return { encoding, bom, confidence: 'certain', candidates: [encoding], given: true, ...(contradicted !== undefined ? { contradicted } : {}) };
}

/** A word of a UTF-8 head beyond ASCII, as UTF-8 reads it and as `encoding` misreads it; undefined if the head is not UTF-8 or all ASCII. */
function utf8Evidence(head: Uint8Array, utf8Bom: boolean, encoding: Encoding): { readonly word: string; readonly misread: string } | undefined {
  const checked = head.subarray(0, head.length - incompleteUtf8Tail(head));
  if (!isUtf8(checked)) return undefined;
  const at = checked.findIndex((b, i) => b >= 0x80 && !(utf8Bom && i < 3));
  if (at === -1) return utf8Bom ? { word: 'BOM', misread: decodeText(checked.subarray(0, 3), encoding) } : undefined;
  // The word around the first such byte: from the byte after a separator to the next one, at most 40 bytes.
  const separator = (b: number): boolean => b <= 0x20 || b === 0x2c || b === 0x3b || b === 0x22 || b === 0x09 || b === 0x3a || b === 0x7b || b === 0x7d;
  let from = at;
  while (from > 0 && at - from < 20 && !separator(checked[from - 1] as number)) from--;
  let to = at;
  while (to < checked.length && to - from < 40 && !separator(checked[to] as number)) to++;
  while (to < checked.length && ((checked[to] as number) & 0xc0) === 0x80) to++;
  const bytes = checked.subarray(from, to);
  return { word: new TextDecoder().decode(bytes), misread: decodeText(bytes, encoding) };
}

/**
 * The encoding a file is read in, decided once for CSV and JSON alike: the one the user named
 * (--encoding, givenEncoding), else what the file's first bytes say (detectEncoding).
 */
export function headEncoding(head: Uint8Array, whole: boolean, given: Encoding | undefined): EncodingVerdict {
  return given !== undefined ? givenEncoding(head, given) : detectEncoding(head, whole);
}

/**
 * A stream that turns the input into UTF-8 bytes without a BOM. For UTF-8 input it also reports
 * that invalid byte sequences were met (they become U+FFFD in the text), once. (utf8Decoder in a
 * stream.)
 */
export function toUtf8(info: EncodingInfo, onInvalid: () => void): Transform {
  const decode = utf8Decoder(info, onInvalid);
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      done(null, decode.write(chunk));
    },
    flush(done: TransformCallback) {
      done(null, decode.end());
    },
  });
}

/** Turns chunks of bytes into UTF-8 bytes: write() each chunk in order, then end(). */
export interface ByteDecoder {
  write(chunk: Buffer): Buffer | undefined;
  end(): Buffer | undefined;
}

/**
 * A decoder to UTF-8 bytes without a BOM, for chunks read into reused buffers too: UTF-8 is checked
 * (onInvalid, once) and passed on as it is (the caller's buffer), other encodings come back in new
 * buffers.
 */
export function utf8Decoder(info: EncodingInfo, onInvalid: () => void): ByteDecoder {
  if (info.encoding === 'utf-8') {
    const check = new Utf8Check(onInvalid);
    return {
      write: (chunk) => (check.write(chunk), chunk),
      end: () => (check.end(), undefined),
    };
  }
  // A BOM is dropped only when the file starts with one of this encoding (single-byte encodings have none).
  const decoder = loadIconv().getDecoder(iconvName(info.encoding), { stripBOM: info.bom });
  const bytes = (text: string | undefined): Buffer | undefined => (text === undefined || text === '' ? undefined : Buffer.from(text, 'utf8'));
  return { write: (chunk) => bytes(decoder.write(chunk)), end: () => bytes(decoder.end()) };
}

// Where these were before the encoding modules were split out; the fix engine and older tests import them from here.
export type { EncodingInfo } from './encodings.js';
export { incompleteUtf8Tail, Utf8Carry } from './encoding-utf8.js';
