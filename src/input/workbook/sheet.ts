/**
 * A worksheet part streamed row by row: each `<row>` with a value is handed on as it closes; rows
 * and cells with only a style cost a parsed tag each and yield nothing. Merged cells, hidden
 * columns and hidden rows are noted for the summary.
 */
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, WorkbookError } from './types.js';
import type { SheetSummary, WorkbookCell, WorkbookLimits, WorkbookRow } from './types.js';
import { toCell } from './cell.js';
import type { CellContext, RawCell } from './cell.js';
import { columnOf } from './refs.js';
import { TextRuns } from './strings.js';
import { SheetNotes } from './notes.js';
import type { Attributes, XmlHandlers } from './xml.js';

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Puts a cell in its place in a row's cells (ascending columns; a second cell in one column replaces the first). */
function place(cells: WorkbookCell[], cell: WorkbookCell): void {
  const last = cells[cells.length - 1];
  if (last === undefined || last.col < cell.col) {
    cells.push(cell);
    return;
  }
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cells[mid] as WorkbookCell).col < cell.col) lo = mid + 1;
    else hi = mid;
  }
  cells.splice(lo, (cells[lo] as WorkbookCell).col === cell.col ? 1 : 0, cell);
}

export class SheetReader implements XmlHandlers {
  readonly notes = new SheetNotes();
  private inData = false;
  private inCols = false;
  private lastRow = 0;
  private row = 0;
  private rowHidden = false;
  private inRow = false;
  private cells: WorkbookCell[] = [];
  private lastCol = 0;
  private cell: RawCell | undefined;
  private inValue = false;
  private value = '';
  private inInline = false;
  private readonly runs: TextRuns;
  private rows = 0;
  private lastValueRow = 0;

  constructor(
    private readonly ctx: CellContext,
    private readonly limits: WorkbookLimits,
    private readonly onRow: (row: WorkbookRow) => void,
  ) {
    this.runs = new TextRuns(limits.maxCellChars);
  }

  open(name: string, a: Attributes): void {
    switch (name) {
      case 'row':
        if (this.inData) this.startRow(a);
        break;
      case 'c':
        if (this.inRow) this.startCell(a);
        break;
      case 'v':
        if (this.cell !== undefined) {
          this.inValue = true;
          this.value = '';
        }
        break;
      case 'f':
        if (this.cell !== undefined) this.cell.formula = true;
        break;
      case 'is':
        if (this.cell !== undefined) this.inInline = true;
        break;
      case 't':
      case 'rPh':
        if (this.inInline) this.runs.open(name);
        break;
      case 'sheetData':
        this.inData = true;
        break;
      case 'cols':
        this.inCols = true;
        break;
      case 'col':
        if (this.inCols && flag(a.hidden)) this.notes.hideColumns(Number(a.min), Number(a.max ?? a.min));
        break;
      case 'mergeCell':
        if (a.ref !== undefined) this.notes.merged(a.ref);
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
        if (this.inValue && this.cell !== undefined) this.cell.value = this.value;
        this.inValue = false;
        break;
      case 'is':
        if (this.inInline && this.cell !== undefined) this.cell.inline = this.runs.take();
        this.inInline = false;
        break;
      case 't':
      case 'rPh':
        if (this.inInline) this.runs.close(name);
        break;
      case 'c':
        this.endCell();
        break;
      case 'row':
        this.endRow();
        break;
      case 'sheetData':
        this.inData = false;
        break;
      case 'cols':
        this.inCols = false;
        break;
    }
  }

  text(text: string): void {
    if (this.inValue) {
      if (this.value.length + text.length > this.limits.maxCellChars) throw new WorkbookError('too-large', `a cell of more than ${this.limits.maxCellChars} characters`);
      this.value += text;
    } else if (this.inInline) this.runs.text(text);
  }

  private startRow(a: Attributes): void {
    const row = a.r === undefined ? this.lastRow + 1 : Number(a.r);
    if (!Number.isInteger(row) || row < 1 || row > MAX_SHEET_ROWS) throw new WorkbookError('corrupt', `row ${a.r ?? row}`);
    if (row <= this.lastRow) throw new WorkbookError('corrupt', `row ${row} after row ${this.lastRow}`);
    this.lastRow = this.row = row;
    this.rowHidden = flag(a.hidden);
    this.inRow = true;
    this.lastCol = 0;
  }

  private startCell(a: Attributes): void {
    const col = a.r === undefined ? this.lastCol + 1 : columnOf(a.r);
    if (col < 1 || col > MAX_SHEET_COLUMNS) throw new WorkbookError('corrupt', `cell ${a.r ?? col} in row ${this.row}`);
    this.lastCol = col;
    this.cell = { col, type: a.t, style: a.s === undefined ? 0 : Number(a.s), value: undefined, inline: undefined, formula: false };
  }

  private endCell(): void {
    const raw = this.cell;
    if (raw === undefined) return;
    this.cell = undefined;
    this.inValue = this.inInline = false;
    const cell = toCell(raw, this.ctx);
    if (cell !== undefined) place(this.cells, cell);
  }

  private endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    if (this.cells.length === 0) return;
    const cells = this.cells;
    this.cells = [];
    this.rows++;
    this.lastValueRow = this.row;
    this.notes.row(this.rowHidden, cells[cells.length - 1]?.col ?? 0);
    this.onRow({ row: this.row, cells, hidden: this.rowHidden });
  }

  summary(): SheetSummary {
    return { rows: this.rows, lastRow: this.lastValueRow, notes: this.notes.list() };
  }
}
