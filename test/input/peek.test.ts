import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { peek } from '../../src/input/index.js';

describe('peek', () => {
  it('hands back a stream that still starts with the head, and says when the head is all', async () => {
    const input = new PassThrough();
    input.end('abc');
    const p = await peek(input);
    expect([p.head.toString(), p.whole]).toEqual(['abc', true]);
    const read: Buffer[] = [];
    for await (const chunk of p.stream) read.push(chunk as Buffer);
    expect(Buffer.concat(read).toString()).toBe('abc');
  });

  it('lets go of the input when its stream is destroyed unread (a file would keep its descriptor)', async () => {
    const input = Readable.from(
      (function* () {
        for (const part of ['a', 'b', 'c']) yield Buffer.from(part);
      })(),
      { objectMode: false },
    );
    const p = await peek(input);
    expect(p.whole).toBe(false);
    p.stream.destroy();
    await new Promise((r) => setImmediate(r));
    expect(input.destroyed).toBe(true);
  });
});
