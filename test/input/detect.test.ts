import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatFromBytes, formatFromName } from '../../src/input/index.js';

describe('format detection', () => {
  it('from the file name', () => {
    expect(formatFromName('a.CSV')).toBe('csv');
    expect(formatFromName('a.json')).toBe('json');
    expect(formatFromName('a.geojson')).toBe('json');
    expect(formatFromName('a.jsonl')).toBe('jsonl');
    expect(formatFromName('a.ndjson')).toBe('jsonl');
    expect(formatFromName('data')).toBeUndefined();
  });
  it('from the first visible byte', () => {
    expect(formatFromBytes(Buffer.from('  [{"a":1}]'))).toBe('json');
    expect(formatFromBytes(Buffer.from('\ufeff{"a":1}'))).toBe('json');
    expect(formatFromBytes(Buffer.from('id,name\n'))).toBe('csv');
    expect(formatFromBytes(Buffer.from(''))).toBe('csv');
  });
  it('from the first visible character of UTF-16, with a BOM or without', () => {
    for (const e of ['utf-16le', 'utf-16be']) {
      expect(formatFromBytes(iconv.encode('[{"namn": "Åsa"}]', e, { addBOM: true }))).toBe('json');
      expect(formatFromBytes(iconv.encode(' \r\n {"namn": "Åsa"}\n', e))).toBe('json');
      expect(formatFromBytes(iconv.encode('id,namn\n1,Åsa\n', e, { addBOM: true }))).toBe('csv');
      expect(formatFromBytes(iconv.encode('id,namn\n1,Åsa\n', e))).toBe('csv');
    }
    // A character that is [ in UTF-16LE is not one in UTF-16BE.
    expect(formatFromBytes(Buffer.from([0xfe, 0xff, 0x5b, 0x00]))).toBe('csv');
    expect(formatFromBytes(Buffer.from([0xff, 0xfe]))).toBe('csv');
  });
});
