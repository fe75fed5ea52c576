/**
 * The CSV front: reads the header, numbers the rows, reports rows of the wrong shape, and hands
 * each row's cells (read into a typed record by CellReader) to the record core.
 */
import type { Code, Diagnostic, ParamValue, Severity } from '../report/index.js';
import type { Collector } from './collector.js';
import { CODES, shorten } from '../report/index.js';
import type { CsvSink, Dialect } from '../input/index.js';
import { isBlankRecord } from '../input/index.js';
import type { CheckSetup, RecordFinding, RecordView } from '../checks/index.js';
import type { CompiledSpec } from './compile.js';
import { fieldOf, valueAt } from './ajv-errors.js';
import type { SchemaFinding } from './ajv-errors.js';
import { RecordCore } from './record-core.js';
import type { CoreOptions, Placing } from './record-core.js';
import { cellFinding, csvColumns, described, lateCellFinding, NO_COLUMNS } from './csv-columns.js';
import type { CsvColumns } from './csv-columns.js';
import { CellReader } from './csv-cells.js';
import type { CellPlacing } from './csv-cells.js';
import type { ValueKind } from '../forms/forms.js';

/** What the CSV run knows of the file beyond the spec. */
export interface CsvRunOptions extends CoreOptions {
  /** The sniffed dialect: a title row is skipped, a trailing delimiter's empty column ignored. */
  readonly dialect?: Dialect;
  /** Severity of findings about values in the right meaning but the wrong form (default error). */
  readonly formSeverity?: Severity;
  /** Set by the decoder once invalid UTF-8 was met; rows are then searched for U+FFFD. */
  readonly invalidUtf8?: { readonly seen: boolean };
  /**
   * The run reads a later stretch of a file (a worker thread's chunk): the header, read elsewhere,
   * sets up the columns without being reported again, and rows are numbered from 1 within the stretch.
   */
  readonly header?: readonly string[];
}

/** A sink that validates each CSV record against a compiled spec and collects the findings. */
export class CsvRun implements CsvSink {
  private cols: CsvColumns = NO_COLUMNS;
  private reader: CellReader | undefined;
  private headerRow = 1;
  private titleSkipped = false;
  private readonly requiredContainers: readonly (readonly string[])[];
  readonly core: RecordCore;
  /** The number of the last row read (the header's, before any data row). */
  recordNo = 0;
  sawHeader = false;
  private row = 0;
  private line = 0;
  private rowCells: readonly string[] = [];
  private rowRecord: Record<string, unknown> = {};
  private readonly view: RecordView & { record: object } = {
    record: {},
    value: (name) => this.typed(name),
    // In CSV a value is the cell as its column read it, readable or not alike.
    asRead: (name) => this.typed(name),
    present: (name) => (this.cellOf(name) ?? '').trim() !== '',
    text: (name) => this.cellOf(name) ?? '',
  };
  private readonly placeCell: CellPlacing = (code, i, raw, params) => this.cell(code, this.row, this.line, i, raw, params);
  private readonly placing: Placing = {
    schemaFinding: (f: SchemaFinding) => {
      const name = fieldOf(f.path);
      if (this.cols.absent.has(name) || this.reader?.failed?.includes(name) === true) return undefined;
      const i = this.cols.columnOf.get(name);
      return this.cell(f.code, this.row, this.line, i, i === undefined ? '' : (this.rawCells[i] ?? ''), f.params, name);
    },
    checkFinding: (f: RecordFinding) => this.cell(f.code, this.row, this.line, this.cols.columnOf.get(f.field), f.value ?? this.cellOf(f.field) ?? '', f.params, f.field),
  };
  private rawCells: readonly string[] = [];

  constructor(
    private readonly compiled: CompiledSpec,
    readonly collector: Collector,
    setup: Omit<CheckSetup, 'spec'> = {},
    private readonly csv: CsvRunOptions = {},
  ) {
    this.core = new RecordCore(compiled.validateCsv, collector, { ...setup, spec: compiled.spec }, csv);
    // Required nested objects are always made, so a missing value inside one is reported at its own cell.
    this.requiredContainers = compiled.spec.containers.filter((c) => c.required).map((c) => c.path);
    if (csv.header !== undefined) {
      this.setUp([...csv.header], 0, false);
      this.recordNo = 0;
    }
  }

  header(cells: string[], line: number): void {
    this.setUp(cells, line, true);
  }

  private watching = false;

  watchControl(): void {
    if (this.reader !== undefined) this.reader.mayHoldControl = false;
    this.watching = true;
  }

  controlSeen(): void {
    if (this.reader !== undefined) this.reader.mayHoldControl = true;
    this.watching = false;
  }

