/**
 * Whether a JSON value read as a harvest report (--since, harvest merge) has the shape the harvest
 * wrote: every entry and every field the summary and the formats read, with its type, so that a
 * report edited by hand or cut short is refused with where it is broken (a detail such as
 * `entries[3].status`), not met later as an internal error.
 */
import { CODES } from '../report/index.js';

type Check = (v: unknown) => boolean;

const STATUSES = new Set(['valid', 'invalid', 'unreadable', 'no-claim', 'unknown-spec', 'no-url']);
const CARRIED = new Set(['etag', 'last-modified', 'sha256']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const strings: Check = (v) => Array.isArray(v) && v.every(str);
const oneOf =
  (set: ReadonlySet<string>): Check =>
  (v) =>
    typeof v === 'string' && set.has(v);

/** The first field of `v` that is missing (when required) or of the wrong type, or undefined. */
function badField(v: Record<string, unknown>, required: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): string | undefined {
  for (const [key, check] of Object.entries(required)) if (!check(v[key])) return key;
  for (const [key, check] of Object.entries(optional)) if (v[key] !== undefined && !check(v[key])) return key;
  return undefined;
}

const diagnostic: Check = (v) => isObject(v) && Object.hasOwn(CODES, v.code as string) && oneOf(SEVERITIES)(v.severity) && (v.params === undefined || isObject(v.params));
const score: Check = (v) => isObject(v) && badField(v, { rowsOkShare: num, structure: str, level: str }) === undefined;
const group: Check = (v) => isObject(v) && badField(v, { code: (c) => Object.hasOwn(CODES, c as string), severity: oneOf(SEVERITIES), count: num, examples: (e) => Array.isArray(e) && e.every(diagnostic) }, { field: str }) === undefined;
const result: Check = (v) => isObject(v) && badField(v, { rows: num, errors: num, warnings: num, infos: num, score, groups: (g) => Array.isArray(g) && g.every(group) }, { problem: diagnostic }) === undefined;
const unknownClaim: Check = (v) => isObject(v) && str(v.claim) && (v.why === 'unknown' || v.why === 'version');

const ENTRY_REQUIRED = { dataset: str, title: str, publisher: str, distribution: str, url: str, conformsTo: strings, status: oneOf(STATUSES) };
const ENTRY_OPTIONAL = { format: str, spec: str, unknownClaim, result, etag: str, lastModified: str, sha256: str, carried: oneOf(CARRIED) };

/** Where a report's value is broken (`catalogue`, `entries[3].status`), or undefined when it has the harvest's shape. */
export function brokenAt(r: Record<string, unknown>): string | undefined {
  const top = badField(r, { catalogue: str, startedAt: str, entries: Array.isArray }, { shard: (s) => isObject(s) && num(s.index) && num(s.count), mergedFrom: num });
  if (top !== undefined) return top;
  const entries = r.entries as unknown[];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!isObject(e)) return `entries[${i}]`;
    const field = badField(e, ENTRY_REQUIRED, ENTRY_OPTIONAL);
    if (field !== undefined) return `entries[${i}].${field}`;
  }
  return undefined;
}
