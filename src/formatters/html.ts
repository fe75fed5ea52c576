/**
 * A standalone HTML report: one file, no network, readable without script. Per file: a summary
 * with the score, the input format and the spec's provenance, a chart of findings per column, and
 * the grouped findings with filters by severity, column and code. Every data value is escaped when
 * the page is written (escapeHtml); the Content-Security-Policy lets only our own style and script run.
 */
import type { Diagnostic, FileReport, FindingGroup, Lang, RunReport, Severity } from '../report/index.js';
import { explainHint, fixSay, ui, uiSay, describeDialect, visibleName } from '../report/index.js';
import type { FormatContext } from './context.js';
import { HTML_CSP, HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { findingsChart } from './html-chart.js';
import { DescribedOnce, examplesByReason, fixableKindText, fixableShareText, fixCommand, reportOrder } from './order.js';
import type { ReportOrder } from './order.js';
import { allRecords, countText, isRecords, escapeHtml as e, filesText, findingCounts, percentText, positionText, scoreText, statusText } from './shared.js';

const SYMBOL: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'info' } as const;

function verdict(f: FileReport, lang: Lang): string {
  if (f.unreadable) return `<span class="sev-error">✖ ${e(ui('unreadable', lang))}</span>`;
  return f.valid ? `<span class="ok">✔ ${e(ui('conforms', lang))}</span>` : `<span class="sev-error">✖ ${e(ui('not_conforms', lang))}</span>`;
}

function scoreBadge(f: { score: FileReport['score'] }, lang: Lang, records: boolean): string {
  return `<span class="score level-${f.score.level}">${f.score.level}</span> ${e(scoreText(f.score, lang, records))}`;
}

/**
 * The detected dialect (encoding, delimiter, quote, line endings). This version of the report
 * model has none; when FileReport gains one, render it here instead of the "not detected" note.
 */
function dialectText(f: FileReport, lang: Lang): string {
  if (f.dialect === undefined) return `<span class="muted">${e(ui(f.format === 'csv' ? 'dialect_not_detected' : 'dialect_csv_only', lang))}</span>`;
  return e(describeDialect(f.dialect, lang));
}

function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${e(url)}" rel="noreferrer noopener">${e(url)}</a>` : e(url);
}

