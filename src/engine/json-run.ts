/** Validates the records of one JSON (array or JSON Lines) file as they stream in. */
import type { Code, ParamValue } from '../report/index.js';
import type { Collector } from '../report/index.js';
import { CODES, valueText } from '../report/index.js';
import type { JsonSink } from '../input/index.js';
import { UniqueIndex } from '../checks/index.js';
import type { CompiledSpec } from './compile.js';
import type { JsonSyntaxReason, RecordTextIssues } from '../input/index.js';
import type { ValidateFunction } from '../schema/ajv.js';
import type { RecordView } from '../checks/index.js';
import { fieldOf, mapAjvError, toPointer, valueAt } from './ajv-errors.js';
import { checkRecord, isReplacedRange } from './record-checks.js';
import type { RunOptions } from './record-checks.js';
import type { SchemaFinding } from './ajv-errors.js';

const NONE: ReadonlySet<string> = new Set();

/** A sink that validates each JSON record against a compiled spec and collects the findings. */
export class JsonRun implements JsonSink {
  private readonly unique: UniqueIndex | undefined;
  private readonly validate: ValidateFunction;
  private stoppedNoted = false;
  /** The key path to the records inside a top-level object (["results"]); empty otherwise. */
  private prefix: readonly string[] = [];
  private readonly keyPaths: readonly (readonly string[])[];
  /** Set when the file is not valid JSON: it could not be read to the end. */
  syntaxError = false;
  /** Records are addressed inside one document (array) or one per line (JSON Lines). */
  private inArray = true;
  /** The record being validated, as the record checks see it. */
  private current: Record<string, unknown> = {};
  /** Attributes of the current record whose value is of the wrong type or format: unreadable, as in CSV. */
  private unreadable: ReadonlySet<string> = new Set();
  private readonly view: RecordView = {
    value: (name) => (this.unreadable.has(name) ? undefined : valueAt(this.current, this.pathOf(name))),
    present: (name) => isPresent(valueAt(this.current, this.pathOf(name))),
    text: (name) => {
      const v = valueAt(this.current, this.pathOf(name));
      return isPresent(v) ? valueText(v) : '';
    },
  };

  constructor(
    private readonly compiled: CompiledSpec,
    readonly collector: Collector,
    private readonly options: RunOptions = {},
  ) {
    this.unique = compiled.spec.uniqueKey.length > 0 ? new UniqueIndex() : undefined;
    this.validate = compiled.validate;
    this.keyPaths = compiled.spec.uniqueKey.map((k) => compiled.attributes.get(k)?.path ?? [k]);
  }

  start(shape: 'array' | 'lines', prefix: readonly string[] = []): void {
    this.inArray = shape === 'array';
    this.prefix = prefix;
  }

  /**
   * What JSON.parse would hide, each at its value: keys written twice, numbers a double cannot
   * hold (one finding for a number out of range, not another for the Infinity it became) and
   * control characters in texts.
   */
  issues(index: number, line: number, issues: RecordTextIssues): void {
    const base = this.inArray ? [...this.prefix, String(index)] : [];
    const row = index + 1;
    for (const key of issues.duplicateKeys) this.add('json-duplicate-key', row, line, [...base, ...key], undefined, {}, this.fieldIn(key));
    for (const n of issues.numbers) this.add(n.outOfRange ? 'json-number-out-of-range' : 'json-number-too-precise', row, line, [...base, ...n.path], n.literal, {}, this.fieldIn(n.path));
    for (const c of issues.controls) this.add('control-character', row, line, [...base, ...c.path], c.value, { character: c.character }, this.fieldIn(c.path));
  }

  /** The field a path in the record's text names: in a GeoJSON feature, the one in its properties. */
  private fieldIn(path: readonly string[]): string {
    const geo = this.prefix.length === 1 && this.prefix[0] === 'features' && path[0] === 'properties';
    return fieldOf(geo ? path.slice(1) : path);
  }

