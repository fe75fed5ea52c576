import { describe, expect, it } from 'vitest';
import { controlCharacterIn } from '../../src/input/control.js';
import { fitsDouble, inspectRecordText } from '../../src/input/json-keys.js';
import type { RecordTextIssues } from '../../src/input/json-keys.js';

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

// The fast scan (indexOf over text values, keys without escapes taken as written, short numbers
// without an exponent not converted) is held to the plain one it replaced, on generated records.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAYBE_CONTROL = /\\u00[01][0-9a-fA-F]|\\u00[78][0-9a-fA-F]|\\u009[0-9a-fA-F]|\\[bf]|[\u007f-\u009f]/;
interface Level {
  readonly keys: Set<string> | undefined;
  readonly parent: Level | undefined;
  readonly name: string;
  index: number;
}
function pathOf(level: Level | undefined, leaf: string): string[] {
  const path = [leaf];
  for (let l = level; l?.parent !== undefined; l = l.parent) path.unshift(l.name);
  return path;
}
function slotOf(top: Level | undefined, lastKey: string): string {
  return top === undefined ? '' : top.keys !== undefined ? lastKey : String(top.index);
}
function parsed(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw;
  }
}
function reference(text: string): RecordTextIssues {
  const out: RecordTextIssues = { duplicateKeys: [], numbers: [], controls: [], replaced: text.includes('\uFFFD') };
  const controls = MAYBE_CONTROL.test(text);
  let top: Level | undefined;
  let expectKey = false;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j;
      if (expectKey && top?.keys !== undefined) {
        const key = parsed(raw);
        if (top.keys.has(key)) out.duplicateKeys.push(pathOf(top, key));
        top.keys.add(key);
        lastKey = key;
        expectKey = false;
      } else if (controls) {
        const value = parsed(raw);
        const character = controlCharacterIn(value);
        if (character !== undefined) out.controls.push({ path: pathOf(top, slotOf(top, lastKey)), character, value });
      }
      continue;
    }
    if (c === '{' || c === '[') {
      top = { keys: c === '{' ? new Set() : undefined, parent: top, name: slotOf(top, lastKey), index: 0 };
      expectKey = c === '{';
    } else if (c === '}' || c === ']') top = top?.parent;
    else if (c === ',') {
      if (top?.keys === undefined && top !== undefined) top.index++;
      expectKey = top?.keys !== undefined;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m !== null) {
        if (!fitsDouble(m[0])) out.numbers.push({ path: pathOf(top, slotOf(top, lastKey)), literal: m[0], outOfRange: !Number.isFinite(Number(m[0])) });
        i += m[0].length - 1;
      }
    }
  }
  return out;
}

describe('inspectRecordText against the plain scan', () => {
  it('finds the same on generated records: escapes, keys twice, long and huge numbers, controls', () => {
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor(seed / 65536) % n);
    const strings = ['"a"', '"a"', '"b\\"c"', '"\\\\"', '"x\\u0000"', '"\u007f"', '"K\uFFFDrr"', '"\\u00e5"', '"å\\\\\\""', '""'];
    const numbers = ['0', '-12', '57.7089', '1e400', '-1E999', '12345678901234567890', '9007199254740993', '123456789012345', '1.5e3', '0.000000000000000001'];
    const value = (depth: number): string => {
      const k = rnd(depth > 2 ? 3 : 5);
      if (k === 0) return strings[rnd(strings.length)] as string;
      if (k === 1) return numbers[rnd(numbers.length)] as string;
      if (k === 2) return ['true', 'false', 'null'][rnd(3)] as string;
      if (k === 3) return `[${Array.from({ length: rnd(4) }, () => value(depth + 1)).join(',')}]`;
      return `{${Array.from({ length: rnd(5) }, () => `${strings[rnd(strings.length)] as string}:${value(depth + 1)}`).join(', ')}}`;
    };
    for (let n = 0; n < 3000; n++) {
      const text = `{${Array.from({ length: 1 + rnd(6) }, () => `${strings[rnd(strings.length)] as string}: ${value(1)}`).join(',')}}`;
      expect(inspectRecordText(text), text).toEqual(reference(text));
    }
  });
});
