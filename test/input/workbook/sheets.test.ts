/** The workbook reader's sheets: listing, picking by name and number, hidden sheets, merged and hidden cells, parts found by relationship. */
import { describe, expect, it } from 'vitest';
import { cellRef, openWorkbook, pickSheet } from '../../../src/input/workbook/index.js';
import type { WorkbookSheet } from '../../../src/input/workbook/index.js';
import { compact, readBook, readFile, tempFile } from './read.js';
import { sheetData, writeZip, xlsxParts } from '../../support/xlsx.js';

const cell = (ref: string, v: number): string => `<c r="${ref}"><v>${v}</v></c>`;

const THREE = {
  sheets: [
    { name: 'Dolt', body: sheetData([[1, cell('A1', 1)]]), state: 'hidden' as const },
    { name: 'Badplatser 2024', body: sheetData([[1, cell('A1', 2)]]), part: 'xl/worksheets/data.xml' },
    { name: 'Blad3', body: sheetData([[1, cell('A1', 3)]]), state: 'veryHidden' as const },
  ],
};

describe('sheets', () => {
  it('lists sheets in workbook order with their hidden state, and finds parts by relationship', async () => {
    const read = await readBook(THREE);
    expect(read.sheets.map((s) => [s.name, s.index, s.hidden, s.kind])).toEqual([
      ['Dolt', 1, true, 'worksheet'],
      ['Badplatser 2024', 2, false, 'worksheet'],
      ['Blad3', 3, true, 'worksheet'],
    ]);
    // The default is the first sheet not hidden.
    expect(compact(read.rows)).toEqual([[1, [[1, 'number', '2']]]]);
  });

  it('picks a sheet by exact name, then case-insensitive name, then number', async () => {
    expect(compact((await readBook(THREE, 'Dolt')).rows)).toEqual([[1, [[1, 'number', '1']]]]);
    expect(compact((await readBook(THREE, 'badplatser 2024')).rows)).toEqual([[1, [[1, 'number', '2']]]]);
    expect(compact((await readBook(THREE, '3')).rows)).toEqual([[1, [[1, 'number', '3']]]]);
  });

  it('pickSheet: exact before case-insensitive before number; undefined for no such sheet', () => {
    const sheets: WorkbookSheet[] = [
      { name: 'Ärenden', index: 1, hidden: false },
      { name: 'ärenden', index: 2, hidden: false },
      { name: '1', index: 3, hidden: false },
      { name: 'Gömd', index: 4, hidden: true },
    ];
    expect(pickSheet(sheets, 'ärenden')?.index).toBe(2);
    expect(pickSheet(sheets, 'ÄRENDEN')?.index).toBe(1);
    expect(pickSheet(sheets, '1')?.index).toBe(3);
    expect(pickSheet(sheets, '2')?.index).toBe(2);
    expect(pickSheet(sheets, '4')?.index).toBe(4);
    expect(pickSheet(sheets, '5')).toBeUndefined();
    expect(pickSheet(sheets, '0')).toBeUndefined();
    expect(pickSheet(sheets, 'Blad1')).toBeUndefined();
    expect(pickSheet(sheets, undefined)?.index).toBe(1);
    expect(pickSheet([{ name: 'A', index: 1, hidden: true }], undefined)?.index).toBe(1);
  });

  it('cellRef', () => {
    expect(cellRef(3, 5)).toBe('C5');
    expect(cellRef(27, 1)).toBe('AA1');
    expect(cellRef(16384, 1048576)).toBe('XFD1048576');
  });

  it('reads two sheets of one open workbook, each as often as asked', async () => {
    const path = tempFile();
    await writeZip(path, xlsxParts(THREE));
    const wb = await openWorkbook(path);
    try {
      const texts: string[] = [];
      for (const s of [wb.sheets[2], wb.sheets[0], wb.sheets[2]] as WorkbookSheet[]) await wb.readSheet(s, (r) => texts.push(r.cells[0]?.text ?? ''));
      expect(texts).toEqual(['3', '1', '3']);
    } finally {
      wb.close();
    }
  });

  it('notes merged cells (20 kept, all counted), hidden columns up to the data and hidden rows, which still yield', async () => {
    const merges = Array.from({ length: 25 }, (_, i) => `<mergeCell ref="A${i + 10}:C${i + 10}"/>`).join('');
    const body =
      '<cols><col min="1" max="1" width="10"/><col min="2" max="3" hidden="1"/><col min="7" max="16384" hidden="1"/></cols>' +
      '<sheetData><row r="1">' + cell('A1', 1) + cell('E1', 5) + '</row><row r="2" hidden="1">' + cell('B2', 2) + '</row>' +
      '<row r="3" hidden="1" s="1" customFormat="1"/><row r="4" hidden="true">' + cell('H4', 8) + '</row></sheetData>' +
      `<mergeCells count="25">${merges}</mergeCells>`;
    const read = await readBook({ sheets: [{ name: 'Blad1', body }] });
    expect(read.rows.map((r) => [r.row, r.hidden])).toEqual([[1, false], [2, true], [4, true]]);
    expect(read.summary.rows).toBe(3);
    expect(read.summary.lastRow).toBe(4);
    const [merged, columns, rows] = read.summary.notes;
    expect(merged).toEqual({ kind: 'merged', ranges: Array.from({ length: 20 }, (_, i) => `A${i + 10}:C${i + 10}`), count: 25 });
    expect(columns).toEqual({ kind: 'hidden-columns', columns: [2, 3, 7, 8] });
    expect(rows).toEqual({ kind: 'hidden-rows', count: 2 });
  });

  it('a sheet with no rows reads as none', async () => {
    const read = await readBook({ sheets: [{ name: 'Tom', body: '<sheetData/>' }] });
    expect(read.rows).toEqual([]);
    expect(read.summary).toEqual({ rows: 0, lastRow: 0, notes: [] });
  });

  it('finds the workbook through _rels/.rels wherever it is, and reads without [Content_Types].xml', async () => {
    const parts = xlsxParts({ sheets: [{ name: 'Blad1', body: sheetData([[2, cell('B2', 7)]]) }] });
    const moved = new Map<string, string>();
    for (const [name, text] of parts) {
      if (name === '[Content_Types].xml') continue;
      const renamed = name.startsWith('xl/') ? `book/${name.slice(3)}` : name;
      moved.set(renamed, name === '_rels/.rels' ? text.replace('Target="xl/workbook.xml"', 'Target="/book/workbook.xml"') : text);
    }
    const path = tempFile();
    await writeZip(path, moved);
    const read = await readFile(path);
    expect(compact(read.rows)).toEqual([[2, [[2, 'number', '7']]]]);
  });

  it('reads a workbook whose parts are stored, not deflated, and in any order in the ZIP', async () => {
    const path = tempFile();
    await writeZip(path, [...xlsxParts(THREE)].reverse(), true);
    expect(compact((await readFile(path, '2')).rows)).toEqual([[1, [[1, 'number', '2']]]]);
  });

  it('finds the workbook through [Content_Types].xml when there is no _rels/.rels, and a sheet by an absolute target', async () => {
    const parts = new Map(xlsxParts({ sheets: [{ name: 'Blad1', body: sheetData([[1, cell('A1', 1)]]), part: 'elsewhere/first.xml' }] }));
    parts.delete('_rels/.rels');
    const moved = new Map<string, string>();
    for (const [name, text] of parts) {
      const renamed = name === 'xl/workbook.xml' ? 'xl/book.xml' : name === 'xl/_rels/workbook.xml.rels' ? 'xl/_rels/book.xml.rels' : name;
      moved.set(renamed, text.replace('PartName="/xl/workbook.xml"', 'PartName="/xl/book.xml"'));
    }
    expect(moved.get('xl/_rels/book.xml.rels')).toContain('Target="/elsewhere/first.xml"');
    const path = tempFile();
    await writeZip(path, moved);
    expect(compact((await readFile(path)).rows)).toEqual([[1, [[1, 'number', '1']]]]);
  });

  it('lists a chart sheet, which reads as no rows', async () => {
    const parts = new Map(xlsxParts({ sheets: [{ name: 'Diagram', body: '' }, { name: 'Data', body: sheetData([[1, cell('A1', 1)]]) }] }));
    const rels = parts.get('xl/_rels/workbook.xml.rels') as string;
    parts.set('xl/_rels/workbook.xml.rels', rels.replace(/relationships\/worksheet" Target="worksheets\/sheet1.xml"/, 'relationships/chartsheet" Target="chartsheets/sheet1.xml"'));
    parts.delete('xl/worksheets/sheet1.xml');
    parts.set('xl/chartsheets/sheet1.xml', '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><drawing/></chartsheet>');
    const path = tempFile();
    await writeZip(path, parts);
    const read = await readFile(path, '1');
    expect(read.sheets.map((s) => s.kind)).toEqual(['chartsheet', 'worksheet']);
    expect(read.rows).toEqual([]);
    expect(compact((await readFile(path, 'Data')).rows)).toEqual([[1, [[1, 'number', '1']]]]);
  });
});
