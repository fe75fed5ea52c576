/**
 * The JSON front (an array, JSON Lines, the features of GeoJSON): addresses each record and its
 * values by JSON Pointer, reports what JSON.parse would hide, and hands each record to the record core.
 */
import type { Code, Localized, ParamValue } from '../report/index.js';
import type { Diagnostic } from '../report/index.js';
import type { Collector } from './collector.js';
import { CODES, valueText } from '../report/index.js';
import type { JsonSink } from '../input/index.js';
import { featurePath } from '../input/index.js';
import type { CheckSetup, LateRowFinding, RecordFinding, RecordView } from '../checks/index.js';
import type { CompiledSpec } from './compile.js';
import type { JsonSyntaxReason, RecordTextIssues } from '../input/index.js';
import { fieldOf, toPointer, valueAt } from './ajv-errors.js';
import type { SchemaFinding } from './ajv-errors.js';
import { RecordCore } from './record-core.js';
import type { CoreOptions, Placing } from './record-core.js';

const NONE: ReadonlySet<string> = new Set();

/** How the file was read. */
export interface JsonInputOptions {
  /** Set by the decoder once it has met bytes that are not valid UTF-8 in a file read as UTF-8 (they became U+FFFD). */
  readonly invalidUtf8?: { readonly seen: boolean };
}

/** A sink that validates each JSON record against a compiled spec and collects the findings. */
export class JsonRun implements JsonSink {
  /** The key path to the records inside a top-level object (["results"]); empty otherwise. */
  private prefix: readonly string[] = [];
  /** Set when the file is not valid JSON: it could not be read to the end. */
  syntaxError = false;
  /** Records are addressed inside one document (array) or one per line (JSON Lines). */
  private inArray = true;
  private readonly core: RecordCore;
  /** The record being validated, its row, line and path. */
  private current: Record<string, unknown> = {};
  private row = 0;
  private line = 0;
  private base: string[] = [];
  /** Rows with errors before the record's findings (its text's issues come before it). */
  private before = { row: 0, rowsWithErrors: 0 };
  /** Attributes of the current record whose value is of the wrong type or format: unreadable, as in CSV. */
  private unreadable: ReadonlySet<string> = NONE;
  private readonly view: RecordView & { record: object } = {
    record: {},
    value: (name) => (this.unreadable.has(name) ? undefined : valueAt(this.current, this.pathOf(name))),
    asRead: (name) => valueAt(this.current, this.pathOf(name)),
    present: (name) => isPresent(valueAt(this.current, this.pathOf(name))),
    text: (name) => {
      const v = valueAt(this.current, this.pathOf(name));
      return isPresent(v) ? valueText(v) : '';
    },
  };
  private readonly placing: Placing = {
    seen: (schema) => {
      this.unreadable = schema.length === 0 ? NONE : new Set(schema.filter((f) => f.keyword === 'type' || f.keyword === 'format').map((f) => fieldOf(f.path)));
    },
    schemaFinding: (f: SchemaFinding) => {
      const v = valueAt(this.current, f.path);
      // A number out of range (1e400, read as Infinity) was reported as such by issues().
      if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
      return this.finding(f.code, this.row, this.line, [...this.base, ...this.inText(f.path)], v, f.params, fieldOf(f.path));
    },
    checkFinding: (f: RecordFinding) => {
      // A finding about several fields (a+b) is given at the record.
      const path = this.compiled.attributes.get(f.field)?.path ?? [];
      return this.finding(f.code, this.row, this.line, [...this.base, ...this.inText(path)], f.value ?? valueAt(this.current, path), f.params, f.field);
    },
  };

  constructor(
    private readonly compiled: CompiledSpec,
    readonly collector: Collector,
    setup: Omit<CheckSetup, 'spec'> = {},
    options: CoreOptions = {},
    private readonly input: JsonInputOptions = {},
  ) {
    this.core = new RecordCore(compiled.validate, collector, { ...setup, spec: compiled.spec, records: true }, options);
  }

  start(shape: 'array' | 'lines', prefix: readonly string[] = []): void {
    this.inArray = shape === 'array';
    this.prefix = prefix;
  }

  /** The path of the record with this index: inside the document, or none (a line of JSON Lines). */
  private baseOf(index: number): string[] {
    return this.inArray ? [...this.prefix, String(index)] : [];
  }

