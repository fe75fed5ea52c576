/** Formatters: pure (report, ctx) => string functions, one per format, in one typed table. */
import type { RunReport } from '../report/index.js';
import type { FormatContext } from './context.js';
import { formatText } from './text.js';
import { formatJson } from './json.js';

export type Formatter = (report: RunReport, ctx: FormatContext) => string;

export const FORMATTERS = {
  text: formatText,
  json: formatJson,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export * from './context.js';
export { formatText, formatFileText, printable } from './text.js';
export { formatJson } from './json.js';
