/**
 * The encodings the input layer decodes, as iconv-lite names them, and small helpers around them.
 * The list of names and the parser of `--encoding` values live in the report layer (one list for
 * the report model, the options and this layer) and are passed on from here.
 */
import { createRequire } from 'node:module';
import type iconvType from 'iconv-lite';
import type { Encoding } from '../report/encodings.js';

export { ENCODINGS, ENCODING_CHOICES, ENCODING_LABELS, parseEncodingName } from '../report/encodings.js';
export type { Encoding, EncodingConfidence } from '../report/encodings.js';

let iconv: typeof iconvType | undefined;

/** iconv-lite, loaded only for files that are not UTF-8 (it costs a CLI start time otherwise). */
export function loadIconv(): typeof iconvType {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof iconvType;
  return iconv;
}

const ICONV_NAMES = {
  'utf-8': 'utf-8',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'iso-8859-1',
  cp850: 'cp850',
  macroman: 'macintosh',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
} as const satisfies Record<Encoding, string>;

/** The name iconv-lite knows an encoding by. */
export function iconvName(e: Encoding): string {
  return ICONV_NAMES[e];
}

/** One byte per character, with ASCII as it is: a file in it can be cut at any ASCII byte. */
export function isSingleByte(e: Encoding): boolean {
  return e === 'windows-1252' || e === 'iso-8859-1' || e === 'cp850' || e === 'macroman';
}

/** Whether an ASCII byte (a delimiter, a quote, a line break) is always that character: UTF-8 and the single-byte encodings. */
export function isAsciiCompatible(e: Encoding): boolean {
  return e === 'utf-8' || isSingleByte(e);
}

/** Bytes in an encoding as text (invalid UTF-8 becomes U+FFFD); a BOM is kept. */
export function decodeText(bytes: Uint8Array, e: Encoding): string {
  if (e === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return loadIconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), iconvName(e), { stripBOM: false });
}

/** How to decode a file: its encoding, and whether it starts with a byte order mark (dropped). */
export interface EncodingInfo {
  readonly encoding: Encoding;
  readonly bom: boolean;
}
