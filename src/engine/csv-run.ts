/** Validates the records of one CSV file as they stream in: header checks, coercion, Ajv, table checks. */
import type { Code, ParamValue } from '../report/index.js';
import type { Collector, Diagnostic } from '../report/index.js';
import { CODES, columnLetter, EXAMPLES_PER_GROUP, shorten } from '../report/index.js';
import type { CsvSink } from '../input/index.js';
import { controlCharacterIn } from '../input/index.js';
import { FAIL } from '../coerce/index.js';
import type { Coercer, ColumnCoercer } from '../coerce/index.js';
import { analyzeHeader, DuplicateFinder, isBlankRecord } from '../checks/index.js';
import type { KeyBatchBuilder } from '../checks/index.js';
import type { Duplicate, DuplicatesFound } from '../checks/index.js';
import type { CompiledSpec } from './compile.js';
import type { ValidateFunction } from '../schema/ajv.js';
import type { RecordView } from '../checks/index.js';
import { fieldOf, mapAjvError, valueAt } from './ajv-errors.js';
import { checkRecord, isReplacedRange } from './record-checks.js';
import type { RunOptions } from './record-checks.js';
import type { Dialect } from '../input/index.js';
import type { Severity } from '../report/index.js';
import { placeholder, recognize, valueKindOf } from '../forms/forms.js';
import type { ValueKind } from '../forms/forms.js';
import { formCode } from './dialect.js';

/** What the CSV run knows of the file beyond the spec. */
export interface CsvRunOptions {
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
  /**
   * Keys are not checked here but kept in this builder (emptied first; it can be one used before)
   * for the thread that sees the whole file, which checks them in row order (see
   * DuplicateFinder.addBatch).
   */
  readonly collectKeys?: KeyBatchBuilder;
}

/** The finding about a row whose unique key an earlier row had. */
export function duplicateFinding(compiled: CompiledSpec, column: number | undefined, dup: Duplicate): Diagnostic {
  const field = compiled.spec.uniqueKey.join('+');
  const description = compiled.attributes.get(field)?.description;
  const at = column === undefined ? {} : { column: column + 1, columnLetter: columnLetter(column + 1) };
  const params: Record<string, ParamValue> = description === undefined ? { firstRow: dup.firstRow } : { firstRow: dup.firstRow, description };
  return { code: 'unique-duplicate', severity: CODES['unique-duplicate'].severity, row: dup.row, line: dup.line, ...at, field, value: shorten(dup.key.split('\u0000').join(' | ')), params };
}

/** Reports what a DuplicateFinder found, each duplicate after its row's other findings. */
export function reportDuplicates(collector: Collector, found: DuplicatesFound, make: (dup: Duplicate) => Diagnostic): void {
  collector.addLate(
    found.first.map((dup) => ({ diagnostic: make(dup), rowHasError: dup.rowHasError })),
    { count: found.count - found.first.length, cleanRows: found.countOnCleanRows - found.first.filter((d) => !d.rowHasError).length },
  );
}

/** A sink that validates each CSV record against a compiled spec and collects the findings. */
export class CsvRun implements CsvSink {
  private width = 0;
  private names: (string | undefined)[] = [];
  private coercers: (Coercer | undefined)[] = [];
  private failCodes: (Code | undefined)[] = [];
  private explains: ColumnCoercer['explain'][] = [];
  private kinds: (ValueKind | undefined)[] = [];
  /** Text columns without a format, where a placeholder such as NULL is looked for. */
  private plainText: boolean[] = [];
  private headerRow = 1;
  private titleSkipped = false;
  private letters: string[] = [];
  private columnOf = new Map<string, number>();
  /** For nested attributes (facility.name), the path into the record; undefined for flat ones. */
  private paths: (readonly string[] | undefined)[] = [];
  private readonly requiredContainers: readonly (readonly string[])[];
  private absent: ReadonlySet<string> = new Set();
  private keyColumns: number[] = [];
  private readonly keyPaths: readonly (readonly string[])[];
  /** Without collectKeys: the duplicate-key check, resolved by finish(). */
  private finder: DuplicateFinder | undefined;
  /** With collectKeys: the keys of the rows read, for a check elsewhere. */
  readonly keys: KeyBatchBuilder | undefined;
  private readonly validate: ValidateFunction;
  /** The number of the last row read (the header's, before any data row). */
  recordNo = 0;
  sawHeader = false;
  /** The row being validated, as the record checks see it. */
  private rowCells: string[] = [];
  private rowRecord: Record<string, unknown> = {};
  /**
   * Every top-level attribute the file has a column for, undefined (an attribute whose cell is
   * empty or unreadable stays undefined, which the schema reads as absent). Records copied from it
   * all have one shape, whatever cells a row lacks: with a shape per combination of missing cells,
   * property access in the validator went megamorphic and rows with errors cost about twice as much.
   */
  private template: Record<string, undefined> = {};
  private readonly view: RecordView = {
    value: (name) => valueAt(this.rowRecord, this.compiled.attributes.get(name)?.path ?? [name]),
    present: (name) => (this.cellOf(name) ?? '').trim() !== '',
    text: (name) => this.cellOf(name) ?? '',
  };

