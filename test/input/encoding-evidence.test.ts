/**
 * Encodings decided on evidence (issue "Nothing broken passed"): Windows-1252, CP850 and Mac OS
 * Roman told apart by what Swedish text looks like in each, UTF-8 with lines in another encoding
 * found line by line, and an uncertain guess said to be one. Files are Swedish text written by
 * these tests and encoded with iconv-lite.
 */
import { isAscii } from 'node:buffer';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/input/decode.js';
import { decodeText, EncodingEvidence, iconvName, SingleByteScores } from '../../src/input/index.js';
import type { Encoding, EncodingVerdict } from '../../src/input/index.js';

const BADPLATSER = 'namn;adress;beskrivning\r\nBadet;Skånegatan 3;Sandstrand med brygga\r\nÄngsviken;Östra vägen 1;Klippor, café och grillplats\r\nÖrnsjön;Sjövägen 12;Långgrunt, bra för små barn\r\n';

/** The verdict of the evidence over bytes written in chunks cut at the given offsets. */
function verdictOf(bytes: Buffer, cuts: readonly number[] = []): EncodingVerdict {
  const evidence = new EncodingEvidence();
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const at = Math.min(c, bytes.length);
    // The caller's buffer is reused: the evidence must not keep it.
    const copy = Buffer.from(bytes.subarray(from, at));
    evidence.write(copy);
    copy.fill(0x41);
    from = Math.max(from, at);
  }
  evidence.write(Buffer.from(bytes.subarray(from)));
  return evidence.verdict();
}

const encode = (text: string, e: Encoding): Buffer => iconv.encode(text, iconvName(e));

describe('single-byte encodings, told apart', () => {
  for (const e of ['windows-1252', 'cp850', 'macroman'] as const) {
    it(`Swedish text in ${e} is ${e}, likely, and reads back exactly`, () => {
      const bytes = encode(BADPLATSER, e);
      const head = detectEncoding(bytes, true);
      expect(head).toEqual({ encoding: e, bom: false, confidence: 'likely', candidates: [e] });
      expect(verdictOf(bytes, [7, 40, 41])).toEqual(head);
      expect(decodeText(bytes, head.encoding)).toBe(BADPLATSER);
    });
  }

  it('CP850 and Mac OS Roman are no longer read as Windows-1252 (Sk†negatan, SkŒnegatan)', () => {
    expect(detectEncoding(encode('gata\nSkånegatan\nÅsvägen\n', 'cp850'), true).encoding).toBe('cp850');
    expect(detectEncoding(encode('gata\nSkånegatan\nÅsvägen\n', 'macroman'), true).encoding).toBe('macroman');
  });

  it('one ambiguous letter is uncertain, naming the readings that fit', () => {
    const v = detectEncoding(encode('namn\nKärr\n', 'windows-1252'), true);
    expect(v.confidence).toBe('uncertain');
    expect(v.encoding).toBe('windows-1252');
    expect(v.candidates).toEqual(['windows-1252', 'cp850']);
  });

  it('binary data is uncertain, with every candidate', () => {
    const binary = Buffer.alloc(2000);
    for (let i = 0; i < binary.length; i += 7) binary[i] = 0x80 + (i % 128);
    const v = detectEncoding(binary, true);
    expect(v.confidence).toBe('uncertain');
    expect(v.candidates).toHaveLength(3);
  });

  it('scores: å inside a word counts for the encoding that reads it so, † and an uppercase letter inside a word against', () => {
    const s = new SingleByteScores();
    s.line(encode('Skånegatan', 'cp850'));
    const scores = s.scores();
    expect(scores.cp850).toBeGreaterThan(0);
    expect(scores['windows-1252']).toBeLessThan(0); // Sk†negatan
    expect(scores.macroman).toBeLessThan(0); // SkÜnegatan
  });
});

