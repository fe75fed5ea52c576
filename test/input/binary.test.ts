import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { binaryKindOf } from '../../src/input/index.js';

const CSV = 'place_id,name,latitude,longitude\n1480-A,Ängsviken,57.6312,11.7954\n';

/** A ZIP local file header for one entry (enough of an archive for the head to be recognised). */
function zipEntry(name: string, content = ''): Buffer {
  const data = deflateRawSync(Buffer.from(content));
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name, 'latin1'), data]);
}

function stored(name: string, content: string): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name + content, 'latin1')]);
}

/** Text in UTF-32, little or big endian (written here: four bytes a code point). */
function utf32(text: string, little: boolean): Buffer {
  const points = [...text].map((c) => c.codePointAt(0) as number);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (little ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

const hex = (h: string, rest = ''): Buffer => Buffer.concat([Buffer.from(h.replace(/ /g, ''), 'hex'), Buffer.from(rest, 'latin1')]);

describe('binaryKindOf', () => {
  it('recognises workbooks inside a ZIP, and other archives', () => {
    expect(binaryKindOf(Buffer.concat([zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('_rels/.rels'), zipEntry('xl/workbook.xml')]))).toBe('xlsx');
    expect(binaryKindOf(Buffer.concat([stored('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'), zipEntry('content.xml')]))).toBe('ods');
    // A Word document or a text document from LibreOffice is an archive, not a workbook.
    expect(binaryKindOf(Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')]))).toBe('zip');
    expect(binaryKindOf(Buffer.concat([stored('mimetype', 'application/vnd.oasis.opendocument.text')]))).toBe('zip');
    expect(binaryKindOf(zipEntry('data.csv', CSV))).toBe('zip');
    expect(binaryKindOf(hex('504b0506', '\0'.repeat(18)))).toBe('zip');
  });

  it('recognises compressed files, documents and images by their magic numbers', () => {
    expect(binaryKindOf(gzipSync(CSV))).toBe('gzip');
    expect(binaryKindOf(hex('425a6839 314159265359'))).toBe('bzip2');
    expect(binaryKindOf(hex('fd377a585a00 0004'))).toBe('xz');
    expect(binaryKindOf(hex('377abcaf271c 0004'))).toBe('7z');
    expect(binaryKindOf(hex('28b52ffd 2400'))).toBe('zstd');
    expect(binaryKindOf(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf');
    expect(binaryKindOf(hex('89504e470d0a1a0a 0000000d49484452'))).toBe('png');
    expect(binaryKindOf(hex('ffd8ffe0 00104a464946'))).toBe('jpeg');
    expect(binaryKindOf(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('gif');
    expect(binaryKindOf(hex('d0cf11e0a1b11ae1', '\0'.repeat(100)))).toBe('xls');
  });

  it('calls many NUL or control bytes binary', () => {
    expect(binaryKindOf(Buffer.alloc(4096))).toBe('binary');
    const random = Buffer.alloc(4096);
    let x = 12345;
    for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    expect(binaryKindOf(random)).toBe('binary');
    expect(binaryKindOf(Buffer.from(`${CSV}${'\x01\x02\x03\x04'.repeat(20)}`, 'latin1'))).toBe('binary');
  });

  it('names UTF-32 for what it is, with a BOM or by its three NUL bytes a character (not UTF-16 LE with a BOM)', () => {
    const le = utf32(`\uFEFF${CSV}`, true);
    const be = utf32(`\uFEFF${CSV}`, false);
    expect(le.subarray(0, 4)).toEqual(hex('fffe0000'));
    expect(binaryKindOf(le)).toBe('utf-32');
    expect(binaryKindOf(be)).toBe('utf-32');
    expect(binaryKindOf(le.subarray(4))).toBe('utf-32');
    expect(binaryKindOf(be.subarray(4))).toBe('utf-32');
    // A BOM alone (an empty UTF-32 file), and a head cut inside a character.
    expect(binaryKindOf(hex('fffe0000'))).toBe('utf-32');
    expect(binaryKindOf(hex('0000feff'))).toBe('utf-32');
    expect(binaryKindOf(le.subarray(4, 4 + 4 * 20 + 3))).toBe('utf-32');
    // Astral characters are code points too; a unit above U+10FFFF is not UTF-32.
    expect(binaryKindOf(utf32(`${CSV}😀,😀\n`, true))).toBe('utf-32');
    expect(binaryKindOf(Buffer.concat([le.subarray(4, 404), hex('00001100'), le.subarray(404)]))).toBe('binary');
  });

  it('keeps text as text: UTF-8, Windows-1252, UTF-16 with and without a BOM, a few stray control bytes', () => {
    expect(binaryKindOf(Buffer.from(CSV))).toBeUndefined();
    expect(binaryKindOf(Buffer.from(CSV, 'latin1'))).toBeUndefined();
    expect(binaryKindOf(Buffer.from(`\uFEFF${CSV}`, 'utf16le'))).toBeUndefined();
    expect(binaryKindOf(Buffer.from(CSV, 'utf16le'))).toBeUndefined();
    expect(binaryKindOf(Buffer.from(CSV, 'utf16le').swap16())).toBeUndefined();
    expect(binaryKindOf(Buffer.from(`${CSV}1,a\0b,1,2\n2,\0\0,x,\x1a\n\f`, 'latin1'))).toBeUndefined();
    expect(binaryKindOf(Buffer.from(`${CSV.repeat(50)}${'\0'.repeat(7)}`))).toBeUndefined();
    expect(binaryKindOf(Buffer.alloc(0))).toBeUndefined();
    // Text that merely starts like a magic number.
    expect(binaryKindOf(Buffer.from('BZh,GIF8,PK\n1,2,3\n'))).toBeUndefined();
  });
});
