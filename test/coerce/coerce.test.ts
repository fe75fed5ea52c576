import { describe, expect, it } from 'vitest';
import { compileCoercer, FAIL, formatProblem } from '../../src/coerce/index.js';
import type { Attribute } from '../../src/registry/index.js';
import { renderMessage } from '../../src/report/index.js';

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

describe('formatProblem', () => {
  it('maps a format error to the code and parameters the coercers use', () => {
    expect(formatProblem('date', '2024-02-30')).toEqual({ code: 'invalid-date', params: {} });
    expect(formatProblem('date-time', 'x').code).toBe('invalid-date-time');
    expect(formatProblem('organisationsnummer', '2120001356')).toEqual({ code: 'invalid-organisationsnummer', params: { reason: 'check-digit' } });
    expect(formatProblem('ipv4', '1.2.3')).toEqual({ code: 'invalid-format', params: { format: 'ipv4' } });
  });
});

describe('Swedish formats in CSV', () => {
  it('a coercer reports a format once, and explains what is wrong', () => {
    const c = compileCoercer(attr(['string'], 'postnummer-nnn-nn'));
    expect(c.coerce('412 63')).toBe('412 63');
    expect(c.coerce('41263')).toBe(FAIL);
    expect(c.code).toBe('invalid-postnummer');
    expect(c.explain?.('41263')).toEqual({ code: 'invalid-postnummer', params: { reason: 'space-expected', example: '412 63' } });
  });
  it('the source column names the check that applies to the value', () => {
    const c = compileCoercer(attr(['string'], 'kommunkod-eller-organisationsnummer'));
    expect(c.coerce('1480')).toBe('1480');
    expect(c.coerce('212000-1355')).toBe('212000-1355');
    expect(c.explain?.('180')).toEqual({ code: 'invalid-kommunkod', params: { reason: 'lost-zero', example: '0180' } });
    // Where a municipality code is taken too, the message says so and names both as what to write.
    const either = { either: 'kommunkod', example: '1480' };
    expect(c.explain?.('2120001356')).toEqual({ code: 'invalid-organisationsnummer', params: { reason: 'check-digit', ...either } });
    expect(c.explain?.('12345')).toEqual({ code: 'invalid-organisationsnummer', params: { reason: 'neither', ...either } });
    const said = { sv: renderMessage('invalid-organisationsnummer', 'sv', { field: 'source', value: '12345', reason: 'neither', ...either }), en: renderMessage('invalid-organisationsnummer', 'en', { field: 'source', value: '12345', reason: 'neither', ...either }) };
    expect(said.sv).toContain('är inget giltigt organisationsnummer och ingen kommunkod: en kommunkod har fyra siffror och ett organisationsnummer tio.');
    expect(said.sv).toContain("eller kommunens fyrsiffriga kod ur SCB:s indelning, till exempel 1480.");
    expect(said.en).toContain('is not a valid organisation number or municipality code: a municipality code has four digits and an organisation number ten.');
    expect(said.en).toContain("or the municipality's four-digit code from SCB's classification, for example 1480.");
    // A column of organisation numbers alone says nothing of municipality codes.
    const alone = renderMessage('invalid-organisationsnummer', 'sv', { field: 'orgnr', value: '123', reason: 'length' });
    expect(alone).not.toContain('kommun');
  });
  it('an array cell is explained by its first bad value', () => {
    const c = compileCoercer({ ...attr(['array']), items: { types: ['string'], format: 'url' }, csvSeparator: ' ' });
    expect(c.explain?.('https://a.se/1.jpg www.a.se/2.jpg')).toEqual({ code: 'invalid-url', params: { reason: 'scheme', example: 'https://www.a.se/2.jpg' } });
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