  record(value: unknown, index: number, line: number): void {
    const row = index + 1;
    this.collector.stats.rows++;
    const base = this.inArray ? [...this.prefix, String(index)] : [];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.add('record-not-object', row, line, base, value, { found: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value });
      return;
    }
    const findings = this.schemaFindings(value);
    this.current = value as Record<string, unknown>;
    this.unreadable = findings.length === 0 ? NONE : new Set(findings.filter((f) => f.keyword === 'type' || f.keyword === 'format').map((f) => fieldOf(f.path)));
    const checked = checkRecord(this.compiled.spec, this.view, this.options);
    for (const f of findings) {
      const field = fieldOf(f.path);
      const v = valueAt(value, f.path);
      // A number out of range (1e400, read as Infinity) was reported as such by issues().
      if (typeof v === 'number' && !Number.isFinite(v)) continue;
      if (!isReplacedRange(f.code, field, checked)) this.add(f.code, row, line, [...base, ...f.path], v, f.params, field);
    }
    for (const f of checked.findings) {
      const path = this.compiled.attributes.get(f.field)?.path ?? [];
      this.add(f.code, row, line, [...base, ...path], f.value ?? valueAt(value, path), f.params, f.field);
    }
    if (this.unique !== undefined) this.checkUnique(value as Record<string, unknown>, row, line, base);
  }

  /** The schema's findings on a record, each value reported once. */
  private schemaFindings(value: object): SchemaFinding[] {
    const validate = this.validate;
    if (validate(value)) return [];
    const findings = (validate.errors ?? []).map((e) => mapAjvError(e, value));
    // A value of the wrong type is reported once, not again for every rule it then also breaks;
    // a value whose format says exactly what is wrong is not also reported for a pattern.
    const wrongType = new Set(findings.filter((f) => f.code === 'wrong-type').map((f) => f.path.join('/')));
    const badFormat = new Set(findings.filter((f) => f.keyword === 'format').map((f) => f.path.join('/')));
    return findings.filter((f) => {
      const key = f.path.join('/');
      return !((f.code !== 'wrong-type' && wrongType.has(key)) || (f.keyword === 'pattern' && badFormat.has(key)));
    });
  }

  private pathOf(name: string): readonly string[] {
    return this.compiled.attributes.get(name)?.path ?? [name];
  }

  syntax(line: number, column: number, reason: JsonSyntaxReason, found: string): void {
    this.syntaxError = true;
    this.collector.add({ code: 'json-syntax', severity: 'error', line, column, params: { reason, found, line, column } });
  }

  notRecords(found: string): void {
    this.collector.add({ code: 'json-not-records', severity: 'error', line: 1, params: { found } });
  }

  private checkUnique(record: Record<string, unknown>, row: number, line: number, base: string[]): void {
    const keys = this.compiled.spec.uniqueKey;
    const parts: string[] = [];
    for (const path of this.keyPaths) {
      const v = valueAt(record, path);
      if (v === undefined || v === null || v === '') return;
      parts.push(typeof v === 'string' ? v : JSON.stringify(v));
    }
    const index = this.unique as UniqueIndex;
    const first = index.check(parts.join('\u0000'), row);
    if (first !== 0) {
      this.add('unique-duplicate', row, line, [...base, ...(this.keyPaths[0] as string[])], parts.join(' | '), { firstRow: first }, keys.join('+'));
    } else if (index.full && !this.stoppedNoted) {
      this.stoppedNoted = true;
      this.collector.add({ code: 'unique-check-stopped', severity: 'info', row, line, params: { max: row } });
    }
  }

  private add(code: Code, row: number, line: number, path: string[], value: unknown, params: Record<string, ParamValue>, field?: string): void {
    // The attribute's description, which every cell message may show.
    const description = field === undefined ? undefined : this.compiled.attributes.get(field)?.description;
    this.collector.add({
      code,
      severity: CODES[code].severity,
      row,
      line,
      field: field ?? '',
      pointer: toPointer(path),
      ...(value === undefined ? {} : { value: valueText(value) }),
      params: description === undefined ? params : { ...params, description },
    });
  }
}

/** A value counts as given unless it is missing, null, empty text or an empty list (as an empty CSV cell). */
function isPresent(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
}
