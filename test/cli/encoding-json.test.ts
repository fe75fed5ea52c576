/**
 * The encodings of JSON, JSON Lines and GeoJSON files: validate decides them exactly as it does
 * for CSV (a BOM, valid UTF-8, UTF-16, or the evidence of the first chunk; --encoding as told),
 * reports them with the same codes, and reads the values decoded. JSON must be UTF-8 (RFC 8259),
 * so anything else is an error finding. Also --spec auto on such files.
 * Files are Swedish text written here and encoded with iconv-lite.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { Registry } from '../../src/registry/index.js';
import type { Diagnostic, FileReport } from '../../src/report/index.js';
import { attr, chunks, miniSpec, tempDir, writeSpec, writeTemp } from '../helpers.js';
import { run } from './run.js';

const dir = tempDir();
const spec = writeSpec(dir);

let n = 0;
function file(bytes: Buffer, ending = '.json'): string {
  return writeTemp(dir, `f-${++n}${ending}`, bytes);
}

/** Each finding as [code, row, line, pointer, value]. */
const flat = (r: Pick<FileReport, 'diagnostics'>): unknown[][] => r.diagnostics.map((d: Diagnostic) => [d.code, d.row, d.line, d.pointer, d.value]);
const codes = (r: Pick<FileReport, 'diagnostics'>): string[] => r.diagnostics.map((d) => d.code);

// Two records: the name is right as it is, lat holds a text, so its finding shows the text as read.
const RECORDS = '[\n{"id": 1, "name": "Ängsviken", "lat": "Östra Kärrvägen"},\n{"id": 2, "name": "Skånegatan", "lat": "Åsa"}\n]\n';
const AS_READ = [
  ['wrong-type', 1, 2, '/0/lat', 'Östra Kärrvägen'],
  ['wrong-type', 2, 3, '/1/lat', 'Åsa'],
];

