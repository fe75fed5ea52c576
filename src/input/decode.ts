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
function utf8Length(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/** How many of a chunk's first bytes, up to `max`, are UTF-8 continuation bytes (the rest of a cut character). */
function continuationBytes(chunk: Uint8Array, max: number): number {
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
 * The bytes of a UTF-8 character cut at the end of one chunk, completed from the start of the
 * next: a few bytes are joined, never a whole chunk.
 */
export class Utf8Carry {
  private bytes: Buffer | undefined;

  /**
   * Completes the character cut at the end of the last chunk from the start of this one: its
   * bytes (undefined when none was cut) and where the rest of the chunk starts. `pending`: the
   * chunk ended before the character did, and it is kept for the next one.
   */
  take(chunk: Buffer): { readonly bytes: Buffer | undefined; readonly at: number; readonly pending: boolean } {
    const carry = this.bytes;
    if (carry === undefined) return { bytes: undefined, at: 0, pending: false };
    const at = continuationBytes(chunk, utf8Length(carry[0] as number) - carry.length);
    const joined = Buffer.concat([carry, chunk.subarray(0, at)]);
    const pending = joined.length < utf8Length(joined[0] as number) && at === chunk.length;
    this.bytes = pending ? joined : undefined;
    return { bytes: pending ? undefined : joined, at, pending };
  }

  /** Keeps a character cut at the end of the chunk (looking from `from` on); returns where the whole characters end. */
  keep(chunk: Buffer, from: number): number {
    const end = chunk.length - incompleteUtf8Tail(chunk.subarray(from));
    this.bytes = end < chunk.length ? Buffer.from(chunk.subarray(end)) : undefined;
    return end;
  }

  /** At the end of the input: the bytes of a character left incomplete, if any (then forgotten). */
  rest(): Buffer | undefined {
    const b = this.bytes;
    this.bytes = undefined;
    return b;
  }
}

/**
 * Checks that consecutive chunks of UTF-8 are valid, a character split between two chunks
 * included; calls onInvalid once, at the first invalid sequence.
 */
class Utf8Check {
  private readonly carry = new Utf8Carry();
  private reported = false;

  constructor(private readonly onInvalid: () => void) {}

  write(chunk: Buffer): void {
    if (this.reported) return;
    const { bytes, at, pending } = this.carry.take(chunk);
    if (pending) return;
    if (bytes !== undefined && !isUtf8(bytes)) return this.report();
    const end = this.carry.keep(chunk, at);
    if (!isUtf8(chunk.subarray(at, end))) this.report();
  }

  private report(): void {
    this.reported = true;
    this.carry.rest();
    this.onInvalid();
  }

  /** The end of the input: a character left incomplete is invalid. */
  end(): void {
    if (this.carry.rest() !== undefined && !this.reported) this.onInvalid();
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
