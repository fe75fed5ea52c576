/** The text report for people: per file, findings grouped by column and code with counts and example rows. */
import type { Diagnostic, FileReport, FindingGroup, RunReport, Severity } from '../report/index.js';
import { CODES, explainHint, fixSay, renderMessage, ui, uiSay, describeDialect, isSpecDialect, visibleName } from '../report/index.js';
import type { FormatContext } from './context.js';
import { DescribedOnce, examplesByReason, fixableKindText, fixableShareText, fixCommand, reportOrder } from './order.js';
import type { ReportOrder } from './order.js';
import { allRecords, cellName, specFileText, countText, filesText, findingCounts, isRecords, officialText, percentText, printable, scoreText, severityCount, statusText } from './shared.js';

export { printable };

const SYMBOL: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

function paintSeverity(ctx: FormatContext, severity: Severity, s: string): string {
  return severity === 'error' ? ctx.colors.red(s) : severity === 'warning' ? ctx.colors.yellow(s) : ctx.colors.blue(s);
}

function specLine(f: FileReport, ctx: FormatContext): string | undefined {
  const { lang } = ctx;
  const s = f.spec;
  if (s === undefined) return undefined;
  const status = statusText(s.status, lang);
  const official = s.status !== 'verified' && s.officialUrl !== undefined ? `; ${officialText(s.status, printable(s.officialUrl), lang)}` : '';
  const auto = f.specChoice === undefined ? '' : `; ${uiSay('chosen_auto', lang, { share: percentText(f.specChoice.score, lang) })}`;
  return ctx.colors.dim(`  ${ui('spec', lang)} ${printable(`${s.id} ${s.version}`)} (${printable(s.title[lang])}; ${status}${official}${auto})`);
}

function exampleText(d: Diagnostic, ctx: FormatContext): string {
  const at = d.columnLetter !== undefined && d.row !== undefined ? cellName({ ...d, row: d.row, columnLetter: d.columnLetter }) : String(d.row);
  return d.value === undefined || d.value === '' || CODES[d.code].scope !== 'cell' ? at : `${at} ${ctx.colors.dim(`'${printable(d.value)}'`)}`;
}

function groupLines(g: FindingGroup, ctx: FormatContext, said: DescribedOnce, records: boolean): string[] {
  const { lang } = ctx;
  const where = g.field === undefined || g.field === '' ? '' : `${printable(visibleName(g.field))}  `;
  const withRows = g.examples.filter((d) => d.row !== undefined);
  const count = g.count === 1 ? '' : ` ${countText(withRows.length > 0 ? 'n_rows' : 'n_times', g.count, lang, records)}`;
  const cells = withRows.every((d) => d.columnLetter !== undefined);
  const parts = examplesByReason({ ...g, examples: withRows });
  // One explanation per reason the group mixes, each beside the examples it fits.
  const list = (part: readonly Diagnostic[]): string => part.map((d) => exampleText(d, ctx)).join(', ');
  const single = parts.length <= 1;
  const all = list(withRows);
  const examples = withRows.length === 0 || !single ? '' : g.count > 1 ? `, ${countText(cells ? 'eg_cells' : 'eg_rows', 0, lang, records)} ${all}` : ` (${countText(cells ? 'cell' : 'row', 0, lang, records)} ${all})`;
  const head = `  ${paintSeverity(ctx, g.severity, SYMBOL[g.severity])} ${ctx.colors.bold(where)}${ctx.colors.dim(g.code)}${count}${examples}`;
  if (single) return [head, `      ${printable(said.message(g.examples[0], g))}`];
  return [head, ...parts.flatMap((part) => [`    ${list(part)}`, `      ${printable(said.message(part[0], g))}`])];
}