describe('validate decides a JSON file\'s encoding as it does a CSV file\'s', () => {
  it('Windows-1252: encoding-not-utf8, and the values read right', async () => {
    const r = await validateFile(file(iconv.encode(RECORDS, 'windows-1252')), { spec });
    expect(flat(r)).toEqual([['encoding-not-utf8', undefined, undefined, undefined, undefined], ...AS_READ]);
    expect(r.diagnostics[0]?.params).toEqual({ encoding: 'Windows-1252 / ISO-8859-1', reason: 'json' });
    expect(r.valid).toBe(false);
    expect(r.unreadable).toBe(false);
  });

  it('JSON Lines in Windows-1252 and CP850 alike', async () => {
    const lines = '{"id": 1, "name": "Ängsviken", "lat": "Östra Kärrvägen"}\n{"id": 2, "name": "Skånegatan", "lat": "Åsa"}\n';
    const cp1252 = await validateFile(file(iconv.encode(lines, 'windows-1252'), '.jsonl'), { spec });
    expect(cp1252.format).toBe('jsonl');
    expect(flat(cp1252)).toEqual([
      ['encoding-not-utf8', undefined, undefined, undefined, undefined],
      ['wrong-type', 1, 1, '/lat', 'Östra Kärrvägen'],
      ['wrong-type', 2, 2, '/lat', 'Åsa'],
    ]);
    const cp850 = await validateFile(file(iconv.encode(lines, 'cp850'), '.jsonl'), { spec });
    expect(cp850.diagnostics[0]).toMatchObject({ code: 'encoding-not-utf8', params: { encoding: 'CP850 (DOS)', reason: 'json' } });
    expect(flat(cp850).slice(1)).toEqual(flat(cp1252).slice(1));
  });

  it('GeoJSON in Windows-1252: the properties read right', async () => {
    const geo = '{"type": "FeatureCollection", "features": [\n{"type": "Feature", "geometry": null, "properties": {"id": 1, "name": "Ängsviken", "lat": "Åsa"}}\n]}\n';
    const r = await validateFile(file(iconv.encode(geo, 'windows-1252'), '.geojson'), { spec });
    expect(codes(r)).toEqual(['encoding-not-utf8', 'wrong-type']);
    expect(r.diagnostics[1]).toMatchObject({ field: 'lat', value: 'Åsa' });
  });

  it('UTF-8 with lines in Windows-1252: encoding-mixed, and encoding-invalid-utf8 at each such record', async () => {
    const bytes = Buffer.concat([
      Buffer.from('[\n{"id": 1, "name": "Ängsviken"},\n'),
      iconv.encode('{"id": 2, "name": "Kärr"},\n{"id": 3, "name": "Sjö"},\n', 'windows-1252'),
      Buffer.from('{"id": 4, "name": "Näs"}\n]\n'),
    ]);
    const r = await validateFile(file(bytes), { spec });
    expect(flat(r)).toEqual([
      ['encoding-mixed', undefined, undefined, undefined, undefined],
      ['encoding-invalid-utf8', 2, 3, '/1', undefined],
      ['encoding-invalid-utf8', 3, 4, '/2', undefined],
    ]);
    expect(r.diagnostics[0]?.params).toEqual({ encoding: 'Windows-1252 / ISO-8859-1' });
  });

  it('a bad byte after the first chunk of UTF-8: encoding-invalid-utf8 at its record, never a pass', async () => {
    // The head (the first 64 KiB) decides (UTF-8, certain); the bad byte comes after it.
    const head = `[${Array.from({ length: 2000 }, (_, i) => `{"id": ${i + 1}, "name": "Ängsviken"},\n`).join('')}`;
    expect(Buffer.byteLength(head)).toBeGreaterThan(64 * 1024);
    const r = await validateFile(chunks(head, Buffer.from('{"id": 2001, "name": "K\xe4rr"},\n{"id": 2002, "name": "Nas \\ufffd"}]', 'latin1')), { spec, format: 'json' });
    expect(flat(r)).toEqual([['encoding-invalid-utf8', 2001, 2001, '/2000', undefined]]);
    expect(r.valid).toBe(false);
    // A U+FFFD written as an escape, or in a file with no bad byte, is no encoding problem.
    expect(flat(await validateFile(chunks('[{"id": 1, "name": "\\ufffd �"}]'), { spec, format: 'json' }))).toEqual([]);
  });

  it('a UTF-8 BOM: encoding-bom (a warning), the records read', async () => {
    const r = await validateFile(file(Buffer.from(`\ufeff${RECORDS}`)), { spec });
    expect(flat(r)).toEqual([['encoding-bom', undefined, undefined, undefined, undefined], ...AS_READ]);
    expect(r.diagnostics[0]?.severity).toBe('warning');
    const clean = await validateFile(file(Buffer.from('\ufeff[{"id": 1, "name": "Åsa"}]')), { spec });
    expect(codes(clean)).toEqual(['encoding-bom']);
    expect(clean.valid).toBe(true);
  });

  it('UTF-16LE with a BOM, UTF-16BE, UTF-16LE without one: decoded before the JSON reader', async () => {
    const le = await validateFile(file(iconv.encode(RECORDS, 'utf-16le', { addBOM: true })), { spec });
    expect(flat(le)).toEqual([['encoding-not-utf8', undefined, undefined, undefined, undefined], ['encoding-bom', undefined, undefined, undefined, undefined], ...AS_READ]);
    expect(le.diagnostics[0]?.params).toEqual({ encoding: 'UTF-16 LE', reason: 'json' });
    expect(le.diagnostics[1]?.params).toEqual({ reason: 'json' });
    expect(le.unreadable).toBe(false);
    const be = await validateFile(file(iconv.encode(RECORDS, 'utf-16be', { addBOM: true })), { spec });
    expect(flat(be)).toEqual([['encoding-not-utf8', undefined, undefined, undefined, undefined], ['encoding-bom', undefined, undefined, undefined, undefined], ...AS_READ]);
    const noBom = await validateFile(file(iconv.encode(RECORDS, 'utf-16le')), { spec });
    expect(flat(noBom)).toEqual([['encoding-not-utf8', undefined, undefined, undefined, undefined], ...AS_READ]);
  });

  it('UTF-16 without a JSON name (standard input, a stream): told JSON by its first character', async () => {
    const r = await validateFile(chunks(iconv.encode(RECORDS, 'utf-16le', { addBOM: true })), { spec });
    expect(r.format).toBe('json');
    expect(flat(r).slice(2)).toEqual(AS_READ);
    const lines = await validateFile(chunks(iconv.encode('{"id": 1, "name": "Åsa"}\n{"id": 2, "name": "Öster"}\n', 'utf-16be')), { spec });
    expect(lines.format).toBe('jsonl');
    expect(codes(lines)).toEqual(['encoding-not-utf8']);
    expect(lines.stats.rows).toBe(2);
  });

  it('--encoding is taken as told for JSON too', async () => {
    const utf16 = file(iconv.encode(RECORDS, 'utf-16le', { addBOM: true }));
    const told = await validateFile(utf16, { spec, encoding: 'utf-16le' });
    expect(flat(told)).toEqual(flat(await validateFile(utf16, { spec })));
    // An ambiguous single-byte file read as the encoding named: its letters as that encoding reads them.
    const ambiguous = file(iconv.encode('[{"id": 1, "name": "x", "lat": "kärr"}]', 'windows-1252'));
    expect(codes(await validateFile(ambiguous, { spec }))).toEqual(['encoding-uncertain', 'wrong-type']);
    const cp850 = await validateFile(ambiguous, { spec, encoding: 'cp850' });
    expect(flat(cp850)).toEqual([
      ['encoding-not-utf8', undefined, undefined, undefined, undefined],
      ['wrong-type', 1, 1, '/0/lat', 'kõrr'],
    ]);
    const latin1 = await validateFile(ambiguous, { spec, encoding: 'latin1' as never });
    expect(latin1.diagnostics[1]?.value).toBe('kärr');
    // Told UTF-8: the bad byte is reported at its record.
    const utf8 = await validateFile(ambiguous, { spec, encoding: 'utf-8' });
    expect(flat(utf8)).toEqual([
      ['encoding-invalid-utf8', 1, 1, '/0', undefined],
      ['wrong-type', 1, 1, '/0/lat', 'k\ufffdrr'],
    ]);
  });
});

