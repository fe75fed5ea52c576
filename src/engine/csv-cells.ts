/**
 * Turns a CSV row's cells into a typed record, column by column: each cell is read by its
 * column's coercer; a value in the right meaning but the wrong form (a decimal comma, ja/nej,
 * spaces around it) is reported with its canonical form and checked with its meaning; a cell that
 * cannot be read is reported with what is wrong with it; a control character in a text is a finding.
 */
import type { Code, Diagnostic, ParamValue, Severity } from '../report/index.js';
import { controlCharacterIn } from '../input/index.js';
import { FAIL } from '../coerce/index.js';
import type { Coercer } from '../coerce/index.js';
import { maybePlaceholder, understand } from '../forms/understand.js';
import { formCode } from './dialect.js';
import type { CsvColumns } from './csv-columns.js';

/** Places a finding about cell i of the current row. */
export type CellPlacing = (code: Code, i: number, raw: string, params: Record<string, ParamValue>) => Diagnostic;

/** What reading one row's cells gave; the fields are the current row's until the next read(). */
export class CellReader {
  record: Record<string, unknown> = {};
  /** Findings in the cells, in column order. */
  pending: Diagnostic[] | undefined;
  /** Attributes whose cell could not be read (their schema findings are left out). */
  failed: string[] | undefined;
  /** The cells with each understood wrong form replaced by its canonical text (57,1 -> 57.1), for the checks. */
  cells: readonly string[] = [];
  /**
   * Whether a cell may hold a control character: always, unless the reader of the text watches
   * for them (CsvSink.watchControl) and has not seen one yet.
   */
  mayHoldControl = true;

  constructor(
    private readonly cols: CsvColumns,
    private readonly requiredContainers: readonly (readonly string[])[],
    private readonly formSeverity: Severity | undefined,
  ) {}

  read(cells: readonly string[], place: CellPlacing): void {
    const cols = this.cols;
    const record: Record<string, unknown> = { ...cols.template };
    for (let c = 0; c < this.requiredContainers.length; c++) setPath(record, this.requiredContainers[c] as string[], {});
    let pending: Diagnostic[] | undefined;
    let failed: string[] | undefined;
    let understoodCells: string[] | undefined;
    const n = Math.min(cells.length, cols.width);
    for (let i = 0; i < n; i++) {
      const coerce = cols.coercers[i];
      const raw = cells[i] as string;
      if (coerce === undefined || raw === '') continue;
      let v = coerce(raw);
      if (v === FAIL || (cols.plainText[i] === true && maybePlaceholder(raw))) {
        // The right meaning in the wrong form: reported with the right form, and checked with its meaning.
        const form = this.understood(i, raw, coerce);
        if (form !== undefined) {
          (pending ??= []).push({ ...place(form.code, i, raw, form.canonical === '' ? {} : { canonical: form.canonical }), severity: this.formSeverity ?? 'error' });
          (understoodCells ??= cells.slice())[i] = form.canonical;
          if (form.value === undefined) continue;
          v = form.value;
        }
      }
      if (v === FAIL) {
        (failed ??= []).push(cols.names[i] as string);
        const why = cols.explains[i]?.(raw);
        (pending ??= []).push(place(why?.code ?? (cols.failCodes[i] as Code), i, raw, why === undefined ? {} : { ...why.params }));
      } else {
        const path = cols.paths[i];
        if (path === undefined) record[cols.names[i] as string] = v;
        else setPath(record, path, v);
        // The one regular-expression test a text cell costs: a NUL or other control character. (A
        // number, a date or a boolean holding one does not read as such, and is reported so.)
        const control = typeof v === 'string' && this.mayHoldControl ? controlCharacterIn(v) : undefined;
        if (control !== undefined) (pending ??= []).push(place('control-character', i, raw, { character: control }));
      }
    }
    this.record = record;
    this.pending = pending;
    this.failed = failed;
    this.cells = understoodCells ?? cells;
  }

  /** A value the column's reader rejected but whose meaning is clear (the rule fix writes by): its code, canonical text and typed value. */
  private understood(i: number, raw: string, coerce: Coercer): { code: Code; canonical: string; value: unknown } | undefined {
    const kind = this.cols.kinds[i];
    if (kind === undefined) return undefined;
    const u = understand(raw, kind, coerce);
    return u === undefined ? undefined : { code: formCode(u.kind, kind), canonical: u.canonical, value: u.value };
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
