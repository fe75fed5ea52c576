import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { diffSpecs, importSpec, idFromFile, toTableSchema } from '../../src/authoring/index.js';
import { DatakollError } from '../../src/errors.js';
import { buildSpec, Registry } from '../../src/registry/index.js';
import { chunks } from '../helpers.js';

const asSpec = (raw: Record<string, unknown>) => buildSpec(raw, 'imported.json', Buffer.from(JSON.stringify(raw)), false);

function importError(text: string, file: string): DatakollError {
  try {
    importSpec(text, file);
  } catch (e) {
    if (e instanceof DatakollError) return e;
    throw e;
  }
  throw new Error('expected an import error');
}

// Shaped like the schema.json the dataverkstad repositories publish (a CSVW table schema); written for this test.
const CSVW = JSON.stringify({
  '@context': ['http://www.w3.org/ns/csvw', { '@language': 'sv' }],
  tableSchema: {
    columns: [
      { name: 'id', titles: 'Id', 'dc:description': 'Unik identifierare.', datatype: { base: 'integer' }, required: true },
      { name: 'name', titles: 'Namn', 'dc:description': 'Platsens namn.', datatype: 'string', required: true },
      { name: 'payment_method', titles: 'Betalning', 'dc:description': 'Betalningstyp.', datatype: { base: 'string', format: 'Cash|DirectDebit' }, required: false, propertyUrl: 'schema:acceptedPaymentMethod' },
      { name: 'postalcode', titles: 'Postnummer', datatype: { base: 'string', format: '[0-9]{3} ?[0-9]{2}' } },
      { name: 'latitude', datatype: { base: 'decimal' }, required: true },
      { name: 'updated', datatype: { base: 'date' } },
      { name: 'url', datatype: 'anyURI' },
    ],
  },
});

describe('importing the official schema.json (CSVW)', () => {
  const spec = asSpec(importSpec(CSVW, 'specs/poi/schema.json', { id: 'poi', version: '1.0' }).spec);
  it('reads columns in order, with types, enumerations, patterns and required flags', () => {
    expect(spec.columns).toEqual(['id', 'name', 'payment_method', 'postalcode', 'latitude', 'updated', 'url']);
    expect(spec.attributes.filter((a) => a.required).map((a) => a.name)).toEqual(['id', 'name', 'latitude']);
    expect(spec.attributes[2]?.schema).toMatchObject({ type: 'string', enum: ['Cash', 'DirectDebit'] });
    expect(spec.attributes[3]?.schema).toMatchObject({ pattern: '^(?:[0-9]{3} ?[0-9]{2})$' });
    expect(spec.attributes[5]?.format).toBe('date');
    expect(spec.attributes[0]?.description.sv).toBe('Unik identifierare.');
    expect(spec.status).toBe('partial');
  });
  it('names the imported file as its one source, and every attribute as seen in it', () => {
    expect(spec.sources).toEqual([{ id: 'imported', what: { sv: 'schema.json, importerad av datakoll', en: 'schema.json, imported by datakoll' } }]);
    for (const a of spec.attributes) expect([a.provenance, a.seenIn], a.name).toEqual(['seen', ['imported']]);
  });
  it('the imported spec validates data', async () => {
    const r = await validateFile(chunks('id,name,payment_method,postalcode,latitude,updated,url\n1,A,Cash,412 63,57.1,2024-01-01,https://a.se\nx,B,Card,4126,57,2024-13-01,nope\n'), { spec, format: 'csv' });
    expect(r.diagnostics.map((d) => [d.row, d.field, d.code])).toEqual([
      [3, 'id', 'invalid-integer'],
      [3, 'payment_method', 'not-in-enum'],
      [3, 'postalcode', 'pattern-mismatch'],
      [3, 'updated', 'invalid-date'],
      [3, 'url', 'invalid-uri'],
    ]);
  });
  it('names the column with an unknown datatype', () => {
    const bad = JSON.stringify({ tableSchema: { columns: [{ name: 'a', datatype: 'string' }, { name: 'b', datatype: { base: 'gYearMonthDay' } }] } });
    expect(importError(bad, 'schema.json').message).toMatch(/column 2 \(b\).*gyearmonthday/i);
  });
});

