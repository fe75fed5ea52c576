import { describe, expect, it } from 'vitest';
import { JsonScanner, readJson } from '../../src/input/index.js';
import type { JsonSink } from '../../src/input/index.js';
import { chunks } from '../helpers.js';

interface Seen {
  shape?: string;
  records: [unknown, number, number][];
  syntax?: [number, number, string];
  notRecords?: string | { sv: string; en: string };
  ambiguous?: [readonly string[], string];
}

async function read(...parts: (string | Buffer)[]): Promise<Seen> {
  const seen: Seen = { records: [] };
  const sink: JsonSink = {
    start: (shape) => void (seen.shape = shape),
    record: (v, i, line) => void seen.records.push([v, i, line]),
    syntax: (line, column, reason) => void (seen.syntax = [line, column, reason]),
    notRecords: (found) => void (seen.notRecords = found),
    recordsAmbiguous: (lists, checked) => void (seen.ambiguous = [lists, checked]),
  };
  const shape = await readJson(chunks(...parts), sink);
  expect(shape).toBe(seen.shape);
  return seen;
}

describe('readJson', () => {
  it('reads a top-level array one record at a time, with start lines', async () => {
    const seen = await read('[\n  {"a": 1},\n  {"a": "x,]}"},\n  {"b": [1, {"c": 2}]}\n]\n');
    expect(seen.shape).toBe('array');
    expect(seen.records).toEqual([
      [{ a: 1 }, 0, 2],
      [{ a: 'x,]}' }, 1, 3],
      [{ b: [1, { c: 2 }] }, 2, 4],
    ]);
    expect(seen.syntax).toBeUndefined();
  });

  it('survives records and characters split across chunks', async () => {
    const text = Buffer.from('[{"namn": "Åsa \\"citat\\""}, {"namn": "Västerås"}]');
    const parts: Buffer[] = [];
    for (let i = 0; i < text.length; i += 3) parts.push(text.subarray(i, i + 3));
    const seen = await read(...parts);
    expect(seen.records.map((r) => r[0])).toEqual([{ namn: 'Åsa "citat"' }, { namn: 'Västerås' }]);
  });

  it('reads JSON Lines', async () => {
    const seen = await read('{"a":1}\n{"a":2}\n\n{"a":3}\n');
    expect(seen.shape).toBe('lines');
    expect(seen.records.map((r) => [r[0], r[2]])).toEqual([
      [{ a: 1 }, 1],
      [{ a: 2 }, 2],
      [{ a: 3 }, 4],
    ]);
  });

  it('passes scalars inside an array on as records (the engine rejects them)', async () => {
    const seen = await read('[1, "x", null, {"a": true}]');
    expect(seen.records.map((r) => r[0])).toEqual([1, 'x', null, { a: true }]);
  });

  it('reads an empty array as no records', async () => {
    const seen = await read('[ ]');
    expect(seen.records).toEqual([]);
    expect(seen.syntax).toBeUndefined();
  });

  it('reports a syntax error inside a record with its line and column', async () => {
    const seen = await read('[\n{"a": 1},\n{"a": tru}\n]');
    expect(seen.records).toHaveLength(1);
    expect(seen.syntax?.[0]).toBe(3);
    expect(seen.syntax?.[1]).toBeGreaterThan(1);
  });

  it('reports a truncated file', async () => {
    const seen = await read('[{"a": 1}, {"a": ');
    expect(seen.syntax?.[2]).toBe('truncated-value');
  });

  it('reports a missing comma and a trailing comma', async () => {
    expect((await read('[{"a":1} {"a":2}]')).syntax?.[2]).toBe('expected-comma-or-bracket');
    expect((await read('[{"a":1},]')).syntax?.[2]).toBe('trailing-comma');
  });

  it('reports garbage after the document', async () => {
    const seen = await read('[{"a":1}]\nHTTP/1.1 200 OK');
    expect(seen.records).toHaveLength(1);
    expect(seen.syntax?.[0]).toBe(2);
    expect(seen.syntax?.[2]).toBe('after-end');
  });

  it('says so when the file holds a lone value instead of records', async () => {
    expect((await read('"just a string"')).notRecords).toBe('string');
    expect((await read('42')).notRecords).toBe('number');
  });

  it('reads nothing from an empty file', async () => {
    const seen = await read('  \n');
    expect(seen.shape).toBeUndefined();
    expect(seen.records).toEqual([]);
  });
});

