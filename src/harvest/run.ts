/**
 * `harvest`: read a catalogue, resolve what each distribution claims, and check each address that
 * claims a known spec, at most `concurrency` at once, one download per address. A distribution
 * without a claim, with an unknown one or without an address is listed, not fetched.
 */
import type { Registry, Spec } from '../registry/index.js';
import type { RemoteLimits, RemoteNetwork } from '../input/index.js';
import { VERSION } from '../version.js';
import { checkAddress } from './check.js';
import type { Outcome } from './check.js';
import { distributionsIn } from './dcat.js';
import type { CatalogueDistribution } from './dcat.js';
import { triplesOf } from './rdf.js';
import { readCatalogue } from './read.js';
import { Resolver } from './resolve.js';
import { inShard } from './shard.js';
import type { Shard } from './shard.js';
import { sortEntries, summarizeHarvest } from './summary.js';
import { HARVEST_REPORT_KIND, HARVEST_REPORT_VERSION } from './types.js';
import type { HarvestEntry, HarvestReport } from './types.js';

export interface HarvestOptions {
  readonly registry: Registry;
  /** Where a relative catalogue path starts. */
  readonly cwd: string;
  readonly concurrency: number;
  readonly remote: RemoteLimits;
  readonly catalogueMaxBytes: number;
  readonly maxErrors: number;
  readonly shard?: Shard;
  /** An earlier run's report (--since). */
  readonly since?: HarvestReport;
  readonly network?: RemoteNetwork;
  /**
   * Whether a distribution's address may be local or private (the machine itself, 10.x, 169.254.169.254 …):
   * the catalogue is a third party's, so by default its addresses are read only on the public internet.
   */
  readonly allowPrivateAddresses?: boolean;
  /** Told as each address is done. */
  readonly onProgress?: (done: number, total: number) => void;
}

export const USER_AGENT = `datakoll/${VERSION} (harvest)`;

/** A distribution planned: what it claims, and the spec it is checked against (when one resolved). */
interface Planned {
  readonly entry: HarvestEntry;
  readonly spec?: Spec;
}

/** A distribution planned: one entry for each known spec it claims (checked against each, one download), else one entry that says why not. */
function plan(d: CatalogueDistribution, resolver: Resolver): Planned[] {
  const base: HarvestEntry = { ...d, status: 'no-claim' };
  if (d.conformsTo.length === 0) return [{ entry: base }];
  const specs = resolver.known(d.conformsTo);
  if (specs.length === 0) {
    const r = resolver.first(d.conformsTo) as NonNullable<ReturnType<Resolver['first']>>;
    return [{ entry: { ...base, status: 'unknown-spec', unknownClaim: { claim: r.claim, why: r.spec === undefined ? r.why : 'unknown' } } }];
  }
  return specs.map((spec) => {
    const key = `${spec.id}@${spec.version}`;
    return d.url === '' ? { entry: { ...base, spec: key, status: 'no-url' } } : { entry: { ...base, spec: key, status: 'valid' }, spec };
  });
}

/** Runs `work` over `items`, at most `limit` at once. */
export async function pooled<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

function priorOf(since: HarvestReport | undefined): (url: string, spec: string) => HarvestEntry | undefined {
  const byKey = new Map<string, HarvestEntry>();
  for (const e of since?.entries ?? []) if (e.spec !== undefined) byKey.set(`${e.spec} ${e.url}`, e);
  return (url, spec) => byKey.get(`${spec} ${url}`);
}

/** The addresses to fetch, each with the specs claimed for it. */
function addresses(planned: readonly Planned[]): Map<string, Map<string, Spec>> {
  const byUrl = new Map<string, Map<string, Spec>>();
  for (const p of planned) {
    if (p.spec === undefined) continue;
    const specs = byUrl.get(p.entry.url) ?? new Map<string, Spec>();
    specs.set(p.entry.spec as string, p.spec);
    byUrl.set(p.entry.url, specs);
  }
  return byUrl;
}

function withOutcome(e: HarvestEntry, o: Outcome | undefined): HarvestEntry {
  return o === undefined ? { ...e, status: 'unreadable' } : { ...e, ...o };
}

/** Harvests a catalogue (a path or an http(s) address) into its run report. */
export async function harvest(catalogue: string, o: HarvestOptions): Promise<HarvestReport> {
  const startedAt = new Date().toISOString();
  const request = { headers: { 'user-agent': USER_AGENT, accept: 'text/turtle, application/rdf+xml, application/ld+json;q=0.9, */*;q=0.5' } };
  const bytes = await readCatalogue(catalogue, o.cwd, o.catalogueMaxBytes, o.remote, request, o.network);
  const { triples } = await triplesOf(bytes);
  const resolver = new Resolver(o.registry);
  const planned = distributionsIn(triples, catalogue).filter((d) => inShard(o.shard, d)).flatMap((d) => plan(d, resolver));
  const byUrl = addresses(planned);
  const prior = priorOf(o.since);
  const outcomes = new Map<string, Map<string, Outcome>>();
  const settings = { registry: o.registry, remote: { ...o.remote, publicOnly: o.allowPrivateAddresses !== true }, userAgent: USER_AGENT, maxErrors: o.maxErrors, ...(o.network !== undefined ? { network: o.network } : {}) };
  let done = 0;
  await pooled([...byUrl.keys()], o.concurrency, async (url) => {
    // checkAddress turns every failure of a download or a read into a finding; an address that
    // still fails (a bug) is left without an outcome, reported unreadable, and the others go on.
    outcomes.set(url, await checkAddress(url, byUrl.get(url) as Map<string, Spec>, settings, (spec) => prior(url, spec)).catch(() => new Map<string, Outcome>()));
    o.onProgress?.(++done, byUrl.size);
  });
  const entries = sortEntries(planned.map((p) => (p.spec === undefined ? p.entry : withOutcome(p.entry, outcomes.get(p.entry.url)?.get(p.entry.spec as string)))));
  return {
    kind: HARVEST_REPORT_KIND,
    reportVersion: HARVEST_REPORT_VERSION,
    tool: { name: 'datakoll', version: VERSION },
    catalogue,
    startedAt,
    ...(o.shard !== undefined && o.shard.count > 1 ? { shard: o.shard } : {}),
    entries,
    summary: summarizeHarvest(entries),
  };
}
