import { describe, expect, it } from 'vitest';
import { fieldOf, mapAjvError, pointerSegments, toPointer } from '../../src/engine/index.js';
import type { ErrorObject } from '../../src/schema/ajv.js';
import { renderMessage } from '../../src/report/index.js';

const err = (keyword: string, instancePath: string, params: Record<string, unknown>): ErrorObject => ({ keyword, instancePath, schemaPath: '#', params, message: `bad ${keyword}` });

describe('JSON Pointer helpers', () => {
  it('round-trips escaped segments', () => {
    expect(pointerSegments('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
    expect(toPointer(['a/b', 'c~d', '0'])).toBe('/a~1b/c~0d/0');
    expect(pointerSegments('')).toEqual([]);
  });
  it('fieldOf drops array indices', () => {
    expect(fieldOf(['image', '2'])).toBe('image');
    expect(fieldOf(['facility', 'address', 'postalCode'])).toBe('facility.address.postalCode');
  });
});

describe('mapAjvError', () => {
  it('maps each keyword to its code and parameters', () => {
    const rec = { a: 'x', n: 5 };
    expect(mapAjvError(err('required', '', { missingProperty: 'name' }), rec)).toEqual({ code: 'required-missing', keyword: 'required', path: ['name'], params: {} });
    expect(mapAjvError(err('additionalProperties', '', { additionalProperty: 'zz' }), rec).code).toBe('unknown-property');
    expect(mapAjvError(err('type', '/a', { type: 'number' }), rec)).toEqual({ code: 'wrong-type', keyword: 'type', path: ['a'], params: { expected: 'number', found: 'string' } });
    expect(mapAjvError(err('enum', '/a', { allowedValues: ['A', 'B'] }), rec).params).toEqual({ allowed: 'A, B' });
    expect(mapAjvError(err('pattern', '/a', { pattern: '^Q\\d+$' }), rec).code).toBe('pattern-mismatch');
    expect(mapAjvError(err('format', '/a', { format: 'date' }), rec)).toMatchObject({ code: 'invalid-date', params: {} });
    // An own format says exactly what is wrong with the value.
    expect(mapAjvError(err('format', '/o', { format: 'organisationsnummer' }), { o: '2120001356' })).toEqual({ code: 'invalid-organisationsnummer', keyword: 'format', path: ['o'], params: { reason: 'check-digit' } });
    expect(mapAjvError(err('format', '/a', { format: 'ipv4' }), rec)).toMatchObject({ code: 'invalid-format', params: { format: 'ipv4' } });
    expect(mapAjvError(err('maximum', '/n', { limit: 3, comparison: '<=' }), rec)).toMatchObject({ code: 'above-maximum', params: { limit: 3 } });
    expect(mapAjvError(err('exclusiveMinimum', '/n', { limit: 9 }), rec).code).toBe('below-minimum');
    expect(mapAjvError(err('maxLength', '/a', { limit: 0 }), rec).code).toBe('too-long');
    expect(mapAjvError(err('uniqueItems', '/l', {}), rec).code).toBe('duplicate-items');
    // A rule without a code of its own is said in both languages; one the catalogue does not know is named, with no words of Ajv's (they are English only).
    expect(mapAjvError(err('oneOf', '', {}), rec)).toMatchObject({ code: 'schema-violation', params: { keyword: 'oneOf', detail: { sv: 'värdet ska stämma med exakt ett av alternativen', en: 'the value must match exactly one of the alternatives' } } });
    expect(mapAjvError(err('multipleOf', '/n', { multipleOf: 5 }), rec).params.detail).toEqual({ sv: 'värdet ska vara en multipel av 5', en: 'the value must be a multiple of 5' });
    expect(mapAjvError(err('x-unheard-of', '', {}), rec).params).toEqual({ keyword: 'x-unheard-of', detail: { sv: '', en: '' } });
    expect(renderMessage('schema-violation', 'en', { field: 'a', value: '1', ...mapAjvError(err('x-unheard-of', '', {}), rec).params })).toBe("a: '1' breaks the specification's rule x-unheard-of.");
    expect(mapAjvError(err('unevaluatedItems', '/l', { limit: 2 }), rec).params.detail).toEqual({ sv: 'listan har fler värden än regeln tillåter', en: 'the list has more values than the rule allows' });
    expect(renderMessage('schema-violation', 'sv', { field: 'a', value: '1', ...mapAjvError(err('x-unheard-of', '', {}), rec).params })).toBe("a: '1' uppfyller inte regeln x-unheard-of i specifikationen.");
  });
});