describe('readJson: U+FFFD in a record', () => {
  it('tells the sink (with the record\'s text issues) of each record whose text holds U+FFFD as it is, not of one written as an escape', async () => {
    const told: [number, number][] = [];
    const records: number[] = [];
    const sink: JsonSink = {
      start: () => undefined,
      record: (_v, i) => void records.push(i),
      issues: (i, line, x) => void (x.replaced && told.push([i, line])),
      syntax: () => undefined,
      notRecords: () => undefined,
      recordsAmbiguous: () => undefined,
    };
    await readJson(chunks('[{"a": "\uFFFD"},\n{"a": "\\ufffd"},\n{"b": ["x", "y\uFFFD"]}]'), sink);
    expect(told).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(records).toEqual([0, 1, 2]);
    told.length = 0;
    await readJson(chunks('{"features": [{"type": "Feature", "properties": {"a": "\uFFFD"}}]}'), sink);
    expect(told).toEqual([[0, 1]]);
  });
});

describe('readJson: nothing after the value, one value per line', () => {
  async function readWith(text: string, options: Parameters<typeof readJson>[2] = {}) {
    const seen: Seen = { records: [] };
    const sink: JsonSink = {
      start: (shape) => void (seen.shape = shape),
      record: (v, i, line) => void seen.records.push([v, i, line]),
      syntax: (line, column, reason) => void (seen.syntax = [line, column, reason]),
      notRecords: (found) => void (seen.notRecords = found),
      recordsAmbiguous: (lists, checked) => void (seen.ambiguous = [lists, checked]),
    };
    await readJson(chunks(...text.match(/[^]{1,5}/g) ?? []), sink, options);
    return seen;
  }
  it('text after a wrapper object is unreadable, at the line and column where it starts', async () => {
    const seen = await readWith('{"results": [{"a": 1}]}"%"');
    expect(seen.records).toHaveLength(1);
    expect(seen.syntax).toEqual([1, 24, 'after-end']);
    expect((await readWith('{"results": [{"a": 1}]}\n\n  x')).syntax).toEqual([3, 3, 'after-end']);
    expect((await readWith('{"results": [{"a": 1}]}  \n')).syntax).toBeUndefined();
  });
  it('the text of a wrapper object outside its records is JSON too', async () => {
    expect((await readWith('{"meta": {"n": 1,},\n"results": [{"a": 1}]}')).syntax).toEqual([1, 18, 'trailing-comma-in-object']);
    expect((await readWith('{"results": [\n{"a": 1}\n],\n"meta": {"n": 1,}}')).syntax).toEqual([4, 17, 'trailing-comma-in-object']);
    expect((await readWith('\uFEFF{"total": 1, "results": [{"a": 1}], "next": null}')).syntax).toBeUndefined();
    expect((await readWith('{"results": [{"a": 1}]')).syntax?.[2]).toBe('truncated-object');
  });
  it('JSON Lines: one value per line', async () => {
    expect((await readWith('{"a": 1}\n{"a": 2} {"a": 3}\n')).syntax).toEqual([2, 10, 'line-holds-more']);
    expect((await readWith('{"a": 1}"%"')).syntax).toEqual([1, 9, 'line-holds-more']);
    // A .json file may hold objects spread over lines, one after the other.
    const pretty = await readWith('{\n  "a": 1\n}\n{\n  "a": 2\n}\n');
    expect([pretty.records.map((r) => r[2]), pretty.syntax]).toEqual([[1, 4], undefined]);
  });
  it('JSON Lines proper (.jsonl): a line that ends inside its value is broken there', async () => {
    const seen = await readWith('{"a": 1}\n{"a": 2,\n{"a": 3}\n', { lines: true });
    expect([seen.records.length, seen.syntax]).toEqual([1, [2, 9, 'line-ends-in-value']]);
    expect((await readWith('{\n  "a": 1\n}\n', { lines: true })).syntax).toEqual([1, 2, 'line-ends-in-value']);
  });
  it('a line break inside a text value is reported on its own line, not where the quotes next pair up', async () => {
    const lines = ['{"a": "1"}', '{"a": "2"}', '{"a": "3', '{"a": "4"}', '{"a": "5"}'];
    expect((await readWith(lines.join('\n'))).syntax).toEqual([3, 9, 'line-break-in-text']);
    expect((await readWith(`[\n${lines.join(',\n')}\n]`)).syntax).toEqual([4, 10, 'line-break-in-text']);
  });
  it('a record longer than the limit stops reading', () => {
    const seen: [number, number, string][] = [];
    const scanner = new JsonScanner({ start: () => undefined, record: () => undefined, syntax: (l, c, r) => void seen.push([l, c, r]), notRecords: () => undefined, recordsAmbiguous: () => undefined }, false, 100);
    scanner.feed('[\n  {"a": "');
    for (let i = 0; i < 10; i++) scanner.feed('x'.repeat(20));
    expect([scanner.stopped, seen]).toEqual([true, [[2, 3, 'record-too-large']]]);
  });
});

