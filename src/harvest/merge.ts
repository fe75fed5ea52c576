/**
 * `harvest merge`: the shards' JSON reports joined into the run report of the whole catalogue
 * (the entries of all parts in the report's one order, the summary counted again from them), and
 * the reading of an earlier report for --since. A file that is no harvest report is exit 3; parts
 * of different catalogues, or not the parts of one split, are a usage error.
 */
import { readFile } from 'node:fs/promises';
import { DatakollError } from '../errors.js';
import { brokenAt } from './report-shape.js';
import { sortEntries, summarizeHarvest } from './summary.js';
import { HARVEST_REPORT_KIND, HARVEST_REPORT_VERSION } from './types.js';
import type { HarvestReport } from './types.js';

/** Reads a harvest's JSON report (bounded: a report is read whole). */
export async function readHarvestReport(path: string, shown: string, maxBytes = 1024 * 1024 * 1024): Promise<HarvestReport> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
    text = bytes.toString('utf8');
  } catch (e) {
    throw new DatakollError('io', 'harvest-report-unreadable', { file: shown, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DatakollError('io', 'harvest-report-unreadable', { file: shown, detail: 'JSON' });
  }
  const r = value as Partial<HarvestReport> | null;
  if (r === null || typeof r !== 'object' || r.kind !== HARVEST_REPORT_KIND || r.reportVersion !== HARVEST_REPORT_VERSION || !Array.isArray(r.entries)) {
    throw new DatakollError('io', 'harvest-report-unreadable', { file: shown, detail: `kind ${HARVEST_REPORT_KIND}, reportVersion ${HARVEST_REPORT_VERSION}` });
  }
  const broken = brokenAt(r as Record<string, unknown>);
  if (broken !== undefined) throw new DatakollError('io', 'harvest-report-unreadable', { file: shown, detail: broken });
  return r as HarvestReport;
}

/** Joins the parts of one sharded run (or whole runs of one catalogue) into one report. */
export function mergeReports(parts: readonly HarvestReport[]): HarvestReport {
  const first = parts[0];
  if (first === undefined) throw new DatakollError('usage', 'harvest-shards-mismatch', { detail: '0' });
  const other = parts.find((p) => p.catalogue !== first.catalogue);
  if (other !== undefined) throw new DatakollError('usage', 'harvest-shards-mismatch', { detail: `${first.catalogue} ≠ ${other.catalogue}` });
  const shards = parts.map((p) => p.shard).filter((s) => s !== undefined);
  const counts = new Set(shards.map((s) => s.count));
  const indexes = new Set(shards.map((s) => s.index));
  if (counts.size > 1 || indexes.size !== shards.length) throw new DatakollError('usage', 'harvest-shards-mismatch', { detail: shards.map((s) => `${s.index}/${s.count}`).join(', ') });
  const count = [...counts][0];
  // Whole runs of one catalogue hold the same distributions: joined, each would be counted twice.
  if (count === undefined && parts.length > 1) throw new DatakollError('usage', 'harvest-shards-mismatch', { detail: parts.map(() => '*').join(', ') });
  if (count !== undefined && shards.length !== parts.length) throw new DatakollError('usage', 'harvest-shards-mismatch', { detail: parts.map((p) => (p.shard === undefined ? '*' : `${p.shard.index}/${p.shard.count}`)).join(', ') });
  if (count !== undefined && indexes.size !== count) {
    const missing = Array.from({ length: count }, (_v, i) => i + 1).filter((i) => !indexes.has(i));
    throw new DatakollError('usage', 'harvest-shards-mismatch', { detail: missing.map((i) => `${i}/${count}`).join(', ') });
  }
  const entries = sortEntries(parts.flatMap((p) => p.entries));
  const startedAt = parts.map((p) => p.startedAt).sort()[0] as string;
  const { shard: _drop, ...rest } = first;
  return { ...rest, startedAt, mergedFrom: parts.length, entries, summary: summarizeHarvest(entries) };
}
