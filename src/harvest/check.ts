/**
 * One address checked: downloaded once (download.ts), then validated with the library's own
 * validateFile against each spec claimed for it, or an earlier run's result carried over when
 * --since finds it unchanged (the server's 304 to its ETag or Last-Modified, or the same bytes).
 */
import { validateFile } from '../api.js';
import type { Registry, Spec } from '../registry/index.js';
import type { Diagnostic, FileReport } from '../report/index.js';
import type { RemoteLimits, RemoteNetwork } from '../input/index.js';
import { download, problemOf } from './download.js';
import type { Carried, EntryResult, EntryStatus, HarvestEntry } from './types.js';

/** What one address's check gives each spec claimed for it. */
export type Outcome = Pick<HarvestEntry, 'status' | 'result' | 'etag' | 'lastModified' | 'sha256' | 'carried'>;

export interface CheckSettings {
  readonly registry: Registry;
  readonly remote: RemoteLimits;
  readonly userAgent: string;
  readonly maxErrors: number;
  readonly network?: RemoteNetwork;
}

function resultOf(r: FileReport): { status: EntryStatus; result: EntryResult } {
  const s = r.stats;
  const problem = r.unreadable ? r.diagnostics.find((d) => d.severity === 'error') : undefined;
  const result: EntryResult = { rows: s.rows, errors: s.errors, warnings: s.warnings, infos: s.infos, score: r.score, groups: r.groups, ...(problem !== undefined ? { problem } : {}) };
  return { status: r.unreadable ? 'unreadable' : r.valid ? 'valid' : 'invalid', result };
}

function failed(problem: Diagnostic): Outcome {
  return { status: 'unreadable', result: { rows: 0, errors: 1, warnings: 0, infos: 0, score: { rowsOkShare: 0, structure: 'fail', level: 'F' }, groups: [], problem } };
}

/** The earlier result, carried over and marked (the validators of this run kept). */
function carry(prior: HarvestEntry, by: Carried, fresh: Pick<Outcome, 'etag' | 'lastModified' | 'sha256'>): Outcome {
  const keep = { etag: fresh.etag ?? prior.etag, lastModified: fresh.lastModified ?? prior.lastModified, sha256: fresh.sha256 ?? prior.sha256 };
  const defined = Object.fromEntries(Object.entries(keep).filter(([, v]) => v !== undefined)) as Pick<Outcome, 'etag' | 'lastModified' | 'sha256'>;
  return { status: prior.status, ...(prior.result !== undefined ? { result: prior.result } : {}), ...defined, carried: by };
}

/** A prior result that can be carried over: one that was read (an unreadable one is always tried again). */
function usable(prior: HarvestEntry | undefined): prior is HarvestEntry {
  return prior !== undefined && (prior.status === 'valid' || prior.status === 'invalid');
}

/**
 * Checks one address against each of `specs` (key: id@version). `prior` gives an earlier run's
 * entry for the address and spec, when --since named one.
 */
export async function checkAddress(url: string, specs: ReadonlyMap<string, Spec>, s: CheckSettings, prior: (spec: string) => HarvestEntry | undefined): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  const priors = [...specs.keys()].map(prior);
  const all = priors.every(usable);
  const first = all ? priors[0] : undefined;
  const validators = first !== undefined ? { ...(first.etag !== undefined ? { etag: first.etag } : {}), ...(first.lastModified !== undefined ? { lastModified: first.lastModified } : {}) } : undefined;
  const d = await download(url, s.remote, s.userAgent, validators, s.network);
  if (d.kind === 'not-modified') {
    for (const key of specs.keys()) out.set(key, carry(prior(key) as HarvestEntry, d.by, {}));
    return out;
  }
  if (d.kind === 'failed') {
    for (const key of specs.keys()) out.set(key, failed(d.problem));
    return out;
  }
  const fresh = { sha256: d.sha256, ...(d.etag !== undefined ? { etag: d.etag } : {}), ...(d.lastModified !== undefined ? { lastModified: d.lastModified } : {}) };
  try {
    for (const [key, spec] of specs) {
      const p = prior(key);
      if (usable(p) && p.sha256 === d.sha256) {
        out.set(key, carry(p, 'sha256', fresh));
        continue;
      }
      try {
        out.set(key, { ...resultOf(await validateFile(d.file, { spec, registry: s.registry, threads: 1, maxErrors: s.maxErrors })), ...fresh });
      } catch (e) {
        // A usage or spec problem of the library (a broken spec file) is one distribution's failure here.
        out.set(key, { ...failed(problemOf(e)), ...fresh });
      }
    }
  } finally {
    d.remove();
  }
  return out;
}
