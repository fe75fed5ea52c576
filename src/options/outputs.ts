/**
 * The reports a run writes: the formats there are, and a format with its file as validate's
 * --format and the config file's "outputs" both take it ("html=report.html").
 */
import type { Bilingual } from '../errors.js';
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

/** Why several reports cannot be written as asked. */
export const ONE_STDOUT_RULE: Bilingual = {
  en: 'may send only one report to standard output; give the others a file (--format html=report.html)',
  sv: 'får skicka bara en rapport till standard ut; ge de andra en fil (--format html=rapport.html)',
};
export const ONE_STDOUT = ONE_STDOUT_RULE.en;

/** "html=report.html" -> [html, report.html]; "text" -> [text, undefined]. */
export function splitTarget(v: string): [string, string | undefined] {
  const i = v.indexOf('=');
  return i === -1 ? [v, undefined] : [v.slice(0, i), v.slice(i + 1)];
}

/** A format name and file as a target ("-" or no file: standard output), or what is wrong with them. */
export function outputTargetOf(name: string, file: string | undefined): OutputTarget | { readonly problem: string; readonly sv: string } {
  const formats = OUTPUT_FORMATS.join(', ');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(name)) return { problem: `must be one of ${formats}, optionally with =<file>`, sv: `ska vara en av ${formats}, eventuellt med =<fil>` };
  if (file === '') return { problem: 'needs a file name after "="', sv: 'behöver ett filnamn efter "="' };
  return { format: name as OutputFormat, ...(file !== undefined && file !== '-' ? { file } : {}) };
}
