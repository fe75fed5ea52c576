/**
 * Formatters: pure (report, ctx) => string functions, one per format. The formats are listed once,
 * in table.ts; FORMATTERS is that table loaded (this module is the library's, which loads them all).
 */
import type { Formatter, FormatName } from './table.js';
import { FORMAT_NAMES, FORMATS } from './table.js';

export type { Formatter, FormatName, PiecesFormatter, FormatEntry } from './table.js';
export { FORMATS, FORMAT_NAMES, loadWriter } from './table.js';

/** Every report format, by the name --format takes. */
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = Object.freeze(Object.fromEntries(await Promise.all(FORMAT_NAMES.map(async (n) => [n, await FORMATS[n].load()] as const))) as Record<FormatName, Formatter>);

export * from './context.js';
export { formatText, formatFileText, printable } from './text.js';
export { formatJson, formatJsonPieces } from './json.js';
export { formatHtml } from './html.js';
export { formatJunit } from './junit.js';
export { formatSarif } from './sarif.js';
export { formatGithub } from './github.js';
export { formatGitlab } from './gitlab.js';
export { formatMarkdown } from './markdown.js';
export { formatBadge } from './badge.js';
export { escapeHtml, escapeXml, jsonText, stripXmlForbidden, scoreText } from './shared.js';
