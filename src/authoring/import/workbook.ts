/**
 * A specification table read from a workbook's sheet (.xlsx, .xlsm, recognised by content): the
 * sheet --sheet names, or else the first sheet whose header row (in its first rows with values,
 * under a title) is a model table. Bounded: a spec table is small, so the workbook's parts are read
 * up to 64 MiB each, and a sheet up to 10,000 rows with values.
 */
import { open } from 'node:fs/promises';
// (authoring/import is itself imported only when specs import runs.)
import { openWorkbook, pickSheet, WorkbookError } from '../../input/workbook/index.js';
import { binaryKindOf } from '../../input/index.js';
import type { Workbook, WorkbookLimits, WorkbookRow, WorkbookSheet } from '../../input/index.js';
import { DatakollError } from '../../errors.js';
import { renderMessage } from '../../report/index.js';
import type { Code, Templates } from '../../report/index.js';
import { fail } from './fail.js';
import type { ImportedTable } from './model.js';
import { headerRoles, importTableRows } from './table.js';
import type { TableRow } from './table.js';

const MiB = 1024 * 1024;
const LIMITS: Partial<WorkbookLimits> = { maxSheetBytes: 64 * MiB, maxSharedStringsBytes: 64 * MiB, maxPartBytes: 16 * MiB, maxTotalBytes: 160 * MiB };
/** Rows with values a sheet may have. */
export const MAX_TABLE_ROWS = 10_000;
/** The header row is looked for among a sheet's first rows with values (a title and notes above it). */
const HEADER_ROWS = 10;

/** Whether the file starts as a workbook does (a ZIP, or the OLE file of an .xls or an encrypted workbook). */
export async function isWorkbookFile(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      // An Excel workbook by its first bytes (a ZIP naming its workbook parts); any other ZIP, an
      // .xls or an .ods is refused as a file that is not text, in the words validate uses.
      const head = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return binaryKindOf(head.subarray(0, bytesRead)) === 'xlsx';
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

function why(code: Code, params: Record<string, string | number>): Templates {
  return { sv: renderMessage(code, 'sv', params), en: renderMessage(code, 'en', params) };
}

function unreadable(file: string, e: WorkbookError): DatakollError {
  const problem = e.problem === 'xls' || e.problem === 'ods' ? why('file-binary', { reason: e.problem }) : why('workbook-unreadable', { reason: e.problem === 'not-zip' ? 'no-workbook' : e.problem === 'unreadable' ? 'corrupt' : e.problem });
  return new DatakollError('io', 'import-failed', { file, problem });
}

class Stop extends Error {}

/** A row's cells as texts by column, as wide as the header (cells right of the table are no part of it). */
function tableRow(r: WorkbookRow, width: number): TableRow {
  const cells = new Array<string>(width).fill('');
  for (const c of r.cells) if (c.col <= width) cells[c.col - 1] = c.text;
  return { cells, line: r.row };
}

/** The sheet's table rows from its header row on; undefined when its first rows hold no header. */
async function sheetTable(book: Workbook, sheet: WorkbookSheet, file: string): Promise<{ rows: TableRow[]; first?: TableRow }> {
  const rows: TableRow[] = [];
  let width = 0;
  let seen = 0;
  let first: TableRow | undefined;
  await book
    .readSheet(sheet, (r) => {
      seen++;
      if (width === 0) {
        const row = tableRow(r, r.cells[r.cells.length - 1]?.col ?? 0);
        first ??= row;
        if (headerRoles(row.cells) !== undefined) width = row.cells.length;
        else if (seen >= HEADER_ROWS) throw new Stop();
        else return;
      }
      if (rows.length >= MAX_TABLE_ROWS) fail(file, 'import-sheet-too-long', { sheet: sheet.name, max: MAX_TABLE_ROWS });
      rows.push(tableRow(r, width));
    })
    .catch((e: unknown) => {
      if (!(e instanceof Stop)) throw e;
    });
  return { rows, ...(first !== undefined ? { first } : {}) };
}

async function readTable(book: Workbook, file: string, wanted: string | undefined): Promise<{ table: ImportedTable; sheet: string }> {
  const picked = wanted === undefined ? undefined : pickSheet(book.sheets, wanted);
  if (wanted !== undefined && picked === undefined) {
    throw new DatakollError('usage', 'import-failed', { file, problem: why('workbook-sheet-missing', { sheet: wanted, sheets: book.sheets.map((s) => s.name).join(', '), count: book.sheets.length }) });
  }
  const candidates = picked !== undefined ? [picked] : book.sheets.filter((s) => s.kind === undefined || s.kind === 'worksheet');
  for (const sheet of candidates) {
    const { rows, first } = await sheetTable(book, sheet, file);
    if (rows.length > 0) return { table: importTableRows(rows, file), sheet: sheet.name };
    if (picked !== undefined) {
      if (first === undefined) fail(file, 'import-no-table');
      fail(file, 'import-header', { line: first.line, found: first.cells.filter((c) => c !== '').join(', ') });
    }
  }
  return fail(file, 'import-sheet-no-table', { sheets: book.sheets.map((s) => s.name).join(', ') });
}

/** Reads the specification table of a workbook (`file` as the user named it, `path` where it is). */
export async function readWorkbookTable(path: string, file: string, wanted: string | undefined): Promise<{ table: ImportedTable; sheet: string }> {
  let book: Workbook;
  try {
    book = await openWorkbook(path, LIMITS);
  } catch (e) {
    throw e instanceof WorkbookError ? unreadable(file, e) : e;
  }
  try {
    return await readTable(book, file, wanted);
  } catch (e) {
    throw e instanceof WorkbookError ? unreadable(file, e) : e;
  } finally {
    book.close();
  }
}
