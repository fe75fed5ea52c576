/** The HTML report's chart: findings per column as horizontal stacked bars (errors, warnings, notes) in inline SVG. */
import type { FileReport, Lang, Severity } from '../report/index.js';
import { ui, visibleName } from '../report/index.js';
import { escapeHtml, severityCount } from './shared.js';

/** Columns drawn at most; the rest are in the table below the chart. */
export const CHART_MAX_COLUMNS = 25;
const FILL: Record<Severity, string> = { error: '#c62828', warning: '#e69500', info: '#1e88e5' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LEGEND = { error: 'errors_title', warning: 'warnings_title', info: 'infos_title' } as const;
const LABEL_W = 210;
const BAR_W = 420;
const ROW_H = 22;

interface Column {
  readonly label: string;
  readonly counts: Record<Severity, number>;
  total: number;
}

function columns(f: FileReport, lang: Lang): Column[] {
  const by = new Map<string, Column>();
  for (const g of f.groups) {
    const label = g.field === undefined || g.field === '' ? ui('whole_file', lang) : visibleName(g.field);
    let c = by.get(label);
    if (c === undefined) by.set(label, (c = { label, counts: { error: 0, warning: 0, info: 0 }, total: 0 }));
    c.counts[g.severity] += g.count;
    c.total += g.count;
  }
  return [...by.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label)).slice(0, CHART_MAX_COLUMNS);
}

function short(s: string, max = 24): string {
  return [...s].length <= max ? s : `${[...s].slice(0, max - 1).join('')}…`;
}

/** The chart as an <svg> element, or an empty string when the file has no findings. */
export function findingsChart(f: FileReport, lang: Lang): string {
  const cols = columns(f, lang);
  if (cols.length === 0) return '';
  const max = Math.max(...cols.map((c) => c.total));
  const height = cols.length * ROW_H + 4;
  const bars = cols.map((c, i) => {
    const y = i * ROW_H + 2;
    let x = LABEL_W;
    const rects = SEVERITIES.filter((s) => c.counts[s] > 0).map((s) => {
      const w = Math.max(2, Math.round((c.counts[s] / max) * BAR_W));
      const r = `<rect x="${x}" y="${y}" width="${w}" height="${ROW_H - 6}" fill="${FILL[s]}"><title>${escapeHtml(`${c.label}: ${severityCount(s, c.counts[s], lang)}`)}</title></rect>`;
      x += w;
      return r;
    });
    const label = `<text x="${LABEL_W - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(short(c.label))}</text>`;
    return `${label}${rects.join('')}<text x="${x + 6}" y="${y + 12}">${c.total}</text>`;
  });
  const aria = escapeHtml(ui('findings_per_column', lang));
  const legend = SEVERITIES.map((s) => `<li><span class="sw sw-${s}"></span>${escapeHtml(ui(LEGEND[s], lang))}</li>`).join('');
  return `<ul class="legend">${legend}</ul><svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${LABEL_W + BAR_W + 60}" height="${height}" viewBox="0 0 ${LABEL_W + BAR_W + 60} ${height}" role="img" aria-label="${aria}">${bars.join('')}</svg>`;
}
