import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import type { Diagnostic } from '../../src/report/index.js';
import { chunks, miniSpec, tempDir, writeSpec } from '../helpers.js';

const specFile = writeSpec(tempDir());
const flat = (ds: readonly Diagnostic[]): [number | undefined, string | undefined, string][] => ds.map((d) => [d.row, d.field, d.code]);

async function csv(text: string, spec: string = specFile) {
  return validateFile(chunks(text), { spec, format: 'csv' });
}

describe('CSV validation', () => {
  it('a conforming file has no findings', async () => {
    const r = await csv('id,name,lat,ok,day\n1,Åsa,57.1,true,2024-01-31\n2,"Bo, Ek",-3,false,\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.stats.rows).toBe(2);
  });

  it('reports a cell that cannot be coerced at that cell, and still checks the rest of the row', async () => {
    const r = await csv('id,name,lat,ok,day\nx1,,99,kanske,2024-02-30\n');
    // In column order, whichever check found them.
    expect(flat(r.diagnostics)).toEqual([
      [2, 'id', 'invalid-integer'],
      [2, 'name', 'required-missing'],
      [2, 'lat', 'above-maximum'],
      [2, 'ok', 'invalid-boolean'],
      [2, 'day', 'invalid-date'],
    ]);
    const id = r.diagnostics[0] as Diagnostic;
    expect(id).toMatchObject({ row: 2, line: 2, column: 1, columnLetter: 'A', value: 'x1', severity: 'error' });
    expect(r.diagnostics.find((d) => d.field === 'lat')).toMatchObject({ column: 3, columnLetter: 'C', value: '99', params: { limit: 90 } });
    // A required attribute whose cell failed coercion is not also reported missing.
    expect(r.diagnostics.filter((d) => d.field === 'id')).toHaveLength(1);
  });

  it('row and line differ after a quoted line break', async () => {
    const r = await csv('id,name,lat,ok,day\n1,"two\nlines",0,true,\n2,b,x,true,\n');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ row: 3, line: 4, field: 'lat', code: 'invalid-number' });
  });

  it('header checks: missing mandatory, unknown, duplicate, empty, order', async () => {
    const r = await csv('name,extra,,lat,name,ok\nA,x,y,1,A,true\n');
    const codes = flat(r.diagnostics);
    expect(codes).toEqual([
      [1, 'extra', 'header-unknown-column'],
      [1, '', 'header-empty-column'],
      [1, 'name', 'header-duplicate-column'],
      [1, 'id', 'header-missing-column'],
      [1, '', 'header-missing-optional-columns'],
    ]);
    expect(r.diagnostics[2]).toMatchObject({ column: 5, columnLetter: 'E', params: { first: 1 } });
    // The missing mandatory column is reported once, not again on every row.
    expect(r.diagnostics.some((d) => d.code === 'required-missing')).toBe(false);
  });

  it('reports columns out of the spec order once', async () => {
    const r = await csv('name,id,lat,ok,day\nA,1,1,true,\n');
    expect(flat(r.diagnostics)).toEqual([[1, 'id', 'header-column-order']]);
    expect(r.diagnostics[0]?.params).toMatchObject({ after: 'name' });
  });

  it('rows with too many or too few cells, and blank rows', async () => {
    const r = await csv('id,name,lat,ok,day\n1,a,1,true,,extra\n\n2,b\n,,,,\n');
    expect(flat(r.diagnostics)).toEqual([
      [2, undefined, 'row-too-many-cells'],
      [3, undefined, 'row-blank'],
      [4, undefined, 'row-too-few-cells'],
      [5, undefined, 'row-blank'],
    ]);
    expect(r.diagnostics[0]?.params).toEqual({ expected: 5, found: 6, delimiter: ',' });
    // Blank rows are reported but are not records: the rows a score is taken over are those with content.
    expect(r.stats.rows).toBe(2);
  });

  it('finds duplicate keys and names the first row', async () => {
    const r = await csv('id,name\n1,a\n2,b\n1,c\n2,d\n');
    expect(flat(r.diagnostics).filter((d) => d[2] === 'unique-duplicate')).toEqual([
      [4, 'id', 'unique-duplicate'],
      [5, 'id', 'unique-duplicate'],
    ]);
    expect(r.diagnostics.find((d) => d.code === 'unique-duplicate')?.params).toEqual({ firstRow: 2, description: { sv: 'beskrivning', en: 'description' } });
  });

  it('composite unique keys', async () => {
    const dir = tempDir();
    const spec = writeSpec(dir, miniSpec({ 'x-unique-key': ['id', 'name'] }));
    const r = await csv('id,name\n1,a\n1,b\n1,a\n', spec);
    expect(flat(r.diagnostics).filter((d) => d[2] === 'unique-duplicate')).toEqual([[4, 'id+name', 'unique-duplicate']]);
    expect(r.diagnostics.find((d) => d.code === 'unique-duplicate')?.value).toBe('1 | a');
  });

  it('an empty file is an error', async () => {
    const r = await csv('');
    expect(flat(r.diagnostics)).toEqual([[undefined, undefined, 'file-empty']]);
    expect(r.valid).toBe(false);
  });

  it('an unclosed quote is reported with its row and line', async () => {
    const r = await csv('id,name\n1,a\n2,"b\n');
    expect(r.diagnostics.filter((d) => d.code === 'csv-malformed').map((d) => [d.row, d.line])).toEqual([[3, 3]]);
  });

  it('stops listing at maxErrors but keeps counting', async () => {
    const rows = Array.from({ length: 50 }, (_v, i) => `x${i},a`).join('\n');
    const r = await validateFile(chunks(`id,name\n${rows}\n`), { spec: specFile, format: 'csv', maxErrors: 10 });
    expect(r.diagnostics).toHaveLength(10);
    expect(r.partial).toBe(true);
    expect(r.stats.errors).toBe(50);
    expect(r.stats.rowsWithErrors).toBe(50);
    expect(r.groups[0]).toMatchObject({ code: 'invalid-integer', count: 50 });
  });

  it('records which spec file was used, with its hash', async () => {
    const r = await csv('id,name\n1,a\n');
    expect(r.spec).toMatchObject({ id: 'mini', version: '1.0', file: specFile, bundled: false });
    expect(r.spec?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('CSV control characters', () => {
  it('a NUL, another C0 control, DEL or a C1 control in a text cell is reported at that cell, naming the character', async () => {
    const r = await csv('id,name,lat,ok,day\n1,a\u0000b,1,true,\n2,"x\ty\r\nz",1,true,\n3,\u001b[1m,1,true,\n4\u007f,d,1,true,\n5,e\u0085,1,true,\n');
    expect(r.diagnostics.map((d) => [d.row, d.columnLetter, d.field, d.code, d.params.character])).toEqual([
      [2, 'B', 'name', 'control-character', 'U+0000'],
      [4, 'B', 'name', 'control-character', 'U+001B'],
      // In a cell of another type, the value does not read as one: that is the finding.
      [5, 'A', 'id', 'invalid-integer', undefined],
      [6, 'B', 'name', 'control-character', 'U+0085'],
    ]);
    expect(r.stats.rowsWithErrors).toBe(4);
  });
});

describe('CSV blank rows', () => {
  it('are reported but not counted as rows: one bad record among blank rows is 0% rows without errors', async () => {
    const r = await csv(`id,name,lat,ok,day\n${'\n'.repeat(1000)}1,,,,\n`);
    expect(r.diagnostics.filter((d) => d.code === 'row-blank')).toHaveLength(1000);
    expect(r.stats).toMatchObject({ rows: 1, rowsWithErrors: 1 });
    expect(r.score).toMatchObject({ rowsOkShare: 0, level: 'F' });
  });

  it('a header with only blank rows below it has no records: an error', async () => {
    for (const text of ['id,name,lat,ok,day\n', 'id,name,lat,ok,day\n\n\n']) {
      const r = await csv(text);
      expect(r.diagnostics.find((d) => d.code === 'file-no-records')?.severity).toBe('error');
      expect([r.valid, r.stats.rows, r.score.level]).toEqual([false, 0, 'F']);
    }
  });

  it('a line of spaces is a blank row, not a short one', async () => {
    const r = await csv('id,name,lat,ok,day\n   \n1,a,,,\n');
    expect(flat(r.diagnostics)).toEqual([[2, undefined, 'row-blank']]);
  });
});

describe('control characters found however far into the file they are (the reader watches the text)', () => {
  it('a NUL in a row after 100 000 clean ones is reported at its cell', async () => {
    const { validateFile } = await import('../../src/api.js');
    const { chunks } = await import('../helpers.js');
    const rows = Array.from({ length: 100_000 }, (_, i) => `1480-${i},Bad ${i},57.70112,11.80123`);
    const text = `place_id,name,latitude,longitude\n${rows.join('\n')}\n1480-x,Bad\u0000x,57.70112,11.80123\n`;
    const r = await validateFile(chunks(text), { spec: 'badplatser', format: 'csv', threads: 1 });
    expect(r.diagnostics.filter((d) => d.code === 'control-character').map((d) => [d.row, d.field])).toEqual([[100_002, 'name']]);
  });
});
