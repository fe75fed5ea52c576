/** A sheet of a million rows with only formatting streams through in bounded time and yields nothing. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compact, readFile, tempFile } from './read.js';
import { writeZip, xlsxParts } from '../../support/xlsx.js';

const ROWS = 1_000_000;

/** Rows styled but empty, as Excel writes them when a whole column or row range is formatted. */
function formattedRows(): string {
  const rows: string[] = [];
  for (let r = 1; r < ROWS; r++) rows.push(r % 2 === 0 ? `<row r="${r}" s="1" customFormat="1"/>` : `<row r="${r}" spans="1:3"><c r="A${r}" s="3"/><c r="C${r}" s="3"/></row>`);
  rows.push(`<row r="${ROWS}"><c r="B${ROWS}" t="inlineStr"><is><t>sist</t></is></c></row>`);
  return rows.join('');
}

describe('a million formatting-only rows', () => {
  const path = tempFile();
  beforeAll(async () => {
    const parts = new Map(xlsxParts({ sheets: [{ name: 'Blad1', body: '<sheetData/>' }], cellXfs: [0, 0, 0, 0] }));
    const body = formattedRows();
    parts.set('xl/worksheets/sheet1.xml', `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`);
    await writeZip(path, parts);
  }, 60_000);

  it('streams through and yields only the row with a value (within the test timeout of 10 s)', { timeout: 10_000 }, async () => {
    const read = await readFile(path);
    expect(compact(read.rows)).toEqual([[ROWS, [[2, 'text', 'sist']]]]);
    expect(read.summary).toEqual({ rows: 1, lastRow: ROWS, notes: [] });
  });
});