/** What fix repairs: one line per kind, and the one command. */
function fixableLines(f: FileReport, o: ReportOrder, ctx: FormatContext): string[] {
  if (o.fixable.length === 0) return [];
  const { lang } = ctx;
  const out = [`  ${ctx.colors.bold(fixSay('block_title', lang, { n: o.fixableCount }))}`];
  for (const k of o.fixable) out.push(`    ${paintSeverity(ctx, k.severity, SYMBOL[k.severity])} ${ctx.colors.dim(k.code)}  ${printable(fixableKindText(k, lang))}`);
  out.push(`    ${fixSay('run', lang)}: ${printable(fixCommand(f))}`);
  return out;
}

/** The verdict and the counts; a file that could not be read claims no rows, with or without errors. */
function fileSummary(f: FileReport, o: ReportOrder, ctx: FormatContext): string {
  const { lang } = ctx;
  const st = f.stats;
  const records = isRecords(f);
  const rows = f.unreadable ? '' : ` ${countText('in_rows', st.rows, lang, records)} (${countText('n_rows_ok', st.rows - st.rowsWithErrors, lang, records)})`;
  const verdict = f.unreadable ? ctx.colors.red(ui('unreadable', lang)) : f.valid ? ctx.colors.green(`✔ ${ui('conforms', lang)}`) : ctx.colors.red(`✖ ${ui('not_conforms', lang)}`);
  const share = o.fixableCount === 0 ? '' : `\n  ${fixableShareText(o, lang)}`;
  return `  ${verdict}: ${findingCounts(st, lang)}${rows}${share}\n  ${scoreText(f.score, lang, records)}`;
}

/**
 * The groups --max-errors lets the text report show: in order, until as many findings as the
 * report lists (its --max-errors) are shown as examples; the last group's examples cut to fit.
 */
function withinList(groups: readonly FindingGroup[], listed: number): FindingGroup[] {
  const shown: FindingGroup[] = [];
  let left = listed;
  for (const g of groups) {
    if (left <= 0) break;
    const examples = g.examples.length > left ? g.examples.slice(0, left) : g.examples;
    shown.push(examples === g.examples ? g : { ...g, examples });
    left -= Math.max(1, examples.length);
  }
  return shown;
}

/** Formats one file's part of the text report. */
export function formatFileText(f: FileReport, ctx: FormatContext): string {
  const out = [ctx.colors.bold(printable(f.file))];
  const spec = specLine(f, ctx);
  if (spec !== undefined) out.push(spec);
  if (f.spec !== undefined) out.push(ctx.colors.dim(`  ${printable(specFileText(f.spec, ctx.lang))}`));
  if (f.sheet !== undefined) out.push(ctx.colors.dim(`  ${ui('sheet', ctx.lang)}: ${printable(f.sheet)}`));
  if (f.dialect !== undefined && !isSpecDialect(f.dialect)) out.push(ctx.colors.dim(`  ${ui('dialect', ctx.lang)}: ${printable(describeDialect(f.dialect, ctx.lang))}`));
  const o = reportOrder(f);
  const said = new DescribedOnce(ctx.lang);
  for (const g of f.partial ? withinList(o.decide, f.diagnostics.length) : o.decide) out.push(...groupLines(g, ctx, said, isRecords(f)));
  if (f.partial) out.push(ctx.colors.yellow(`  ${renderMessage('max-errors-reached', ctx.lang, { max: f.diagnostics.length })}`));
  out.push(...fixableLines(f, o, ctx));
  const first = o.decide[0] ?? f.groups[0];
  if (first !== undefined) out.push(ctx.colors.dim(`  ${explainHint(first.code, ctx.lang)}`));
  out.push(fileSummary(f, o, ctx));
  return out.join('\n');
}

/** The whole text report: every file, then a summary line when there are several. */
export function formatText(report: RunReport, ctx: FormatContext): string {
  const parts = report.files.map((f) => formatFileText(f, ctx));
  const s = report.summary;
  if (s.files > 1) {
    const { lang } = ctx;
    parts.push(`${ui('summary', lang)}: ${filesText(s, lang)}; ${severityCount('error', s.errors, lang)}, ${severityCount('warning', s.warnings, lang)}; ${scoreText(report.score, lang, allRecords(report.files))}`);
  }
  return `${parts.join('\n\n')}\n`;
}
