/** Validates the records of one JSON (array or JSON Lines) file as they stream in. */
import type { Code, ParamValue } from '../report/index.js';
import type { Collector } from '../report/index.js';
import { CODES, valueText } from '../report/index.js';
import type { JsonSink } from '../input/index.js';
import { UniqueIndex } from '../checks/index.js';
import type { CompiledSpec } from './compile.js';
import type { ValidateFunction } from '../schema/ajv.js';
import { fieldOf, mapAjvError, toPointer, valueAt } from './ajv-errors.js';

/** A sink that validates each JSON record against a compiled spec and collects the findings. */
export class JsonRun implements JsonSink {
  private readonly unique: UniqueIndex | undefined;
  private readonly validate: ValidateFunction;
  private stoppedNoted = false;
  private readonly keyPaths: readonly (readonly string[])[];
  /** Set when the file is not valid JSON: it could not be read to the end. */
  syntaxError = false;
  /** Records are addressed inside one document (array) or one per line (JSON Lines). */
  private inArray = true;

  constructor(
    private readonly compiled: CompiledSpec,
    readonly collector: Collector,
  ) {
    this.unique = compiled.spec.uniqueKey.length > 0 ? new UniqueIndex() : undefined;
    this.validate = compiled.validate;
    this.keyPaths = compiled.spec.uniqueKey.map((k) => compiled.attributes.get(k)?.path ?? [k]);
  }

  start(shape: 'array' | 'lines'): void {
    this.inArray = shape === 'array';
  }

  record(value: unknown, index: number, line: number): void {
    const row = index + 1;
    this.collector.stats.rows++;
    const base = this.inArray ? [String(index)] : [];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.add('record-not-object', row, line, base, value, { found: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value });
      return;
    }
    const validate = this.validate;
    if (!validate(value)) {
      const findings = (validate.errors ?? []).map((e) => mapAjvError(e, value));
      // A value of the wrong type is reported once, not again for every rule it then also breaks.
      const wrongType = new Set(findings.filter((f) => f.code === 'wrong-type').map((f) => f.path.join('/')));
      for (const f of findings) {
        if (f.code !== 'wrong-type' && wrongType.has(f.path.join('/'))) continue;
        this.add(f.code, row, line, [...base, ...f.path], valueAt(value, f.path), f.params, fieldOf(f.path));
      }
    }
    if (this.unique !== undefined) this.checkUnique(value as Record<string, unknown>, row, line, base);
  }

  syntax(line: number, column: number, reason: string): void {
    this.syntaxError = true;
    this.collector.add({ code: 'json-syntax', severity: 'error', line, column, params: { reason: `${reason} (line ${line}, column ${column})` } });
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
    this.collector.add({
      code,
      severity: CODES[code].severity,
      row,
      line,
      field: field ?? '',
      pointer: toPointer(path),
      ...(value === undefined ? {} : { value: valueText(value) }),
      params,
    });
  }
}