  /**
   * What JSON.parse would hide, each at its value: keys written twice, numbers a double cannot
   * hold (one finding for a number out of range, not another for the Infinity it became),
   * control characters in texts, and bytes the decoder could not read.
   */
  issues(index: number, line: number, issues: RecordTextIssues): void {
    const base = this.baseOf(index);
    const row = index + 1;
    this.before = { row, rowsWithErrors: this.collector.stats.rowsWithErrors };
    for (const key of issues.duplicateKeys) this.add(this.finding('json-duplicate-key', row, line, [...base, ...key], undefined, {}, this.fieldIn(key)));
    for (const n of issues.numbers) this.add(this.finding(n.outOfRange ? 'json-number-out-of-range' : 'json-number-too-precise', row, line, [...base, ...n.path], n.literal, {}, this.fieldIn(n.path)));
    for (const c of issues.controls) this.add(this.finding('control-character', row, line, [...base, ...c.path], c.value, { character: c.character }, this.fieldIn(c.path)));
    // U+FFFD in a file whose decoder met bytes that are not UTF-8: those bytes, as at a CSV row.
    if (issues.replaced && this.input.invalidUtf8?.seen === true) this.add(this.finding('encoding-invalid-utf8', row, line, base, undefined, {}));
  }

  /** Where a path of the current record stands in the text: in a GeoJSON feature, in its properties or geometry. */
  private inText(path: readonly string[]): readonly string[] {
    return featurePath(this.current, path) ?? path;
  }

  /** The field a path in the record's text names: in a GeoJSON feature, the one in its properties. */
  private fieldIn(path: readonly string[]): string {
    const geo = this.prefix.length === 1 && this.prefix[0] === 'features' && path[0] === 'properties';
    return fieldOf(geo ? path.slice(1) : path);
  }

  record(value: unknown, index: number, line: number): void {
    const row = index + 1;
    this.collector.stats.rows++;
    const rowsWithErrorsBefore = this.before.row === row ? this.before.rowsWithErrors : this.collector.stats.rowsWithErrors;
    const base = this.baseOf(index);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.add(this.finding('record-not-object', row, line, base, value, { found: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value }));
      return;
    }
    this.current = value as Record<string, unknown>;
    this.view.record = value;
    this.row = row;
    this.line = line;
    this.base = base;
    this.unreadable = NONE;
    this.core.check(value, this.view, this.placing, undefined, row, line, rowsWithErrorsBefore);
  }

  /** After the last record: what the checks across rows found (duplicate keys) is reported at its records. */
  finish(): void {
    this.core.finish((f) => this.late(f));
  }

  /** When reading failed: lets go of what the checks hold. */
  discard(): void {
    this.core.discard();
  }

  /** A finding of a check across rows, at its attribute in the record of its row. */
  private late(f: LateRowFinding): Diagnostic {
    const path = this.pathOf(f.at);
    // The record is gone: in a GeoJSON feature, an attribute is taken to stand in its properties.
    const geo = this.prefix.length === 1 && this.prefix[0] === 'features';
    return this.finding(f.code, f.row, f.line, [...this.baseOf(f.row - 1), ...(geo ? ['properties', ...path] : path)], f.value, f.params, f.field);
  }

  private pathOf(name: string): readonly string[] {
    return this.compiled.attributes.get(name)?.path ?? [name];
  }

  syntax(line: number, column: number, reason: JsonSyntaxReason, found: string): void {
    this.syntaxError = true;
    this.collector.add({ code: 'json-syntax', severity: 'error', line, column, params: { reason, found, line, column } });
  }

  notRecords(found: string | Localized): void {
    this.collector.add({ code: 'json-not-records', severity: 'error', line: 1, params: { found } });
  }

  recordsAmbiguous(lists: readonly string[], checked: string): void {
    this.collector.add({ code: 'json-records-ambiguous', severity: 'error', params: { lists: lists.join(', '), checked } });
  }

  keyTwiceOutside(pointer: string, records: boolean): void {
    const code = records ? 'json-records-twice' : 'json-duplicate-key-outside';
    this.collector.add({ code, severity: CODES[code].severity, params: { pointer } });
  }

  private add(d: Diagnostic): void {
    this.collector.add(d);
  }

  /** A finding at a value, with the attribute's description, which every cell message may show. */
  private finding(code: Code, row: number, line: number, path: readonly string[], value: unknown, params: Record<string, ParamValue>, field?: string): Diagnostic {
    const description = field === undefined ? undefined : this.compiled.attributes.get(field)?.description;
    return {
      code,
      severity: CODES[code].severity,
      row,
      line,
      field: field ?? '',
      pointer: toPointer(path),
      ...(value === undefined ? {} : { value: valueText(value) }),
      params: description === undefined ? params : { ...params, description },
    };
  }
}

/** A value counts as given unless it is missing, null, empty text or an empty list (as an empty CSV cell). */
function isPresent(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
}