const MODEL_2023 = `# Datamodell

| Namn | Kardinalitet | Datatyp | Beskrivning |
|---|---|---|---|
| source | 1 | heltal | Obligatoriskt - Organisationsnummer utan mellanslag eller bindestreck. |
| id | 1 | text | Obligatoriskt - Unik identifierare. |
| type | 1 | public \\| commercial \\| residential | Obligatoriskt - Typ av parkering. |
| status | 0..1 | start | stop | active | Status, skriven med bara lodstreck. |
| image | 0..* | URL | Bilder. |
| updated | 0..1 | dateTime | Senast uppdaterad. |
| email | 0..1 | e-post | Kontakt. |

Text after the table.
`;

const MODEL_2021 = `| # | Kolumnnamn | Datatyp | Exempel och förklaring |
|---|---|---|---|
| 1 | place_id | text | Obligatoriskt. Unikt id, t.ex. 1477-Hattarevik |
| 2 | name | text | **Obligatoriskt** Badplatsens namn |
| 3 | latitude | decimaltal | 58.1 |
| 4 | toilet | boolean | true eller false |
`;

describe('importing a data-model table', () => {
  it('2023 layout in Markdown: cardinality, enumerations (escaped or bare pipes), Obligatoriskt', () => {
    const spec = asSpec(importSpec(MODEL_2023, 'parkering/model.md').spec);
    expect(spec.id).toBe('parkering');
    expect(spec.columns).toEqual(['source', 'id', 'type', 'status', 'image', 'updated', 'email']);
    expect(spec.attributes.filter((a) => a.required).map((a) => a.name)).toEqual(['source', 'id', 'type']);
    expect(spec.attributes[2]?.schema).toMatchObject({ enum: ['public', 'commercial', 'residential'] });
    expect(spec.attributes[3]?.schema).toMatchObject({ enum: ['start', 'stop', 'active'] });
    expect(spec.attributes[4]?.types).toEqual(['array']);
    expect(spec.attributes[4]?.items?.format).toBe('url');
    expect(spec.attributes[5]?.format).toBe('date-time');
    expect(spec.attributes[6]?.format).toBe('email');
    expect(spec.attributes[0]?.description.sv).toBe('Organisationsnummer utan mellanslag eller bindestreck.');
  });
  it('2021 layout: mandatory from the "Obligatoriskt" marker', () => {
    const spec = asSpec(importSpec(MODEL_2021, 'badplatser.md').spec);
    expect(spec.columns).toEqual(['place_id', 'name', 'latitude', 'toilet']);
    expect(spec.attributes.filter((a) => a.required).map((a) => a.name)).toEqual(['place_id', 'name']);
  });
  it('the same table as CSV, with semicolons', () => {
    const csv = 'Namn;Kardinalitet;Datatyp;Beskrivning\nid;1;heltal;Id\nnamn;0..1;text;"Namn; fritt"\n';
    const spec = asSpec(importSpec(csv, 'tabell.csv').spec);
    expect(spec.columns).toEqual(['id', 'namn']);
    expect(spec.attributes[0]?.types).toEqual(['integer']);
  });
  it('an unknown datatype is an error naming the line and the attribute', () => {
    const e = importError('| Namn | Datatyp |\n|---|---|\n| a | text |\n| b | polygonz |\n', 'm.md');
    expect(e.message).toMatch(/line 4 \(b\): unknown datatype "polygonz"/);
  });
  it('an unreadable table is an error', () => {
    expect(importError('no table here', 'm.md').message).toMatch(/no table found/);
    expect(importError('| Foo | Bar |\n|---|---|\n| a | b |\n', 'm.md').message).toMatch(/needs a name column/);
    expect(importError('| Namn | Kardinalitet | Datatyp |\n|---|---|---|\n| a | ibland | text |\n', 'm.md').message).toMatch(/line 3 \(a\): unreadable cardinality/);
  });
});

