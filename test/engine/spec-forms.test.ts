/**
 * What a spec may say of its values beyond plain JSON Schema, in CSV and JSON alike: a list written
 * as JSON in a CSV cell (x-csv-array), a point with the latitude first (x-coordinates order), the
 * formats date-or-date-time and organisationsnummer-maskerat, and a second, document form of the
 * JSON records (if/then/else) whose if is not reported beside its branch's findings.
 */
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { renderMessage } from '../../src/report/index.js';
import { attr, tempDir, writeSpec, writeTemp } from '../helpers.js';

const leaf = (type: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ ...attr(type), ...extra });

const spec = writeSpec(tempDir(), {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  'x-id': 'forms',
  'x-version': '1.0',
  'x-title': { sv: 'Former', en: 'Forms' },
  'x-status': 'reconstructed',
  'x-license': 'CC0-1.0',
  'x-columns': ['id', 'orgnr', 'when', 'codes', 'item.where'],
  'x-coordinates': { point: 'item.where', order: 'latitude-longitude' },
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  patternProperties: { '^items$': true },
  properties: {
    id: leaf('string'),
    orgnr: leaf('string', { format: 'organisationsnummer-maskerat' }),
    when: leaf('string', { format: 'date-or-date-time' }),
    codes: leaf('array', { items: { type: 'string', pattern: '^[A-Z][0-9]{2}$' }, 'x-csv-array': 'json' }),
    item: {
      type: 'object',
      'x-description': { sv: 'a', en: 'a' },
      additionalProperties: false,
      properties: { where: leaf('array', { items: { type: 'number' }, minItems: 2, maxItems: 2, 'x-csv-array': 'json' }) },
    },
  },
  if: { required: ['items'] },
  then: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/properties/item' } } } },
  else: { required: ['item'] },
});

type Found = [number | undefined, string | undefined, string];
async function found(name: string, text: string): Promise<Found[]> {
  const r = await validateFile(writeTemp(tempDir(), name, text), { spec });
  return r.diagnostics.map((d) => [d.row, d.field, d.code]);
}

describe('spec forms in CSV', () => {
  const header = 'id,orgnr,when,codes,item.where\n';
  it('reads lists written as JSON, dates with or without a zoned time, masked numbers, latitude first', async () => {
    const rows = ['1,921115XXXX,2024-05-31,"[""A01"",""J02""]","[55.60616,13.000366]"', '2,2120001355,2020-03-19T16:31:34+01:00,[],"[57.7089,11.9746]"'];
    expect(await found('ok.csv', header + rows.join('\n') + '\n')).toEqual([]);
  });
  it('reports what breaks them, each at its cell', async () => {
    const rows = [
      '1,9211XXXXXX,2024-05-31T14:00:00,A01;J02,"[13.000366,55.60616]"',
      '2,2120001356,2024-02-30,"[""A01"",5]","55.60616,13.000366"',
      '3,,,"[""A1""]","[55.60616,13.000366]"',
    ];
    expect(await found('bad.csv', header + rows.join('\n') + '\n')).toEqual([
      [2, 'orgnr', 'invalid-organisationsnummer'],
      [2, 'when', 'invalid-date-or-date-time'],
      [2, 'codes', 'invalid-json-array'],
      [2, 'item.where', 'coordinates-swapped'],
      [3, 'orgnr', 'invalid-organisationsnummer'],
      [3, 'when', 'invalid-date-or-date-time'],
      [3, 'codes', 'wrong-type'],
      [3, 'item.where', 'invalid-json-array'],
      [4, 'codes', 'pattern-mismatch'],
    ]);
  });
  it('says why, in both languages', async () => {
    const r = await validateFile(writeTemp(tempDir(), 'why.csv', `${header}1,9211XXXXXX,2024-05-31T14:00:00,A01,"[55.60616,13.000366]"\n`), { spec });
    const [orgnr, when, codes] = r.diagnostics;
    expect(orgnr?.params).toMatchObject({ reason: 'masked' });
    expect(when?.params).toMatchObject({ reason: 'zone' });
    expect(renderMessage('invalid-json-array', 'sv', { field: 'codes', value: 'A01' })).toContain('["A01","J02"]');
    expect(renderMessage(codes?.code ?? 'invalid-json-array', 'en', { field: 'codes', value: 'A01' })).toContain('not a list written as JSON');
    expect(renderMessage('invalid-date-or-date-time', 'sv', { field: 'when', value: 'x', reason: 'zone' })).toContain('saknar tidszon');
  });
});

describe('spec forms in JSON', () => {
  it('the row form and the document form are both records', async () => {
    const row = { id: '1', item: { where: [55.60616, 13.000366] } };
    const doc = { id: '2', items: [{ where: [55.60616, 13.000366] }, { where: [57.7089, 11.9746] }] };
    expect(await found('ok.json', JSON.stringify([row, doc]))).toEqual([]);
  });
  it('a point in GeoJSON order is swapped; the document form is checked inside its lists, without the if', async () => {
    const row = { id: '1', item: { where: [13.000366, 55.60616] } };
    const doc = { id: '2', items: [{ where: [55.60616] }, { there: 1 }] };
    const missing = { id: '3' };
    const r = await validateFile(writeTemp(tempDir(), 'bad.json', JSON.stringify([row, doc, missing])), { spec });
    expect(r.diagnostics.map((d) => [d.row, d.code, d.pointer])).toEqual([
      [1, 'coordinates-swapped', '/0/item/where'],
      [2, 'too-few-items', '/1/items/0/where'],
      [2, 'unknown-property', '/1/items/1/there'],
      [3, 'required-missing', '/2/item'],
    ]);
  });
});
