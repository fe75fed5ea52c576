/** The harvest as one HTML page: the totals, tables by spec and by publisher, and a table of the distributions with their findings. */
import { escapeHtml, printable } from '../../formatters/shared.js';
import type { Lang } from '../../report/index.js';
import type { HarvestEntry, HarvestReport, Tally } from '../types.js';
import { groupLinesOf, hw, problemOf, publisherText, scoreOf, statusOf, tallyCells, tallyHeads, titleOf, titleText, totalsOf } from './words.js';

const h = (s: string): string => escapeHtml(printable(s));

const STYLE = 'body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse;margin:1rem 0;width:100%}td{overflow-wrap:anywhere}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f3f3f3}.valid{color:#176e2f}.invalid,.unreadable{color:#a4161a}ul{margin:0;padding-left:1.2rem}';

function table(heads: readonly string[], rows: readonly string[][]): string {
  return `<table><thead><tr>${heads.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}

function tallies(heading: string, first: string, rows: Readonly<Record<string, Tally>>, lang: Lang): string {
  const list = Object.entries(rows);
  if (list.length === 0) return '';
  return `<h2>${h(heading)}</h2>${table([first, ...tallyHeads(lang)], list.map(([name, t]) => [name || hw('noPublisher', lang), ...tallyCells(t, lang)].map((c) => `<td>${h(c)}</td>`)))}`;
}

function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${h(url)}" rel="nofollow noopener">${h(url)}</a>` : h(url);
}

function entryRow(e: HarvestEntry, lang: Lang): string[] {
  const findings = [problemOf(e, lang), ...groupLinesOf(e, lang)].filter((s) => s !== '');
  return [
    `<td>${h(titleText(e, lang))}</td>`,
    `<td>${h(publisherText(e.publisher, lang))}</td>`,
    `<td>${link(e.url)}</td>`,
    `<td>${h(e.spec ?? '')}</td>`,
    `<td class="${e.status}">${h(statusOf(e, lang))}</td>`,
    `<td>${h(scoreOf(e, lang))}</td>`,
    `<td>${findings.length === 0 ? '' : `<ul>${findings.map((f) => `<li>${h(f)}</li>`).join('')}</ul>`}</td>`,
  ];
}

export function harvestHtml(r: HarvestReport, lang: Lang): string {
  const title = titleOf(r, lang);
  const heads = [hw('dataset', lang), hw('publisher', lang), hw('url', lang), hw('spec', lang), hw('status', lang), hw('score', lang), hw('findings', lang)];
  const body = [
    `<h1>${h(title)}</h1>`,
    `<p>${h(totalsOf(r.summary.total, lang))}</p>`,
    tallies(hw('bySpec', lang), hw('spec', lang), r.summary.bySpec, lang),
    tallies(hw('byPublisher', lang), hw('publisher', lang), r.summary.byPublisher, lang),
    r.entries.length === 0 ? '' : `<h2>${h(hw('distributions', lang))}</h2>${table(heads, r.entries.map((e) => entryRow(e, lang)))}`,
  ].join('\n');
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${h(title)}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}
