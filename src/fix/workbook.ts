/**
 * fix of a workbook: its sheet, read as validate reads it (input/workbook/: a number as written, a
 * date as YYYY-MM-DD, true/false), is written to a private temporary CSV file (UTF-8, comma), which
 * fix then rewrites in the spec's form like any CSV file, to a CSV file of the user's: nothing is
 * written back into the workbook. Every cell with a value is carried over (an error cell as its
 * code, #N/A, which fix then lists as left); rows with only formatting are left out, and empty
 * rows between rows with values are kept as blank rows.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatakollError } from '../errors.js';
import { csvLine, lastColumn, rowCells, shownNumber } from '../input/index.js';
import { openWorkbook, pickSheet, WorkbookError } from '../input/workbook/index.js';
import type { Workbook, WorkbookSheet } from '../input/index.js';
import { renderMessage } from '../report/index.js';
import type { Code, ParamValue, Templates } from '../report/index.js';
import { addTemporaryPath, dropTemporaryPath } from '../tempfiles.js';
import type { FixResult } from './result.js';

/** The sheet as a temporary CSV file, and how to remove it. */
export interface SheetCsv {
  readonly file: string;
  readonly sheet: string;
  /** The sheet's row of the CSV file's row 1 less one: the rows above the first with a value. */
  readonly offset: number;
  remove(): void;
}

/** A finding's message in both languages, as the reason fix gives. */
function why(code: Code, params: Record<string, ParamValue>): Templates {
  return { sv: renderMessage(code, 'sv', params), en: renderMessage(code, 'en', params) };
}

function unreadable(file: Templates, e: WorkbookError): DatakollError {
  const finding = e.problem === 'xls' || e.problem === 'ods' ? why('file-binary', { reason: e.problem }) : why('workbook-unreadable', { reason: e.problem === 'not-zip' ? 'no-workbook' : e.problem === 'unreadable' ? 'corrupt' : e.problem });
  return new DatakollError('io', 'fix-workbook-unreadable', { file, why: finding });
}

/**
 * Writes the rows of the sheet as CSV lines as they are read: each as wide as the first (the
 * header) or as far as its last value goes, a blank line for each empty row between rows.
 */
async function writeRows(book: Workbook, sheet: WorkbookSheet, fd: number): Promise<number> {
  let width = 0;
  let previous = 0;
  let first = 0;
  await book.readSheet(sheet, (r) => {
    if (previous === 0) {
      width = lastColumn(r);
      first = r.row;
    }
    for (let blank = previous + 1; previous !== 0 && blank < r.row; blank++) writeSync(fd, csvLine(new Array<string>(width).fill('')));
    previous = r.row;
    writeSync(fd, csvLine(rowCells(r, width, (c) => (c.kind === 'number' ? shownNumber(c.text) : c.text))));
  });
  return first;
}

/** Reads the workbook's sheet (--sheet, else the first one shown) into a temporary CSV file. */
export async function sheetAsCsv(path: string, file: Templates, wanted: string | undefined): Promise<SheetCsv> {
  let book: Workbook;
  try {
    book = await openWorkbook(path);
  } catch (e) {
    throw e instanceof WorkbookError ? unreadable(file, e) : e;
  }
  const dir = mkdtempSync(join(tmpdir(), 'datakoll-sheet-'));
  addTemporaryPath(dir);
  const remove = (): void => {
    rmSync(dir, { recursive: true, force: true });
    dropTemporaryPath(dir);
  };
  try {
    const sheet = pickSheet(book.sheets, wanted);
    if (sheet === undefined) {
      throw new DatakollError('io', 'fix-workbook-unreadable', { file, why: why('workbook-sheet-missing', { sheet: wanted ?? '', sheets: book.sheets.map((s) => s.name).join(', ') }) });
    }
    const csv = join(dir, 'sheet.csv');
    const fd = openSync(csv, 'wx', 0o600);
    let first: number;
    try {
      first = await writeRows(book, sheet, fd);
    } finally {
      closeSync(fd);
    }
    return { file: csv, sheet: sheet.name, offset: Math.max(0, first - 1), remove };
  } catch (e) {
    remove();
    throw e instanceof WorkbookError ? unreadable(file, e) : e;
  } finally {
    book.close();
  }
}

/** A row of the sheet's CSV file as the sheet numbers it (0, the file as a whole, stays 0). */
export function sheetRow(row: number, offset: number): number {
  return row === 0 ? 0 : row + offset;
}

/** A result of fixing the sheet's CSV file told in the sheet's own rows, with the sheet's name. */
export function inSheetRows(r: FixResult, sheet: string, offset: number): FixResult {
  const at = (row: number): number => sheetRow(row, offset);
  return {
    ...r,
    sheet,
    fileChanges: r.fileChanges.map((c) => (c.rows === undefined ? c : { ...c, rows: { count: c.rows.count, first: c.rows.first.map(at) } })),
    cellChanges: r.cellChanges.map((c) => ({ ...c, examples: c.examples.map((e) => ({ ...e, row: at(e.row) })) })),
    unfixed: r.unfixed.map((u) => ({ ...u, row: at(u.row) })),
  };
}
