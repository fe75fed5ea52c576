import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { chunks, miniSpec, tempDir, writeSpec } from '../helpers.js';

const specFile = writeSpec(tempDir());

async function json(text: string, format: 'json' | 'jsonl' = 'json', spec = specFile) {
  return validateFile(chunks(text), { spec, format });
}

describe('JSON validation', () => {
  it('a conforming array has no findings', async () => {
    const r = await json('[{"id": 1, "name": "Åsa", "lat": 57.1, "ok": true, "day": "2024-01-31"}, {"id": 2, "name": "B"}]');
    expect(r.diagnostics).toEqual([]);
    expect(r.format).toBe('json');
    expect(r.stats.rows).toBe(2);
  });

  it('points at each value with a JSON Pointer, row and line', async () => {
    const r = await json('[\n{"id": 1, "name": "A"},\n{"id": "2", "name": "B", "extra": 1, "day": "31/01/2024"}\n]');
    expect(r.diagnostics.map((d) => [d.row, d.line, d.pointer, d.field, d.code])).toEqual([
      [2, 3, '/1/extra', 'extra', 'unknown-property'],
      [2, 3, '/1/id', 'id', 'wrong-type'],
      [2, 3, '/1/day', 'day', 'invalid-date'],
    ]);
    expect(r.diagnostics[1]).toMatchObject({ value: '2', params: { expected: 'integer', found: 'string' } });
  });

  it('a value of the wrong type is reported once', async () => {
    const dir = tempDir();
    const props = miniSpec().properties as Record<string, unknown>;
    const spec = writeSpec(dir, miniSpec({ properties: { ...props, name: { ...(props.name as object), enum: ['A', 'B'] } } }));
    const r = await json('[{"id": 1, "name": 7}]', 'json', spec);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['wrong-type']);
  });

  it('reports missing required properties and non-object records', async () => {
    const r = await json('[{"id": 1}, 42]');
    expect(r.diagnostics.map((d) => [d.row, d.pointer, d.code])).toEqual([
      [1, '/0/name', 'required-missing'],
      [2, '/1', 'record-not-object'],
    ]);
  });

  it('JSON Lines: pointers are relative to each record', async () => {
    const r = await json('{"id": 1, "name": "A"}\n{"id": 1, "name": ""}\n', 'jsonl');
    expect(r.format).toBe('jsonl');
    expect(r.diagnostics.map((d) => [d.row, d.line, d.pointer, d.code])).toEqual([
      [2, 2, '/name', 'too-short'],
      [2, 2, '/id', 'unique-duplicate'],
    ]);
  });

  it('an object attribute without properties of its own is one value; findings inside it get dotted fields', async () => {
    const dir = tempDir();
    const props = miniSpec().properties as Record<string, unknown>;
    const spec = writeSpec(
      dir,
      miniSpec({
        'x-columns': ['id', 'name', 'lat', 'ok', 'day', 'geometry'],
        properties: {
          ...props,
          geometry: { type: 'object', required: ['type'], 'x-datatype': 'GeoJSON', 'x-provenance': 'seen', 'x-description': { sv: 'a', en: 'b' } },
        },
      }),
    );
    const r = await json('[{"id": 1, "name": "A", "geometry": {"coordinates": [1, 2]}}]', 'json', spec);
    expect(r.diagnostics.map((d) => [d.pointer, d.field, d.code])).toEqual([['/0/geometry/type', 'geometry.type', 'required-missing']]);
  });

  it('invalid JSON makes the file unreadable, with one clear finding', async () => {
    const r = await json('[{"id": 1, "name": "A"},\n{"id": 2 "name": "B"}]');
    expect(r.unreadable).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['json-syntax', 2]]);
  });

  it('a lone value is not a list of records', async () => {
    const r = await json('"hello"');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['json-not-records']);
    expect(r.valid).toBe(false);
  });
});

