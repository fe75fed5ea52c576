/**
 * fix of a workbook (issue 18): its sheet becomes a conformant CSV file (UTF-8, comma, canonical
 * values), every cell carried over, and a workbook is never written over or written as one.
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { fixFile } from '../../src/fix/fix.js';
import { Registry } from '../../src/registry/index.js';
import { DatakollError } from '../../src/errors.js';
import { esc, sheetData, writeXlsx } from '../support/xlsx.js';
import { tempDir } from '../helpers.js';

const spec = new Registry().resolve('badplatser');
const dir = tempDir();

const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;

/** A title, a header, two rows with wrong forms and an error cell, an empty row between them. */
async function workbook(name: string, more: { name: string; body: string }[] = []): Promise<string> {
  const path = join(dir, name);
  const body = sheetData([
    [1, text('A1', 'Badplatser i Exempelby')],
    [2, ['place_id', 'name', 'latitude', 'longitude', 'toilet'].map((h, i) => text(`${'ABCDE'[i]}2`, h)).join('')],
    [3, text('A3', '1480-A') + text('B3', 'Ängsviken') + text('C3', '57,6312') + '<c r="D3"><v>11.7954</v></c>' + text('E3', 'ja')],
    [5, text('A5', '1480-B') + text('B5', 'Kärr') + '<c r="C5" t="e"><v>#N/A</v></c>' + '<c r="D5"><v>11.8</v></c>' + '<c r="E5" t="b"><v>0</v></c>'],
  ]);
  await writeXlsx(path, { sheets: [{ name: 'Blad1', body }, ...more] });
  return path;
}

async function fix(path: string, target = { name: join(dir, 'out.csv'), inPlace: false }) {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (c: Buffer) => parts.push(c));
  const result = await fixFile({ name: path, path, open: () => createReadStream(path) }, out, spec, { target });
  out.end();
  return { text: Buffer.concat(parts).toString('utf8'), result };
}

describe('fix of a workbook', () => {
  it('writes the sheet as the spec\'s CSV: canonical values, every cell kept, what is left listed', async () => {
    const { text: csv, result } = await fix(await workbook('steward.xlsx'));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('place_id,name,latitude,longitude,toilet');
    // The title row and the blank row are left out, ja is true, the boolean cell false; the error
    // cell #N/A is Excel's placeholder for no value, written empty (and logged), so the latitude is left missing.
    expect(lines.slice(1)).toEqual(['1480-A,Ängsviken,57.6312,11.7954,true', '1480-B,Kärr,,11.8,false']);
    expect(csv).toContain('1480-A,Ängsviken,57.6312,11.7954');
    expect(result.unfixed.some((u) => JSON.stringify(u).includes('latitude'))).toBe(true);
    const out = join(dir, 'fixed.csv');
    writeFileSync(out, csv);
    const report = await validateFile(out, { spec: 'badplatser', threads: 1 });
    expect(report.diagnostics.filter((d) => d.code.startsWith('form-') || d.code.startsWith('dialect-'))).toEqual([]);
    expect(readFileSync(out, 'utf8')).not.toContain('57,6312');
  });

  it('refuses to write back into a workbook, in place or by a workbook\'s name, before anything is written', async () => {
    const path = await workbook('refused.xlsx');
    for (const target of [{ name: path, inPlace: true }, { name: join(dir, 'out.xlsx'), inPlace: false }]) {
      const e = await fix(path, target).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DatakollError);
      expect((e as DatakollError).code).toBe('fix-workbook-as-csv');
    }
  });

  it('tells rows as the sheet numbers them, not as the temporary CSV file does', async () => {
    // The header on row 3, below two empty rows: the log must say row 4 and row 6, as validate does.
    const path = join(dir, 'low.xlsx');
    const body = sheetData([
      [3, ['place_id', 'name', 'latitude', 'longitude', 'toilet'].map((h, i) => text(`${'ABCDE'[i]}3`, h)).join('')],
      [4, text('A4', '1480-A') + text('B4', 'Ängsviken') + text('C4', '57,6312') + '<c r="D4"><v>11.7954</v></c>' + text('E4', 'kanske')],
      [6, text('A6', '1480-B') + text('B6', 'Kärr') + text('C6', 'norr') + '<c r="D6"><v>11.8</v></c>' + '<c r="E6" t="b"><v>0</v></c>'],
    ]);
    await writeXlsx(path, { sheets: [{ name: 'Blad1', body }] });
    const told: number[] = [];
    const out = new PassThrough();
    out.resume();
    const result = await fixFile({ name: path, path, open: () => createReadStream(path) }, out, spec, { onChange: (c) => told.push(c.row) });
    expect(result.sheet).toBe('Blad1');
    expect(told).toEqual([4]);
    expect(result.cellChanges.flatMap((c) => c.examples.map((e) => e.row))).toEqual([4]);
    expect(result.unfixed.map((u) => [u.row, u.column, u.code])).toEqual([[4, 'toilet', 'invalid-boolean'], [6, 'latitude', 'invalid-number']]);
    const report = await validateFile(path, { spec: 'badplatser', threads: 1 });
    const at = (code: string): number | undefined => report.diagnostics.find((d) => d.code === code)?.row;
    expect([at('invalid-boolean'), at('invalid-number')]).toEqual([4, 6]);
  });

  it('a sheet that is not there is told with the sheets there are', async () => {
    const path = await workbook('sheets.xlsx');
    const out = new PassThrough();
    const e = await fixFile({ name: path, path, open: () => createReadStream(path) }, out, spec, { sheet: 'Blad9' }).catch((x: unknown) => x);
    expect((e as DatakollError).code).toBe('fix-workbook-unreadable');
    expect((e as DatakollError).kind).toBe('io');
  });
});

describe('fix of a workbook from standard input', () => {
  it('reads it whole (not only its first bytes) and writes the CSV', async () => {
    const { run } = await import('../cli/run.js');
    // Larger than the first chunk read (256 KiB): a second sheet of random text that does not compress.
    const { randomBytes } = await import('node:crypto');
    const path = join(dir, 'stdin.xlsx');
    const big = sheetData([[1, text('A1', randomBytes(400 * 1024).toString('hex'))]]);
    await workbook('stdin.xlsx', [{ name: 'Stort', body: big }]);
    expect(readFileSync(path).length).toBeGreaterThan(256 * 1024);
    const out = join(dir, 'from-stdin.csv');
    // In 64 KiB chunks, as a pipe hands it on: the first chunk alone is no whole workbook.
    const r = await run(['fix', '-', '--spec', 'badplatser', '-o', out], { stdin: readFileSync(path), stdinChunk: 64 * 1024 });
    expect(r.code, r.stderr).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('1480-A,Ängsviken,57.6312,11.7954,true');
  });
});
