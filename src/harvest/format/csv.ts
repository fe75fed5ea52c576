/**
 * The harvest as a table for statistics: one row per distribution (dataset, title, publisher,
 * address, format, claims, spec, result, carried over, rows, errors, warnings, share of rows
 * without errors, grade, why unreadable), UTF-8 with a BOM, cells a spreadsheet could run made inert.
 */
import { csvCellInert } from '../../formatters/csv.js';
import type { Lang } from '../../report/index.js';
import type { HarvestEntry, HarvestReport } from '../types.js';
import { hw, printable, problemOf } from './words.js';

/** The columns, in order (their words: col-<name>). */
const COLUMNS = ['dataset', 'title', 'publisher', 'url', 'format', 'conformsTo', 'spec', 'status', 'carried', 'rows', 'errors', 'warnings', 'rowsOkShare', 'level', 'problem'] as const;

const line = (cells: readonly string[]): string => `${cells.map((c) => csvCellInert(printable(c))).join(',')}\n`;

function rowOf(e: HarvestEntry, lang: Lang): string[] {
  const r = e.status === 'unreadable' ? undefined : e.result;
  return [
    e.dataset,
    e.title,
    e.publisher,
    e.url,
    e.format ?? '',
    e.conformsTo.join(' '),
    e.spec ?? '',
    hw(`short-${e.status}`, lang),
    e.carried === undefined ? '' : hw(`short-${e.carried}`, lang),
    r === undefined ? '' : String(r.rows),
    r === undefined ? '' : String(r.errors),
    r === undefined ? '' : String(r.warnings),
    r === undefined ? '' : String(r.score.rowsOkShare),
    r === undefined ? '' : r.score.level,
    problemOf(e, lang),
  ];
}

export function harvestCsv(report: HarvestReport, lang: Lang): string {
  const head = COLUMNS.map((c) => hw(`col-${c}`, lang));
  return ['\uFEFF', line(head), ...report.entries.map((e) => line(rowOf(e, lang)))].join('');
}
