/**
 * Validates fix's own output as it is written, with the engine every report uses, so that the
 * list of what is left names every error the output still has, at the input's rows.
 */
import { PassThrough } from 'node:stream';
import { validateFile } from '../api.js';
import type { Spec } from '../registry/index.js';
import type { Diagnostic, FileReport, InputFormat } from '../report/index.js';
import { MAX_UNFIXED } from './result.js';
import type { FixResult, Unfixed } from './result.js';

/** A validation of the output running beside the fix: write to `stream`, end it, await `report`. */
export interface Verifier {
  readonly stream: PassThrough;
  readonly report: Promise<FileReport>;
}

/** Starts validating what will be written to the verifier's stream. */
export function startVerifier(spec: Spec, format: InputFormat, records?: string): Verifier {
  const stream = new PassThrough();
  const report = validateFile(stream, { spec, format, threads: 1, maxErrors: MAX_UNFIXED, ...(format === 'csv' ? { delimiter: ',' } : {}), ...(records !== undefined ? { records } : {}) });
  return { stream, report };
}

/**
 * Puts every error of the output's report into the result, at the input's row (`inputRow` maps
 * an output row to it), with the rows fix itself wrote as they were; each (row, column, code) once.
 */
export function applyVerdict(result: FixResult, report: FileReport, own: readonly Unfixed[], inputRow: (outRow: number) => number): void {
  // fix's own output must always be readable; if it is not, that is a bug, and nothing is kept.
  if (report.unreadable) throw new Error(`fix wrote output that cannot be read back (${report.diagnostics.map((d) => d.code).join(', ')})`);
  const seen = new Set<string>();
  const list: Unfixed[] = [];
  const push = (u: Unfixed): void => {
    const key = `${u.row}\u0000${u.column}\u0000${u.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(u);
  };
  for (const u of own) push(u);
  for (const d of report.diagnostics) if (d.severity === 'error' && d.code !== 'max-errors-reached') push(unfixedOf(d, inputRow));
  list.sort((a, b) => a.row - b.row);
  const listedErrors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const beyond = Math.max(0, report.stats.errors - listedErrors);
  result.unfixedCount = list.length + beyond;
  result.unfixed = list.slice(0, MAX_UNFIXED);
}

function unfixedOf(d: Diagnostic, inputRow: (outRow: number) => number): Unfixed {
  const { description: _d, ...params } = d.params;
  return { row: d.row === undefined ? 0 : inputRow(d.row), column: d.field ?? '', value: d.value ?? '', code: d.code, params };
}