  /** Reads the header: which column holds which attribute; reports what is wrong with it when `report`. */
  private setUp(cells: string[], line: number, report: boolean): void {
    if (report && this.csv.dialect?.titleRow === true && !this.titleSkipped) {
      // A title above the header (reported once as dialect-title-row): the next row is the header.
      this.titleSkipped = true;
      this.recordNo = 1;
      this.headerRow = 2;
      return;
    }
    this.sawHeader = true;
    this.recordNo = this.headerRow;
    this.cols = csvColumns(cells, this.compiled, this.csv.dialect);
    this.reader = new CellReader(this.cols, this.requiredContainers, this.csv.formSeverity);
    this.reader.mayHoldControl = !this.watching;
    if (!report) return;
    for (const f of this.cols.analysis.findings) {
      const at = f.column === undefined ? {} : { column: f.column, columnLetter: this.cols.letters[f.column - 1] as string };
      this.collector.add({ code: f.code, severity: CODES[f.code].severity, row: this.headerRow, line, ...at, field: f.field, value: shorten(f.field), params: described(this.compiled, f.field, f.params) });
    }
    // Bytes that are not UTF-8 in the header row are reported there, as in any other row.
    if (this.csv.invalidUtf8?.seen === true && cells.some((c) => c.includes('\uFFFD'))) this.add('encoding-invalid-utf8', this.headerRow, line, {});
  }

  record(cells: string[], line: number): void {
    if (!this.sawHeader) return this.header(cells, line);
    const row = ++this.recordNo;
    // Reported, but not a record: blank rows do not count among the rows a score is taken over.
    if (isBlankRecord(cells)) return this.add('row-blank', row, line, {});
    this.collector.stats.rows++;
    const rowsWithErrorsBefore = this.collector.stats.rowsWithErrors;
    const width = this.cols.width;
    const notUtf8 = this.csv.invalidUtf8?.seen === true && cells.some((c) => c.includes('\uFFFD'));
    if (cells.length !== width) {
      // Reported once, naming the delimiter ('' in a workbook); its shifted cells are not checked as values.
      this.add(cells.length > width ? 'row-too-many-cells' : 'row-too-few-cells', row, line, { expected: width, found: cells.length, delimiter: this.csv.dialect?.delimiter ?? '' });
      return notUtf8 ? this.add('encoding-invalid-utf8', row, line, {}) : undefined;
    }
    this.row = row;
    this.line = line;
    const reader = this.reader as CellReader;
    reader.read(cells, this.placeCell);
    if (notUtf8) this.add('encoding-invalid-utf8', row, line, {});
    this.rawCells = cells;
    this.rowCells = reader.cells;
    this.rowRecord = reader.record;
    this.view.record = reader.record;
    this.core.check(reader.record, this.view, this.placing, reader.pending, row, line, rowsWithErrorsBefore);
  }

  /** The sheet row the next row read is (a workbook numbers its rows itself and skips the empty ones). */
  at(row: number): void {
    if (this.sawHeader) this.recordNo = row - 1;
    else this.headerRow = row;
  }

  /** What the attribute of column i (0-based) expects, once the header is read (a workbook's typed cells are written to fit it). */
  kindAt(i: number): ValueKind | undefined { return this.cols.kinds[i]; }

  /** A finding about cell i (0-based) of a row, beside the ones reading the row makes (a workbook's error cell). */
  cellAt(code: Code, row: number, line: number, i: number, raw: string, params: Record<string, ParamValue>): void {
    this.collector.add(this.cell(code, row, line, i, raw, params));
  }

  /** The typed value of an attribute in the current row's record. */
  private typed(name: string): unknown {
    return valueAt(this.rowRecord, this.compiled.attributes.get(name)?.path ?? [name]);
  }

  /** The current row's cell of an attribute, or undefined when the file has no such column. */
  private cellOf(name: string): string | undefined {
    const i = this.cols.columnOf.get(name);
    return i === undefined ? undefined : this.rowCells[i];
  }

  malformed(line: number, reason: string): void {
    const row = ++this.recordNo;
    this.collector.stats.rows++;
    this.add('csv-malformed', row, line, { reason });
  }

  /** When reading failed: lets go of what the checks hold. */
  discard(): void {
    this.core.discard();
  }

  /** After the last row: what the checks across rows found (duplicate keys) is reported at its rows. */
  finish(): void {
    this.core.finish((f) => lateCellFinding(this.compiled, this.cols, f));
  }

  private add(code: Code, row: number, line: number, params: Record<string, ParamValue>): void {
    this.collector.add({ code, severity: CODES[code].severity, row, line, params });
  }

  private cell(code: Code, row: number, line: number, i: number | undefined, raw: string, params: Record<string, ParamValue>, field?: string): Diagnostic {
    return cellFinding(this.compiled, this.cols, code, row, line, i, shorten(raw), params, field);
  }
}
