/**
 * Regressions of the issue "Nothing lost": each defect `fix` had on main, on files this test
 * writes. fix writes JSON, JSON Lines and GeoJSON in their own format, refuses what it cannot
 * write before writing anything, keeps every cell of a row whose shape is wrong, reads on after a
 * quote never closed, and lists every error its output still has.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from '../cli/run.js';

const EXAMPLE_JSON = new URL('../../fixtures/badplatser/valid/example.json', import.meta.url);

async function fix(name: string, content: string | Buffer, extra: string[] = []) {
  const dir = tempDir();
  const input = writeTemp(dir, name, content);
  const out = join(dir, `fixed-${name}`);
  const r = await run(['fix', input, '--spec', 'badplatser', '-o', out, ...extra]);
  return { ...r, dir, input, out, text: existsSync(out) ? readFileSync(out, 'utf8') : undefined };
}

describe('fix writes JSON in its own format', () => {
  it('a conformant JSON file is written back byte for byte (it was rewritten as CSV, exit 0)', async () => {
    const bytes = readFileSync(EXAMPLE_JSON);
    const dir = tempDir();
    const input = writeTemp(dir, 'x.json', bytes);
    const r = await run(['fix', input, '--spec', 'badplatser', '--in-place']);
    expect(r.code).toBe(0);
    expect(readFileSync(input)).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('a wrapper object: only the values fixed change; white space, key order, huge numbers and keys written twice stay', async () => {
    const json = [
      '{ "meta": {"n": 12345678901234567890},',
      '  "results": [',
      '    {"place_id": "1", "name": "Ängen", "latitude": "57,1", "longitude": 11.9, "toilet": "ja", "updated": "23/05/2024", "postcode": 42671},',
      '    {"name": "Kajen", "place_id": "2", "latitude": 57.2, "longitude": 11.8, "toilet": "kanske", "toilet": "nej"}',
      '  ]',
      '}',
      '',
    ].join('\n');
    const r = await fix('w.json', json);
    expect(r.text).toBe(json.replace('"57,1"', '57.1').replace('"ja"', 'true').replace('"23/05/2024"', '"2024-05-23"').replace('42671', '"42671"'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('record 2 toilet');
    expect(r.stdout).toContain('[json-duplicate-key]');
  });

  it('JSON Lines: each line keeps its place; only the changed value differs', async () => {
    const lines = '{"place_id":"1","name":"A","latitude":"57.6","longitude":11.9}\n\n{"place_id":"2","name":"B","latitude":57.7,"longitude":"11,8"}\n';
    const r = await fix('r.jsonl', lines);
    expect(r.code).toBe(0);
    expect(r.text).toBe('{"place_id":"1","name":"A","latitude":57.6,"longitude":11.9}\n\n{"place_id":"2","name":"B","latitude":57.7,"longitude":11.8}\n');
  });

  it('GeoJSON: feature properties are fixed, the geometry and the collection stay', async () => {
    const geo = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [11.9, 57.1] }, properties: { place_id: '1', name: 'A', toilet: 'Ja' } }] }, null, 2);
    const r = await fix('f.geojson', geo);
    expect(r.text).toBe(geo.replace('"Ja"', 'true'));
    expect(r.code).toBe(0);
  });

  it('invalid JSON is not rewritten: exit 3, nothing written', async () => {
    const r = await fix('bad.json', '[{"place_id": "1",]');
    expect(r.code).toBe(3);
    expect(r.text).toBeUndefined();
    expect(readdirSync(r.dir)).toEqual(['bad.json']);
  });
});

describe('fix refuses what it cannot write in its own format, before writing anything', () => {
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]);
  it('a text file named .xlsx is refused too: --in-place would leave CSV in a file named as a workbook', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'text.xlsx', 'place_id,name\n1,a\n');
    const r = await run(['fix', input, '--spec', 'badplatser', '--in-place']);
    expect(r.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe('place_id,name\n1,a\n');
  });
  for (const [name, content] of [
    ['data.xlsx', zip],
    ['data.csv.gz', gzipSync('place_id,name\n1,a\n')],
    ['data.csv', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n')],
    ['data.zip', zip],
  ] as const) {
    it(`${name}: exit 3 as validate says it (not text), --in-place leaves it untouched, no file appears`, async () => {
      const dir = tempDir();
      const input = writeTemp(dir, name, content);
      const r = await run(['fix', input, '--spec', 'badplatser', '--in-place']);
      expect(r.code).toBe(3);
      expect((await run(['validate', input, '--spec', 'badplatser'])).code).toBe(r.code);
      expect(r.stderr).toMatch(/has written nothing/);
      expect(r.stderr).not.toMatch(/at \w+ \(/);
      expect(readFileSync(input)).toEqual(Buffer.from(content));
      expect(readdirSync(dir)).toEqual([name]);
    });
  }
  it('the workbook message says how to save it as CSV UTF-8, in Swedish too', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'b.xlsx', zip);
    const r = await run(['fix', input, '--spec', 'badplatser', '-o', join(dir, 'o.csv'), '--lang', 'sv']);
    expect(r.stderr).toContain('CSV UTF-8');
    expect(r.stderr).toContain('har inte skrivit något');
  });
});

describe('fix keeps every cell of a row whose shape is wrong', () => {
  it('more cells, fewer cells: written exactly as they were, listed with their rows, exit 1', async () => {
    const r = await fix('r.csv', 'place_id;name;latitude;longitude\n1;a;57,1;11.9;EXTRA;more\n2;b\n3;c;57.3;11.9\n');
    expect(r.code).toBe(1);
    expect(r.text).toBe('place_id,name,latitude,longitude\n1,a,"57,1",11.9,EXTRA,more\n2,b\n3,c,57.3,11.9\n');
    expect(r.stdout).toContain('row 2: ');
    expect(r.stdout).toContain('[row-too-many-cells]');
    expect(r.stdout).toContain('row 3: ');
    expect(r.stdout).toContain('[row-too-few-cells]');
  });

  it('a quote never closed: that line is kept as text and listed, and every row after it is read and fixed', async () => {
    const r = await fix('u.csv', 'place_id,name,latitude,longitude\n1,a,57.1,11.9\n2,"never closed,57.1,11.9\n3,d,"57,3",11.9\n4,e,57.4,11.9\n');
    expect(r.text).toBe('place_id,name,latitude,longitude\n1,a,57.1,11.9\n2,"""never closed",57.1,11.9\n3,d,57.3,11.9\n4,e,57.4,11.9\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('row 3 \'2,"never closed,57.1,11.9\'');
    expect(r.stdout).toContain('[csv-malformed]');
  });

  it('a quote that runs over line ends and closes in the middle of a field: the rows it swallowed come back', async () => {
    const r = await fix('q.csv', 'place_id,name,latitude,longitude\n1,"runaway,57.1,11.9\n2,b,57.2,11.9\n3,"ok ""q""",57.3,11.9\n');
    expect(r.text).toBe('place_id,name,latitude,longitude\n1,"""runaway",57.1,11.9\n2,b,57.2,11.9\n3,"ok ""q""",57.3,11.9\n');
  });
});

describe('the list of what is left names every error of the output', () => {
  it('country Sverige, swapped coordinates, a missing name and a duplicate id are all listed (they were left out)', async () => {
    const csv = 'place_id,name,latitude,longitude,country\n1,Ängen,57.1,11.9,Sverige\n2,,11.9,57.1,SE\n2,Kajen,57.2,11.8,SE\n';
    const dir = tempDir();
    const input = writeTemp(dir, 'c.csv', csv);
    const out = join(dir, 'o.csv');
    const logFile = join(dir, 'log.txt');
    const f = await run(['fix', input, '--spec', 'badplatser', '-o', out, '--log', logFile]);
    expect(f.code).toBe(1);
    const v = await run(['validate', out, '--spec', 'badplatser', '--format', 'json']);
    const errors = (JSON.parse(v.stdout).files[0].diagnostics as { severity: string; row?: number; field?: string; code: string }[]).filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code).sort()).toEqual(['coordinates-swapped', 'pattern-mismatch', 'required-missing', 'unique-duplicate']);
    const log = readFileSync(logFile, 'utf8');
    for (const d of errors) expect(log).toContain(`row ${d.row} ${d.field}`);
  });
});

describe('fix writes nothing it decoded by a guess', () => {
  it('UTF-8 with bytes that are not UTF-8 after the first chunk: exit 2, nothing written, the message names --encoding', async () => {
    const good = `place_id,name,latitude,longitude\n${Array.from({ length: 40000 }, (_, i) => `${i},Ängsviken,57.1,11.9`).join('\n')}\n`;
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from([0x39, 0x39, 0x2c, 0xc4, 0x6e, 0x67, 0x2c, 0x35, 0x37, 0x2e, 0x31, 0x2c, 0x31, 0x31, 0x2e, 0x39, 0x0a])]);
    const r = await fix('m.csv', bytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--encoding');
    expect(r.text).toBeUndefined();
    expect(readdirSync(r.dir)).toEqual(['m.csv']);
  });

  const SWEDISH = 'place_id;name;street;latitude;longitude\n1;Skånegatans bad;Skånegatan 3;55,6;13,0\n2;Ängsviken;Östra vägen 1;57,6;11,8\n3;Hästö;Åsvägen 2;57,1;11,9\n';
  for (const enc of ['cp850', 'macintosh', 'windows-1252'] as const) {
    it(`${enc}: read as what the evidence shows, written as correct UTF-8 (cp850 and MacRoman were read as Windows-1252)`, async () => {
      const r = await fix('s.csv', iconv.encode(SWEDISH, enc));
      expect(r.text).toBe('place_id,name,latitude,longitude,street\n1,Skånegatans bad,55.6,13.0,Skånegatan 3\n2,Ängsviken,57.6,11.8,Östra vägen 1\n3,Hästö,57.1,11.9,Åsvägen 2\n');
    });
  }

  it('UTF-8 with a Windows-1252 line: exit 2 naming the line and --encoding, nothing written (it was decoded wholly as Windows-1252: Ã„ngsviken)', async () => {
    const bytes = Buffer.concat([Buffer.from('place_id,name,latitude,longitude\n1,Ängsviken,57.1,11.9\n'), iconv.encode('2,Hästö,57.2,11.9\n', 'windows-1252')]);
    const r = await fix('m.csv', bytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('one of its lines is not (line 3;');
    expect(r.stderr).toContain('--encoding');
    expect(readdirSync(r.dir)).toEqual(['m.csv']);
    const sv = await fix('m.csv', bytes, ['--lang', 'sv']);
    expect(sv.stderr).toContain('har inte skrivit något');
  });

  it('an encoding the evidence cannot tell: exit 2 with the candidates; with --encoding the user decides', async () => {
    const bytes = Buffer.from([...Buffer.from('place_id,name,latitude,longitude\n1,'), 0xe9, ...Buffer.from(',57.1,11.9\n')]);
    const r = await fix('e.csv', bytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--encoding');
    expect(r.text).toBeUndefined();
    const told = await fix('e.csv', bytes, ['--encoding', 'windows-1252']);
    expect(told.code).toBe(0);
    expect(told.text).toBe('place_id,name,latitude,longitude\n1,é,57.1,11.9\n');
  });
});

