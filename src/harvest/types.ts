/**
 * The harvest's run report: one entry per distribution of the catalogue (or per dataset without
 * one), and the summary by spec and by publisher computed from the entries alone, so that shards'
 * reports merged give the report of the whole run (merge.ts).
 */
import type { Diagnostic, FindingGroup, Score, ScoreLevel } from '../report/index.js';
import type { CatalogueDistribution } from './dcat.js';

export const HARVEST_REPORT_KIND = 'datakoll-harvest';
export const HARVEST_REPORT_VERSION = 1;

/** What became of one distribution. */
export type EntryStatus = 'valid' | 'invalid' | 'unreadable' | 'no-claim' | 'unknown-spec' | 'no-url';

/** Why an earlier result was kept (--since): the server said 304 to the ETag or Last-Modified, or the bytes were the same. */
export type Carried = 'etag' | 'last-modified' | 'sha256';

/** What was learnt from a validated distribution. */
export interface EntryResult {
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly score: Score;
  readonly groups: readonly FindingGroup[];
  /** Why it could not be read (status unreadable): the finding that says so. */
  readonly problem?: Diagnostic;
}

/** A distribution as the catalogue describes it, and what its check gave. */
export interface HarvestEntry extends CatalogueDistribution {
  /** The spec checked against (id@version), for a claim that resolved. */
  readonly spec?: string;
  /** The claim that named no known spec (status unknown-spec), and whether only its version is unknown. */
  readonly unknownClaim?: { readonly claim: string; readonly why: 'unknown' | 'version' };
  readonly status: EntryStatus;
  readonly result?: EntryResult;
  /** The response's validators and the bytes' SHA-256, for the next run's --since. */
  readonly etag?: string;
  readonly lastModified?: string;
  readonly sha256?: string;
  readonly carried?: Carried;
}

/** Counts for one spec or one publisher. */
export interface Tally {
  readonly datasets: number;
  readonly distributions: number;
  /** Distributions checked (a known spec and an address). */
  readonly checked: number;
  readonly conforming: number;
  readonly unreadable: number;
  readonly unclaimed: number;
  readonly unknown: number;
  /** Mean share of rows without errors over the readable checked distributions (0 to 1), when there is one. */
  readonly meanRowsOk?: number;
  readonly levels: Readonly<Partial<Record<ScoreLevel, number>>>;
}

export interface HarvestSummary {
  readonly total: Tally;
  readonly bySpec: Readonly<Record<string, Tally>>;
  readonly byPublisher: Readonly<Record<string, Tally>>;
}

export interface HarvestReport {
  readonly kind: typeof HARVEST_REPORT_KIND;
  readonly reportVersion: typeof HARVEST_REPORT_VERSION;
  readonly tool: { readonly name: 'datakoll'; readonly version: string };
  readonly catalogue: string;
  readonly startedAt: string;
  /** The part of a sharded run this report holds; absent for a whole run (and for shards merged). */
  readonly shard?: { readonly index: number; readonly count: number };
  /** For a merged report: how many parts it was merged from. */
  readonly mergedFrom?: number;
  readonly entries: readonly HarvestEntry[];
  readonly summary: HarvestSummary;
}
