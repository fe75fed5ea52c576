/**
 * GitLab Code Quality JSON (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * one issue per listed finding, so merge requests show them on the file. Fingerprints are unique
 * per finding (file, code, position, field), as GitLab keeps only the first issue of a fingerprint.
 * Each file's conformance score is one more issue of severity info (check datakoll/score) at line
 * 1, with a fingerprint per file, so a merge request shows it without counting it as new each time.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, FileReport, RunReport, Severity } from '../report/index.js';
import { explainCommand } from '../report/index.js';
import type { FormatContext } from './context.js';
import { isRecords, jsonText, messageOf, scoreText } from './shared.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

function hash(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function fingerprint(f: FileReport, d: Diagnostic): string {
  return hash([f.file, d.code, d.row ?? '', d.column ?? '', d.pointer ?? '', d.field ?? '']);
}

function scoreIssue(f: FileReport, ctx: FormatContext): Record<string, unknown> {
  return { type: 'issue', check_name: 'datakoll/score', description: `datakoll ${scoreText(f.score, ctx.lang, isRecords(f))}`, categories: ['Bug Risk'], fingerprint: hash([f.file, 'score']), severity: 'info', location: { path: f.file, lines: { begin: 1 } } };
}

function issue(f: FileReport, d: Diagnostic, ctx: FormatContext): Record<string, unknown> {
  const line = d.line ?? d.row ?? 1;
  const location = d.column === undefined ? { path: f.file, lines: { begin: line } } : { path: f.file, positions: { begin: { line, column: d.column } } };
  return { type: 'issue', check_name: `datakoll/${d.code}`, description: `${messageOf(d, ctx.lang)} (${explainCommand(d.code)})`, categories: ['Bug Risk'], fingerprint: fingerprint(f, d), severity: SEVERITY[d.severity], location };
}

/** Formats the listed findings and the score of every file as a GitLab Code Quality report (a JSON array). */
export function formatGitlab(report: RunReport, ctx: FormatContext): string {
  return `${jsonText(report.files.flatMap((f) => [...f.diagnostics.map((d) => issue(f, d, ctx)), scoreIssue(f, ctx)]), 2)}\n`;
}
