/** What a sheet's reader notices on the way: merged ranges, hidden columns, hidden rows. */
import { MAX_SHEET_COLUMNS } from './types.js';
import type { SheetNote } from './types.js';

/** Merged ranges kept by their reference (all are counted). */
export const MAX_MERGED_KEPT = 20;

export class SheetNotes {
  private readonly mergedRanges: string[] = [];
  private mergedCount = 0;
  /** Hidden column ranges as given (at most one per column: `<col>` elements do not overlap). */
  private readonly hiddenRanges: [number, number][] = [];
  private hiddenRows = 0;
  private lastCol = 0;

  merged(ref: string): void {
    this.mergedCount++;
    if (this.mergedRanges.length < MAX_MERGED_KEPT) this.mergedRanges.push(Buffer.from(ref).toString());
  }

  hideColumns(min: number, max: number): void {
    if (!Number.isInteger(min) || !Number.isInteger(max) || this.hiddenRanges.length >= MAX_SHEET_COLUMNS) return;
    const from = Math.max(1, min);
    const to = Math.min(MAX_SHEET_COLUMNS, max);
    if (from <= to) this.hiddenRanges.push([from, to]);
  }

  /** A row read: whether it is hidden, and its last column with a value. */
  row(hidden: boolean, lastCol: number): void {
    if (hidden) this.hiddenRows++;
    if (lastCol > this.lastCol) this.lastCol = lastCol;
  }

  /** The hidden columns up to the last column with a value, each once, ascending. */
  private hiddenColumns(): number[] {
    const hidden = new Uint8Array(this.lastCol + 1);
    for (const [from, to] of this.hiddenRanges) hidden.fill(1, from, Math.min(to, this.lastCol) + 1);
    const columns: number[] = [];
    for (let c = 1; c <= this.lastCol; c++) if (hidden[c] === 1) columns.push(c);
    return columns;
  }

  list(): SheetNote[] {
    const notes: SheetNote[] = [];
    if (this.mergedCount > 0) notes.push({ kind: 'merged', ranges: [...this.mergedRanges], count: this.mergedCount });
    const columns = this.hiddenColumns();
    if (columns.length > 0) notes.push({ kind: 'hidden-columns', columns });
    if (this.hiddenRows > 0) notes.push({ kind: 'hidden-rows', count: this.hiddenRows });
    return notes;
  }
}
