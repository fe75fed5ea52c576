/**
 * Markdown (GitHub-flavoured) for job summaries, merge-request comments and mail: a summary table
 * with the score, then each file's grouped findings. Every data value is escaped: HTML-significant
 * characters become entities, Markdown's inline punctuation (and GitHub's $ math and @ mentions) is
 * backslash-escaped, control characters are shown.
 */
import type { FileReport, FindingGroup, Lang, RunReport, Severity } from '../report/index.js';
import { explainHint, fixSay, ui, visibleName } from '../report/index.js';
import type { FormatContext } from './context.js';
import { DescribedOnce, examplesByReason, fixableKindText, fixableShareText, fixCommand, reportOrder } from './order.js';
import type { ReportOrder } from './order.js';
import { allRecords, countText, isRecords, filesText, officialText, percentText, positionText, printable, scoreText, specFileText, statusText } from './shared.js';

/** Groups shown per file; the rest are counted (a job summary holds at most 1 MiB). */
export const MARKDOWN_MAX_GROUPS = 50;
const SYMBOL: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** Escapes text so Markdown shows it literally, in a paragraph or a table cell. */
export function escapeMarkdown(s: string): string {
  return printable(s).replace(/[\\`*_[\]<>&|!#~$@]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function verdict(f: FileReport, ctx: FormatContext): string {
  return f.unreadable ? `✖ ${ui('unreadable', ctx.lang)}` : f.valid ? `✔ ${ui('conforms', ctx.lang)}` : `✖ ${ui('not_conforms', ctx.lang)}`;
}

function summaryTable(report: RunReport, ctx: FormatContext): string[] {
  const l = ctx.lang;
  const records = allRecords(report.files);
  const head = [ui('file_title', l), ui('result', l), ui('score_title', l), countText('rows_title', 0, l, records), countText('rows_ok_title', 0, l, records), ui('errors_title', l), ui('warnings_title', l), ui('infos_title', l)];
  const rows = report.files.map((f) => row([escapeMarkdown(f.file), verdict(f, ctx), f.score.level, f.unreadable ? '–' : String(f.stats.rows), percentText(f.score.rowsOkShare, l), String(f.stats.errors), String(f.stats.warnings), String(f.stats.infos)]));
  return [row(head), row(head.map(() => '---')), ...rows];
}

/** A group's rows: one, or one per reason a group mixes, each beside the examples it fits (the count on the first). */
function groupRows(g: FindingGroup, ctx: FormatContext, said: DescribedOnce, records: boolean): string[] {
  const parts = examplesByReason(g);
  if (parts.length === 0) parts.push([]);
  return parts.map((part, i) => {
    const examples = part.map((d) => (d.value === undefined || d.value === '' ? positionText(d, ctx.lang, records) : `${positionText(d, ctx.lang, records)} '${d.value}'`));
    const count = i === 0 ? String(g.count) : '';
    return row([SYMBOL[g.severity], escapeMarkdown(visibleName(g.field ?? '')), escapeMarkdown(g.code), count, escapeMarkdown(examples.join(', ')), escapeMarkdown(said.message(part[0], g))]);
  });
}

/** What fix repairs: one line per kind, and the one command. */
function fixableBlock(f: FileReport, o: ReportOrder, l: Lang): string[] {
  if (o.fixable.length === 0) return [];
  const kinds = o.fixable.map((k) => `- ${SYMBOL[k.severity]} ${escapeMarkdown(k.code)}: ${escapeMarkdown(fixableKindText(k, l))}`);
  return [`**${escapeMarkdown(fixSay('block_title', l, { n: o.fixableCount }))}**`, '', ...kinds, '', `${fixSay('run', l)}: ${escapeMarkdown(fixCommand(f))}`, ''];
}

function fileSection(f: FileReport, ctx: FormatContext): string[] {
  const l = ctx.lang;
  const o = reportOrder(f);
  const share = o.fixableCount === 0 ? '' : ` ${fixableShareText(o, l)}.`;
  const records = isRecords(f);
  const out = [`### ${escapeMarkdown(f.file)}`, '', `${verdict(f, ctx)}; ${scoreText(f.score, l, records)}.${share}`, ''];
  if (f.spec !== undefined) {
    const official = f.spec.officialUrl === undefined ? '' : `; ${officialText(f.spec.status, escapeMarkdown(f.spec.officialUrl), l)}`;
    out.push(`${ui('spec_title', l)}: ${escapeMarkdown(`${f.spec.id} ${f.spec.version}`)} (${escapeMarkdown(f.spec.title[l])}; ${statusText(f.spec.status, l)}${official})`, '', escapeMarkdown(specFileText(f.spec, l)), '');
  }
  if (f.groups.length === 0) return [...out, ui('no_findings', l), ''];
  if (o.decide.length > 0) {
    const head = ['', ui('column', l), ui('code', l), ui('count', l), ui('examples', l), ui('message', l)];
    const said = new DescribedOnce(l);
    out.push(row(head), row(head.map(() => '---')), ...o.decide.slice(0, MARKDOWN_MAX_GROUPS).flatMap((g) => groupRows(g, ctx, said, records)), '');
    if (o.decide.length > MARKDOWN_MAX_GROUPS) out.push(`… ${countText('more_in_report', o.decide.length - MARKDOWN_MAX_GROUPS, l)}`, '');
  }
  out.push(...fixableBlock(f, o, l));
  const first = o.decide[0] ?? f.groups[0];
  if (first !== undefined) out.push(escapeMarkdown(explainHint(first.code, l)), '');
  if (f.partial) out.push(`${ui('partial', l)}.`, '');
  return out;
}

/** Formats the run as Markdown. */
export function formatMarkdown(report: RunReport, ctx: FormatContext): string {
  const l = ctx.lang;
  const s = report.summary;
  const lines = [
    `## ${ui('report_title', l)}`,
    '',
    `**${scoreText(report.score, l, allRecords(report.files))}** · ${filesText(s, l)}`,
    '',
    ...summaryTable(report, ctx),
    '',
    ...report.files.flatMap((f) => fileSection(f, ctx)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
