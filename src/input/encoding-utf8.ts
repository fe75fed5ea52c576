/**
 * UTF-8 across chunk boundaries: the bytes of a character cut at the end of one chunk, and a
 * check that consecutive chunks are valid UTF-8 without joining them.
 */
import { isUtf8 } from 'node:buffer';

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
export class Utf8Check {
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
