import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatakollError } from '../../src/errors.js';
import { compareVersions, loadSpecFile, Registry } from '../../src/registry/index.js';
import { attr, miniSpec, tempDir, writeSpec, writeTemp } from '../helpers.js';

function specErrorOf(fn: () => unknown): DatakollError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DatakollError) return e;
    throw e;
  }
  throw new Error('expected a DatakollError');
}

describe('bundled specs', () => {
  it('every bundled spec loads and passes the meta-schema', () => {
    const specs = new Registry().all();
    expect(specs.map((s) => s.id)).toEqual(expect.arrayContaining(['badplatser', 'offentliga-toaletter']));
    for (const s of specs) {
      expect(s.bundled).toBe(true);
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(s.attributes.map((a) => a.name)).toEqual(s.columns);
    }
  });

  it('badplatser follows the column list seen in published data, in order', () => {
    const s = new Registry().resolve('badplatser');
    // As listed in specs-reference.md (seen in three municipalities' files).
    const seen =
      'place_id, name, latitude, longitude, nutskod, wikidata, updated, description, street, housenumber, postcode, city, country, facilities, toilet, shower, drinking_water, changing_room, lifeguard, lifebuoy, trash, firstaid, fireplace, bathing_jetty, bathing_ladder, diving_tower, td_url, accessibility, wheelchair, watertype, beach_sand, beach_stone, beach_rock, beach_concrete, beach_grass, pet_bath, camping, temp_url, extra_url, visit_url, phone, email';
    expect(s.columns).toEqual(seen.split(', '));
    expect(s.attributes.every((a) => a.provenance === 'seen')).toBe(true);
    expect(s.officialUrl).toBe('https://dataportal.se/specifications/badplatser/1.0');
  });
});

describe('Registry.resolve', () => {
  it('resolves id, id@version and a path', () => {
    const r = new Registry();
    expect(r.resolve('badplatser').version).toBe('1.0');
    expect(r.resolve('badplatser@1.0').id).toBe('badplatser');
    const dir = tempDir();
    const file = writeSpec(dir);
    expect(r.resolve(file).id).toBe('mini');
    expect(r.resolve(file).bundled).toBe(false);
  });

  it('says which specs exist when the id is unknown', () => {
    const e = specErrorOf(() => new Registry().resolve('badplats'));
    expect(e.kind).toBe('usage');
    expect(e.message).toContain('badplatser');
  });

  it('says which versions exist when the version is unknown', () => {
    const e = specErrorOf(() => new Registry().resolve('badplatser@9.9'));
    expect(e.code).toBe('spec-version-unknown');
    expect(e.message).toContain('1.0');
  });

  it('a user folder adds specs; a higher version wins', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeSpec(join(dir, 'sub'), miniSpec({ 'x-version': '1.0' }), 'a.json');
    writeSpec(dir, miniSpec({ 'x-version': '1.10' }), 'b.json');
    writeSpec(dir, miniSpec({ 'x-version': '1.9' }), 'c.json');
    const r = new Registry({ specsDirs: [dir] });
    expect(r.resolve('mini').version).toBe('1.10');
    expect(r.resolve('mini@1.9').version).toBe('1.9');
  });
});