function provenance(f: FileReport, lang: Lang): string {
  const rows: [string, string][] = [
    [ui('input_format', lang), e(f.format.toUpperCase())],
    [ui('dialect', lang), dialectText(f, lang)],
  ];
  const s = f.spec;
  if (s !== undefined) {
    rows.push([ui('spec_title', lang), `${e(`${s.id} ${s.version}`)} (${e(s.title[lang])})`], [ui('status_title', lang), e(statusText(s.status, lang))]);
    if (s.officialUrl !== undefined) rows.push([ui('official_spec', lang), link(s.officialUrl)]);
    rows.push([ui('spec_file', lang), `<code>${e(s.file)}</code> (${e(ui(s.bundled ? 'spec_bundled' : 'spec_own', lang))})`], [ui('spec_hash', lang), `<code>${e(s.sha256)}</code>`]);
  }
  if (f.specChoice !== undefined) rows.push([ui('spec_title', lang), e(uiSay('chosen_auto', lang, { share: percentText(f.specChoice.score, lang) }))]);
  return `<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function dataAttrs(severity: Severity, field: string | undefined, code: string): string {
  return `data-sev="${SEVERITY_WORD[severity]}" data-field="${e(field ?? '')}" data-code="${e(code)}"`;
}

function example(d: Diagnostic, lang: Lang, records: boolean): string {
  return d.value === undefined || d.value === '' ? e(positionText(d, lang, records)) : `${e(positionText(d, lang, records))} <code>${e(d.value)}</code>`;
}

/** A group's rows: one, or one per reason a group mixes, each beside the examples it fits (the first row counts as the group). */
function groupRows(g: FindingGroup, lang: Lang, said: DescribedOnce, records: boolean): string[] {
  const parts = examplesByReason(g);
  if (parts.length === 0) parts.push([]);
  const cls = ['', 'field', '', 'n', 'val', 'msg'];
  return parts.map((part, i) => {
    const cells = [`<span class="sev-${g.severity}" title="${e(ui(g.severity, lang))}">${SYMBOL[g.severity]}</span>`, e(visibleName(g.field ?? '')), `<code>${e(g.code)}</code>`, i === 0 ? String(g.count) : '', part.map((d) => example(d, lang, records)).join(', '), e(said.message(part[0], g))];
    return `<tr class="${i === 0 ? 'group' : 'group-part'}" ${dataAttrs(g.severity, g.field, g.code)}>${cells.map((c, k) => `<td${cls[k] === '' ? '' : ` class="${cls[k]}"`}>${c}</td>`).join('')}</tr>`;
  });
}

/**
 * What fix repairs: one row per kind (filtered as the groups are: by its severity, its code, and
 * any of its columns), and the one command.
 */
function fixableBlock(f: FileReport, o: ReportOrder, lang: Lang): string[] {
  if (o.fixable.length === 0) return [];
  const rows = o.fixable.map((k) => {
    const cells = [`<span class="sev-${k.severity}" title="${e(ui(k.severity, lang))}">${SYMBOL[k.severity]}</span>`, `<code>${e(k.code)}</code>`, String(k.count), e(fixableKindText(k, lang))];
    const fields = ` data-fields="${e(JSON.stringify(k.fields))}"`;
    return `<tr class="group fix" ${dataAttrs(k.severity, k.fields.length === 1 ? k.fields[0] : '', k.code)}${fields}>${cells.map((c, i) => `<td${i === 2 ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  const head = ['', ui('code', lang), ui('count', lang), ui('message', lang)];
  return [
    `<h3>${e(fixSay('block_title', lang, { n: o.fixableCount }))}</h3>`,
    `<div class="scroll"><table class="fixable"><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
    `<p>${e(fixSay('run', lang))}: <code class="command">${e(fixCommand(f))}</code></p>`,
  ];
}

function diagnosticRow(d: Diagnostic, lang: Lang, said: DescribedOnce, records: boolean): string {
  const cells = [`<span class="sev-${d.severity}">${SYMBOL[d.severity]}</span>`, e(positionText(d, lang, records)), e(visibleName(d.field ?? '')), `<code>${e(d.code)}</code>`, d.value === undefined ? '' : `<code>${e(d.value)}</code>`, e(said.message(d, { code: d.code, severity: d.severity, count: 1, examples: [] }))];
  return `<tr ${dataAttrs(d.severity, d.field, d.code)}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function fileSection(f: FileReport, i: number, lang: Lang): string {
  const st = f.stats;
  const records = isRecords(f);
  // A file that could not be read claims no rows.
  const counts = e(f.unreadable ? findingCounts(st, lang) : `${findingCounts(st, lang)}; ${countText('n_rows', st.rows, lang, records)}`);
  const o = reportOrder(f);
  const share = o.fixableCount === 0 ? '' : ` · ${e(fixableShareText(o, lang))}`;
  const out = [`<section class="file" id="file-${i + 1}">`, `<h2>${e(f.file)}</h2>`, `<p>${verdict(f, lang)} · ${counts}${share}</p>`, `<p>${scoreBadge(f, lang, records)}</p>`, provenance(f, lang)];
  if (f.groups.length === 0) return [...out, `<p>${e(ui('no_findings', lang))}</p>`, '</section>'].join('\n');
  out.push(`<h3>${e(ui('findings_per_column', lang))}</h3>`, `<figure>${findingsChart(f, lang)}</figure>`);
  const head = ['', ui('column', lang), ui('code', lang), ui('count', lang), ui('examples', lang), ui('message', lang)];
  const said = new DescribedOnce(lang);
  if (o.decide.length > 0) out.push(`<h3>${e(ui('findings', lang))}</h3>`, `<div class="scroll"><table class="groups"><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>`, ...o.decide.flatMap((g) => groupRows(g, lang, said, records)), '</tbody></table></div>');
  out.push(...fixableBlock(f, o, lang));
  const first = o.decide[0] ?? f.groups[0];
  if (first !== undefined) out.push(`<p class="muted">${e(explainHint(first.code, lang))}</p>`);
  if (f.partial) out.push(`<p class="sev-warning">${e(ui('partial', lang))}.</p>`);
  const dhead = ['', ui('position', lang), ui('column', lang), ui('code', lang), ui('value', lang), ui('message', lang)];
  out.push(`<details><summary>${e(ui('listed_findings', lang))} (${f.diagnostics.length})</summary>`, `<div class="scroll"><table class="diagnostics"><thead><tr>${dhead.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>`, ...f.diagnostics.map((d) => diagnosticRow(d, lang, said, records)), '</tbody></table></div></details>', '</section>');
  return out.join('\n');
}

function options(values: readonly string[], lang: Lang, label: (v: string) => string = (v) => v, whole = false): string {
  // The findings about no column (the file, the header): one choice after the columns, marked by data-whole.
  const file = whole ? [`<option value="" data-whole="1">${e(ui('whole_file', lang))}</option>`] : [];
  return [`<option value="">${e(ui('all', lang))}</option>`, ...values.map((v) => `<option value="${e(v)}">${e(label(v))}</option>`), ...file].join('');
}

/** The run's time as UTC text, shown until the page's script writes it in the reader's own time and zone. */
function utcText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m === null ? iso : `${m[1] as string} ${m[2] as string} UTC`;
}

function filters(report: RunReport, lang: Lang): string {
  const groups = report.files.flatMap((f) => f.groups);
  const fields = [...new Set(groups.map((g) => g.field ?? '').filter((v) => v !== ''))].sort();
  const codes = [...new Set(groups.map((g) => g.code))].sort();
  const sevs = (['error', 'warning', 'info'] as const).filter((s) => groups.some((g) => g.severity === s));
  const select = (id: string, title: string, opts: string): string => `<label>${e(title)}<select id="${id}">${opts}</select></label>`;
  const shown = report.files.map(reportOrder).reduce((n, o) => n + o.decide.length + o.fixable.length, 0);
  return `<nav id="filters" hidden>${select('f-sev', ui('severity', lang), options(sevs, lang, (s) => ui(s as Severity, lang)))}${select('f-field', ui('column', lang), options(fields, lang, visibleName, groups.some((g) => g.field === undefined || g.field === '')))}${select('f-code', ui('code', lang), options(codes, lang))}<span>${e(ui('shown', lang))}: <output id="f-shown">${shown}</output></span></nav>`;
}

function summaryTable(report: RunReport, lang: Lang): string {
  const records = allRecords(report.files);
  const head = [ui('file_title', lang), ui('result', lang), ui('score_title', lang), countText('rows_title', 0, lang, records), countText('rows_ok_title', 0, lang, records), ui('errors_title', lang), ui('warnings_title', lang), ui('infos_title', lang)];
  const rows = report.files.map((f, i) => {
    const cells = [`<a href="#file-${i + 1}">${e(f.file)}</a>`, verdict(f, lang), `<span class="score level-${f.score.level}">${f.score.level}</span>`, f.unreadable ? '–' : String(f.stats.rows), e(percentText(f.score.rowsOkShare, lang)), String(f.stats.errors), String(f.stats.warnings), String(f.stats.infos)];
    return `<tr>${cells.map((c, j) => `<td${j >= 3 ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  return `<div class="scroll"><table class="summary"><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Formats the run as one self-contained HTML page. */
export function formatHtml(report: RunReport, ctx: FormatContext): string {
  const { lang } = ctx;
  const s = report.summary;
  const title = e(ui('report_title', lang));
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="datakoll ${e(report.tool.version)}">
<title>${title}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="muted">${e(ui('run_at', lang))} <time id="run-at" datetime="${e(report.startedAt)}">${e(utcText(report.startedAt))}</time> · ${e(ui('tool', lang))}: datakoll ${e(report.tool.version)}</p>
<p>${scoreBadge(report, lang, allRecords(report.files))} · ${e(filesText(s, lang))}</p>
${summaryTable(report, lang)}
</header>
${filters(report, lang)}
<main>
${report.files.map((f, i) => fileSection(f, i, lang)).join('\n')}
</main>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}
