import { describe, expect, it } from 'vitest';
import { fitsDouble, inspectRecordText } from '../../src/input/json-keys.js';

describe('inspectRecordText', () => {
  it('finds keys written twice, at any depth, and not across objects', () => {
    expect(inspectRecordText('{"a":1,"b":2,"a":3}').duplicateKeys).toEqual(['a']);
    expect(inspectRecordText('{"f":{"x":1,"x":2},"g":[{"y":1},{"y":2}]}').duplicateKeys).toEqual(['f.x']);
    expect(inspectRecordText('{"s":"a\\"b","t":"{\\"a\\":1,\\"a\\":2}"}').duplicateKeys).toEqual([]);
  });
  it('finds numbers a double cannot hold', () => {
    expect(inspectRecordText('{"a":1e400,"b":123456789012345678901234567890,"c":9007199254740993,"d":57.70891234567891,"e":-12}').impreciseNumbers).toEqual(['1e400', '123456789012345678901234567890', '9007199254740993']);
  });
  it('fitsDouble', () => {
    expect(fitsDouble('9007199254740992')).toBe(true);
    expect(fitsDouble('9007199254740993')).toBe(false);
    expect(fitsDouble('1.5e308')).toBe(true);
    expect(fitsDouble('2e308')).toBe(false);
  });
});
