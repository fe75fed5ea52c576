/**
 * The workbook front: a sheet's rows, read with their types (src/input/workbook/), go to the CSV
 * front's run as cells, numbered as the sheet numbers them. The header is the first row with a
 * value (a lone title above it is reported, as in CSV); empty rows between rows with values are
 * blank rows; a cell's type is kept by the text it is given (a number as Excel shows it, never
 * with a decimal comma; a date as YYYY-MM-DD, its midnight left out in a date column; true/false); an
 * error cell or a formula without a saved value is reported at its cell and read as empty.
 */
import type { WorkbookCell, WorkbookRow } from '../input/index.js';
import { lastColumn, rowCells, shownNumber } from '../input/index.js';
import type { CsvRun } from './csv-run.js';
import type { Collector } from './collector.js';

/** A title row: one value, with more than one below it. */
export function isTitle(first: WorkbookRow, next: WorkbookRow | undefined): boolean {
  return first.cells.length === 1 && next !== undefined && next.cells.length > 1;
}

export class WorkbookFeed {
  private first: WorkbookRow | undefined;
  private decided = false;
  private width = 0;
  private lastRow = 0;

  constructor(
    private readonly run: CsvRun,
    private readonly collector: Collector,
  ) {}

  /** One row with a value, in sheet order. */
  row(r: WorkbookRow): void {
    if (!this.decided) {
      // The first row waits for the second: is it a title above the header?
      if (this.first === undefined) {
        this.first = r;
        return;
      }
      this.decide(r);
    }
    this.data(r);
  }

  /** After the last row. */
  end(): void {
    if (!this.decided && this.first !== undefined) this.decide(undefined);
  }

  private decide(next: WorkbookRow | undefined): void {
    this.decided = true;
    const first = this.first as WorkbookRow;
    if (next !== undefined && isTitle(first, next)) {
      this.collector.add({ code: 'dialect-title-row', severity: 'error', row: first.row, line: first.row, params: {} });
      this.header(next);
      return;
    }
    this.header(first);
    if (next !== undefined) this.data(next);
  }

  private header(r: WorkbookRow): void {
    this.width = lastColumn(r);
    this.run.at(r.row);
    this.run.header(rowCells(r, this.width, (c) => c.text), r.row);
    this.lastRow = r.row;
  }

  private data(r: WorkbookRow): void {
    if (r.row <= this.lastRow) return;
    // Empty rows between rows with values are blank rows, as in a CSV export.
    for (let blank = this.lastRow + 1; blank < r.row; blank++) {
      this.run.at(blank);
      this.run.record(new Array<string>(this.width).fill(''), blank);
    }
    this.lastRow = r.row;
    const broken = r.cells.filter((c) => c.kind === 'error' || c.kind === 'empty-formula');
    // An error cell or a formula without a saved value is read as empty, and reported at its cell.
    const cells = rowCells(r, this.width, (c) => (c.kind === 'error' || c.kind === 'empty-formula' ? '' : this.fitted(c)));
    this.run.at(r.row);
    for (const c of broken) {
      this.run.cellAt(c.kind === 'error' ? 'workbook-cell-error' : 'workbook-formula-no-value', r.row, r.row, c.col - 1, c.text, c.kind === 'error' ? { error: c.text } : {});
    }
    this.run.record(cells, r.row);
  }

  /** A cell's text as its column reads it: a date-time cell at midnight in a date column is the date. */
  private fitted(c: WorkbookCell): string {
    if (c.kind === 'datetime' && c.text.endsWith('T00:00:00') && this.run.kindAt(c.col - 1) === 'date') return c.text.slice(0, 10);
    return c.kind === 'number' ? shownNumber(c.text) : c.text;
  }
}
