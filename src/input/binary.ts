/**
 * Recognises files that are not text by their first bytes: archives, compressed files, PDFs,
 * images and workbooks by their magic numbers, and anything else with many NUL or control bytes,
 * so they are named for what they are instead of being read as a CSV of odd columns.
 */
import type { ReasonOf } from '../report/index.js';
import { detectEncoding } from './decode.js';
import { utf32Of } from './encoding-evidence.js';

/** What a file that is not text is: a token of the file-binary finding (see src/report/codes.ts). */
/** ('xlsx' is read as a workbook, not reported.) */
export type BinaryKind = ReasonOf<'file-binary'> | 'xlsx';

/** Magic numbers at offset 0, checked in this order (see each format's specification). */
const MAGIC: readonly (readonly [BinaryKind, readonly number[]])[] = [
  ['gzip', [0x1f, 0x8b]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // "%PDF-"
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]], // "GIF87a"
  ['gif', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]], // "GIF89a"
  // OLE2 compound file: an Excel 97-2003 workbook (.xls), or another old Office document.
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** ZIP local file header, end of central directory (an empty archive), spanned archive. */
const ZIP: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];

/** How much of the head is looked at for NUL and control bytes. */
const SAMPLE = 64 * 1024;
/** A text file may hold a few stray control bytes (reported at their cells); this many make it binary... */
const MIN_CONTROL_BYTES = 8;
/** ...when they are also at least this share of the sample (text has almost none; random bytes about 10%). */
const MIN_CONTROL_SHARE = 0.02;

function startsWith(head: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (head.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[at + i] !== magic[i]) return false;
  return true;
}

/** "BZh", the block size 1 to 9, then the magic of a first block (pi) or of the stream's end (sqrt(pi)): text rarely starts so. */
function isBzip2(head: Uint8Array): boolean {
  const level = head[3] ?? 0;
  if (!startsWith(head, [0x42, 0x5a, 0x68]) || level < 0x31 || level > 0x39) return false;
  return startsWith(head, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4) || startsWith(head, [0x17, 0x72, 0x45, 0x38, 0x50, 0x90], 4);
}

/** Whether the Latin-1 text of the head contains a string (names inside a ZIP are stored as they are). */
function mentions(head: Uint8Array, text: string): boolean {
  return Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, SAMPLE)).includes(text, 0, 'latin1');
}

/** A ZIP archive: a spreadsheet (OOXML with a workbook part, OpenDocument spreadsheet) or another archive. */
function zipKind(head: Uint8Array): BinaryKind {
  if (mentions(head, 'mimetype') && mentions(head, 'application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (mentions(head, '[Content_Types].xml') && mentions(head, 'xl/')) return 'xlsx';
  return 'zip';
}

/** NUL bytes, C0 control bytes other than tab, line feed, form feed, carriage return, SUB and ESC, and DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b) || b === 0x7f;
}

/** Many NUL or control bytes in a head that is not UTF-16 (whose ASCII characters carry a NUL each). */
function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControlByte(head[i] as number)) control++;
  if (control < MIN_CONTROL_BYTES || control < n * MIN_CONTROL_SHARE) return false;
  const encoding = detectEncoding(head.subarray(0, n)).encoding;
  return encoding !== 'utf-16le' && encoding !== 'utf-16be';
}

/**
 * What the first bytes of a file say it is when it is not text datakoll reads (undefined for
 * text: UTF-8, Windows-1252 and UTF-16, with or without a BOM; UTF-32 is 'utf-32'). A pure function of the head: the validator and
 * the fix command use it before reading a file as CSV or JSON, whatever its name or --input-format.
 */
export function binaryKindOf(head: Uint8Array): BinaryKind | undefined {
  if (ZIP.some((m) => startsWith(head, m))) return zipKind(head);
  for (const [kind, magic] of MAGIC) if (startsWith(head, magic)) return kind;
  if (isBzip2(head)) return 'bzip2';
  // Text, but in an encoding datakoll does not read (its BOM would otherwise pass for UTF-16's).
  if (utf32Of(head) !== undefined) return 'utf-32';
  return looksBinary(head) ? 'binary' : undefined;
}