describe('findJsonError', async () => {
  const { findJsonError, jsonProblemOf, jsonProblemWords } = await import('../../src/input/json-error.js');
  it('a comma after the last value is said to be one, in a list and in an object', () => {
    expect(findJsonError('[1, 2, ]')).toEqual({ offset: 7, reason: 'trailing-comma', found: "']'" });
    expect(findJsonError('{"a": [{"b": 1,\n}]}')).toEqual({ offset: 16, reason: 'trailing-comma-in-object', found: "'}'" });
  });
  it('says where and why a whole text is not JSON, in both languages, lines and columns from 1', () => {
    expect(jsonProblemOf('{"a": 1}')).toBeUndefined();
    expect(jsonProblemOf('\uFEFF{\n  "spec": "x",\n}')).toMatchObject({ reason: 'trailing-comma-in-object', line: 3, column: 1 });
    expect(jsonProblemWords('[1,2,]')).toEqual({
      sv: "den är inte giltig JSON på rad 1, kolumn 6: ett ',' följs av ']' (ett kommatecken efter det sista värdet i en lista)",
      en: "it is not valid JSON at line 1, column 6: a ',' is followed by ']' (a comma after the last value of a list)",
    });
  });
  it('finds the first invalid position', () => {
    expect(findJsonError('{"a": 1}')).toBeUndefined();
    expect(findJsonError('{"a": tru}')?.offset).toBe(6);
    expect(findJsonError('{"a" 1}')).toEqual({ offset: 5, reason: 'expected-colon', found: "'1'" });
    expect(findJsonError("{'a': 1}")?.reason).toBe('expected-name');
    expect(findJsonError('{"a": "x\ny"}')?.reason).toBe('line-break-in-text');
    expect(findJsonError('{"a": "x\\u0001y"}')).toBeUndefined();
    expect(findJsonError('{"a": "x\u0001y"}')).toEqual({ offset: 8, reason: 'control-character', found: 'U+0001' });
    expect(findJsonError('[1, 2')?.offset).toBe(5);
  });
});

