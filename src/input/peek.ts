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

/** The first chunk of `input`, and a stream of all of it; destroying that stream destroys `input`. */
export async function peek(input: Readable): Promise<Peeked> {
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done === true) return { head: Buffer.alloc(0), stream: releasing(input, Readable.from([])), whole: true };
  const head = first.value as Buffer;
  const second = await it.next();
  const whole = second.done === true;
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    if (second.done === true) return;
    yield second.value as Buffer;
    for (;;) {
      const r = await it.next();
      if (r.done === true) return;
      yield r.value as Buffer;
    }
  }
  return { head, stream: releasing(input, rest()), whole };
}
