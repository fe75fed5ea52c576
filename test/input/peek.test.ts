import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { peek } from '../../src/input/index.js';
import { HEAD_BYTES } from '../../src/input/peek.js';

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
        for (const part of ['a', 'b', 'c']) yield Buffer.alloc(40 * 1024, part);
      })(),
      { objectMode: false },
    );
    const p = await peek(input);
    expect(p.whole).toBe(false);
    p.stream.destroy();
    await new Promise((r) => setImmediate(r));
    expect(input.destroyed).toBe(true);
  });

  it('gathers small pieces (a pipe, a web server) into a head of HEAD_BYTES, and hands every byte on', async () => {
    const all = Buffer.from(Array.from({ length: 100 * 1024 }, (_, i) => i % 251));
    const pieces: Buffer[] = [];
    for (let at = 0; at < all.length; at += 1000) pieces.push(all.subarray(at, at + 1000));
    const p = await peek(Readable.from(pieces, { objectMode: false }));
    expect(p.head.length).toBeGreaterThanOrEqual(HEAD_BYTES);
    expect(p.whole).toBe(false);
    const back: Buffer[] = [];
    for await (const c of p.stream) back.push(c as Buffer);
    expect(Buffer.concat(back).equals(all)).toBe(true);
    const small = await peek(Readable.from([Buffer.from('a,b\n'), Buffer.from('1,2\n')], { objectMode: false }));
    expect([small.head.toString(), small.whole]).toEqual(['a,b\n1,2\n', true]);
  });
});
