import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { attr, chunks, tempDir, writeSpec } from '../helpers.js';

const leaf = attr;

const spec = writeSpec(tempDir(), {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  'x-id': 'nested',
  'x-version': '1.0',
  'x-title': { sv: 'N', en: 'N' },
  'x-status': 'verified',
  'x-license': 'CC0-1.0',
  'x-columns': ['lang', 'facility.name', 'facility.address.postalCode', 'inspection.date', 'inspection.points'],
  'x-unique-key': ['facility.name'],
  type: 'object',
  required: ['lang', 'facility'],
  additionalProperties: false,
  properties: {
    lang: leaf('string'),
    facility: {
      type: 'object',
      'x-description': { sv: 'a', en: 'b' },
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: leaf('string'),
        address: { type: 'object', 'x-description': { sv: 'a', en: 'b' }, required: ['postalCode'], properties: { postalCode: leaf('string', { pattern: '^\\d{5}$' }) } },
      },
    },
    inspection: {
      type: 'object',
      'x-description': { sv: 'a', en: 'b' },
      required: ['date'],
      properties: { date: leaf('string', { format: 'date' }), points: { ...leaf('array'), items: { type: 'string', pattern: '^[A-Z]\\d\\d$' }, 'x-csv-separator': ' ' } },
    },
  },
});

const flat = (r: Awaited<ReturnType<typeof validateFile>>) => r.diagnostics.filter((d) => d.code !== 'header-missing-optional-columns').map((d) => [d.row, d.field, d.code, d.columnLetter ?? d.pointer]);

describe('nested specs', () => {
  it('CSV with dotted headers builds nested records, and findings point at the cell', async () => {
    const r = await validateFile(chunks('lang,facility.name,facility.address.postalCode,inspection.date,inspection.points\nsv,Kafé Ö,41263,2024-01-31,A01 B02\nsv,,4126,2024-02-30,A1\nsv,Bar,,,\n'), { spec, format: 'csv' });
    expect(flat(r)).toEqual([
      [3, 'facility.name', 'required-missing', 'B'],
      [3, 'facility.address.postalCode', 'pattern-mismatch', 'C'],
      [3, 'inspection.date', 'invalid-date', 'D'],
      [3, 'inspection.points', 'pattern-mismatch', 'E'],
    ]);
  });

  it('an optional nested object is only made when one of its cells has a value', async () => {
    const r = await validateFile(chunks('lang,facility.name,facility.address.postalCode\nsv,A,\n'), { spec, format: 'csv' });
    expect(flat(r)).toEqual([]);
  });

  it('JSON: the same spec, with pointers into the nested value', async () => {
    const r = await validateFile(chunks('[{"lang":"sv","facility":{"name":"A","address":{"postalCode":"4126"}},"inspection":{"date":"2024-01-31","points":["A01","x"]}},{"lang":"sv","facility":{"name":"A"}}]'), { spec, format: 'json' });
    expect(flat(r)).toEqual([
      [1, 'facility.address.postalCode', 'pattern-mismatch', '/0/facility/address/postalCode'],
      [1, 'inspection.points', 'pattern-mismatch', '/0/inspection/points/1'],
      [2, 'facility.name', 'unique-duplicate', '/1/facility/name'],
    ]);
  });

  it('a missing mandatory nested column is a header finding', async () => {
    const r = await validateFile(chunks('lang\nsv\n'), { spec, format: 'csv' });
    expect(flat(r)).toEqual([[1, 'facility.name', 'header-missing-column', undefined]]);
  });
});
