import { describe, expect, it } from 'vitest';
import { compileCoercer, FAIL, formatCode } from '../../src/coerce/index.js';
import type { Attribute } from '../../src/registry/index.js';

const attr = (types: Attribute['types'], format?: string): Attribute => ({
  name: 'x',
  path: ['x'],
  types,
  ...(format !== undefined ? { format } : {}),
  datatype: 'text',
  provenance: 'seen',
  required: false,
  description: { sv: 'x', en: 'x' },
  schema: {},
});

describe('compileCoercer', () => {
  it('integer: digits with an optional sign', () => {
    const c = compileCoercer(attr(['integer']));
    expect(c.code).toBe('invalid-integer');
    expect(c.coerce('42')).toBe(42);
    expect(c.coerce('-7')).toBe(-7);
    for (const bad of ['4.2', '1 234', '12a', ' 12', '0x10', '']) expect(c.coerce(bad), bad).toBe(FAIL);
  });
  it('number: decimal point only', () => {
    const c = compileCoercer(attr(['number']));
    expect(c.coerce('57.7089')).toBe(57.7089);
    expect(c.coerce('-0.5')).toBe(-0.5);
    expect(c.coerce('1e3')).toBe(1000);
    for (const bad of ['58,192779', '1 234', 'NaN', 'Infinity', '.', '1.2.3']) expect(c.coerce(bad), bad).toBe(FAIL);
  });
  it('boolean: true and false only', () => {
    const c = compileCoercer(attr(['boolean']));
    expect(c.coerce('true')).toBe(true);
    expect(c.coerce('false')).toBe(false);
    for (const bad of ['TRUE', 'ja', '1', 'yes']) expect(c.coerce(bad), bad).toBe(FAIL);
  });
  it('string formats are checked and kept as text', () => {
    expect(compileCoercer(attr(['string'], 'date')).coerce('2024-01-31')).toBe('2024-01-31');
    expect(compileCoercer(attr(['string'], 'date')).coerce('31/01/2024')).toBe(FAIL);
    expect(compileCoercer(attr(['string'], 'uri')).code).toBe('invalid-uri');
    expect(compileCoercer(attr(['string'], 'email')).coerce('nope')).toBe(FAIL);
  });
  it('the first non-null type decides; plain strings pass through', () => {
    expect(compileCoercer(attr(['null', 'integer'])).coerce('5')).toBe(5);
    expect(compileCoercer(attr(['string'])).coerce(' any text ')).toBe(' any text ');
  });
});

describe('formatCode', () => {
  it('maps formats to the codes the coercers use', () => {
    expect(formatCode('date')).toBe('invalid-date');
    expect(formatCode('date-time')).toBe('invalid-date-time');
    expect(formatCode('ipv4')).toBe('invalid-format');
  });
});

describe('array attributes in CSV', () => {
  const arr = (separator: string | undefined, itemType: Attribute['types'], format?: string): Attribute => ({
    ...attr(['array']),
    items: { types: itemType, ...(format !== undefined ? { format } : {}) },
    ...(separator !== undefined ? { csvSeparator: separator } : {}),
  });
  it('splits on the separator and reads each value as the items type', () => {
    const c = compileCoercer(arr(' ', ['string'], 'uri'));
    expect(c.coerce('https://a.se/1.jpg  https://a.se/2.jpg')).toEqual(['https://a.se/1.jpg', 'https://a.se/2.jpg']);
    expect(c.coerce('https://a.se/1.jpg notaurl')).toBe(FAIL);
    expect(c.code).toBe('invalid-uri');
    expect(compileCoercer(arr(';', ['integer'])).coerce('1; 2;3')).toEqual([1, 2, 3]);
  });
  it('without a separator the cell is one value', () => {
    expect(compileCoercer(arr(undefined, ['string'])).coerce('a, b')).toEqual(['a, b']);
  });
});
