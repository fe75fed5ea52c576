import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectEncoding, incompleteUtf8Tail, toUtf8, utf8Decoder } from '../../src/input/decode.js';
import { isUtf8 } from 'node:buffer';

async function through(bytes: Buffer, chunkSize = 3): Promise<{ text: string; invalid: boolean }> {
  const info = detectEncoding(bytes, true);
  let invalid = false;
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) parts.push(bytes.subarray(i, i + chunkSize));
  const out: Buffer[] = [];
  for await (const c of Readable.from(parts, { objectMode: false }).pipe(toUtf8(info, () => (invalid = true)))) out.push(c as Buffer);
  return { text: Buffer.concat(out).toString('utf8'), invalid };
}

const SAMPLE = 'namn;ort\nÅsa;Västerås\nÖrjan;Skövde\n';

describe('detectEncoding', () => {
  it('BOMs decide, certainly', () => {
    expect(detectEncoding(Buffer.from(`\ufeff${SAMPLE}`), true)).toEqual({ encoding: 'utf-8', bom: true, confidence: 'certain', candidates: ['utf-8'] });
    expect(detectEncoding(iconv.encode(SAMPLE, 'utf-16le', { addBOM: true }), true)).toEqual({ encoding: 'utf-16le', bom: true, confidence: 'certain', candidates: ['utf-16le'] });
    expect(detectEncoding(iconv.encode(SAMPLE, 'utf-16be', { addBOM: true }), true)).toEqual({ encoding: 'utf-16be', bom: true, confidence: 'certain', candidates: ['utf-16be'] });
  });
  it('UTF-8 and pure ASCII are certain; Windows-1252 likely; UTF-16 without a BOM likely', () => {
    expect(detectEncoding(Buffer.from(SAMPLE), true)).toEqual({ encoding: 'utf-8', bom: false, confidence: 'certain', candidates: ['utf-8'] });
    expect(detectEncoding(Buffer.from('id,name\n1,Ada\n'), true)).toEqual({ encoding: 'utf-8', bom: false, confidence: 'certain', candidates: ['utf-8'] });
    expect(detectEncoding(iconv.encode(SAMPLE, 'windows-1252'), true)).toEqual({ encoding: 'windows-1252', bom: false, confidence: 'likely', candidates: ['windows-1252'] });
    expect(detectEncoding(iconv.encode(SAMPLE, 'utf-16le'), true)).toMatchObject({ encoding: 'utf-16le', bom: false, confidence: 'likely' });
  });
  it('a UTF-8 character cut at the end of the sample does not make it Windows-1252', () => {
    const b = Buffer.from('abc Å');
    expect(detectEncoding(b.subarray(0, b.length - 1), false)).toMatchObject({ encoding: 'utf-8', confidence: 'certain' });
  });
});

describe('incompleteUtf8Tail', () => {
  it('measures a cut sequence', () => {
    const e = Buffer.from('€'); // three bytes
    expect(incompleteUtf8Tail(e)).toBe(0);
    expect(incompleteUtf8Tail(e.subarray(0, 2))).toBe(2);
    expect(incompleteUtf8Tail(e.subarray(0, 1))).toBe(1);
    expect(incompleteUtf8Tail(Buffer.from('abc'))).toBe(0);
  });
});

describe('toUtf8', () => {
  it('decodes every supported encoding to the same text, across tiny chunks', async () => {
    for (const [enc, bom] of [
      ['utf8', false],
      ['utf8', true],
      ['windows-1252', false],
      ['utf-16le', true],
      ['utf-16be', true],
    ] as const) {
      const bytes = enc === 'utf8' ? Buffer.from(`${bom ? '\ufeff' : ''}${SAMPLE}`) : iconv.encode(SAMPLE, enc, { addBOM: bom });
      const r = await through(bytes);
      expect(r.text.replace(/^\ufeff/, ''), `${enc} bom=${bom}`).toBe(SAMPLE);
      expect(r.invalid).toBe(false);
    }
  });
  it('reports invalid UTF-8 once', async () => {
    const bad = Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n2,'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(detectEncoding(Buffer.from('a,b\n'), false).encoding).toBe('utf-8');
    const info = { encoding: 'utf-8' as const, bom: false };
    let count = 0;
    const out: Buffer[] = [];
    for await (const c of Readable.from([bad], { objectMode: false }).pipe(toUtf8(info, () => count++))) out.push(c as Buffer);
    expect(count).toBe(1);
  });
  it('reports a file cut inside a UTF-8 character', async () => {
    const info = { encoding: 'utf-8' as const, bom: false };
    let invalid = false;
    const cut = Buffer.from('a,Å').subarray(0, 3);
    for await (const _ of Readable.from([cut], { objectMode: false }).pipe(toUtf8(info, () => (invalid = true)))) void _;
    expect(invalid).toBe(true);
  });
});

describe('detectEncoding on damaged UTF-8', () => {
  it('UTF-8 with a stray byte stays UTF-8; Windows-1252 text stays Windows-1252', () => {
    const damaged = Buffer.concat([Buffer.from('namn\nÅsa\nBö'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(detectEncoding(damaged, true).encoding).toBe('utf-8');
    expect(detectEncoding(iconv.encode('namn\nÅsa\nBö\n', 'windows-1252'), true).encoding).toBe('windows-1252');
  });
});

describe('utf8Decoder', () => {
  it('finds invalid UTF-8 exactly when the whole input has it, however it is cut', () => {
    const bytes = fc.constantFrom(0x41, 0x2c, 0xc3, 0xa5, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0x80);
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (list, at) => {
        const whole = Buffer.from(list);
        let invalid = 0;
        const d = utf8Decoder({ encoding: 'utf-8', bom: false }, () => invalid++);
        const cuts = [...new Set(at.map((x) => x % (whole.length + 1)))].sort((x, y) => x - y);
        let from = 0;
        for (const c of [...cuts, whole.length]) {
          if (c > from) expect(d.write(whole.subarray(from, c))).toEqual(whole.subarray(from, c));
          from = Math.max(from, c);
        }
        d.end();
        expect(invalid).toBe(isUtf8(whole) ? 0 : 1);
      }),
      { numRuns: 2000 },
    );
  });
});
