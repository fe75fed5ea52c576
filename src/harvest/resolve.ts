/**
 * Which spec a dcterms:conformsTo names. Every address form a spec has been published at counts
 * (registry/addresses.ts: the portal's dataportal.se/specifications/<slug>/<version>, with or
 * without www., /sv/ or /en/, http or https, a trailing slash; lankadedata.se/spec/<slug>/ and its
 * schema.json; the gitlab.com repositories), and here also the portal's address without a version
 * (the latest bundled one), a repository's file or page (…/-/blob/main/schema.json) and its
 * clone address (….git). A spec id as conformsTo (badplatser, badplatser@1.0) is taken too.
 */
import { DatakollError } from '../errors.js';
import { looksLikeUrl, normalizeSpecUrl, PUBLISHED } from '../registry/index.js';
import type { Registry, Spec } from '../registry/index.js';

/** A claim resolved: the spec, or why it names none (`unknown`, or `version`: a version datakoll lacks). */
export type Resolution = { readonly spec: Spec; readonly claim: string } | { readonly spec?: undefined; readonly why: 'unknown' | 'version'; readonly claim: string };

/** The forms the registry does not know, turned into one it does; undefined when there is nothing to turn. */
function rewritten(url: string): string | undefined {
  const a = normalizeSpecUrl(url);
  const portal = /^dataportal\.se\/specifications\/([^/]+)$/.exec(a);
  if (portal !== null) {
    const id = Object.entries(PUBLISHED).find(([, at]) => at.portal === portal[1])?.[0];
    return id;
  }
  const repo = /^gitlab\.com\/(.+?)(?:\.git|\/-\/.*)$/.exec(a);
  if (repo !== null) return `https://gitlab.com/${repo[1] as string}`;
  return undefined;
}

function attempt(registry: Registry, ref: string): Spec | 'unknown' | 'version' {
  try {
    return registry.resolve(ref);
  } catch (e) {
    if (e instanceof DatakollError && e.kind === 'usage') return e.code === 'spec-url-version' || e.code === 'spec-version-unknown' ? 'version' : 'unknown';
    // A broken spec file is the spec's problem, not the catalogue's: it stops the run.
    throw e;
  }
}

/** One claimed value to a spec. */
export function resolveClaim(registry: Registry, claim: string): Resolution {
  const isId = /^[a-z0-9][a-z0-9-]*(@[0-9][0-9.]*)?$/.test(claim);
  if (!looksLikeUrl(claim) && !isId) return { why: 'unknown', claim };
  let found = attempt(registry, claim);
  if (found === 'unknown' && looksLikeUrl(claim)) {
    const other = rewritten(claim);
    if (other !== undefined) found = attempt(registry, other);
  }
  return typeof found === 'string' ? { why: found, claim } : { spec: found, claim };
}

/**
 * The claims of one distribution resolved, one result per claim, cached by claim. The spec a
 * distribution is checked against is each spec its claims name (claims are sorted).
 */
export class Resolver {
  private readonly cache = new Map<string, Resolution>();

  constructor(private readonly registry: Registry) {}

  resolve(claim: string): Resolution {
    let r = this.cache.get(claim);
    if (r === undefined) this.cache.set(claim, (r = resolveClaim(this.registry, claim)));
    return r;
  }

  /** The first claim that names a known spec, else the first claim (which names none). */
  first(claims: readonly string[]): Resolution | undefined {
    const all = claims.map((c) => this.resolve(c));
    return all.find((r) => r.spec !== undefined) ?? all[0];
  }

  /** Every spec the claims name, once each (two forms of one address name one spec), in the claims' order; empty when none resolves. */
  known(claims: readonly string[]): Spec[] {
    const specs = new Map<string, Spec>();
    for (const c of claims) {
      const r = this.resolve(c);
      if (r.spec !== undefined) specs.set(`${r.spec.id}@${r.spec.version}`, r.spec);
    }
    return [...specs.values()];
  }
}