describe('through the CLI', () => {
  const json = async (path: string, ...flags: string[]): Promise<{ code: number; file: FileReport; stderr: string }> => {
    const r = await run(['validate', path, '--spec', spec, '--format', 'json', '--no-config', ...flags]);
    return { code: r.code, stderr: r.stderr, file: JSON.parse(r.stdout).files[0] as FileReport };
  };

  it('a Windows-1252 JSON file: exit 1, encoding-not-utf8', async () => {
    const r = await json(file(iconv.encode('[{"id": 1, "name": "Ängsviken"}]', 'windows-1252')));
    expect(r.code).toBe(1);
    expect(codes(r.file)).toEqual(['encoding-not-utf8']);
  });

  it('UTF-16LE JSON with and without --encoding: exit 1, encoding-not-utf8 and encoding-bom, no json-syntax', async () => {
    const path = file(iconv.encode('[{"id": 1, "name": "Ängsviken"}]', 'utf-16le', { addBOM: true }));
    for (const flags of [[], ['--encoding', 'utf-16le']]) {
      const r = await json(path, ...flags);
      expect(r.code).toBe(1);
      expect(codes(r.file)).toEqual(['encoding-not-utf8', 'encoding-bom']);
    }
  });

  it('UTF-32 (JSON and CSV, with a BOM or without): validate exit 3, file-binary utf-32; fix exit 3 as validate, nothing written', async () => {
    const utf32 = (text: string, little: boolean): Buffer => {
      const points = [...text].map((c) => c.codePointAt(0) as number);
      const out = Buffer.alloc(points.length * 4);
      points.forEach((p, i) => (little ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
      return out;
    };
    for (const [text, ending] of [[RECORDS, '.json'], ['id,name,lat\n1,Ängsviken,\n', '.csv']] as const) {
      for (const bytes of [utf32(`\ufeff${text}`, true), utf32(`\ufeff${text}`, false), utf32(text, true), utf32(text, false)]) {
        const path = file(bytes, ending);
        const r = await json(path);
        expect([r.code, r.file.unreadable, r.file.diagnostics.map((d) => [d.code, d.params.reason])]).toEqual([3, true, [['file-binary', 'utf-32']]]);
        const out = join(dir, `fixed-${n}${ending}`);
        const fixed = await run(['fix', path, '--spec', spec, '-o', out]);
        expect(fixed.code).toBe(r.code);
        expect(fixed.stderr).toContain('UTF-32');
        expect(existsSync(out)).toBe(false);
      }
    }
  });

  it('a UTF-8 BOM alone: exit 0 (a warning), the text report names it', async () => {
    const path = file(Buffer.from('\ufeff[{"id": 1, "name": "Ängsviken"}]'));
    const r = await json(path);
    expect(r.code).toBe(0);
    expect(codes(r.file)).toEqual(['encoding-bom']);
    expect((await run(['validate', path, '--spec', spec, '--no-config', '--lang', 'en'])).stdout).toContain('encoding-bom');
  });
});

describe('--spec auto reads the first record in the encoding decided', () => {
  // A spec whose attribute names only match when the names are read right.
  const specs = join(dir, 'auto-specs');
  mkdirSync(specs, { recursive: true });
  const props = { område: attr('string'), gatuadress: attr('string'), länskod: attr('string'), ägare: attr('string') };
  writeFileSync(join(specs, 'omraden.json'), JSON.stringify(miniSpec({ 'x-id': 'omraden', 'x-columns': Object.keys(props), 'x-unique-key': ['område'], required: [], properties: props })));
  const registry = new Registry({ bundledDir: join(dir, 'no-bundled-specs'), specsDirs: [specs] });
  const record = '{"område": "Öster", "gatuadress": "Kärrvägen 1", "länskod": "14", "ägare": "Åsa"}';

  for (const [name, bytes] of [
    ['Windows-1252 JSON', iconv.encode(`[${record}]`, 'windows-1252')],
    ['Windows-1252 JSON Lines', iconv.encode(`${record}\n`, 'windows-1252')],
    ['UTF-16LE JSON', iconv.encode(`[${record}]`, 'utf-16le', { addBOM: true })],
  ] as const) {
    it(`${name}: the spec is found by its names`, async () => {
      const r = await validateFile(file(bytes, name.endsWith('Lines') ? '.jsonl' : '.json'), { spec: 'auto', registry });
      expect(r.spec).toMatchObject({ id: 'omraden' });
      expect(r.specChoice).toMatchObject({ method: 'auto', score: 1 });
      expect(codes(r)).toEqual(name.startsWith('UTF-16') ? ['encoding-not-utf8', 'encoding-bom'] : ['encoding-not-utf8']);
    });
  }

  it('a Windows-1252 CSV file too', async () => {
    const r = await validateFile(file(iconv.encode(`${Object.keys(props).join(',')}\nÖster,Kärrvägen 1,14,Åsa\n`, 'windows-1252'), '.csv'), { spec: 'auto', registry });
    expect(r.spec).toMatchObject({ id: 'omraden' });
    expect(r.specChoice).toMatchObject({ score: 1 });
  });
});
