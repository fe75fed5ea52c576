/** An SVG badge with the run's score, shields-style, for a README or a dashboard: "datakoll | C 95%". */
import type { RunReport, ScoreLevel } from '../report/index.js';
import type { FormatContext } from './context.js';
import { allRecords, countText, escapeXml, percentText, scoreText } from './shared.js';

const COLOR: Record<ScoreLevel, string> = { A: '#2e7d32', B: '#4c9a1f', C: '#b58900', D: '#d9640c', F: '#c62828' };

/** Rough width in pixels of text at 11px Verdana: enough to size the badge without measuring. */
function textWidth(s: string): number {
  let w = 0;
  for (const c of s) w += /[0-9A-Z%]/.test(c) ? 7.5 : c === ' ' ? 3.5 : 6.5;
  return Math.ceil(w);
}

/** Formats the run's score as a standalone SVG image. */
export function formatBadge(report: RunReport, ctx: FormatContext): string {
  const label = 'datakoll';
  const value = `${report.score.level} ${percentText(report.score.rowsOkShare, ctx.lang).replace('\u00a0', ' ')}`;
  const lw = textWidth(label) + 12;
  const vw = textWidth(value) + 12;
  const w = lw + vw;
  const title = escapeXml(`datakoll: ${scoreText(report.score, ctx.lang, allRecords(report.files))} (${countText('n_files', report.summary.files, ctx.lang)})`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">
  <title>${title}</title>
  <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
  <clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>
  <g clip-path="url(#r)">
    <rect width="${lw}" height="20" fill="#555"/>
    <rect x="${lw}" width="${vw}" height="20" fill="${COLOR[report.score.level]}"/>
    <rect width="${w}" height="20" fill="url(#s)"/>
  </g>
  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
    <text x="${lw / 2}" y="14">${label}</text>
    <text x="${lw + vw / 2}" y="14">${escapeXml(value)}</text>
  </g>
</svg>
`;
}
