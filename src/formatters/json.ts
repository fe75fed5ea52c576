/** The JSON report for machines: the versioned RunReport with each diagnostic's message in the chosen language. */
import type { Diagnostic, RunReport } from '../report/index.js';
import { renderMessage } from '../report/index.js';
import type { FormatContext } from './context.js';

function withMessage(d: Diagnostic, ctx: FormatContext): Diagnostic & { message: string } {
  return { ...d, message: renderMessage(d.code, ctx.lang, { ...d.params, field: d.field ?? '', value: d.value ?? '' }) };
}

/** Formats the run as JSON (shape documented in docs/report-format.md). */
export function formatJson(report: RunReport, ctx: FormatContext): string {
  const out = {
    ...report,
    lang: ctx.lang,
    files: report.files.map((f) => ({
      ...f,
      diagnostics: f.diagnostics.map((d) => withMessage(d, ctx)),
      groups: f.groups.map((g) => ({ ...g, examples: g.examples.map((d) => withMessage(d, ctx)) })),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
