/**
 * Rewrites the records of a CSV file in the spec's dialect as they are read: the header in the
 * spec's column order, each cell through the fix rule. A row whose shape is wrong (more or fewer
 * cells than the header, a quote never closed) is written exactly as it was, every cell kept.
 */
import type { CsvSink } from '../input/index.js';
import { csvLine } from '../authoring/csv-write.js';
import type { Attribute, Spec } from '../registry/index.js';
import type { Dialect } from '../input/index.js';
import type { ChangeLog, FixResult, Unfixed } from './result.js';
import type { CellVerdict } from './cell.js';
import { compileCellFixer } from './cell.js';

interface Column {
  /** Index of the cell in the input row. */
  readonly from: number;
  readonly name: string;
  readonly fix?: (raw: string) => CellVerdict;
}

/** What the rows tell the rest of fix: the output row each input row became, and shape problems. */
export interface RowsOut {
  write(text: string): void;
  /** Output data row `out` (the header is row 1) is input row `input`. */
  mapped(out: number, input: number): void;
  /** A row written as it was. */
  asItWas(u: Unfixed): void;
}

/** A CSV sink that writes fixed rows. */
export class CsvFixRows implements CsvSink {
  private columns: Column[] | undefined;
  /** Cells in the header row as read (a trailing delimiter's empty cell included). */
  private width = 0;
  private recordNo = 0;
  private outRow = 1;
  private titlePending: boolean;
  private readonly byName: Map<string, { a: Attribute; i: number }>;

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

  header(cells: string[]): void {
    // After a header line that could not be read, the reader's "header" is a data row.
    if (this.columns !== undefined) return this.record(cells);
    // Rows are numbered as a spreadsheet shows the input: a title row is row 1.
    this.recordNo++;
    if (this.titlePending) {
      this.titlePending = false;
      return;
    }
    this.setUp(cells);
  }

  private setUp(cells: string[]): void {
    this.width = cells.length;
    const named = this.dialect.trailingDelimiter && cells.length > 1 && cells[cells.length - 1] === '' ? cells.length - 1 : cells.length;
    const found: Column[] = [];
    const extra: Column[] = [];
    for (let i = 0; i < named; i++) {
      const raw = cells[i] as string;
      const name = raw.trim();
      if (name !== raw && name !== '') this.result.fileChanges.push({ kind: 'header-spaces', detail: `${JSON.stringify(raw)} -> ${JSON.stringify(name)}` });
      const hit = this.byName.get(name);
      if (hit !== undefined) found.push({ from: i, name, fix: compileCellFixer(hit.a) });
      else extra.push({ from: i, name: name === '' ? raw : name });
    }
    const order = (c: Column): number => this.byName.get(c.name)?.i ?? 0;
    const ordered = [...found].sort((x, y) => order(x) - order(y));
    if (ordered.some((c, k) => c !== found[k])) this.result.fileChanges.push({ kind: 'column-order', detail: '' });
    this.columns = [...ordered, ...extra];
    this.out.mapped(1, this.recordNo);
    this.out.write(csvLine(this.columns.map((c) => c.name)));
  }

  record(cells: string[]): void {
    const columns = this.columns;
    if (columns === undefined) return this.header(cells);
    const row = ++this.recordNo;
    if (isBlank(cells)) {
      this.result.blankRows++;
      return;
    }
    if (!this.fits(cells)) {
      const code = cells.length > this.width ? 'row-too-many-cells' : 'row-too-few-cells';
      return this.asItWas(row, cells, { code, column: '', value: '', params: { expected: this.width, found: cells.length } });
    }
    this.result.rows++;
    this.out.mapped(++this.outRow, row);
    const fixed = new Array<string>(columns.length);
    for (let k = 0; k < columns.length; k++) {
      const col = columns[k] as Column;
      const raw = cells[col.from] as string;
      const v = col.fix?.(raw);
      if (v !== undefined && v.status === 'fixed') {
        this.log.add(row, col.name, v.kind, raw, v.text);
        fixed[k] = v.text;
      } else fixed[k] = raw;
    }
    this.out.write(csvLine(fixed));
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

  malformed(_line: number, reason: 'quote-not-closed' | 'record-too-large', text?: string): void {
    const row = ++this.recordNo;
    if (text === undefined) throw new RecordTooLarge(row);
    const cells = text.split(this.dialect.delimiter);
    const u = { code: 'csv-malformed', column: '', value: text.slice(0, 80), params: { reason: reason === 'quote-not-closed' ? 'quote-kept-as-text' : reason } } as const;
    if (this.columns === undefined) {
      // The header itself is broken: kept as it was, and rows of its width are copied unchanged.
      this.columns = cells.map((name, from) => ({ from, name }));
      this.width = cells.length;
      this.out.asItWas({ row, ...u });
      this.out.write(csvLine(cells));
      return;
    }
    this.asItWas(row, cells, u);
  }

  private asItWas(row: number, cells: readonly string[], u: Omit<Unfixed, 'row'>): void {
    this.out.mapped(++this.outRow, row);
    this.result.rows++;
    this.out.asItWas({ row, ...u });
    this.out.write(csvLine(cells));
  }
}

/** A record too large to keep in memory: fix cannot write it as it was, so it writes nothing. */
export class RecordTooLarge extends Error {
  constructor(readonly row: number) {
    super(`row ${row} is too large to keep`);
  }
}

/** No cell holds anything but white space (as the engine's blank-row check). */
function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
