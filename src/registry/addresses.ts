/**
 * The addresses the bundled specs have been published at, which a dataset's
 * `dcterms:conformsTo` may carry, and how an address is matched to a spec. Facts from
 * ../shared/specs-reference.md: the national portal's stable URIs
 * (dataportal.se/specifications/<slug>/<version>), the source repositories
 * (gitlab.com/lankadedata/spec/<slug> for the older specs, gitlab.com/sarskilt-viktiga-datamangder/<slug>
 * from 2022) and their rendered pages (lankadedata.se/spec/<slug>/, the repository's slug, except
 * levreskontra's page leverantorsreskontra).
 */

/** Where one bundled spec was published. */
export interface PublishedAt {
  /** Its slug on dataportal.se/specifications/<slug>/<version>. */
  readonly portal?: string;
  /** Its source repository on gitlab.com. */
  readonly repository?: string;
  /** Its rendered page's slug on lankadedata.se/spec/<slug>/. */
  readonly page?: string;
}

const SVD = 'sarskilt-viktiga-datamangder';

/** Bundled spec id -> where it was published. */
export const PUBLISHED: Readonly<Record<string, PublishedAt>> = {
  badplatser: { portal: 'badplatser', repository: 'lankadedata/spec/badplatser', page: 'badplatser' },
  utegym: { portal: 'utegym', repository: 'lankadedata/spec/utegym', page: 'utegym' },
  leverantorsreskontra: { repository: 'lankadedata/spec/levreskontra', page: 'leverantorsreskontra' },
  lekplatser: { portal: 'lekplatser' },
  grillplatser: { portal: 'grillplatser' },
  'digital-anslagstavla': { portal: 'anslag' },
  evenemang: { portal: 'evenemang', repository: `${SVD}/evenemang`, page: 'evenemang' },
  'lediga-tomter': { portal: 'ledigatomter', repository: `${SVD}/lediga-tomter`, page: 'lediga-tomter' },
  matsvinn: { portal: 'matsvinn', repository: `${SVD}/matsvinn`, page: 'matsvinn' },
  snorojning: { portal: 'snorojning', repository: `${SVD}/snorojning`, page: 'snorojning' },
  parkering: { portal: 'parking', repository: `${SVD}/bilparkering`, page: 'bilparkering' },
  'offentliga-toaletter': { repository: `${SVD}/public-toilets`, page: 'public-toilets' },
  'points-of-interest': { repository: `${SVD}/point-of-interest`, page: 'point-of-interest' },
  sevardheter: { repository: `${SVD}/sevaerdheter`, page: 'sevaerdheter' },
  'offentlig-konst': { repository: `${SVD}/offentlig-konst`, page: 'offentlig-konst' },
  hundrastgardar: { repository: `${SVD}/dog-parks`, page: 'dog-parks' },
};

/**
 * The form in which two spec addresses are compared: scheme, "www.", the host's case, the
 * portal's language (/sv/, /en/), a trailing slash and a schema.json beside the page do not matter
 * (datasets write https://www.dataportal.se/specifications/badplatser/1.0 as well).
 */
export function normalizeSpecUrl(url: string): string {
  const bare = url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '');
  // Trailing / # ? cut by hand: the regular expression /[/#?]+$/ takes quadratic time on a long run of them.
  let end = bare.length;
  while (end > 0 && '/#?'.includes(bare[end - 1] as string)) end--;
  const cut = bare.slice(0, end).replace(/^[^/]+/, (host) => host.toLowerCase());
  return cut.replace(/^dataportal\.se\/(?:sv|en)\/specifications\//, 'dataportal.se/specifications/').replace(/^(lankadedata\.se\/spec\/[^/]+)\/schema\.json$/, '$1');
}

/** What an address names: a bundled spec (and the version, for the portal's addresses). */
export interface AddressTarget {
  readonly id: string;
  readonly version?: string;
}

/** The bundled spec an address names, or undefined. */
export function bundledSpecAt(url: string): AddressTarget | undefined {
  const a = normalizeSpecUrl(url);
  const portal = /^dataportal\.se\/specifications\/([^/]+)\/([^/]+)$/.exec(a);
  const page = /^lankadedata\.se\/spec\/([^/]+)$/.exec(a);
  const repository = /^gitlab\.com\/(.+)$/.exec(a);
  for (const [id, at] of Object.entries(PUBLISHED)) {
    if (portal !== null && at.portal === portal[1]) return { id, version: portal[2] as string };
    if (page !== null && at.page === page[1]) return { id };
    if (repository !== null && at.repository === repository[1]) return { id };
  }
  return undefined;
}

/** Every address of a bundled spec, in the form datasets most often write it (for messages and docs). */
export function addressesOf(id: string, version: string): string[] {
  const at = PUBLISHED[id];
  if (at === undefined) return [];
  return [
    ...(at.portal !== undefined ? [`https://dataportal.se/specifications/${at.portal}/${version}`] : []),
    ...(at.page !== undefined ? [`https://lankadedata.se/spec/${at.page}/`] : []),
    ...(at.repository !== undefined ? [`https://gitlab.com/${at.repository}`] : []),
  ];
}

/** The specs whose slugs are closest to the address's last part, best first. */
export function closestSpecs(url: string, ids: readonly string[], n = 3): string[] {
  const last = normalizeSpecUrl(url).split('/').filter((p) => p !== '' && !/^\d+(\.\d+)*$/.test(p)).pop() ?? '';
  const word = last.toLowerCase().slice(0, 100);
  const scored = ids.map((id) => {
    const at = PUBLISHED[id] ?? {};
    const names = [id, at.portal, at.page, at.repository?.split('/').pop()].filter((s): s is string => s !== undefined);
    return { id, d: Math.min(...names.map((s) => distance(word, s))) };
  });
  return scored.sort((x, y) => x.d - y.d || x.id.localeCompare(y.id)).slice(0, n).map((s) => s.id);
}

/** Edit distance (Levenshtein) between two short words. */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] as number;
}
