/** The harvest's text report: the totals, the summary by spec and by publisher, then each distribution. */
import type { Lang } from '../../report/index.js';
import type { HarvestEntry, HarvestReport, Tally } from '../types.js';
import { groupLinesOf, hw, printable, problemOf, publisherText, scoreOf, statusOf, tallyCells, tallyHeads, titleOf, titleText, totalsOf } from './words.js';

function tallyLines(heading: string, rows: Readonly<Record<string, Tally>>, lang: Lang): string[] {
  const heads = tallyHeads(lang);
  const lines = Object.entries(rows).map(([name, t]) => {
    const cells = tallyCells(t, lang);
    return `  ${printable(name || hw('noPublisher', lang))}: ${heads.map((h, i) => `${h} ${cells[i] === '' ? '–' : cells[i]}`).join(', ')}`;
  });
  return lines.length === 0 ? [] : [heading, ...lines, ''];
}

function entryLines(e: HarvestEntry, lang: Lang): string[] {
  const head = `${printable(titleText(e, lang))} — ${printable(publisherText(e.publisher, lang))}`;
  const lines = [head, `  ${hw('url', lang)}: ${printable(e.url || hw('none', lang))}`];
  if (e.spec !== undefined) lines.push(`  ${hw('spec', lang)}: ${printable(e.spec)}`);
  const score = scoreOf(e, lang);
  lines.push(`  ${hw('status', lang)}: ${statusOf(e, lang)}${score !== '' ? ` (${hw('score', lang)} ${score})` : ''}`);
  const problem = problemOf(e, lang);
  if (problem !== '') lines.push(`  ${printable(problem)}`);
  for (const g of groupLinesOf(e, lang)) lines.push(`    ${printable(g)}`);
  return lines;
}

export function harvestText(r: HarvestReport, lang: Lang): string {
  const lines = [printable(titleOf(r, lang)), totalsOf(r.summary.total, lang), ''];
  lines.push(...tallyLines(hw('bySpec', lang), r.summary.bySpec, lang));
  lines.push(...tallyLines(hw('byPublisher', lang), r.summary.byPublisher, lang));
  for (const e of r.entries) lines.push(...entryLines(e, lang), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
