/**
 * Rewrites the records of a CSV file in the spec's dialect as they are read: the header in the
 * spec's column order, each cell through the fix rule. A row whose shape is wrong (more or fewer
 * cells than the header) is written with every cell as it was; a line whose quote is never closed
 * keeps its text, the quote written as an ordinary character (so that it cannot swallow the rows
 * after it when the output is read again).
 *
 * A record whose cells all come out as they went in, in their order, is written with the bytes it
 * had (its line break made LF), even where its quotes are not the CSV way (`Bad 5" djup`,
 * `"Kvarn"`). Any other record is written the CSV way, and when that changes the quotes of a cell
 * it keeps, the row is listed under the file change 'quotes'. So every byte that changes is in
 * the log: with no change logged, the output is the input.
 */
import type { CsvSink, RecordEnd } from '../input/index.js';
import { csvLine } from '../input/index.js';
import type { Attribute, Spec } from '../registry/index.js';
import type { Dialect } from '../input/index.js';
import type { ChangeLog, FileChange, FixResult, Unfixed } from './result.js';
import { EXAMPLES } from './result.js';
import { headerColumns } from './csv-header.js';
import type { Column } from './csv-header.js';
import { quotesChange, RecordTooLarge, sameCells } from './csv-text.js';
import { isBlankRecord } from '../input/index.js';

/** What the rows tell the rest of fix: the output row each input row became, and shape problems. */
export interface RowsOut {
  write(text: string): void;
  /** Output data row `out` (the header is row 1) is input row `input`. */
  mapped(out: number, input: number): void;
  /** A row written with its cells as they were, listed among the errors left. */
  asItWas(u: Unfixed): void;
}

const NONE: readonly number[] = [];

/** A CSV sink that writes fixed rows. */
export class CsvFixRows implements CsvSink {
  private columns: Column[] | undefined;
  /** Cells in the header row as read (a trailing delimiter's empty cell included). */
  private width = 0;
  private recordNo = 0;
  private outRow = 1;
  private titlePending: boolean;
  private readonly byName: Map<string, { a: Attribute; i: number }>;
  /** Input cells (by index) a data row writes changed, or leaves out; used again row after row. */
  private readonly changed: number[] = [];
  /** Rows written with their quotes made the CSV way. */
  private readonly requoted = { count: 0, first: [] as number[] };
  /** Line breaks of the records written: LF seen, others seen, the last record without one. */
  private sawLf = false;
  private readonly otherEnds = new Set<RecordEnd>();
  private lastWithoutEnd = false;

  constructor(
    private readonly spec: Spec,
    private readonly dialect: Dialect,
    private readonly result: FixResult,
    private readonly log: ChangeLog,
    private readonly out: RowsOut,
  ) {
    this.titlePending = dialect.titleRow;
    this.byName = new Map(spec.attributes.map((a, i) => [a.name, { a, i }]));
  }

  header(cells: string[], line: number, text?: string, end?: RecordEnd): void {
    // After a header line that could not be read, the reader's "header" is a data row.
    if (this.columns !== undefined) return this.record(cells, line, text, end);
    // Rows are numbered as a spreadsheet shows the input: a title row is row 1.
    this.recordNo++;
    if (this.titlePending) {
      this.titlePending = false;
      // Left out of the output, so its text goes into the log: nothing is lost without a trace.
      this.result.fileChanges.push({ kind: 'title-row', detail: JSON.stringify(text ?? cells.join(this.dialect.delimiter)) });
      return;
    }
    this.setUp(cells, text, end);
  }

  private setUp(cells: string[], text: string | undefined, end: RecordEnd | undefined): void {
    this.width = cells.length;
    const { columns, changed } = headerColumns(cells, this.dialect, this.byName, this.result);
    this.columns = columns;
    this.out.mapped(1, this.recordNo);
    this.emit(this.recordNo, columns.map((c) => c.name), cells, text, end, changed);
  }

