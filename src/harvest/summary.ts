/** The harvest's summary, from its entries alone: the whole run, by spec and by publisher. */
import type { ScoreLevel } from '../report/index.js';
import type { HarvestEntry, HarvestSummary, Tally } from './types.js';

/** Entries in the report's one order: dataset, address, distribution node. */
export function sortEntries(entries: readonly HarvestEntry[]): HarvestEntry[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => cmp(a.dataset, b.dataset) || cmp(a.url, b.url) || cmp(a.distribution, b.distribution) || cmp(a.spec ?? '', b.spec ?? ''));
}

/** The counts of a set of entries. */
export function tally(entries: readonly HarvestEntry[]): Tally {
  const checked = entries.filter((e) => e.status === 'valid' || e.status === 'invalid' || e.status === 'unreadable');
  const readable = checked.filter((e) => e.status !== 'unreadable' && e.result !== undefined);
  const levels: Partial<Record<ScoreLevel, number>> = {};
  for (const e of checked) {
    const level = e.result?.score.level;
    if (level !== undefined) levels[level] = (levels[level] ?? 0) + 1;
  }
  const share = readable.reduce((sum, e) => sum + (e.result?.score.rowsOkShare ?? 0), 0);
  return {
    datasets: new Set(entries.map((e) => e.dataset)).size,
    // A distribution claiming two specs has an entry for each: it is still one distribution.
    distributions: new Set(entries.filter((e) => e.distribution !== '').map((e) => `${e.dataset} ${e.distribution} ${e.url}`)).size,
    checked: checked.length,
    conforming: checked.filter((e) => e.status === 'valid').length,
    unreadable: checked.filter((e) => e.status === 'unreadable').length,
    unclaimed: entries.filter((e) => e.status === 'no-claim').length,
    unknown: entries.filter((e) => e.status === 'unknown-spec').length,
    ...(readable.length > 0 ? { meanRowsOk: Math.round((share / readable.length) * 10_000) / 10_000 } : {}),
    levels: Object.fromEntries(Object.entries(levels).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

function by(entries: readonly HarvestEntry[], key: (e: HarvestEntry) => string | undefined): Record<string, Tally> {
  const groups = new Map<string, HarvestEntry[]>();
  for (const e of entries) {
    const k = key(e);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [e]);
    else list.push(e);
  }
  return Object.fromEntries([...groups.keys()].sort().map((k) => [k, tally(groups.get(k) as HarvestEntry[])]));
}

export function summarizeHarvest(entries: readonly HarvestEntry[]): HarvestSummary {
  return { total: tally(entries), bySpec: by(entries, (e) => e.spec), byPublisher: by(entries, (e) => e.publisher) };
}