describe('JSON: what JSON.parse would hide, at its value', () => {
  it('a number beyond a double is one finding at its pointer, not also a wrong type', async () => {
    const r = await json('[{"id": 1, "name": "A", "lat": 1e400}, {"id": 2, "name": "B", "lat": -1e999}]');
    expect(r.diagnostics.map((d) => [d.row, d.pointer, d.field, d.code, d.value])).toEqual([
      [1, '/0/lat', 'lat', 'json-number-out-of-range', '1e400'],
      [2, '/1/lat', 'lat', 'json-number-out-of-range', '-1e999'],
    ]);
    expect(r.stats.rowsWithErrors).toBe(2);
  });
  it('an integer that loses digits is reported at its pointer', async () => {
    const r = await json('{"id": 12345678901234567890, "name": "A"}\n', 'jsonl');
    expect(r.diagnostics.map((d) => [d.pointer, d.field, d.code])).toEqual([['/id', 'id', 'json-number-too-precise']]);
  });
  it('a key written twice is reported at its pointer, inside lists too', async () => {
    const dir = tempDir();
    const props = miniSpec().properties as Record<string, unknown>;
    const spec = writeSpec(dir, miniSpec({ 'x-columns': ['id', 'name', 'lat', 'ok', 'day', 'tags'], properties: { ...props, tags: { type: 'array', items: { type: 'object' }, 'x-datatype': 'lista', 'x-provenance': 'seen', 'x-description': { sv: 'a', en: 'b' } } } }));
    const r = await json('[{"id": 1, "name": "A", "tags": [{"k": 1}, {"k": 1, "k": 2}]}]', 'json', spec);
    expect(r.diagnostics.map((d) => [d.pointer, d.field, d.code])).toEqual([['/0/tags/1/k', 'tags.k', 'json-duplicate-key']]);
  });
  it('a control character in a text value, written as an escape', async () => {
    const r = await json('[{"id": 1, "name": "A\\u0000"}, {"id": 2, "name": "tab\\tand\\nnewline"}]');
    expect(r.diagnostics.map((d) => [d.row, d.pointer, d.code, d.params.character, d.value])).toEqual([[1, '/0/name', 'control-character', 'U+0000', 'A\u0000']]);
  });
  it('in a GeoJSON feature, the field is the one in its properties', async () => {
    const r = await json('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": 1, "name": "\\u0007"}, "geometry": null}]}');
    expect(r.diagnostics.map((d) => [d.pointer, d.field, d.code])).toEqual([['/features/0/properties/name', 'name', 'control-character']]);
  });
  it('in a GeoJSON feature, a value is pointed at where it stands: in its properties, or the coordinate it was taken from', async () => {
    const dir = tempDir();
    const props = miniSpec().properties as Record<string, unknown>;
    const spec = writeSpec(dir, miniSpec({ 'x-columns': ['id', 'name', 'latitude', 'longitude'], properties: { id: props.id, name: props.name, latitude: props.lat, longitude: props.lat } }));
    const feature = (p: string, c: string): string => `{"type": "Feature", "properties": {${p}}, "geometry": {"type": "Point", "coordinates": [${c}]}}`;
    const text = `{"type": "FeatureCollection", "features": [${feature('"id": "x", "name": "A"', '12, 95')}, ${feature('"id": 2, "name": "", "latitude": 99', '12, 57')}]}`;
    const r = await json(text, 'json', spec);
    expect(r.diagnostics.map((d) => [d.pointer, d.field, d.code])).toEqual([
      ['/features/0/properties/id', 'id', 'wrong-type'],
      ['/features/0/geometry/coordinates/1', 'latitude', 'above-maximum'],
      ['/features/1/properties/name', 'name', 'too-short'],
      ['/features/1/properties/latitude', 'latitude', 'above-maximum'],
    ]);
  });
  it('a syntax error says why with a reason token, the character found, and where', async () => {
    const r = await json('[{"id": 1, "name": "A"}]\n,');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.params])).toEqual([['json-syntax', 2, 1, { reason: 'after-end', found: "','", line: 2, column: 1 }]]);
    expect(r.unreadable).toBe(true);
  });
});

describe('JSON records inside an object', () => {
  it('pointers lead through the wrapper to the value', async () => {
    const r = await json('{"total": 1, "results": [{"id": "x", "name": "A"}]}');
    expect(r.diagnostics.map((d) => [d.row, d.pointer, d.code])).toEqual([[1, '/results/0/id', 'wrong-type']]);
  });
});
