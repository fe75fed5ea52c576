/**
 * A workbook row as the cells of a CSV row: the one rule validate (engine/workbook-feed.ts) and
 * fix (fix/workbook.ts) lay a sheet's row out by. A cell goes to its own column (column A is
 * cell 0), the columns between cells with values are empty, and the row is as wide as the header
 * or as far as its last value goes.
 */
import type { WorkbookCell, WorkbookRow } from './workbook/types.js';

/** The column number of the row's last cell with a value (0 for a row without one). */
export function lastColumn(r: WorkbookRow): number {
  return r.cells.length === 0 ? 0 : (r.cells[r.cells.length - 1] as WorkbookCell).col;
}

/** The row's cells, at least `width` of them, each cell's text as `text` gives it ('' to leave it empty). */
export function rowCells(r: WorkbookRow, width: number, text: (c: WorkbookCell) => string): string[] {
  const cells = new Array<string>(Math.max(width, lastColumn(r))).fill('');
  for (const c of r.cells) cells[c.col - 1] = text(c);
  return cells;
}
