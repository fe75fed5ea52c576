import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UniqueIndex } from '../../src/checks/index.js';
import { fingerprint, fingerprintAscii } from '../../src/checks/unique.js';

describe('UniqueIndex', () => {
  it('returns the first row of a key seen before, 0 for a new key', () => {
    const u = new UniqueIndex();
    expect(u.check('a', 2)).toBe(0);
    expect(u.check('b', 3)).toBe(0);
    expect(u.check('a', 4)).toBe(2);
    expect(u.check('a', 5)).toBe(2);
    expect(u.check('', 6)).toBe(0);
  });

  it('keeps every key through many resizes', () => {
    const u = new UniqueIndex(10_000_000, 4);
    for (let i = 0; i < 50_000; i++) expect(u.check(`key-${i}`, i + 2)).toBe(0);
    for (let i = 0; i < 50_000; i += 997) expect(u.check(`key-${i}`, 1_000_000)).toBe(i + 2);
  });

  it('tells similar keys apart', () => {
    const u = new UniqueIndex();
    const keys = ['1477-Hattarevik', '1477-Hattarevi', '1477-hattarevik', 'å', 'a', 'ä', '1\u00002', '12'];
    keys.forEach((k, i) => expect(u.check(k, i + 2), k).toBe(0));
  });

  it('stops at maxKeys and says so', () => {
    const u = new UniqueIndex(3);
    for (const k of ['a', 'b', 'c']) u.check(k, 2);
    expect(u.full).toBe(false);
    expect(u.check('d', 5)).toBe(0);
    expect(u.full).toBe(true);
    expect(u.check('a', 6)).toBe(2); // keys already held are still found
  });
});

describe('fingerprintAscii', () => {
  it("gives fingerprint()'s value and, for an ASCII key, its bytes; -1 for any other key", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 })), (key) => {
        const a = new Uint32Array(2);
        const b = new Uint32Array(2);
        const bytes = new Uint8Array(key.length + 4);
        fingerprint(key, a);
        const end = fingerprintAscii(key, b, bytes, 2);
        expect([...b]).toEqual([...a]);
        const ascii = [...key].every((c) => c.charCodeAt(0) < 0x80);
        if (ascii) {
          expect(end).toBe(2 + key.length);
          expect(Buffer.from(bytes.subarray(2, end)).toString('latin1')).toBe(key);
        } else expect(end).toBe(-1);
      }),
      { numRuns: 3000 },
    );
  });
});
