/** What `datakoll fix` did to a file: file-wide changes, cell changes counted by kind, and what is left. */
import type { Code, ParamValue } from '../report/index.js';
import type { FormKind } from '../forms/forms.js';

export type FileChangeKind =
  | 'encoding'
  | 'bom'
  | 'delimiter'
  | 'line-endings'
  | 'column-order'
  | 'trailing-delimiter'
  | 'title-row'
  | 'header-spaces'
  /** Rows whose cells were kept but whose quotes were written the CSV way (a quote in a cell as "", quotes only where needed). */
  | 'quotes'
  /** The last row had no line break after it; one was written. */
  | 'last-line-end';

/** A change to the file as a whole, with its detail (from -> to), and the rows it was made in when it was not made in all. */
export interface FileChange {
  readonly kind: FileChangeKind;
  readonly detail: string;
  /** The input rows (as a spreadsheet shows them) it was made in: how many, and the first few. */
  readonly rows?: { readonly count: number; readonly first: readonly number[] };
}

/** A kind of change to one value: a form the spec does not want, or (JSON) a value of the wrong JSON type. */
export type FixKind = FormKind | 'json-text-to-value' | 'json-value-to-text';

export interface CellExample {
  readonly row: number;
  readonly from: string;
  readonly to: string;
}

/** One kind of change in one column, counted, with a few examples. */
export interface CellChange {
  readonly column: string;
  readonly kind: FixKind;
  count: number;
  readonly examples: CellExample[];
}

/** One change to one value, as told to FixOptions.onChange. */
export interface ChangeEvent {
  /** The input's row as a spreadsheet shows it (CSV), or the record's number (JSON, 1-based). */
  readonly row: number;
  readonly column: string;
  readonly kind: FixKind;
  readonly from: string;
  readonly to: string;
}

/**
 * An error left in the output: a row whose shape is wrong (written as it was), or a value the
 * validator still rejects. `row` is the input's row (CSV, as a spreadsheet shows it) or record
 * number (JSON); 0 for the file as a whole.
 */
export interface Unfixed {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly code: Code;
  readonly params: Readonly<Record<string, ParamValue>>;
}

export interface FixResult {
  readonly format: 'csv' | 'json' | 'jsonl';
  readonly encoding: string;
  /** Changes to the file as a whole. When there are none, no cell changes and no blank rows, the output is the input byte for byte. */
  readonly fileChanges: FileChange[];
  readonly cellChanges: CellChange[];
  /** Every error left in the output, in row order (at most MAX_UNFIXED; unfixedCount counts all). */
  unfixed: Unfixed[];
  unfixedCount: number;
  /** Records written (CSV: data rows; JSON: records). */
  rows: number;
  /** Blank rows left out of the output (CSV). */
  blankRows: number;
  /** A workbook's sheet that was fixed: rows are then the sheet's own. */
  readonly sheet?: string;
}

/** How many unfixed errors a result lists; the rest are counted. */
export const MAX_UNFIXED = 10_000;
/** How many examples (of a cell change, of the rows a file change was made in) a result keeps. */
export const EXAMPLES = 3;

/** Counts cell changes by column and kind, keeping a few examples of each. */
export class ChangeLog {
  private readonly changes = new Map<string, CellChange>();

  constructor(private readonly onChange?: (c: ChangeEvent) => void) {}

  add(row: number, column: string, kind: FixKind, from: string, to: string): void {
    const key = `${column}\u0000${kind}`;
    let c = this.changes.get(key);
    if (c === undefined) this.changes.set(key, (c = { column, kind, count: 0, examples: [] }));
    c.count++;
    if (c.examples.length < EXAMPLES) c.examples.push({ row, from, to });
    this.onChange?.({ row, column, kind, from, to });
  }

  list(): CellChange[] {
    return [...this.changes.values()];
  }
}
