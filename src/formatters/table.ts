/**
 * The one table of report formats: each format's name, and its formatter, imported only when a run
 * asks for it (a start does not load the HTML report's assets to write text). --format's names,
 * the library's FORMATTERS and the CLI's writers all come from here: a new format is one file and
 * one line in this table.
 */
import type { RunReport } from '../report/index.js';
import type { FormatContext } from './context.js';

export type Formatter = (report: RunReport, ctx: FormatContext) => string;
/** A formatter whose text may come in pieces (a report too large for one string). */
export type PiecesFormatter = (report: RunReport, ctx: FormatContext) => string | Iterable<string>;

export interface FormatEntry {
  /** The formatter, its whole text as one string. */
  readonly load: () => Promise<Formatter>;
  /** The same text in pieces, for a format whose report can outgrow one string. */
  readonly loadPieces?: () => Promise<PiecesFormatter>;
}

export const FORMATS = {
  text: { load: async () => (await import('./text.js')).formatText },
  json: { load: async () => (await import('./json.js')).formatJson, loadPieces: async () => (await import('./json.js')).formatJsonPieces },
  html: { load: async () => (await import('./html.js')).formatHtml },
  junit: { load: async () => (await import('./junit.js')).formatJunit },
  sarif: { load: async () => (await import('./sarif.js')).formatSarif },
  github: { load: async () => (await import('./github.js')).formatGithub },
  gitlab: { load: async () => (await import('./gitlab.js')).formatGitlab },
  markdown: { load: async () => (await import('./markdown.js')).formatMarkdown },
  csv: { load: async () => (await import('./csv.js')).formatCsv },
  badge: { load: async () => (await import('./badge.js')).formatBadge },
} as const satisfies Record<string, FormatEntry>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** A format's formatter for writing: in pieces where the format has them. */
export async function loadWriter(name: FormatName): Promise<PiecesFormatter> {
  const entry: FormatEntry = FORMATS[name];
  return (await (entry.loadPieces ?? entry.load)()) as PiecesFormatter;
}
