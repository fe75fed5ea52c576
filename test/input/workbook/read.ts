/** Reading a test workbook whole: its sheets and the rows of one of them. */
import { join } from 'node:path';
import { openWorkbook, pickSheet } from '../../../src/input/workbook/index.js';
import type { SheetSummary, WorkbookLimits, WorkbookRow, WorkbookSheet } from '../../../src/input/workbook/index.js';
import { tempDir } from '../../helpers.js';
import { writeXlsx } from '../../support/xlsx.js';
import type { TestWorkbook } from '../../support/xlsx.js';

export interface Read {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
  readonly rows: WorkbookRow[];
  readonly summary: SheetSummary;
}

/** Reads a sheet (by `--sheet` value; the default one when undefined) of a workbook file. */
export async function readFile(path: string, sheet?: string, limits?: Partial<WorkbookLimits>): Promise<Read> {
  const wb = await openWorkbook(path, limits);
  try {
    const picked = pickSheet(wb.sheets, sheet);
    if (picked === undefined) throw new Error(`no sheet ${sheet}`);
    const rows: WorkbookRow[] = [];
    const summary = await wb.readSheet(picked, (r) => rows.push(r));
    return { sheets: wb.sheets, date1904: wb.date1904, rows, summary };
  } finally {
    wb.close();
  }
}

let dir: string | undefined;
let n = 0;

/** A fresh file name in the tests' temporary folder. */
export function tempFile(name = 'book.xlsx'): string {
  dir ??= tempDir();
  return join(dir, `${++n}-${name}`);
}

/** Writes a test workbook and reads a sheet of it. */
export async function readBook(wb: TestWorkbook, sheet?: string, limits?: Partial<WorkbookLimits>): Promise<Read> {
  const path = tempFile();
  await writeXlsx(path, wb);
  return readFile(path, sheet, limits);
}

/** Rows as `[row, [[col, kind, text], …]]`, for compact expectations. */
export function compact(rows: readonly WorkbookRow[]): [number, [number, string, string][]][] {
  return rows.map((r) => [r.row, r.cells.map((c): [number, string, string] => [c.col, c.kind, c.text])]);
}
