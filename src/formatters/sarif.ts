/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) so code hosts show
 * each finding on its file and line. Rules come from the code catalogue; CSV findings give the
 * column number as startColumn. JSON.stringify escapes every data value.
 */
import type { Code, Diagnostic, FileReport, Lang, RunReport, Severity } from '../report/index.js';
import { ALL_CODES, CODES, explainCommand, MESSAGES, placeholders, renderMessage } from '../report/index.js';
import type { FormatContext } from './context.js';
import { jsonText, messageOf } from './shared.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A code's message template with its placeholders shown as ‹name›, as the rule's help. */
export function ruleHelp(code: Code, lang: Lang): string {
  const names = placeholders(MESSAGES[code][lang]);
  return renderMessage(code, lang, Object.fromEntries(names.map((n) => [n, `‹${n}›`])));
}

function rule(code: Code, lang: Lang): Record<string, unknown> {
  const help = ruleHelp(code, lang);
  return {
    id: code,
    shortDescription: { text: code },
    fullDescription: { text: help },
    help: { text: `${help} (${explainCommand(code)})` },
    defaultConfiguration: { level: LEVEL[CODES[code].severity] },
    properties: { scope: CODES[code].scope, help: { sv: ruleHelp(code, 'sv'), en: ruleHelp(code, 'en') } },
  };
}

/** A file path as a URI reference: relative paths stay relative (so code hosts match them to the repository). */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const encoded = slashed.split('/').map((p) => encodeURIComponent(p)).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

function result(f: FileReport, d: Diagnostic, index: Map<Code, number>, lang: Lang): Record<string, unknown> {
  // Code hosts need a line for every result; findings about the whole file point at line 1.
  const region = { startLine: d.line ?? d.row ?? 1, ...(d.column !== undefined ? { startColumn: d.column } : {}) };
  const properties = {
    severity: d.severity,
    ...(d.sheet !== undefined ? { sheet: d.sheet } : {}),
    ...(d.row !== undefined ? { row: d.row } : {}),
    ...(d.columnLetter !== undefined ? { columnLetter: d.columnLetter } : {}),
    ...(d.field !== undefined ? { field: d.field } : {}),
    ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
    ...(d.value !== undefined ? { value: d.value } : {}),
  };
  return {
    ruleId: d.code,
    ruleIndex: index.get(d.code),
    level: LEVEL[d.severity],
    message: { text: messageOf(d, lang) },
    ...(f.file === '-' ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(f.file) }, region } }] }),
    properties,
  };
}

/** Formats the run as one SARIF run with every listed finding as a result. */
export function formatSarif(report: RunReport, ctx: FormatContext): string {
  // The rules are the catalogue's codes that this run reports, in catalogue order.
  const used = new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.code)));
  const rules = ALL_CODES.filter((c) => used.has(c));
  const index = new Map(rules.map((c, i) => [c, i]));
  const files = report.files.filter((f) => f.file !== '-');
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'datakoll', version: report.tool.version, language: ctx.lang === 'sv' ? 'sv-SE' : 'en-US', rules: rules.map((c) => rule(c, ctx.lang)) } },
        invocations: [{ executionSuccessful: true, startTimeUtc: report.startedAt }],
        artifacts: files.map((f) => ({ location: { uri: artifactUri(f.file) }, properties: { format: f.format, score: f.score, stats: f.stats, ...(f.spec !== undefined ? { spec: f.spec } : {}) } })),
        results: report.files.flatMap((f) => f.diagnostics.map((d) => result(f, d, index, ctx.lang))),
        properties: { score: report.score, summary: report.summary },
      },
    ],
  };
  return `${jsonText(log, 2)}\n`;
}