describe('readJson: records inside an object', () => {
  async function readWith(text: string, options: Parameters<typeof readJson>[2] = {}) {
    const seen: Seen = { records: [] };
    const sink: JsonSink = {
      start: (shape) => void (seen.shape = shape),
      record: (v, i, line) => void seen.records.push([v, i, line]),
      syntax: (line, column, reason) => void (seen.syntax = [line, column, reason]),
      notRecords: (found) => void (seen.notRecords = found),
      recordsAmbiguous: (lists, checked) => void (seen.ambiguous = [lists, checked]),
    };
    const shape = await readJson(chunks(...[...text].map((c) => c)), sink, options);
    return { ...seen, shape };
  }
  it('a GeoJSON FeatureCollection: properties are the record, a Point gives latitude and longitude', async () => {
    const r = await readWith('{"type":"FeatureCollection",\n"features":[\n{"type":"Feature","geometry":{"type":"Point","coordinates":[12.7,56.0]},"properties":{"Plats":"Råå"}}]}');
    expect(r.shape).toBe('geojson');
    expect(r.records).toEqual([[{ Plats: 'Råå', latitude: 56.0, longitude: 12.7 }, 0, 3]]);
  });
  it('a wrapper object', async () => {
    const r = await readWith('{"total": 2, "results": [{"id": 1}, {"id": 2}]}');
    expect(r.shape).toBe('wrapped');
    expect(r.records.map((x) => x[0])).toEqual([{ id: 1 }, { id: 2 }]);
  });
  it('--records names the list', async () => {
    const r = await readWith('{"payload": {"list": [{"id": 1}]}}', { records: ['payload', 'list'] });
    expect(r.records.map((x) => x[0])).toEqual([{ id: 1 }]);
    const missing = await readWith('{"payload": {}}', { records: ['payload', 'list'] });
    expect(missing.notRecords).toEqual({ sv: 'ingen lista med poster vid /payload/list', en: 'no list of records at /payload/list' });
  });
  it('more than one list that could be the records: the first is read, and all of them are told after the last record', async () => {
    const r = await readWith('{"results": [{"id": 1}],\n"items": [{"id": "bad"}]}');
    expect([r.shape, r.records.map((x) => x[0]), r.ambiguous]).toEqual(['wrapped', [{ id: 1 }], [['/results', '/items'], '/results']]);
    const empty = await readWith('{"data": [], "items": [{"id": 1}], "rows": []}');
    expect([empty.records, empty.ambiguous]).toEqual([[], [['/data', '/items'], '/data']]);
    // An empty second list hides nothing; --records says which list it is.
    expect((await readWith('{"results": [{"id": 1}], "items": []}')).ambiguous).toBeUndefined();
    const named = await readWith('{"results": [{"id": 1}], "items": [{"id": "bad"}]}', { records: ['items'] });
    expect([named.records.map((x) => x[0]), named.ambiguous]).toEqual([[{ id: 'bad' }], undefined]);
  });
  it('--records where the top level is not an object: no list of records there, as for an object without it', async () => {
    for (const [text, lines] of [
      ['[{"id": 1}, {"id": 2}]', false],
      ['\n  [{"id": 1}]', false],
      ['"a text"', false],
      ['{"items": [{"id": 1}]}\n', true],
    ] as const) {
      const r = await readWith(text, { records: ['items'], lines });
      expect([r.shape, r.records, r.notRecords]).toEqual([lines ? 'lines' : 'array', [], { sv: 'ingen lista med poster vid /items', en: 'no list of records at /items' }]);
    }
    // "/" names the document itself: a top-level array is that list.
    expect((await readWith('[{"id": 1}]', { records: [] })).records).toHaveLength(1);
  });
  it('an object without a records list is one record', async () => {
    const r = await readWith('{"id": 1, "name": "x"}');
    expect(r.records).toEqual([[{ id: 1, name: 'x' }, 0, 1]]);
  });
  it('JSON Lines when told, even though the first value is an object', async () => {
    const r = await readWith('{"results": [1]}\n{"id": 2}\n', { lines: true });
    expect(r.records.map((x) => x[0])).toEqual([{ results: [1] }, { id: 2 }]);
  });
  it('a syntax error inside the records list keeps its real line', async () => {
    const r = await readWith('{"results": [\n{"id": 1},\n{"id": tru}\n]}');
    expect(r.syntax?.[0]).toBe(3);
  });
});

describe('the scan inside text values (it jumps to the next quote, backslash or line break)', () => {
  const tricky = ['plain', 'a\\"b', 'back\\\\', '\\\\\\"', 'x\\u0041y', 'ends with \\\\', 'å ä ö', '{[,]}:', '"', '\\n\\t', ''];
  const record = (n: number): string => `{"k${n}": "${tricky[n % tricky.length] as string}", "n": ${n}, "l": ["${tricky[(n * 7) % tricky.length] as string}", {"d": "${tricky[(n * 3) % tricky.length] as string}"}]}`;
  const valid = (n: number): string => record(n).replace('"""', '"\\""');
  const text = `[\n${Array.from({ length: 40 }, (_, n) => valid(n)).join(',\n')}\n]\n`;

  it('finds the records and lines JSON.parse finds, however the text is cut into pieces', async () => {
    const expected = (JSON.parse(text) as unknown[]).map((v, i) => [v, i, i + 2]);
    for (const size of [1, 2, 3, 7, 64, 1000, text.length]) {
      const parts: string[] = [];
      for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
      const seen = await read(...parts);
      expect(seen.syntax, `pieces of ${size}`).toBeUndefined();
      expect(seen.records, `pieces of ${size}`).toEqual(expected);
    }
  });

  it('finds the records inside a wrapper object (GeoJSON features, results) the same way, however the text is cut', async () => {
    const wrapped = `{"type": "x", "results": ${text.trimEnd()}, "note": "a \\"]} here"}\n`;
    const expected = (JSON.parse(wrapped) as { results: unknown[] }).results.map((v, i) => [v, i, i + 2]);
    for (const size of [1, 3, 64, wrapped.length]) {
      const parts: string[] = [];
      for (let at = 0; at < wrapped.length; at += size) parts.push(wrapped.slice(at, at + size));
      const records: unknown[] = [];
      let syntax: unknown;
      const sink: JsonSink = { start: () => undefined, record: (v, i, line) => void records.push([v, i, line]), syntax: (...at) => void (syntax = at), notRecords: () => undefined, recordsAmbiguous: () => undefined };
      expect(await readJson(chunks(...parts), sink), `pieces of ${size}`).toBe('wrapped');
      expect(syntax, `pieces of ${size}`).toBeUndefined();
      expect(records, `pieces of ${size}`).toEqual(expected);
    }
  });

  it('still stops at a line break inside a text value, at its line and column, in any pieces', async () => {
    const broken = '[{"a": "ok\\\\"}, {"b": "one\ntwo"}]';
    for (const size of [1, 2, 5, broken.length]) {
      const parts: string[] = [];
      for (let at = 0; at < broken.length; at += size) parts.push(broken.slice(at, at + size));
      expect((await read(...parts)).syntax, `pieces of ${size}`).toEqual([1, 27, 'line-break-in-text']);
    }
  });
});

