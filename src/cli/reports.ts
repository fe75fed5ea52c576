/** Writes the run's reports: each requested format to standard output or, atomically, to its file. */
import { appendFileSync } from 'node:fs';
import { DatakollError, EXIT } from '../errors.js';
import { FORMATTERS, NO_COLORS } from '../formatters/index.js';
import type { Colors } from '../formatters/index.js';
import type { FailOn, OutputTarget } from '../options/index.js';
import type { Lang, RunReport } from '../report/index.js';
import type { CliIo } from './io.js';
import { writeFileAtomic } from './output.js';

/** Formats and writes every output; colour only for the text report on standard output. */
export function writeReports(report: RunReport, outputs: readonly OutputTarget[], io: CliIo, opts: { lang: Lang; colors: Colors }): void {
  for (const o of outputs) {
    const colors = o.file === undefined && o.format === 'text' ? opts.colors : NO_COLORS;
    const text = FORMATTERS[o.format](report, { lang: opts.lang, colors });
    if (o.file === undefined) io.stdout(text);
    else writeFileAtomic(o.file, text);
  }
  // In GitHub Actions the annotations go to the log and the Markdown summary to the job summary.
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (outputs.some((o) => o.format === 'github') && summary !== undefined && summary !== '' && !outputs.some((o) => o.format === 'markdown' && o.file === summary)) {
    try {
      appendFileSync(summary, FORMATTERS.markdown(report, { lang: opts.lang, colors: NO_COLORS }));
    } catch (e) {
      throw new DatakollError('usage', 'write-failed', `Cannot write the job summary ${summary}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: summary });
    }
  }
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
