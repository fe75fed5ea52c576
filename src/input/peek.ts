/** Reads the first chunk of a byte stream and hands back a stream that still starts with it. */
import { Readable } from 'node:stream';

export interface Peeked {
  readonly head: Buffer;
  readonly stream: Readable;
  /** The stream ended within the first chunk: head is the whole input. */
  readonly whole: boolean;
}

export async function peek(input: Readable): Promise<Peeked> {
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done === true) return { head: Buffer.alloc(0), stream: Readable.from([]), whole: true };
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
  return { head, stream: Readable.from(rest(), { objectMode: false }), whole };
}