describe('a large chunk is decoded in pieces', () => {
  it('keeps characters whose bytes straddle the pieces whole', async () => {
    // One chunk of about 200 KiB of two-byte characters: piece borders fall inside characters.
    const records = Array.from({ length: 300 }, (_, i) => ({ i, t: 'åäö'.repeat(111 + (i % 3)) }));
    const bytes = Buffer.from(JSON.stringify(records), 'utf8');
    expect(bytes.length).toBeGreaterThan(3 * 64 * 1024);
    const seen = await read(bytes);
    expect(seen.syntax).toBeUndefined();
    expect(seen.records.map(([v]) => v)).toEqual(records);
  });
});

describe('the second look at a record is skipped only when it could find nothing', () => {
  const keys = ['"a"', '"b"', '"a"', '"c\\u0041"', '"\\"q"', '"\\\\"'];
  const plain = ['1', '-12.5', '1e400', '12345678901234567890', '1234567890123456', '"x"', '"\\u0000"', '"a\\\\u0000"', 'true', 'false', 'null', '[1, 2e5]', '{"a": 1, "a": 2}', '{"n": 9007199254740993}', '"2024"'];
  // DEL, a C1 control and U+FFFD as they are: a piece of text holding one is looked at whole.
  const odd = [...plain, '"\u0085"', '"K\uFFFDrr"'];

  async function compare(values: readonly string[]): Promise<void> {
    const { inspectRecordText } = await import('../../src/input/json-keys.js');
    let seed = 11;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor(seed / 65536) % n);
    const texts = Array.from({ length: 2000 }, () => `{${Array.from({ length: 1 + rnd(4) }, () => `${keys[rnd(keys.length)] as string}: ${values[rnd(values.length)] as string}`).join(', ')}}`);
    const expected = texts.flatMap((t, i) => {
      const x = inspectRecordText(t);
      return x.duplicateKeys.length > 0 || x.numbers.length > 0 || x.controls.length > 0 || x.replaced ? [[i, x]] : [];
    });
    expect(expected.length).toBeGreaterThan(500);
    expect(expected.length).toBeLessThan(texts.length);
    for (const [form, text] of [['array', `[${texts.join(',\n')}]`], ['lines', `${texts.join('\n')}\n`]] as const) {
      const seen: unknown[] = [];
      const sink: JsonSink = { start: () => undefined, record: () => undefined, syntax: (...at) => void seen.push(['syntax', ...at]), notRecords: () => undefined, recordsAmbiguous: () => undefined, issues: (i, _line, x) => void seen.push([i, x]) };
      await readJson(chunks(...Array.from({ length: Math.ceil(text.length / 4096) }, (_, k) => text.slice(k * 4096, (k + 1) * 4096))), sink);
      expect(seen, form).toEqual(expected);
    }
  }

  it('reports the issues inspectRecordText finds on every record: keys twice, long numbers, escapes', async () => {
    await compare(plain);
  });

  it('and on records with DEL, C1 controls and U+FFFD written as they are', async () => {
    await compare(odd);
  });
});
