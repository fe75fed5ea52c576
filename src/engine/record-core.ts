/**
 * The record core, shared by the CSV and JSON fronts: a typed record is checked against the
 * spec's compiled validator (each Ajv error mapped to a finding) and by the table's checks, its
 * findings added in column order after those the front found in its cells, and then logged for
 * the checks across rows. The fronts only turn bytes into records with positions, and place the
 * findings (a column in CSV, a pointer in JSON).
 */
import type { Diagnostic } from '../report/index.js';
import type { Collector } from './collector.js';
import type { CheckSetup, LateOut, LateRowFinding, RecordFinding, RecordView } from '../checks/index.js';
import { CHECKS } from '../checks/index.js';
import type { ValidateFunction } from '../schema/ajv.js';
import { EXAMPLES_PER_GROUP } from '../report/index.js';
import { fieldOf, mapAjvError } from './ajv-errors.js';
import type { SchemaFinding } from './ajv-errors.js';
import { CheckRun, isReplacedRange, WholeFileChecks } from './check-run.js';
import type { RecordCheckResult } from './check-run.js';
import type { Check } from '../checks/index.js';

/** How a front places the findings about its current record. */
export interface Placing {
  /**
   * The record's schema findings, before the checks look at the record (JSON then knows which
   * values are unreadable).
   */
  seen?(schema: readonly SchemaFinding[]): void;
  /** A schema finding as a diagnostic at its place, or undefined when the front leaves it out. */
  schemaFinding(f: SchemaFinding): Diagnostic | undefined;
  /** A check's finding as a diagnostic at its place. */
  checkFinding(f: RecordFinding): Diagnostic;
}

/** The findings a check across rows makes at the end, each placed by the front. */
export type LatePlacing = (f: LateRowFinding) => Diagnostic;

export interface CoreOptions {
  /** Checks beyond the table (library users' own); they run after the table's. */
  readonly extraChecks?: readonly Check[];
  /** The core sees only a stretch of the file (a chunk on a worker thread): the logs are taken by the caller. */
  readonly stretch?: boolean;
}

export class RecordCore {
  readonly checks: CheckRun;

  constructor(
    private readonly validate: ValidateFunction,
    private readonly collector: Collector,
    setup: CheckSetup,
    options: CoreOptions = {},
  ) {
    const table = options.extraChecks === undefined ? CHECKS : [...CHECKS, ...options.extraChecks];
    const whole = options.stretch === true ? undefined : new WholeFileChecks(table, setup, Math.max(collector.maxErrors, EXAMPLES_PER_GROUP));
    this.checks = new CheckRun(table, setup, whole);
  }

  /**
   * Checks a record and adds its findings: `pending` (what the front found in its cells) with the
   * schema's and the checks', in column order; then the checks across rows log it.
   */
  check(record: object, view: RecordView, placing: Placing, pending: Diagnostic[] | undefined, row: number, line: number, rowsWithErrorsBefore: number): void {
    const schema = this.schemaFindings(record);
    placing.seen?.(schema);
    const checked: RecordCheckResult = this.checks.record(view);
    for (let k = 0; k < schema.length; k++) {
      const f = schema[k] as SchemaFinding;
      if (isReplacedRange(f.code, fieldOf(f.path), checked)) continue;
      const d = placing.schemaFinding(f);
      if (d !== undefined) (pending ??= []).push(d);
    }
    for (const f of checked.findings) (pending ??= []).push(placing.checkFinding(f));
    if (pending !== undefined) {
      if (pending.length > 1) pending.sort(byColumn);
      for (const d of pending) this.collector.add(d);
    }
    if (this.checks.logs) this.checks.log(view, row, line, this.collector.stats.rowsWithErrors > rowsWithErrorsBefore);
  }

  /** After the last record: the checks across rows report, each finding placed by the front. */
  finish(place: LatePlacing): void {
    this.checks.end(lateOut(this.collector, place));
    this.checks.close();
  }

  /** When reading failed: lets go of what the checks hold (temporary files). */
  discard(): void {
    this.checks.close();
  }

  /**
   * The schema's findings on a record, each value reported once: a value of the wrong type is
   * not reported again for every rule it then also breaks, and a value whose format says exactly
   * what is wrong is not reported for a pattern as well.
   */
  private schemaFindings(record: object): readonly SchemaFinding[] {
    const validate = this.validate;
    if (validate(record)) return NO_FINDINGS;
    // An if's own error only says that its then or else failed; their errors say what.
    const errors = validate.errors ?? [];
    const branches = errors.length > 1 ? errors.filter((e) => e.keyword !== 'if') : errors;
    const said = branches.length > 0 ? branches : errors;
    const findings = said.map((e) => mapAjvError(e, record));
    if (findings.length === 1) return findings;
    const wrongType = new Set(findings.filter((f) => f.code === 'wrong-type').map((f) => f.path.join('/')));
    const badFormat = new Set(findings.filter((f) => f.keyword === 'format').map((f) => f.path.join('/')));
    if (wrongType.size === 0 && badFormat.size === 0) return findings;
    return findings.filter((f) => {
      const key = f.path.join('/');
      return !((f.code !== 'wrong-type' && wrongType.has(key)) || (f.keyword === 'pattern' && badFormat.has(key)));
    });
  }
}

/** Where checks across rows report at the end of a file: into the collector, at the rows they are about. */
export function lateOut(collector: Collector, place: LatePlacing): LateOut {
  return { report: (first, more) => collector.addLate(first.map((f) => ({ diagnostic: place(f), rowHasError: f.rowHasError })), more) };
}

const NO_FINDINGS: readonly SchemaFinding[] = [];

/** Orders a row's findings by column; findings without a column keep their place at the end. */
function byColumn(a: Diagnostic, b: Diagnostic): number {
  return (a.column ?? Number.MAX_SAFE_INTEGER) - (b.column ?? Number.MAX_SAFE_INTEGER);
}
