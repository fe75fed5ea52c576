/** What every harvest formatter shares: its words, an entry's status and problem in words, the tallies' cells. */
import { HARVEST_WORDS, say } from '../../report/index.js';
import type { HarvestWord, Lang } from '../../report/index.js';
import { groupMessage, messageOf, percentText, printable } from '../../formatters/shared.js';
import type { HarvestEntry, HarvestReport, Tally } from '../types.js';

export { printable };

export function hw(key: HarvestWord, lang: Lang, params: Readonly<Record<string, unknown>> = {}): string {
  return say(HARVEST_WORDS[key], lang, params);
}

/** The report's heading: the catalogue, and the part or the parts it holds. */
export function titleOf(r: HarvestReport, lang: Lang): string {
  const part = r.shard !== undefined ? ` (${hw('shard', lang, r.shard)})` : r.mergedFrom !== undefined ? ` (${hw('merged', lang, { n: r.mergedFrom })})` : '';
  return hw('title', lang, { catalogue: r.catalogue }) + part;
}

/** The whole run's counts as a sentence. */
export function totalsOf(t: Tally, lang: Lang): string {
  return hw('totals', lang, { ...t });
}

/** What became of an entry, in words, with the mark of a result carried over (--since). */
export function statusOf(e: HarvestEntry, lang: Lang): string {
  const status = hw(`status-${e.status}`, lang);
  return e.carried === undefined ? status : `${status}; ${hw(`carried-${e.carried}`, lang)}`;
}

/** Why an entry could not be read, or the claim no spec was found for. */
export function problemOf(e: HarvestEntry, lang: Lang): string {
  if (e.result?.problem !== undefined) return messageOf(e.result.problem, lang);
  if (e.unknownClaim !== undefined) return e.unknownClaim.claim;
  return '';
}

/** The entry's finding groups as "count × code: message" lines. */
export function groupLinesOf(e: HarvestEntry, lang: Lang): string[] {
  if (e.status === 'unreadable') return [];
  return (e.result?.groups ?? []).map((g) => `${g.count} × ${g.code}${g.field !== undefined && g.field !== '' ? ` (${g.field})` : ''}: ${groupMessage(g, lang)}`);
}

export function titleText(e: HarvestEntry, lang: Lang): string {
  return e.title !== '' ? e.title : hw('untitled', lang);
}

export function publisherText(name: string, lang: Lang): string {
  return name !== '' ? name : hw('noPublisher', lang);
}

/** A score as a grade and a share: "B, 96 %". */
export function scoreOf(e: HarvestEntry, lang: Lang): string {
  const s = e.result?.score;
  return s === undefined || e.status === 'unreadable' ? '' : `${s.level}, ${percentText(s.rowsOkShare, lang)}`;
}

/** A tally's cells: datasets, distributions, checked, conforming, unreadable, mean rows without errors, grades. */
export function tallyCells(t: Tally, lang: Lang): string[] {
  const levels = Object.entries(t.levels).map(([l, n]) => `${l}: ${n}`).join(', ');
  return [String(t.datasets), String(t.distributions), String(t.checked), String(t.conforming), String(t.unreadable), t.meanRowsOk === undefined ? '' : percentText(t.meanRowsOk, lang), levels];
}

export function tallyHeads(lang: Lang): string[] {
  return [hw('datasets', lang), hw('distributionCount', lang), hw('checked', lang), hw('conforming', lang), hw('unreadable', lang), hw('meanScore', lang), hw('levels', lang)];
}
