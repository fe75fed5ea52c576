import { describe, expect, it } from 'vitest';
import { RecordsFilter } from '../../src/input/json-records.js';
import { featureToRecord } from '../../src/input/geojson.js';
import { pointerKeys } from '../../src/input/json-pointer.js';

function run(text: string, target?: string[], cut = 7): { out: string; found: string[] | undefined } {
  const f = new RecordsFilter(target);
  let out = '';
  for (let i = 0; i < text.length; i += cut) out += f.feed(text.slice(i, i + cut));
  return { out, found: f.found };
}

describe('RecordsFilter', () => {
  it('keeps only the records array of a wrapper, at the same positions', () => {
    const text = '{"count": 2, "note": "[not this]",\n "results": [{"a": 1},\n {"a": "]"}], "next": null}';
    const { out, found } = run(text);
    expect(found).toEqual(['results']);
    expect(out).toHaveLength(text.length);
    expect(out.indexOf('[')).toBe(text.indexOf('[{'));
    expect(JSON.parse(out)).toEqual([{ a: 1 }, { a: ']' }]);
    expect(out.split('\n')).toHaveLength(3);
  });
  it('GeoJSON features', () => {
    const { out, found } = run('{"type":"FeatureCollection","name":"x","features":[{"type":"Feature","properties":{"id":1}}]}');
    expect(found).toEqual(['features']);
    expect(JSON.parse(out)).toHaveLength(1);
  });
  it('a JSON Pointer to a nested array', () => {
    const { out, found } = run('{"meta": {"items": [0]}, "data": {"items": [{"id": 1}, {"id": 2}]}}', ['data', 'items']);
    expect(found).toEqual(['data', 'items']);
    expect(JSON.parse(out)).toEqual([{ id: 1 }, { id: 2 }]);
  });
  it("a spec's named path (x-records) is looked for as a wrapper key is, beside the usual ones; --records still rules", () => {
    const named = (text: string, path: string[], target?: string[]): { found: string[] | undefined; others: string[] } => {
      const f = new RecordsFilter(target, path);
      for (let i = 0; i < text.length; i += 3) f.feed(text.slice(i, i + 3));
      return { found: f.found, others: f.others };
    };
    expect(named('{"Total": 2, "Items": [{"Id": "a"}, {"Id": "b"}]}', ['Items']).found).toEqual(['Items']);
    expect(new RecordsFilter(undefined).feed('{"Items": [1]}').trim()).toBe('');
    // The usual wrapper keys still count, and either beside the other is a list that could be the records.
    expect(named('{"results": [1], "Items": [2]}', ['Items'])).toEqual({ found: ['results'], others: ['/Items'] });
    expect(named('{"Items": [2], "results": [1]}', ['Items'])).toEqual({ found: ['Items'], others: ['/results'] });
    expect(named('{"page": {"Items": [1]}}', ['page', 'Items']).found).toEqual(['page', 'Items']);
    expect(named('{"Items": [1], "data": [2]}', ['Items'], ['data'])).toEqual({ found: ['data'], others: [] });
  });
  it('finds nothing in an object without a records array', () => {
    const { out, found } = run('{"id": 1, "name": "x"}');
    expect(found).toBeUndefined();
    expect(out.trim()).toBe('');
  });
  it('notes the other lists at wrapper keys of the top object that hold something, found by key only', () => {
    const others = (text: string, target?: string[]): string[] => {
      const f = new RecordsFilter(target);
      for (let i = 0; i < text.length; i += 3) f.feed(text.slice(i, i + 3));
      return f.others;
    };
    expect(others('{"results": [{"a": 1}], "items": [{"a": "x"}], "data": [ \n ], "rows": [1], "values": []}')).toEqual(['/items', '/rows']);
    // Nested lists, lists at other keys, lists in strings, a list inside the records: not the records.
    expect(others('{"results": [{"items": [1]}], "meta": {"items": [1]}, "bbox": [1, 2], "note": "\\"items\\": [1]"}')).toEqual([]);
    expect(others('{"type": "FeatureCollection", "features": [], "data": [{"id": 1}]}')).toEqual(['/data']);
    // --records names the list: the others are not the records.
    expect(others('{"results": [{"a": 1}], "items": [{"a": "x"}]}', ['items'])).toEqual([]);
  });
  it('a key name inside a string value is not a key', () => {
    const { found } = run('{"text": "\\"results\\": [1]", "other": [1]}');
    expect(found).toBeUndefined();
  });
});

describe('pointerKeys and featureToRecord', () => {
  it('parses pointers', () => {
    expect(pointerKeys('/data/items')).toEqual(['data', 'items']);
    expect(pointerKeys('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(() => pointerKeys('data')).toThrow(/starts with/);
  });
  it('takes properties and a Point as latitude and longitude', () => {
    expect(featureToRecord({ type: 'Feature', geometry: { type: 'Point', coordinates: [12.73, 56.0] }, properties: { id: 1 } })).toEqual({ id: 1, latitude: 56.0, longitude: 12.73 });
    expect(featureToRecord({ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: { latitude: 9 } })).toEqual({ latitude: 9, longitude: 1 });
    expect(featureToRecord({ a: 1 })).toEqual({ a: 1 });
  });
});
