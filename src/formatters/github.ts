/**
 * GitHub Actions workflow commands (https://docs.github.com/actions/reference/workflow-commands-for-github-actions):
 * one annotation per (field, code) group at its first example's line and column, since GitHub
 * shows only a few annotations per step. Values are escaped as the runner unescapes them (%, CR,
 * LF in the message; also `:` and `,` in properties), after control characters are made visible
 * (printable), so no value from a spec or a data file can start a line, a command, or a terminal
 * sequence of its own.
 */
import type { FileReport, FindingGroup, RunReport, Severity } from '../report/index.js';
import { explainCommand, ui, visibleName } from '../report/index.js';
import type { FormatContext } from './context.js';
import { groupMessage, isRecords, positionText, printable, scoreText, specFileText } from './shared.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: FileReport, g: FindingGroup, ctx: FormatContext): string {
  const first = g.examples[0];
  const props: string[] = [];
  if (f.file !== '-') props.push(`file=${escapeProperty(printable(f.file))}`);
  const line = first?.line ?? first?.row;
  if (line !== undefined) props.push(`line=${line}`);
  if (first?.column !== undefined) props.push(`col=${first.column}`);
  props.push(`title=${escapeProperty(`datakoll ${g.code}${g.field === undefined || g.field === '' ? '' : ` (${printable(visibleName(g.field))})`}`)}`);
  const where = g.examples.map((d) => positionText(d, ctx.lang, isRecords(f))).join(', ');
  // A workbook's line is no line of its file: the cell (Blad1!C5) is named.
  const count = g.count > 1 ? ` [${g.count} × ${where}${g.count > g.examples.length ? ', …' : ''}]` : f.sheet !== undefined && first?.row !== undefined ? ` [${where}]` : '';
  return `::${COMMAND[g.severity]} ${props.join(',')}::${escapeData(printable(`${groupMessage(g, ctx.lang)}${count} (${explainCommand(g.code)})`))}`;
}

function fileLine(f: FileReport, ctx: FormatContext): string {
  const verdict = f.unreadable ? ui('unreadable', ctx.lang) : f.valid ? ui('conforms', ctx.lang) : ui('not_conforms', ctx.lang);
  const spec = f.spec === undefined ? '' : `; ${specFileText(f.spec, ctx.lang)}`;
  return `datakoll: ${printable(`${f.file}: ${verdict}; ${scoreText(f.score, ctx.lang, isRecords(f))}${spec}`)}`;
}

/** Formats the run as workflow commands, then one plain line per file (never at a line start with ::). */
export function formatGithub(report: RunReport, ctx: FormatContext): string {
  const lines = report.files.flatMap((f) => f.groups.map((g) => annotation(f, g, ctx)));
  lines.push(...report.files.map((f) => fileLine(f, ctx)));
  return `${lines.join('\n')}\n`;
}
