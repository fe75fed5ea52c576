/** Validates the records of one CSV file as they stream in: header checks, coercion, Ajv, table checks. */
import type { Code, ParamValue } from '../report/index.js';
import type { Collector, Diagnostic } from '../report/index.js';
import { CODES, columnLetter, shorten } from '../report/index.js';
import type { CsvSink } from '../input/index.js';
import { FAIL } from '../coerce/index.js';
import type { Coercer, ColumnCoercer } from '../coerce/index.js';
import { analyzeHeader, isBlankRecord, UniqueIndex } from '../checks/index.js';
import type { CompiledSpec } from './compile.js';
import type { ValidateFunction } from '../schema/ajv.js';
import type { RecordView } from '../checks/index.js';
import { fieldOf, mapAjvError, valueAt } from './ajv-errors.js';
import { checkRecord, isReplacedRange } from './record-checks.js';
import type { RunOptions } from './record-checks.js';

/** A sink that validates each CSV record against a compiled spec and collects the findings. */
export class CsvRun implements CsvSink {
  private width = 0;
  private names: (string | undefined)[] = [];
  private coercers: (Coercer | undefined)[] = [];
  private failCodes: (Code | undefined)[] = [];
  private explains: ColumnCoercer['explain'][] = [];
  private letters: string[] = [];
  private columnOf = new Map<string, number>();
  /** For nested attributes (facility.name), the path into the record; undefined for flat ones. */
  private paths: (readonly string[] | undefined)[] = [];
  private readonly requiredContainers: readonly (readonly string[])[];
  private absent: ReadonlySet<string> = new Set();
  private keyColumns: number[] = [];
  private readonly keyPaths: readonly (readonly string[])[];
  private readonly unique: UniqueIndex | undefined;
  private readonly validate: ValidateFunction;
  private recordNo = 0;
  private stoppedNoted = false;
  sawHeader = false;
  /** The row being validated, as the record checks see it. */
  private rowCells: string[] = [];
  private rowRecord: Record<string, unknown> = {};
  private readonly view: RecordView = {
    value: (name) => valueAt(this.rowRecord, this.compiled.attributes.get(name)?.path ?? [name]),
    present: (name) => (this.cellOf(name) ?? '').trim() !== '',
    text: (name) => this.cellOf(name) ?? '',
  };

  constructor(
    private readonly compiled: CompiledSpec,
    readonly collector: Collector,
    private readonly options: RunOptions = {},
  ) {
    this.unique = compiled.spec.uniqueKey.length > 0 ? new UniqueIndex() : undefined;
    this.validate = compiled.validateCsv;
    this.keyPaths = compiled.spec.uniqueKey.map((k) => compiled.attributes.get(k)?.path ?? [k]);
    // Required nested objects are always made, so a missing value inside one is reported at its own cell.
    this.requiredContainers = compiled.spec.containers.filter((c) => c.required).map((c) => c.path);
  }

  header(cells: string[], line: number): void {
    this.sawHeader = true;
    this.recordNo = 1;
    const analysis = analyzeHeader(cells, this.compiled.spec);
    this.width = cells.length;
    this.names = [...analysis.columns];
    this.absent = analysis.absent;
    this.letters = cells.map((_c, i) => columnLetter(i + 1));
    this.names.forEach((name, i) => {
      if (name === undefined) return;
      this.columnOf.set(name, i);
      const c = this.compiled.coercers.get(name);
      const path = this.compiled.attributes.get(name)?.path;
      if (path !== undefined && path.length > 1) this.paths[i] = path;
      this.coercers[i] = c?.coerce;
      this.failCodes[i] = c?.code;
      this.explains[i] = c?.explain;
    });
    this.keyColumns = this.compiled.spec.uniqueKey.map((k) => this.columnOf.get(k) ?? -1);
    for (const f of analysis.findings) {
      const at = f.column === undefined ? {} : { column: f.column, columnLetter: columnLetter(f.column) };
      this.collector.add({ code: f.code, severity: CODES[f.code].severity, row: 1, line, ...at, field: f.field, value: shorten(f.field), params: this.described(f.field, f.params) });
    }
  }