  record(cells: string[], _line?: number, text?: string, end?: RecordEnd): void {
    const columns = this.columns;
    if (columns === undefined) return this.header(cells, 0, text, end);
    const row = ++this.recordNo;
    if (isBlankRecord(cells)) {
      this.result.blankRows++;
      return;
    }
    if (!this.fits(cells)) {
      const code = cells.length > this.width ? 'row-too-many-cells' : 'row-too-few-cells';
      return this.asItWas(row, cells, text, end, { code, column: '', value: '', params: { expected: this.width, found: cells.length, delimiter: this.dialect.delimiter } });
    }
    this.result.rows++;
    this.out.mapped(++this.outRow, row);
    const changed = this.changed;
    changed.length = 0;
    if (cells.length > columns.length) changed.push(cells.length - 1);
    const fixed = new Array<string>(columns.length);
    for (let k = 0; k < columns.length; k++) {
      const col = columns[k] as Column;
      const raw = cells[col.from] as string;
      const v = col.fix?.(raw);
      if (v !== undefined && v.status === 'fixed') {
        this.log.add(row, col.name, v.kind, raw, v.text);
        fixed[k] = v.text;
        changed.push(col.from);
      } else fixed[k] = raw;
    }
    this.emit(row, fixed, cells, text, end, changed);
  }

  /**
   * The header's width; with a delimiter at the end of every line (the header's last, empty cell
   * dropped), the width without it, or with it when that last cell is empty.
   */
  private fits(cells: readonly string[]): boolean {
    const named = (this.columns as Column[]).length;
    if (named === this.width) return cells.length === this.width;
    return cells.length === named || (cells.length === this.width && cells[this.width - 1] === '');
  }

  malformed(_line: number, reason: 'quote-not-closed' | 'record-too-large', text?: string, end?: RecordEnd): void {
    const row = ++this.recordNo;
    if (text === undefined) throw new RecordTooLarge(row);
    const cells = text.split(this.dialect.delimiter);
    const u = { code: 'csv-malformed', column: '', value: text.slice(0, 80), params: { reason: reason === 'quote-not-closed' ? 'quote-kept-as-text' : reason } } as const;
    // Its bytes cannot be kept: a quote never closed would swallow the rows after it when the
    // output is read again. The quote is written as an ordinary character ("" in a quoted cell).
    this.ended(end);
    this.noteRequoted(row);
    if (this.columns === undefined) {
      // The header itself is broken: kept as text, and rows of its width are copied unchanged.
      this.columns = cells.map((name, from) => ({ from, name }));
      this.width = cells.length;
      this.out.asItWas({ row, ...u });
      this.out.write(csvLine(cells));
      return;
    }
    this.out.mapped(++this.outRow, row);
    this.result.rows++;
    this.out.asItWas({ row, ...u });
    this.out.write(csvLine(cells));
  }

  /** The file changes only the whole file shows, once it has been read. */
  finish(): void {
    const changes = this.result.fileChanges;
    if (this.otherEnds.size > 0 && !changes.some((c) => c.kind === 'line-endings')) {
      // The sample the dialect was told from had only LF (or no line break): others came later.
      const kinds = [...this.otherEnds];
      changes.push({ kind: 'line-endings', detail: `${this.sawLf || kinds.length > 1 ? 'mixed' : (kinds[0] as string)} -> LF` });
    }
    if (this.requoted.count > 0) changes.push({ kind: 'quotes', detail: '', rows: { count: this.requoted.count, first: [...this.requoted.first] } } satisfies FileChange);
    if (this.lastWithoutEnd) changes.push({ kind: 'last-line-end', detail: '' });
  }

  private asItWas(row: number, cells: readonly string[], text: string | undefined, end: RecordEnd | undefined, u: Omit<Unfixed, 'row'>): void {
    this.out.mapped(++this.outRow, row);
    this.result.rows++;
    this.out.asItWas({ row, ...u });
    this.emit(row, cells, cells, text, end, NONE);
  }

  /**
   * Writes one record: `out` its cells as written, `cells` and `text` as read, `changed` the
   * input cells it does not write as they were. The record's own bytes when its cells are
   * unchanged and in their order; else the CSV way, noting a row whose kept cells' quotes change.
   */
  private emit(row: number, out: readonly string[], cells: readonly string[], text: string | undefined, end: RecordEnd | undefined, changed: readonly number[]): void {
    const line = csvLine(out);
    if (text !== undefined) {
      this.ended(end);
      if (line.length !== text.length + 1 || !line.startsWith(text)) {
        if (this.dialect.delimiter === ',' && sameCells(out, cells)) {
          this.out.write(`${text}\n`);
          return;
        }
        if (quotesChange(cells, text, this.dialect.delimiter, changed)) this.noteRequoted(row);
      }
    }
    this.out.write(line);
  }

  private ended(end: RecordEnd | undefined): void {
    this.lastWithoutEnd = end === 'none';
    if (end === 'LF') this.sawLf = true;
    else if (end !== undefined && end !== 'none') this.otherEnds.add(end);
  }

  private noteRequoted(row: number): void {
    if (this.requoted.count++ < EXAMPLES) this.requoted.first.push(row);
  }
}
