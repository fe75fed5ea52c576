/**
 * The reports a run writes: the formats there are, and a format with its file as validate's
 * --format and the config file's "outputs" both take it ("html=report.html").
 */
import { FORMAT_NAMES } from '../formatters/table.js';
import type { FormatName } from '../formatters/table.js';

/** Report formats: the names of the one table of formats (src/formatters/table.ts). */
export const OUTPUT_FORMATS: readonly FormatName[] = FORMAT_NAMES;
export type OutputFormat = FormatName;

/** One report to write: a format, and a file (absent: standard output). */
export interface OutputTarget {
  readonly format: OutputFormat;
  readonly file?: string;
}

/** "html=report.html" -> [html, report.html]; "text" -> [text, undefined]. */
export function splitTarget(v: string): [string, string | undefined] {
  const i = v.indexOf('=');
  return i === -1 ? [v, undefined] : [v.slice(0, i), v.slice(i + 1)];
}

/** A format name and file as a target ("-" or no file: standard output), or the rule they break (a code of report/words/usage.ts). */
export function outputTargetOf(name: string, file: string | undefined): OutputTarget | { readonly problem: 'value-output-format' | 'value-output-file'; readonly params: Readonly<Record<string, string>> } {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(name)) return { problem: 'value-output-format', params: { choices: OUTPUT_FORMATS.join(', ') } };
  if (file === '') return { problem: 'value-output-file', params: {} };
  return { format: name as OutputFormat, ...(file !== undefined && file !== '-' ? { file } : {}) };
}
