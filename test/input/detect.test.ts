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
});