describe('importing a Frictionless Table Schema and a JSON Schema', () => {
  it('a Table Schema exported from a bundled spec comes back with the same columns, types and mandatory flags', () => {
    const bundled = new Registry().resolve('offentliga-toaletter');
    const back = asSpec(importSpec(JSON.stringify(toTableSchema(bundled)), 'toaletter.json', { id: 'offentliga-toaletter' }).spec);
    expect(diffSpecs(bundled, back)).toEqual([]);
    expect(back.uniqueKey).toEqual(['id']);
  });
  it('a plain JSON Schema for one record', () => {
    const js = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Lekplatser', type: 'object', required: ['id'], properties: { id: { type: 'string', description: 'Id' }, age: { type: 'integer', minimum: 0 }, when: { type: 'string', format: 'date' } } });
    const spec = asSpec(importSpec(js, 'lek.json').spec);
    expect(spec.columns).toEqual(['id', 'age', 'when']);
    expect(spec.attributes.map((a) => a.datatype)).toEqual(['text', 'heltal', 'datum']);
    expect(spec.attributes[1]?.schema).toMatchObject({ minimum: 0 });
  });
  it('a datakoll spec passes through unchanged', () => {
    const text = JSON.stringify(new Registry().resolve('badplatser').schema);
    expect(importSpec(text, 'b.json').kind).toBe('datakoll');
  });
  it('anything else is a clear error', () => {
    expect(importError('{"hello": 1}', 'x.json').message).toMatch(/none of the forms datakoll can import/);
    expect(importError('{nope', 'x.json').message).toMatch(/not valid JSON at line 1, column 2/);
  });
  it('a list of data records with a name each is not taken for a list of CSVW columns, but a list of column descriptions is', () => {
    const records = JSON.stringify([{ place_id: '1', name: 'Ängsvikens havsbad', latitude: 57.6 }, { place_id: '2', name: 'Kvarnsjöbadet', latitude: 57.7 }]);
    expect(importError(records, 'badplatser.json').code).toBe('import-failed');
    expect(importError(JSON.stringify([{ name: 'a', description: 'x' }]), 'a.json').message).toMatch(/none of the forms/);
    const columns = JSON.stringify([{ name: 'a', datatype: 'string', 'dc:description': 'A' }, { name: 'b', titles: 'B', required: true }]);
    expect(importSpec(columns, 'cols.json')).toMatchObject({ kind: 'csvw', spec: { 'x-columns': ['a', 'b'] } });
  });
});

describe('idFromFile', () => {
  it('uses the folder for generic names', () => {
    expect(idFromFile('spec/badplatser/schema.json')).toBe('badplatser');
    expect(idFromFile('Offentliga Toaletter.md')).toBe('offentliga-toaletter');
    expect(idFromFile('lediga_tomter.csv')).toBe('lediga-tomter');
  });
});

describe('the datatype words of the real documents', () => {
  it('a model table with every word the specifications use imports, enumerations with | and with /', () => {
    const rows = [
      ['a', 'text'], ['b', 'heltal'], ['c', 'decimal'], ['d', 'decimaltal'], ['e', 'datum'], ['f', 'dateTime'], ['g', 'boolean'], ['h', 'URL'],
      ['i', 'begrepp'], ['j', 'type'], ['k', 'UNKNOWN / IRREG / YEARLY'], ['l', '`public | commercial | residential`'],
    ];
    const md = `| Namn | Kardinalitet | Datatyp | Beskrivning |\n|---|---|---|---|\n${rows.map(([n, t]) => `| ${n} | 0..1 | ${t} | Om ${n} |`).join('\n')}\n`;
    const spec = asSpec(importSpec(md, 'model.md').spec);
    const types = Object.fromEntries(spec.attributes.map((a) => [a.name, [a.types.join('|'), a.format ?? '', JSON.stringify(a.schema.enum ?? '')]]));
    expect(types).toEqual({
      a: ['string', '', '""'], b: ['integer', '', '""'], c: ['number', '', '""'], d: ['number', '', '""'], e: ['string', 'date', '""'], f: ['string', 'date-time', '""'],
      g: ['boolean', '', '""'], h: ['string', 'url', '""'], i: ['string', '', '""'], j: ['string', '', '""'],
      k: ['string', '', '["UNKNOWN","IRREG","YEARLY"]'], l: ['string', '', '["public","commercial","residential"]'],
    });
  });
});

describe('a pattern read from a Table Schema or CSVW matches the whole value', () => {
  it('is anchored once', async () => {
    const { wholeValue } = await import('../../src/authoring/import/datatypes.js');
    expect(wholeValue('[0-9]{4}')).toBe('^(?:[0-9]{4})$');
    expect(wholeValue('^[A-Z]{2}$')).toBe('^[A-Z]{2}$');
    expect(wholeValue('^([0-9]{4}|[0-9]{10})$')).toBe('^([0-9]{4}|[0-9]{10})$');
    expect(wholeValue('^a|b$')).toBe('^(?:^a|b$)$');
    expect(wholeValue('^a[|]b$')).toBe('^a[|]b$');
    expect(wholeValue('^a\\$')).toBe('^(?:^a\\$)$');
  });
});
