/**
 * The findings as a table, for stewards who work through them in a spreadsheet: one row per
 * listed finding (file, sheet, row, column letter, JSON Pointer, attribute, value, code, severity,
 * message, the command that explains the code, the spec file and its SHA-256), in the report's order, UTF-8 with a BOM (so a spreadsheet reads the Swedish letters)
 * and commas. A cell a spreadsheet could run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) is made inert with a leading apostrophe.
 */
import type { Diagnostic, FileReport, RunReport } from '../report/index.js';
import { explainCommand, ui } from '../report/index.js';
import type { FormatContext } from './context.js';
import { allRecords, countText, messageOf, printable } from './shared.js';
import { reportOrder } from './order.js';

/** A cell as CSV writes it, inert for a spreadsheet. */
export function csvCellInert(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

const line = (cells: readonly string[]): string => `${cells.map(csvCellInert).join(',')}\n`;

function rowOf(f: FileReport, d: Diagnostic, ctx: FormatContext): string[] {
  return [
    f.file,
    d.sheet ?? '',
    d.row === undefined ? '' : String(d.row),
    d.columnLetter ?? '',
    d.pointer ?? '',
    d.field ?? '',
    d.value ?? '',
    d.code,
    ui(d.severity, ctx.lang),
    messageOf(d, ctx.lang),
    explainCommand(d.code),
    f.spec?.file ?? '',
    f.spec?.sha256 ?? '',
  ].map((c) => printable(c));
}

/**
 * A file's listed findings as the report reads: by the group each belongs to (what a person must
 * decide on first, then what fix repairs, kind by kind), in row order within a group.
 */
function inReportOrder(f: FileReport): Diagnostic[] {
  const o = reportOrder(f);
  const rank = new Map<string, number>();
  o.decide.forEach((g, i) => rank.set(`${g.code}\u0000${g.field ?? ''}`, i));
  o.fixable.forEach((k, i) => rank.set(k.code, o.decide.length + i));
  const of = (d: Diagnostic): number => rank.get(`${d.code}\u0000${d.field ?? ''}`) ?? rank.get(d.code) ?? Number.MAX_SAFE_INTEGER;
  // A stable sort: within a group, the findings keep the file's order.
  return f.diagnostics.map((d, i) => ({ d, i, r: of(d) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.d);
}

/** The findings each report lists (its --max-errors), file after file, in the report's order. */
export function formatCsv(report: RunReport, ctx: FormatContext): string {
  const l = ctx.lang;
  const head = [ui('file_title', l), ui('sheet_title', l), countText('row_title', 0, l, allRecords(report.files)), ui('column_letter_title', l), ui('pointer_title', l), ui('attribute_title', l), ui('value', l), ui('code', l), ui('severity', l), ui('message', l), ui('explain_title', l), ui('spec_file', l), ui('spec_hash', l)];
  const out = ['\uFEFF', line(head)];
  for (const f of report.files) for (const d of inReportOrder(f)) out.push(line(rowOf(f, d, ctx)));
  return out.join('');
}