describe('UTF-8 with lines in another encoding', () => {
  const utf8 = Buffer.from('namn;adress\r\nÄngsviken;Storgatan 1\r\nBadet;Sjövägen 2\r\n');
  const mixed = Buffer.concat([utf8, encode('Åby;Kärrvägen 2\r\nÖby;Sjövägen 3\r\n', 'windows-1252'), Buffer.from('Udden;Näsvägen 4\r\n')]);

  it('is mixed UTF-8: the lines that are not UTF-8 are counted and named, and read as Windows-1252', () => {
    const v = verdictOf(mixed);
    expect(v).toEqual({ encoding: 'utf-8', bom: false, confidence: 'likely', candidates: ['utf-8'], mixed: { count: 2, first: [4, 5], encoding: 'windows-1252', confidence: 'likely' } });
    // The first chunk alone says the same (it was read wholly as Windows-1252 before).
    expect(detectEncoding(mixed, false)).toEqual(v);
  });

  it('the same verdict however the file is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: mixed.length }), { maxLength: 8 }), (cuts) => {
        expect(verdictOf(mixed, cuts)).toEqual(verdictOf(mixed));
      }),
      { numRuns: 300 },
    );
  });

  it('lines are numbered with LF, CRLF (also cut between CR and LF) and CR alone', () => {
    const bad = encode('Åby\n', 'windows-1252').subarray(0, 3);
    const file = Buffer.concat([Buffer.from('Ängen\r\n\r'), bad, Buffer.from('\nx\rÖn\n'), bad]);
    for (const cuts of [[], [7], [8], [9], [6, 7, 8, 9, 10]]) expect(verdictOf(file, cuts).mixed?.first, String(cuts)).toEqual([3, 6]);
  });

  it('a BOM says UTF-8: any line that is not makes it mixed', () => {
    const v = verdictOf(Buffer.concat([Buffer.from('\ufeffnamn\n'), encode('Kärr\n', 'windows-1252')]));
    expect(v).toMatchObject({ encoding: 'utf-8', bom: true, mixed: { count: 1, first: [2] } });
  });

  it('a very long line that is not UTF-8 is one line, and memory stays bounded', () => {
    const long = Buffer.concat([Buffer.from('Ängen\n'), encode(`${'Kärr '.repeat(500_000)}\n`, 'windows-1252'), Buffer.from('slut\n')]);
    const v = verdictOf(long, [10, 65_536, 1_500_000]);
    expect(v.mixed).toMatchObject({ count: 1, first: [2], encoding: 'windows-1252' });
  });

  it('valid UTF-8 and pure ASCII are certain over a whole file', () => {
    expect(verdictOf(Buffer.from(BADPLATSER), [3, 50])).toEqual({ encoding: 'utf-8', bom: false, confidence: 'certain', candidates: ['utf-8'] });
    expect(verdictOf(Buffer.from('a,b\n1,2\n'))).toMatchObject({ encoding: 'utf-8', confidence: 'certain' });
    expect(verdictOf(Buffer.alloc(0))).toMatchObject({ encoding: 'utf-8', confidence: 'certain' });
  });

  it('UTF-16 is decided by the first bytes', () => {
    expect(verdictOf(iconv.encode(BADPLATSER, 'utf-16le', { addBOM: true }), [1, 300])).toMatchObject({ encoding: 'utf-16le', bom: true, confidence: 'certain' });
    expect(verdictOf(iconv.encode(BADPLATSER, 'utf-16be'), [5])).toMatchObject({ encoding: 'utf-16be', bom: false, confidence: 'likely' });
  });
});

describe('property: Swedish-looking text in each encoding', () => {
  const words = ['Skånegatan', 'Ängsviken', 'Östra', 'vägen', 'Kärr', 'Åby', 'Örnsjön', 'Brännö', 'badplats', 'sandstrand', 'brygga', 'café', 'Müller', 'Västerås', 'Göteborg', 'Malmö', 'Luleå', 'grillplats', 'långgrunt', 'klippor', 'och', 'för', 'små', 'barn', 'ö', 'å', 'Idé', 'SKÅNE', 'ÖSTRA', '12', '3,5', 'Nordanå'];
  const line = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  const row = fc.array(line, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(';'));
  const file = fc.array(row, { minLength: 1, maxLength: 12 }).map((rows) => `${rows.join('\r\n')}\r\n`);

  it('is detected as its encoding or as uncertain (never confidently as another), and decodes back exactly', () => {
    fc.assert(
      fc.property(file, fc.constantFrom('windows-1252', 'cp850', 'macroman') as fc.Arbitrary<'windows-1252' | 'cp850' | 'macroman'>, (text, e) => {
        const bytes = encode(text, e);
        const v = detectEncoding(bytes, true);
        // Text of ASCII alone is the same bytes in UTF-8.
        if (isAscii(Buffer.from(text))) expect(v).toMatchObject({ encoding: 'utf-8', confidence: 'certain' });
        else if (v.confidence === 'uncertain') expect(v.candidates).toContain(e);
        else expect(v.encoding).toBe(e);
        expect(v.mixed).toBeUndefined();
        expect(decodeText(bytes, e)).toBe(text);
      }),
      { numRuns: 1500 },
    );
  });
});
