/** Reads the first chunk of a byte stream and hands back a stream that still starts with it. */
import { Readable } from 'node:stream';

export interface Peeked {
  readonly head: Buffer;
  readonly stream: Readable;
  /** The stream ended within the first chunk: head is the whole input. */
  readonly whole: boolean;
}

/**
 * A stream of what `from` yields that lets go of `from` when it closes, also when it is destroyed
 * before it was read (a file stream would otherwise keep its descriptor open until the process ends).
 */
export function releasing(from: Readable, items: AsyncIterable<Buffer>): Readable {
  const out = Readable.from(items, { objectMode: false });
  out.once('close', () => {
    if (!from.destroyed) from.destroy();
  });
  return out;
}

/**
 * How many bytes the head holds at least (unless the input is shorter): what the sniffers of
 * binary kinds, encodings and dialects look at, the same whether the input comes as one file
 * chunk, a pipe's pieces or a web server's small packets.
 */
export const HEAD_BYTES = 64 * 1024;

/** The first HEAD_BYTES of `input` (or more: whole chunks), and a stream of all of it; destroying that stream destroys `input`. */
export async function peek(input: Readable): Promise<Peeked> {
  const it = input[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done === true) {
      done = true;
      break;
    }
    parts.push(r.value as Buffer);
    size += (r.value as Buffer).length;
  }
  const head = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
  if (done && size === 0) return { head, stream: releasing(input, Readable.from([])), whole: true };
  const next = done ? undefined : await it.next();
  const whole = next === undefined || next.done === true;
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (next === undefined || next.done === true) return;
    yield next.value as Buffer;
    for (;;) {
      const r = await it.next();
      if (r.done === true) return;
      yield r.value as Buffer;
    }
  }
  return { head, stream: releasing(input, rest()), whole };
}
