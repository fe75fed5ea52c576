/** The harvest in Markdown (a CI job summary, an issue): the totals, tables by spec and by publisher, then a table of the distributions. */
import type { Lang } from '../../report/index.js';
import type { HarvestEntry, HarvestReport, Tally } from '../types.js';
import { hw, printable, problemOf, publisherText, scoreOf, statusOf, tallyCells, tallyHeads, titleOf, titleText, totalsOf } from './words.js';

/** A cell's text, with what Markdown or HTML would act on escaped. */
function md(s: string): string {
  return printable(s).replace(/[\\|*_`[\]<>#~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function table(heads: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${heads.map(md).join(' | ')} |`, `|${heads.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)];
}

function tallies(heading: string, first: string, rows: Readonly<Record<string, Tally>>, lang: Lang): string[] {
  const list = Object.entries(rows);
  if (list.length === 0) return [];
  return [`## ${md(heading)}`, '', ...table([first, ...tallyHeads(lang)], list.map(([name, t]) => [name || hw('noPublisher', lang), ...tallyCells(t, lang)])), ''];
}

function entryRow(e: HarvestEntry, lang: Lang): string[] {
  const groups = e.status === 'unreadable' ? '' : (e.result?.groups ?? []).map((g) => `${g.count} × ${g.code}`).join(', ');
  const problem = problemOf(e, lang);
  return [titleText(e, lang), publisherText(e.publisher, lang), e.url, e.spec ?? '', statusOf(e, lang), scoreOf(e, lang), [problem, groups].filter((s) => s !== '').join('; ')];
}

export function harvestMarkdown(r: HarvestReport, lang: Lang): string {
  const lines = [`# ${md(titleOf(r, lang))}`, '', md(totalsOf(r.summary.total, lang)), ''];
  lines.push(...tallies(hw('bySpec', lang), hw('spec', lang), r.summary.bySpec, lang));
  lines.push(...tallies(hw('byPublisher', lang), hw('publisher', lang), r.summary.byPublisher, lang));
  if (r.entries.length > 0) {
    const heads = [hw('dataset', lang), hw('publisher', lang), hw('url', lang), hw('spec', lang), hw('status', lang), hw('score', lang), hw('findings', lang)];
    lines.push(`## ${md(hw('distributions', lang))}`, '', ...table(heads, r.entries.map((e) => entryRow(e, lang))), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
