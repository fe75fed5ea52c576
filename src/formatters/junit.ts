/**
 * JUnit XML for CI test tabs: one testsuite per file, one testcase per (field, code) group. Errors
 * are failures, an unreadable file is an error, warnings and notes pass with their text in
 * system-out. Every value is XML-escaped with the characters XML 1.0 forbids shown, never emitted;
 * no CDATA, so `]]>` in a cell is just text.
 */
import type { FileReport, FindingGroup, Lang, RunReport } from '../report/index.js';
import { explainCommand, ui, visibleName } from '../report/index.js';
import type { FormatContext } from './context.js';
import { escapeXml, isRecords, groupMessage, positionText, printable, scoreText, severityCount } from './shared.js';

/** Escapes a data value for XML, showing control characters as \uXXXX first. */
function x(s: string): string {
  return escapeXml(printable(s));
}

/** A finding that the file could not be read at all: a JUnit error, not a failure. */
const unreadable = (g: FindingGroup): boolean => g.code === 'file-unreadable' || g.code === 'remote-unreadable';

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function groupText(g: FindingGroup, lang: Lang, records: boolean): string {
  const examples = g.examples.map((d) => {
    const value = d.value === undefined || d.value === '' ? '' : ` '${d.value}'`;
    return `${positionText(d, lang, records)}${value}`;
  });
  const lines = [`${g.code}: ${severityCount(g.severity, g.count, lang)}`, ...(examples.length > 0 ? [`${ui('examples', lang)}: ${examples.join(', ')}`] : []), groupMessage(g, lang), explainCommand(g.code)];
  return lines.map((l) => x(l)).join('\n');
}

function testcase(f: FileReport, g: FindingGroup, lang: Lang): string {
  const name = x(g.field === undefined || g.field === '' ? g.code : `${visibleName(g.field)} ${g.code}`);
  const open = `    <testcase classname="${x(f.file)}" file="${x(f.file)}" name="${name}" time="0">`;
  const message = x(groupMessage(g, lang));
  const body = groupText(g, lang, isRecords(f));
  if (unreadable(g)) return `${open}\n      <error message="${message}" type="${g.code}">${body}</error>\n    </testcase>`;
  if (g.severity === 'error') return `${open}\n      <failure message="${message}" type="${g.code}">${body}</failure>\n    </testcase>`;
  return `${open}\n      <system-out>${body}</system-out>\n    </testcase>`;
}

function property(name: string, value: string): string {
  return `      <property name="${x(name)}" value="${x(value)}"/>`;
}

function testsuite(f: FileReport, report: RunReport, lang: Lang): string {
  const failures = f.groups.filter((g) => g.severity === 'error' && !unreadable(g)).length;
  const errors = f.groups.filter(unreadable).length;
  const cases = f.groups.length === 0 ? [`    <testcase classname="${x(f.file)}" file="${x(f.file)}" name="${x(ui('conforms', lang))}" time="${seconds(f.durationMs)}"/>`] : f.groups.map((g) => testcase(f, g, lang));
  const props = [
    property('format', f.format),
    ...(f.spec !== undefined ? [property('spec', `${f.spec.id}@${f.spec.version}`), property('spec.status', f.spec.status), property('spec.file', f.spec.file), property('spec.sha256', f.spec.sha256)] : []),
    property('score.level', f.score.level),
    property('score.rowsOkShare', String(f.score.rowsOkShare)),
    property('score.structure', f.score.structure),
    property('score', scoreText(f.score, lang, isRecords(f))),
    property('rows', String(f.stats.rows)),
  ];
  const head = `  <testsuite name="${x(f.file)}" tests="${Math.max(1, f.groups.length)}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds(f.durationMs)}" timestamp="${x(report.startedAt.replace(/Z$/, ''))}">`;
  return [head, '    <properties>', ...props, '    </properties>', ...cases, '  </testsuite>'].join('\n');
}

/** Formats the run as a JUnit XML document. */
export function formatJunit(report: RunReport, ctx: FormatContext): string {
  const suites = report.files.map((f) => testsuite(f, report, ctx.lang));
  const tests = report.files.reduce((n, f) => n + Math.max(1, f.groups.length), 0);
  const failures = report.files.reduce((n, f) => n + f.groups.filter((g) => g.severity === 'error' && !unreadable(g)).length, 0);
  const errors = report.files.reduce((n, f) => n + f.groups.filter(unreadable).length, 0);
  const time = seconds(report.files.reduce((n, f) => n + f.durationMs, 0));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="datakoll" tests="${tests}" failures="${failures}" errors="${errors}" time="${time}">\n${suites.join('\n')}\n</testsuites>\n`;
}
