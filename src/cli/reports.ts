/** Writes the run's reports: each requested format to standard output or, atomically, to its file (see output.ts). */
import { isAbsolute, relative, resolve } from 'node:path';
import { DatakollError, EXIT } from '../errors.js';
import { NO_COLORS } from '../formatters/context.js';
import { loadWriter } from '../formatters/table.js';
import type { Colors } from '../formatters/context.js';
import type { OutputTarget } from '../options/outputs.js';
import type { FailOn } from '../options/validate.js';
import { IO_PHRASES, scoreRun, summarize } from '../report/index.js';
import type { Lang, RunReport } from '../report/index.js';
import type { CliIo } from './io.js';
import { appendOutput, toStdout, writeOutput } from './output.js';
import type { NamedFile } from './output.js';

/** A file's name as messages show it: relative to the working folder when it is inside it. */
export function shownName(file: string, io: CliIo): string {
  const rel = relative(resolve(io.cwd ?? '.'), file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** The job summary file the Markdown report is appended to (GitHub Actions, with the github format), if any. */
export function summaryFile(outputs: readonly OutputTarget[], env: CliIo['env']): string | undefined {
  const summary = env.GITHUB_STEP_SUMMARY;
  if (summary === undefined || summary === '' || !outputs.some((o) => o.format === 'github')) return undefined;
  // A Markdown report the run writes there itself is the summary.
  return outputs.some((o) => o.format === 'markdown' && o.file !== undefined && resolve(o.file) === resolve(summary)) ? undefined : summary;
}

/** Every file the reports are written to, the job summary included (to refuse a run that would overwrite its input). */
export function reportFiles(outputs: readonly OutputTarget[], io: CliIo): NamedFile[] {
  const files: NamedFile[] = outputs.flatMap((o) => (o.file === undefined || o.file === '-' ? [] : [{ path: o.file, shown: shownName(o.file, io) }]));
  const summary = summaryFile(outputs, io.env);
  return summary === undefined ? files : [...files, { path: summary, shown: summary }];
}

/** A report that could not be made (a formatter failed: too large, or a bug): exit 4, saying which. */
function reportFailed(o: OutputTarget, e: unknown): DatakollError {
  const why = e instanceof Error ? e.message : String(e);
  return new DatakollError('write', 'report-failed', { format: o.format, file: o.file === undefined || o.file === '-' ? IO_PHRASES['standard-output'] : o.file, why });
}

/**
 * Formats and writes every output; colour only for the text report on standard output. A report's
 * folder is made when it does not exist; a file that cannot be written is exit 4. An output that
 * fails does not keep the others from being written; the first failure is thrown after them.
 */
export async function writeReports(report: RunReport, outputs: readonly OutputTarget[], io: CliIo, opts: { lang: Lang; colors: Colors }): Promise<void> {
  const failures: DatakollError[] = [];
  for (const o of outputs) {
    const colors = o.file === undefined && o.format === 'text' ? opts.colors : NO_COLORS;
    try {
      const content = (await loadWriter(o.format))(report, { lang: opts.lang, colors });
      if (o.file === undefined || o.file === '-') toStdout(io, content);
      else await writeOutput(o.file, content, io, { shown: shownName(o.file, io) });
    } catch (e) {
      failures.push(e instanceof DatakollError ? e : reportFailed(o, e));
    }
  }
  // In GitHub Actions the annotations go to the log and the Markdown summary to the job summary.
  const summary = summaryFile(outputs, io.env);
  if (summary !== undefined) await appendOutput(summary, (await loadWriter('markdown'))(report, { lang: opts.lang, colors: NO_COLORS }), io);
  if (failures[0] !== undefined) throw failures[0];
}

/**
 * The exit code: 3 when a file could not be read; 1 when a finding at or above --fail-on exists
 * (error by default, so warnings and notes are shown but do not fail); else 0.
 */
export function exitCodeOf(report: RunReport, failOn: FailOn): number {
  const s = report.summary;
  if (s.unreadableFiles > 0) return EXIT.unreadable;
  const failing = failOn === 'never' ? 0 : failOn === 'error' ? s.errors : failOn === 'warning' ? s.errors + s.warnings : s.errors + s.warnings + s.infos;
  return failing > 0 ? EXIT.invalid : EXIT.ok;
}

/** Several jobs make one run: their files in order, summed and scored together. */
export function combine(reports: readonly RunReport[]): RunReport {
  const first = reports[0] as RunReport;
  if (reports.length === 1) return first;
  const files = reports.flatMap((r) => r.files);
  return { ...first, files, summary: summarize(files), score: scoreRun(files) };
}
