import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { validateFile } from '../../src/api.js';
import { fixFile } from '../../src/fix/fix.js';
import { Registry } from '../../src/registry/index.js';
import { chunks } from '../helpers.js';

const spec = new Registry().resolve('badplatser');

async function fix(bytes: Buffer) {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (c: Buffer) => parts.push(c));
  const result = await fixFile({ name: 'x.csv', open: () => chunks(bytes) }, out, spec);
  out.end();
  return { text: Buffer.concat(parts).toString('utf8'), result };
}

describe('fixCsv', () => {
  it('an Excel export (Windows-1252, semicolons, CRLF, decimal commas, ja/nej, day-first dates, a title row, trailing delimiters, columns out of order) becomes the spec dialect', async () => {
    const excel = [
      'Badplatser i Exempelby;;;;;;',
      'name;place_id;latitude;longitude;toilet;updated;',
      'Ängsviken;1480-Ä;57,6312;11,7954;ja;23/05/2024;',
      'Kärr;1480-K;57,70;11,80;Nej;20240531;',
      ';;;;;;',
      'Hästö;1480-H;57,1;11,1;kanske;03/04/2024;',
      '',
    ].join('\r\n');
    const { text, result } = await fix(iconv.encode(excel, 'windows-1252'));
    expect(text).toBe(
      [
        'place_id,name,latitude,longitude,updated,toilet',
        '1480-Ä,Ängsviken,57.6312,11.7954,2024-05-23,true',
        '1480-K,Kärr,57.70,11.80,2024-05-31,false',
        '1480-H,Hästö,57.1,11.1,03/04/2024,kanske',
        '',
      ].join('\n'),
    );
    expect(result.fileChanges.map((c) => c.kind)).toEqual(['encoding', 'delimiter', 'line-endings', 'trailing-delimiter', 'title-row', 'column-order']);
    expect(result.cellChanges.map((c) => [c.column, c.kind, c.count])).toEqual([
      ['latitude', 'decimal-comma', 3],
      ['longitude', 'decimal-comma', 3],
      ['updated', 'date-day-first', 1],
      ['toilet', 'boolean-word', 2],
      ['updated', 'date-compact', 1],
    ]);
    expect(result.cellChanges[0]?.examples[0]).toEqual({ row: 3, from: '57,6312', to: '57.6312' });
    expect(result.unfixed.map((u) => [u.row, u.column, u.value, u.code])).toEqual([
      [6, 'updated', '03/04/2024', 'date-ambiguous'],
      [6, 'toilet', 'kanske', 'invalid-boolean'],
    ]);
    expect(result.blankRows).toBe(1);
    expect(result.rows).toBe(3);
    // What it fixed now validates; what it could not fix is still reported.
    const check = await validateFile(chunks(text), { spec, format: 'csv' });
    expect(check.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.row, d.field, d.code])).toEqual([
      [4, 'updated', 'date-ambiguous'],
      [4, 'toilet', 'invalid-boolean'],
    ]);
  });

  it('a conformant file comes through unchanged, with an empty log', async () => {
    const csv = 'place_id,name,latitude,longitude\n1,"Bo, Ek",57.1,11.9\n2,"två\nrader",57.2,11.8\n';
    const { text, result } = await fix(Buffer.from(csv));
    expect(text).toBe(csv);
    expect(result.fileChanges).toEqual([]);
    expect(result.cellChanges).toEqual([]);
  });

  it('UTF-8 with BOM and UTF-16 are rewritten as UTF-8 without BOM', async () => {
    const csv = 'place_id,name\n1,Åsa\n';
    expect((await fix(Buffer.from(`\ufeff${csv}`))).text).toBe(csv);
    const u16 = await fix(iconv.encode(csv, 'utf-16le', { addBOM: true }));
    expect(u16.text).toBe(csv);
    expect(u16.result.fileChanges.map((c) => c.kind)).toEqual(['encoding', 'bom']);
  });

  it('placeholders become empty and spaces around values are trimmed', async () => {
    const { text, result } = await fix(Buffer.from('place_id,name,latitude,longitude,toilet\n1,NULL, 57.1 ,N/A,-\n'));
    expect(text).toBe('place_id,name,latitude,longitude,toilet\n1,,57.1,,\n');
    expect(result.cellChanges.map((c) => [c.column, c.kind])).toEqual([
      ['name', 'placeholder-empty'],
      ['latitude', 'spaces-around'],
      ['longitude', 'placeholder-empty'],
      ['toilet', 'placeholder-empty'],
    ]);
  });
});
