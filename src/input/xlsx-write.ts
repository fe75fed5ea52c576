/**
 * Writes a one-sheet workbook of text (.xlsx, for templates): the parts of xlsx-parts.ts zipped
 * with yazl. The whole workbook is made in memory (a template is a header and a row or two).
 */
import { ZipFile } from 'yazl';
import { DatakollError } from '../errors.js';
import { columnLetter } from '../report/index.js';
import { MAX_CELL_CHARS, workbookParts } from './xlsx-parts.js';
import type { TextSheet } from './xlsx-parts.js';

export type { TextSheet } from './xlsx-parts.js';

/** One time for every part, so the same sheet gives the same bytes (a ZIP's times are local, to the 2 s). */
const PART_TIME = new Date(2000, 0, 1, 0, 0, 0);

/** Characters a sheet's name cannot hold in Excel. */
const NOT_IN_SHEET_NAME = /[:\\/?*[\]\p{Cc}]/gu;
const MAX_SHEET_NAME = 31;

/**
 * A name Excel takes for a sheet: what it forbids (: \ / ? * [ ] and control characters) replaced
 * by "_", no apostrophe at either end, at most 31 characters; `fallback` when nothing is left.
 */
export function sheetName(name: string, fallback = 'Sheet1'): string {
  const cleaned = [...name.replace(NOT_IN_SHEET_NAME, '_').replace(/^'+|'+$/g, '').trim()].slice(0, MAX_SHEET_NAME).join('').trim();
  return cleaned === '' ? fallback : cleaned;
}

/** A cell longer than a spreadsheet program holds is refused (a usage error naming the cell), never cut. */
function checkCells(sheet: TextSheet): void {
  for (const [r, row] of sheet.rows.entries()) {
    for (const [c, value] of row.entries()) {
      if (value.length <= MAX_CELL_CHARS) continue;
      throw new DatakollError('usage', 'xlsx-cell-too-long', { cell: `${columnLetter(c + 1)}${r + 1}`, chars: value.length, max: MAX_CELL_CHARS });
    }
  }
}

/** The workbook's bytes: one sheet, every cell and column in the text format, the header bold and frozen. */
export async function xlsxWorkbook(sheet: TextSheet): Promise<Uint8Array> {
  checkCells(sheet);
  const named = { ...sheet, name: sheetName(sheet.name) };
  const zip = new ZipFile();
  for (const [name, xml] of workbookParts(named)) zip.addBuffer(Buffer.from(xml, 'utf8'), name, { mtime: PART_TIME, forceDosTimestamp: true });
  zip.end();
  const pieces: Buffer[] = [];
  for await (const piece of zip.outputStream) pieces.push(piece as Buffer);
  return Buffer.concat(pieces);
}
