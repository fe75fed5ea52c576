/** A job as the page sees it: its state, and once checked, the summary the page shows above the report. */
import { ui } from '../report/index.js';
import type { Job } from './jobs.js';

export function jobView(job: Job): Record<string, unknown> {
  const f = job.report?.files[0];
  const base = { id: job.id, name: job.name, state: job.state, ...(job.failure !== undefined ? { failure: job.failure } : {}) };
  if (f === undefined) return base;
  return {
    ...base,
    result: {
      valid: f.valid,
      unreadable: f.unreadable,
      level: f.score.level,
      rowsOkShare: f.score.rowsOkShare,
      rows: f.stats.rows,
      errors: f.stats.errors,
      warnings: f.stats.warnings,
      infos: f.stats.infos,
      format: f.format,
      fixable: job.used !== undefined && !f.unreadable,
      ...(f.spec !== undefined ? { spec: { id: f.spec.id, version: f.spec.version, title: f.spec.title, status: f.spec.status, statusWord: { sv: ui(`status_${f.spec.status}`, 'sv'), en: ui(`status_${f.spec.status}`, 'en') } } } : {}),
      ...(f.specChoice !== undefined ? { choice: { score: f.specChoice.score, candidates: f.specChoice.candidates } } : {}),
    },
  };
}