  constructor(
    private readonly compiled: CompiledSpec,
    readonly collector: Collector,
    private readonly options: RunOptions = {},
    private readonly csv: CsvRunOptions = {},
  ) {
    this.keys = csv.collectKeys !== undefined && compiled.spec.uniqueKey.length > 0 ? csv.collectKeys : undefined;
    this.keys?.clear();
    this.validate = compiled.validateCsv;
    this.keyPaths = compiled.spec.uniqueKey.map((k) => compiled.attributes.get(k)?.path ?? [k]);
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

  /**
   * Whether a cell may hold a control character: always, unless the reader watches the text
   * for them (watchControl) and has not seen one yet.
   */
  private mayHoldControl = true;

  watchControl(): void {
    this.mayHoldControl = false;
  }

  controlSeen(): void {
    this.mayHoldControl = true;
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
    // A delimiter at the end of every line (reported once) makes an empty last column: ignore it.
    const named = this.csv.dialect?.trailingDelimiter === true && cells.length > 1 && cells[cells.length - 1] === '' ? cells.slice(0, -1) : cells;
    const analysis = analyzeHeader(named, this.compiled.spec);
    this.width = cells.length;
    this.names = [...analysis.columns];
    this.absent = analysis.absent;
    this.letters = cells.map((_c, i) => columnLetter(i + 1));
    const flat = this.names.filter((name): name is string => name !== undefined && this.compiled.coercers.has(name) && (this.compiled.attributes.get(name)?.path.length ?? 1) <= 1);
    this.template = Object.fromEntries(flat.map((name) => [name, undefined]));
    this.names.forEach((name, i) => {
      if (name === undefined) return;
      this.columnOf.set(name, i);
      const c = this.compiled.coercers.get(name);
      const path = this.compiled.attributes.get(name)?.path;
      if (path !== undefined && path.length > 1) this.paths[i] = path;
      this.coercers[i] = c?.coerce;
      this.failCodes[i] = c?.code;
      this.explains[i] = c?.explain;
      const a = this.compiled.attributes.get(name);
      if (a !== undefined) {
        this.kinds[i] = valueKindOf(a.types, a.items === undefined ? a.format : undefined);
        this.plainText[i] = this.kinds[i] === 'text' && a.format === undefined && a.types.includes('string');
      }
    });
    this.keyColumns = this.compiled.spec.uniqueKey.map((k) => this.columnOf.get(k) ?? -1);
    if (this.compiled.spec.uniqueKey.length > 0 && this.keys === undefined) this.finder ??= new DuplicateFinder(Math.max(this.collector.maxErrors, EXAMPLES_PER_GROUP));
    if (!report) return;
    for (const f of analysis.findings) {
      const at = f.column === undefined ? {} : { column: f.column, columnLetter: columnLetter(f.column) };
      this.collector.add({ code: f.code, severity: CODES[f.code].severity, row: this.headerRow, line, ...at, field: f.field, value: shorten(f.field), params: this.described(f.field, f.params) });
    }
    // Bytes that are not UTF-8 in the header row are reported there, as in any other row.
    if (this.csv.invalidUtf8?.seen === true && cells.some((c) => c.includes('\uFFFD'))) this.add('encoding-invalid-utf8', this.headerRow, line, {});
  }

  /** The 0-based column of the unique key's first attribute, if the file has it. */
  keyColumn(): number | undefined {
    const i = this.keyColumns[0] ?? -1;
    return i < 0 ? undefined : i;
  }

  record(cells: string[], line: number): void {
    if (!this.sawHeader) return this.header(cells, line);
    const row = ++this.recordNo;
    if (isBlankRecord(cells)) {
      // Reported, but not a record: blank rows do not count among the rows a score is taken over.
      this.add('row-blank', row, line, {});
      return;
    }
    this.collector.stats.rows++;
    const rowsWithErrors = this.collector.stats.rowsWithErrors;
    if (cells.length !== this.width) {
      const code = cells.length > this.width ? 'row-too-many-cells' : 'row-too-few-cells';
      this.add(code, row, line, { expected: this.width, found: cells.length });
    }
    const record: Record<string, unknown> = { ...this.template };
    for (let c = 0; c < this.requiredContainers.length; c++) setPath(record, this.requiredContainers[c] as string[], {});
    // Cell findings are gathered per row and reported in column order.
    let pending: Diagnostic[] | undefined;
    let failed: string[] | undefined;
    // Cells whose wrong form was understood, as the record checks should read them (57,1 -> 57.1).
    let understoodCells: string[] | undefined;
    const n = Math.min(cells.length, this.width);
    for (let i = 0; i < n; i++) {
      const coerce = this.coercers[i];
      const raw = cells[i] as string;
      if (coerce === undefined || raw === '') continue;
      let v = coerce(raw);
      if (v === FAIL || (this.plainText[i] === true && maybePlaceholder(raw))) {
        // The right meaning in the wrong form: reported with the right form, and checked with its meaning.
        const form = this.understood(i, raw, coerce);
        if (form !== undefined) {
          (pending ??= []).push({ ...this.cell(form.code, row, line, i, raw, form.canonical === '' ? {} : { canonical: form.canonical }), severity: this.csv.formSeverity ?? 'error' });
          (understoodCells ??= cells.slice())[i] = form.canonical;
          if (form.value === undefined) continue;
          v = form.value;
        }
      }
      if (v === FAIL) {
        (failed ??= []).push(this.names[i] as string);
        const why = this.explains[i]?.(raw);
        (pending ??= []).push(this.cell(why?.code ?? (this.failCodes[i] as Code), row, line, i, raw, why === undefined ? {} : { ...why.params }));
      } else {
        const path = this.paths[i];
        if (path === undefined) record[this.names[i] as string] = v;
        else setPath(record, path, v);
        // The one regular-expression test a text cell costs: a NUL or other control character. (A
        // number, a date or a boolean holding one does not read as such, and is reported so.)
        const control = typeof v === 'string' && this.mayHoldControl ? controlCharacterIn(v) : undefined;
        if (control !== undefined) (pending ??= []).push(this.cell('control-character', row, line, i, raw, { character: control }));
      }
    }
    if (this.csv.invalidUtf8?.seen === true && cells.some((c) => c.includes('\uFFFD'))) this.add('encoding-invalid-utf8', row, line, {});
    this.rowCells = understoodCells ?? cells;
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
    if (this.finder !== undefined || this.keys !== undefined) this.checkUnique(record, row, line, this.collector.stats.rowsWithErrors > rowsWithErrors);
  }

  /** A value the column's reader rejected but whose meaning is clear: its canonical text and typed value. */
  private understood(i: number, raw: string, coerce: Coercer): { code: Code; canonical: string; value: unknown } | undefined {
    const kind = this.kinds[i];
    if (kind === undefined) return undefined;
    const trimmed = raw.trim();
    if (trimmed !== raw && trimmed !== '') {
      const v = coerce(trimmed);
      if (v !== FAIL) return { code: 'form-spaces-around', canonical: trimmed, value: v };
    }
    const r = recognize(raw, kind);
    if (r === undefined) return undefined;
    if (r.canonical === '') return { code: 'form-placeholder-empty', canonical: '', value: undefined };
    const v = coerce(r.canonical);
    return v === FAIL ? undefined : { code: formCode(r.kind, kind), canonical: r.canonical, value: v };
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
  private checkUnique(record: Record<string, unknown>, row: number, line: number, rowHasError: boolean): void {
    let key = '';
    for (let k = 0; k < this.keyPaths.length; k++) {
      const v = valueAt(record, this.keyPaths[k] as readonly string[]);
      if (v === undefined) return; // a missing or unreadable key is another check's business
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      key = k === 0 ? text : `${key}\u0000${text}`;
    }
    if (this.keys !== undefined) return this.keys.add(key, row, line, rowHasError);
    (this.finder as DuplicateFinder).add(key, row, line, rowHasError);
  }

  /** When reading failed: lets go of the duplicate check's temporary files. */
  discard(): void {
    this.finder?.close();
    this.finder = undefined;
  }

  /** After the last row: the duplicate keys, found now, are reported at their rows. */
  finish(): void {
    const finder = this.finder;
    if (finder === undefined) return;
    this.finder = undefined;
    const column = this.keyColumn();
    reportDuplicates(this.collector, finder.finish(), (dup) => duplicateFinding(this.compiled, column, dup));
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

/**
 * A cheap first look for a text placeholder (NULL, N/A, #N/A, only spaces), so that ordinary text
 * cells cost one character test.
 */
function maybePlaceholder(raw: string): boolean {
  const c0 = raw.charCodeAt(0);
  if (c0 <= 32) return raw.trim() === '';
  return raw.length <= 4 && (c0 === 78 || c0 === 110 || c0 === 35) && placeholder(raw, 'text') !== undefined;
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