  record(cells: string[], line: number): void {
    const row = ++this.recordNo;
    this.collector.stats.rows++;
    if (isBlankRecord(cells)) {
      this.add('row-blank', row, line, {});
      return;
    }
    if (cells.length !== this.width) {
      const code = cells.length > this.width ? 'row-too-many-cells' : 'row-too-few-cells';
      this.add(code, row, line, { expected: this.width, found: cells.length });
    }
    const record: Record<string, unknown> = {};
    for (let c = 0; c < this.requiredContainers.length; c++) setPath(record, this.requiredContainers[c] as string[], {});
    // Cell findings are gathered per row and reported in column order.
    let pending: Diagnostic[] | undefined;
    let failed: string[] | undefined;
    const n = Math.min(cells.length, this.width);
    for (let i = 0; i < n; i++) {
      const coerce = this.coercers[i];
      const raw = cells[i] as string;
      if (coerce === undefined || raw === '') continue;
      const v = coerce(raw);
      if (v === FAIL) {
        (failed ??= []).push(this.names[i] as string);
        const why = this.explains[i]?.(raw);
        (pending ??= []).push(this.cell(why?.code ?? (this.failCodes[i] as Code), row, line, i, raw, why === undefined ? {} : { ...why.params }));
      } else {
        const path = this.paths[i];
        if (path === undefined) record[this.names[i] as string] = v;
        else setPath(record, path, v);
      }
    }
    this.rowCells = cells;
    this.rowRecord = record;
    const checked = checkRecord(this.compiled.spec, this.view, this.options);
    const validate = this.validate;
    if (!validate(record)) {
      for (const e of validate.errors ?? []) {
        const f = mapAjvError(e, record);
        const name = fieldOf(f.path);
        if (this.absent.has(name) || failed?.includes(name) || isReplacedRange(f.code, name, checked)) continue;
        const i = this.columnOf.get(name);
        const raw = i === undefined ? '' : (cells[i] ?? '');
        (pending ??= []).push(this.cell(f.code, row, line, i, raw, f.params, name));
      }
    }
    for (const f of checked.findings) {
      const i = this.columnOf.get(f.field);
      (pending ??= []).push(this.cell(f.code, row, line, i, f.value ?? this.cellOf(f.field) ?? '', f.params, f.field));
    }
    if (pending !== undefined) {
      if (pending.length > 1) pending.sort(byColumn);
      for (const d of pending) this.collector.add(d);
    }
    if (this.unique !== undefined) this.checkUnique(record, row, line);
  }

  /** The current row's cell of an attribute, or undefined when the file has no such column. */
  private cellOf(name: string): string | undefined {
    const i = this.columnOf.get(name);
    return i === undefined ? undefined : this.rowCells[i];
  }

  malformed(line: number, reason: string): void {
    const row = ++this.recordNo;
    this.collector.stats.rows++;
    this.add('csv-malformed', row, line, { reason });
  }

  /** The key is read from the typed record, so 101 and +101 in an integer column are one key, as in JSON. */
  private checkUnique(record: Record<string, unknown>, row: number, line: number): void {
    let key = '';
    for (let k = 0; k < this.keyPaths.length; k++) {
      const v = valueAt(record, this.keyPaths[k] as readonly string[]);
      if (v === undefined) return; // a missing or unreadable key is another check's business
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      key = k === 0 ? text : `${key}\u0000${text}`;
    }
    const first = (this.unique as UniqueIndex).check(key, row);
    if (first !== 0) {
      const i = this.keyColumns[0] as number;
      this.collector.add(this.cell('unique-duplicate', row, line, i < 0 ? undefined : i, key.split('\u0000').join(' | '), { firstRow: first }, this.compiled.spec.uniqueKey.join('+')));
    } else if ((this.unique as UniqueIndex).full && !this.stoppedNoted) {
      this.stoppedNoted = true;
      this.add('unique-check-stopped', row, line, { max: row });
    }
  }

  private add(code: Code, row: number, line: number, params: Record<string, ParamValue>): void {
    this.collector.add({ code, severity: CODES[code].severity, row, line, params });
  }

  private cell(code: Code, row: number, line: number, i: number | undefined, raw: string, params: Record<string, ParamValue>, field?: string): Diagnostic {
    const at = i === undefined ? {} : { column: i + 1, columnLetter: this.letters[i] as string };
    const name = field ?? (i === undefined ? '' : (this.names[i] ?? ''));
    return { code, severity: CODES[code].severity, row, line, ...at, field: name, value: shorten(raw), params: this.described(name, params) };
  }

  /** The parameters with the attribute's description, which every cell message may show. */
  private described(name: string, params: Record<string, ParamValue>): Record<string, ParamValue> {
    const description = this.compiled.attributes.get(name)?.description;
    return description === undefined ? params : { ...params, description };
  }
}

/** Sets a value at a path, making the objects on the way. */
function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = record;
  for (let k = 0; k < path.length - 1; k++) {
    const key = path[k] as string;
    let next = o[key] as Record<string, unknown> | undefined;
    if (next === undefined) o[key] = next = {};
    o = next;
  }
  const last = path[path.length - 1] as string;
  if (o[last] === undefined) o[last] = value;
}

/** Orders a row's findings by column; findings without a column keep their place at the end. */
function byColumn(a: Diagnostic, b: Diagnostic): number {
  return (a.column ?? Number.MAX_SAFE_INTEGER) - (b.column ?? Number.MAX_SAFE_INTEGER);
}
