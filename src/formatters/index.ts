/** Formatters: pure (report, ctx) => string functions, one per format, in one typed table. */
import type { RunReport } from '../report/index.js';
import type { FormatContext } from './context.js';
import { formatText } from './text.js';
import { formatJson } from './json.js';
import { formatHtml } from './html.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatMarkdown } from './markdown.js';
import { formatBadge } from './badge.js';

export type Formatter = (report: RunReport, ctx: FormatContext) => string;

/** Every report format, by the name --format takes. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  html: formatHtml,
  junit: formatJunit,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
  markdown: formatMarkdown,
  badge: formatBadge,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

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
