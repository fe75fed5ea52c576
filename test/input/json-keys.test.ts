import { describe, expect, it } from 'vitest';
import { fitsDouble, inspectRecordText } from '../../src/input/json-keys.js';

describe('inspectRecordText', () => {
  it('tells U+FFFD written as it is (a byte the decoder could not read) from one written as an escape', () => {
    expect(inspectRecordText('{"a": "K\uFFFDrr"}').replaced).toBe(true);
    expect(inspectRecordText('{"a": "K\\ufffdrr", "\\uFFFD": 1}').replaced).toBe(false);
  });
  it('finds keys written twice, at any depth, and not across objects', () => {
    expect(inspectRecordText('{"a":1,"b":2,"a":3}').duplicateKeys).toEqual([['a']]);
    expect(inspectRecordText('{"f":{"x":1,"x":2},"g":[{"y":1},{"y":2}]}').duplicateKeys).toEqual([['f', 'x']]);
    expect(inspectRecordText('{"g":[{"y":1},{"y":2,"y":3}],"a.b":{"c":1,"c":2}}').duplicateKeys).toEqual([
      ['g', '1', 'y'],
      ['a.b', 'c'],
    ]);
    expect(inspectRecordText('{"s":"a\\"b","t":"{\\"a\\":1,\\"a\\":2}"}').duplicateKeys).toEqual([]);
  });
  it('finds numbers a double cannot hold, each at its path, and says which are out of range', () => {
    expect(inspectRecordText('{"a":1e400,"b":123456789012345678901234567890,"c":9007199254740993,"d":57.70891234567891,"e":-12}').numbers).toEqual([
      { path: ['a'], literal: '1e400', outOfRange: true },
      { path: ['b'], literal: '123456789012345678901234567890', outOfRange: false },
      { path: ['c'], literal: '9007199254740993', outOfRange: false },
    ]);
    expect(inspectRecordText('{"p":{"q":[1, -1e999]},"r":[[0],[2e308]]}').numbers).toEqual([
      { path: ['p', 'q', '1'], literal: '-1e999', outOfRange: true },
      { path: ['r', '1', '0'], literal: '2e308', outOfRange: true },
    ]);
  });
  it('finds control characters in text values, escaped or not, but not tab, line feed or carriage return', () => {
    const text = '{"a":"x\\u0000y","b":["ok\\t\\n\\r","\\f"],"c":{"d":"del\u007f"},"e\\u0001":"key only","f":"\\\\b"}';
    expect(inspectRecordText(text).controls).toEqual([
      { path: ['a'], character: 'U+0000', value: 'x\u0000y' },
      { path: ['b', '1'], character: 'U+000C', value: '\f' },
      { path: ['c', 'd'], character: 'U+007F', value: 'del\u007f' },
    ]);
    expect(inspectRecordText('{"a":"plain text, åäö"}').controls).toEqual([]);
  });
  it('fitsDouble', () => {
    expect(fitsDouble('9007199254740992')).toBe(true);
    expect(fitsDouble('9007199254740993')).toBe(false);
    expect(fitsDouble('1.5e308')).toBe(true);
    expect(fitsDouble('2e308')).toBe(false);
  });
});
