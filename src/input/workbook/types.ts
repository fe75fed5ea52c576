/** The workbook reader's model: sheets, rows, cells, what was noticed, the limits, and why a file is no workbook. */

/** A sheet of the workbook, in the workbook's order. */
export interface WorkbookSheet {
  readonly name: string;
  /** 1-based, workbook order (as Excel's tabs, chart sheets included). */
  readonly index: number;
  /** `state="hidden"` or `veryHidden`. */
  readonly hidden: boolean;
  /** What the sheet holds: only a worksheet has cells (a chart sheet reads as no rows). */
  readonly kind?: 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';
}

export type CellKind = 'text' | 'number' | 'date' | 'datetime' | 'time' | 'boolean' | 'error' | 'empty-formula';

/** One cell with a value (or a formula with no saved value). */
export interface WorkbookCell {
  /** 1-based column number. */
  readonly col: number;
  readonly kind: CellKind;
  /**
   * The cell as text: text as is; a number as written in the XML (`12.5`, never a decimal comma);
   * a date cell (a number with a date/time number format) converted from the Excel serial in the
   * workbook's date system (1900, with Excel's 1900-02-29 leap-year bug, or 1904) to ISO 8601:
   * `2015-04-23` (date), `2015-04-23T10:30:00` (datetime; rounded to the millisecond as Excel does,
   * `.123` added only when there are milliseconds), `10:30:00` (time; an elapsed-time format such as
   * `[h]:mm` counts hours past 24: `36:00:00`); boolean `true`/`false`; an error cell its code
   * (`#N/A`); a formula's cached value typed like any cell ('empty-formula' with text '' when it has
   * none). Inline strings and shared strings (rich text runs joined; phonetic <rPh> text left out)
   * alike, with OOXML's `_xHHHH_` escapes decoded.
   */
  readonly text: string;
}

/** A row with at least one cell. */
export interface WorkbookRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Non-empty cells only, ascending col. */
  readonly cells: readonly WorkbookCell[];
  readonly hidden: boolean;
}

/** What the reader noticed about a sheet, told once each (the engine reports them). */
export type SheetNote =
  | { readonly kind: 'merged'; readonly ranges: readonly string[] /* 'A1:C1', at most 20 kept */; readonly count: number }
  /** Hidden columns up to the last column with a value (a sheet often hides all columns past its data). */
  | { readonly kind: 'hidden-columns'; readonly columns: readonly number[] }
  /** Hidden rows among the rows read (rows with a value). */
  | { readonly kind: 'hidden-rows'; readonly count: number };

export interface SheetSummary {
  /** Rows with a value (the rows handed to onRow). */
  readonly rows: number;
  /** The last row with a value (0 when none). */
  readonly lastRow: number;
  readonly notes: readonly SheetNote[];
}

export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
  /**
   * Streams a sheet's rows in order; rows with no value (only formatting) are skipped. Rejects with
   * a WorkbookError for a broken part, or with what onRow threw.
   */
  readSheet(sheet: WorkbookSheet, onRow: (row: WorkbookRow) => void): Promise<SheetSummary>;
  close(): void;
}

/**
 * Why a file could not be read as a workbook (a token; the engine turns it into a finding).
 * `unreadable`: the system could not read the file (the detail is its error code, e.g. `EIO`).
 */
export type WorkbookProblem =
  | 'not-zip'
  | 'corrupt'
  | 'too-large'
  | 'encrypted'
  | 'xls'
  | 'ods'
  | 'no-workbook'
  | 'no-sheets'
  | 'bad-xml'
  | 'unreadable';

/** A file that is no readable workbook; `detail` is for logs and tests, never shown as prose. */
export class WorkbookError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    readonly detail?: string,
  ) {
    super(detail === undefined ? problem : `${problem}: ${detail}`);
    this.name = 'WorkbookError';
  }
}

/** Bounds on what a workbook may make the reader do (bytes are inflated bytes, counted as they come). */
export interface WorkbookLimits {
  /** Entries in the ZIP's central directory. */
  readonly maxEntries: number;
  /** One worksheet part. */
  readonly maxSheetBytes: number;
  /** The shared strings part (held in memory: cells refer to its strings by number). */
  readonly maxSharedStringsBytes: number;
  /** Any other part read (workbook, relationships, content types, styles). */
  readonly maxPartBytes: number;
  /** The parts read when the workbook opens and one sheet, together. */
  readonly maxTotalBytes: number;
  /** Inflated bytes per compressed byte of a part beyond which it is a ZIP bomb ... */
  readonly maxRatio: number;
  /** ... once it has inflated past this many bytes. */
  readonly ratioFloor: number;
  /** One cell's text or one shared string, in characters (Excel's own limit is 32767). */
  readonly maxCellChars: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = Object.freeze({
  maxEntries: 10_000,
  maxSheetBytes: 1024 * MiB,
  maxSharedStringsBytes: 256 * MiB,
  maxPartBytes: 64 * MiB,
  maxTotalBytes: 1536 * MiB,
  maxRatio: 200,
  ratioFloor: 10 * MiB,
  maxCellChars: 1024 * 1024,
});

/** Excel's sheet size. */
export const MAX_SHEET_COLUMNS = 16_384;
export const MAX_SHEET_ROWS = 1_048_576;
