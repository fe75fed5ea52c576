/**
 * Detects a file's character encoding from its first bytes and turns any supported encoding into
 * UTF-8 bytes for the CSV reader. Decoding uses iconv-lite (well kept, no native code, streaming);
 * UTF-8 input is passed through untouched and only checked.
 */
import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { createRequire } from 'node:module';
import type iconvType from 'iconv-lite';

// Loaded only for files that are not UTF-8.
const loadIconv = (): typeof iconvType => createRequire(import.meta.url)('iconv-lite') as typeof iconvType;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingInfo {
  readonly encoding: Encoding;
  /** The file starts with a byte order mark. */
  readonly bom: boolean;
}

/** The length of an incomplete UTF-8 sequence at the end of a buffer (0 to 3 bytes). */
export function incompleteUtf8Tail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k] as number;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = utf8Length(c);
    return need > k ? k : 0;
  }
  return 0;
}

/** The length of the UTF-8 sequence a lead byte starts (1 for a byte that cannot start one). */
export function utf8Length(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/** How many of a chunk's first bytes, up to `max`, are UTF-8 continuation bytes (the rest of a cut character). */
export function continuationBytes(chunk: Uint8Array, max: number): number {
  let k = 0;
  while (k < max && k < chunk.length && ((chunk[k] as number) & 0xc0) === 0x80) k++;
  return k;
}

/** Guesses UTF-16 without a BOM: many NUL bytes on one side of each pair. */
function utf16Without(head: Uint8Array): Encoding | undefined {
  const n = Math.min(head.length - (head.length % 2), 512);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  if (oddNul > n / 4 && evenNul === 0) return 'utf-16le';
  if (evenNul > n / 4 && oddNul === 0) return 'utf-16be';
  return undefined;
}

/**
 * The encoding of a file from its first bytes: a BOM decides; otherwise valid UTF-8 is UTF-8,
 * UTF-16 is recognised by its NUL bytes, and anything else is read as Windows-1252 (the usual Excel
 * export on Swedish Windows; a superset of ISO-8859-1's printable characters).
 */
export function detectEncoding(head: Uint8Array, _whole?: boolean): EncodingInfo {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const u16 = utf16Without(head);
  if (u16 !== undefined) return { encoding: u16, bom: false };
  // A UTF-8 character cut at the end (of the sample, or of a truncated file) is still UTF-8.
  const checked = head.subarray(0, head.length - incompleteUtf8Tail(head));
  if (isUtf8(checked)) return { encoding: 'utf-8', bom: false };
  // Mostly UTF-8 (å, ä, ö as two-byte sequences) with a few broken bytes is damaged UTF-8, not Windows-1252.
  const text = new TextDecoder('utf-8').decode(checked);
  const broken = text.split('\uFFFD').length - 1;
  const multibyte = [...text].filter((c) => c > '\u007f' && c !== '\uFFFD').length;
  return { encoding: multibyte > broken ? 'utf-8' : 'windows-1252', bom: false };
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

/**
 * Checks that consecutive chunks of UTF-8 are valid, a character split between two chunks
 * included; calls onInvalid once, at the first invalid sequence.
 */
class Utf8Check {
  private carry: Buffer | undefined;
  private reported = false;

  constructor(private readonly onInvalid: () => void) {}

  write(chunk: Buffer): void {
    if (this.reported) return;
    let at = 0;
    if (this.carry !== undefined) {
      // Finish the character cut at the end of the last chunk (a few bytes: no copy of the chunk).
      at = continuationBytes(chunk, utf8Length(this.carry[0] as number) - this.carry.length);
      const joined = Buffer.concat([this.carry, chunk.subarray(0, at)]);
      this.carry = undefined;
      if (joined.length < utf8Length(joined[0] as number) && at === chunk.length) {
        this.carry = joined;
        return;
      }
      if (!isUtf8(joined)) return this.report();
    }
    const rest = chunk.subarray(at);
    const tail = incompleteUtf8Tail(rest);
    if (!isUtf8(rest.subarray(0, rest.length - tail))) return this.report();
    this.carry = tail > 0 ? Buffer.from(rest.subarray(rest.length - tail)) : undefined;
  }

  private report(): void {
    this.reported = true;
    this.carry = undefined;
    this.onInvalid();
  }

  /** The end of the input: a character left incomplete is invalid. */
  end(): void {
    if (!this.reported && this.carry !== undefined) this.onInvalid();
  }
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
  const decoder = loadIconv().getDecoder(info.encoding, { stripBOM: true });
  const bytes = (text: string | undefined): Buffer | undefined => (text === undefined || text === '' ? undefined : Buffer.from(text, 'utf8'));
  return { write: (chunk) => bytes(decoder.write(chunk)), end: () => bytes(decoder.end()) };
}