describe('spec-level checks', () => {
  it('reads x-coordinates, x-rules and x-publisher-field into the Spec', () => {
    const file = writeSpec(
      tempDir(),
      miniSpec({
        'x-coordinates': { latitude: 'lat', longitude: 'lat', 'min-decimals': 3 },
        'x-rules': [
          { type: 'not-before', start: 'day', end: 'day' },
          { type: 'required-with', field: 'name', with: 'ok', value: true },
          { type: 'one-of-required', fields: ['name', 'day'] },
        ],
        'x-publisher-field': 'name',
      }),
    );
    const s = loadSpecFile(file, false);
    expect(s.coordinates).toEqual({ kind: 'pair', latitude: 'lat', longitude: 'lat', minDecimals: 3 });
    expect(s.rules.map((r) => r.type)).toEqual(['not-before', 'required-with', 'one-of-required']);
    expect(s.publisherField).toBe('name');
  });
  it('reads a GeoJSON-order point attribute', () => {
    const spec = miniSpec({
      'x-columns': ['id', 'name', 'lat', 'ok', 'day', 'where'],
      'x-coordinates': { point: 'where' },
      properties: { ...(miniSpec().properties as object), where: { type: 'array', items: { type: 'number' }, 'x-csv-separator': ',', 'x-datatype': 'decimaltal', 'x-provenance': 'seen', 'x-description': { sv: 'a', en: 'b' } } },
    });
    expect(loadSpecFile(writeSpec(tempDir(), spec), false).coordinates).toEqual({ kind: 'point', point: 'where', latitudeFirst: false, minDecimals: 4 });
    const latFirst = writeSpec(tempDir(), { ...spec, 'x-coordinates': { point: 'where', order: 'latitude-longitude' } });
    expect(loadSpecFile(latFirst, false).coordinates).toEqual({ kind: 'point', point: 'where', latitudeFirst: true, minDecimals: 4 });
    const badOrder = writeSpec(tempDir(), { ...spec, 'x-coordinates': { point: 'where', order: 'north-first' } });
    expect(() => loadSpecFile(badOrder, false)).toThrow(/x-coordinates/);
    const bad = writeSpec(tempDir(), miniSpec({ 'x-coordinates': { point: 'lat' } }));
    expect(() => loadSpecFile(bad, false)).toThrow(/"lat" as point, which is not an array of numbers/);
    const both = writeSpec(tempDir(), miniSpec({ 'x-coordinates': { point: 'lat', latitude: 'lat', longitude: 'lat' } }));
    expect(() => loadSpecFile(both, false)).toThrow(/x-coordinates/);
  });
  it('a list written as JSON in a CSV cell (x-csv-array), and never with a separator as well', () => {
    const list = (extra: Record<string, unknown>) => miniSpec({ 'x-columns': ['id', 'name', 'lat', 'ok', 'day', 'codes'], properties: { ...(miniSpec().properties as object), codes: attr('array', { items: { type: 'string' }, ...extra }) } });
    const codes = loadSpecFile(writeSpec(tempDir(), list({ 'x-csv-array': 'json' })), false).attributes.find((a) => a.name === 'codes');
    expect(codes?.csvArray).toBe('json');
    expect(() => loadSpecFile(writeSpec(tempDir(), list({ 'x-csv-array': 'json', 'x-csv-separator': ';' })), false)).toThrow(/not a valid datakoll spec/);
    expect(() => loadSpecFile(writeSpec(tempDir(), list({ 'x-csv-array': 'yaml' })), false)).toThrow(/not a valid datakoll spec/);
  });
  it('a second, document form (then) leaves the row form (else) mandatory in a CSV row', () => {
    const forms = (row: string[]) => miniSpec({ required: ['id'], if: { required: ['names'] }, then: { type: 'object', required: ['names'] }, else: { required: row }, patternProperties: { '^names$': true } });
    const s = loadSpecFile(writeSpec(tempDir(), forms(['name'])), false);
    expect(s.attributes.filter((a) => a.required).map((a) => a.name)).toEqual(['id', 'name']);
    expect(() => loadSpecFile(writeSpec(tempDir(), forms(['nom'])), false)).toThrow(/required names "nom", which is not in properties/);
  });
  it('a spec without them has none; four decimals by default', () => {
    const s = loadSpecFile(writeSpec(tempDir()), false);
    expect(s.coordinates).toBeUndefined();
    expect(s.rules).toEqual([]);
    expect(loadSpecFile(writeSpec(tempDir(), miniSpec({ 'x-coordinates': { latitude: 'lat', longitude: 'lat' } })), false).coordinates?.minDecimals).toBe(4);
  });
});

describe('loadSpecFile errors name the file and the problem', () => {
  const dir = tempDir();
  const cases: [string, string | Record<string, unknown>, RegExp][] = [
    ['notjson.json', '{ nope', /it is not valid JSON at line 1, column 3/],
    ['nostatus.json', miniSpec({ 'x-status': 'official' }), /x-status/],
    ['badcolumns.json', miniSpec({ 'x-columns': ['id', 'name', 'lat', 'ok', 'day', 'ghost'] }), /ghost/],
    ['missingcolumn.json', miniSpec({ 'x-columns': ['id', 'name', 'lat', 'ok'] }), /"day" is missing from x-columns/],
    ['badkey.json', miniSpec({ 'x-unique-key': ['nope'] }), /x-unique-key/],
    ['badrequired.json', miniSpec({ required: ['nope'] }), /required/],
    ['badcoords.json', miniSpec({ 'x-coordinates': { latitude: 'lat', longitude: 'lon' } }), /x-coordinates names "lon"/],
    ['textcoords.json', miniSpec({ 'x-coordinates': { latitude: 'lat', longitude: 'name' } }), /"name", which is not a number attribute/],
    ['badrule.json', miniSpec({ 'x-rules': [{ type: 'not-before', start: 'day', end: 'ghost' }] }), /not-before rule names "ghost"/],
    ['unknownrule.json', miniSpec({ 'x-rules': [{ type: 'sometimes', fields: ['id'] }] }), /x-rules/],
    ['shortrule.json', miniSpec({ 'x-rules': [{ type: 'one-of-required', fields: ['id'] }] }), /x-rules/],
    ['badpublisher.json', miniSpec({ 'x-publisher-field': 'source' }), /x-publisher-field names "source"/],
    ['badschema.json', miniSpec({ properties: { ...(miniSpec().properties as object), id: { type: 'integr', 'x-datatype': 'heltal', 'x-provenance': 'seen', 'x-description': { sv: 'a', en: 'b' } } } }), /type/],
    ['noprov.json', miniSpec({ properties: { ...(miniSpec().properties as object), id: { type: 'integer', 'x-datatype': 'heltal', 'x-description': { sv: 'a', en: 'b' } } } }), /x-provenance/],
  ];
  for (const [name, content, pattern] of cases) {
    it(name, () => {
      const file = writeTemp(dir, name, typeof content === 'string' ? content : JSON.stringify(content));
      const e = specErrorOf(() => loadSpecFile(file, false));
      expect(e.message).toContain(file);
      expect(e.message).toMatch(pattern);
    });
  }
});

describe('compareVersions', () => {
  it('compares numerically', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('0.0.1', '0.1')).toBeLessThan(0);
    expect(compareVersions('1.0', '1')).toBe(0);
  });
});
