/** Reads one spec file, checks it against the meta-schema and its own consistency, and builds the Spec. */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DatakollError } from '../errors.js';
import { jsonProblemWords, unreadableParams } from '../input/index.js';
import type { Bilingual as Text } from '../errors.js';
import { compileCached } from '../schema/compile-cache.js';
import { PatternRefused } from '../schema/pattern-error.js';
import type { ValidateFunction } from '../schema/ajv.js';
import type { Attribute, Bilingual, Coordinates, Rule, Spec } from './spec.js';
import { DEFAULT_MIN_DECIMALS } from './spec.js';
import { isContainer, isObject, rowRequired, walkProperties } from './attributes.js';
import { reasonText, sayBoth, SPEC_PROBLEMS, type SpecStatus } from '../report/index.js';
import { MAX_SPEC_ATTRIBUTES, MAX_SPEC_BYTES, specShapeProblem } from './limits.js';
import { recordsOf, sourcesOf } from './sources.js';
import { compileProblem, metaProblems } from './meta-problems.js';

/** The folder of bundled specs (specs/ at the package root, two levels above src/registry or dist/registry). */
export const BUNDLED_SPECS_DIR = fileURLToPath(new URL('../../specs/', import.meta.url));
export const META_SCHEMA_FILE = `${BUNDLED_SPECS_DIR}meta-schema.json`;

type MetaValidator = ((data: unknown) => boolean) & { errors?: ValidateFunction['errors'] };
let metaValidator: MetaValidator | undefined;

/**
 * The meta-schema's validator. The build precompiles it (scripts/build-meta.mjs) so a CLI start
 * does not pay for compiling it; the precompiled one is used only while its recorded hash matches
 * the meta-schema file, and otherwise (or when running from source) it is compiled here.
 */
function meta(): MetaValidator {
  if (metaValidator !== undefined) return metaValidator;
  const bytes = readFileSync(META_SCHEMA_FILE);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const pre = createRequire(import.meta.url)('../schema/meta-validator.cjs') as MetaValidator & { sha256?: string; default?: MetaValidator };
    const fn = pre.default ?? pre;
    if (pre.sha256 === sha256 && typeof fn === 'function') return (metaValidator = fn);
  } catch {
    // Not built (running from source): compile below.
  }
  return (metaValidator = compileCached('meta-schema', JSON.parse(bytes.toString('utf8')) as object));
}

/** A spec error naming the file; a problem given as one string is the same in both languages (a quote, or Ajv's words). */
function specError(file: string, problem: Text): DatakollError {
  return new DatakollError('spec', 'spec-invalid', { file, problem });
}

type Raw = Record<string, unknown>;

/** A problem with a name in it, in both languages. */
const names = (problem: keyof typeof SPEC_PROBLEMS, name: string, more: Readonly<Record<string, string | Text>> = {}): Text => sayBoth(SPEC_PROBLEMS[problem], { name: JSON.stringify(name), ...more });

/** The file's bytes, or undefined past `max` (read no further than that, whatever the file claims). */
function readBounded(file: string, max = Infinity): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > max) return undefined;
    const buf = Buffer.alloc(Math.min(max, size) + 1);
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, n);
    return n > max ? undefined : buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Loads and checks a spec file; throws a DatakollError naming the file and the problem. */
export function loadSpecFile(file: string, bundled: boolean): Spec {
  let bytes: Buffer | undefined;
  try {
    bytes = readBounded(file, MAX_SPEC_BYTES);
  } catch (e) {
    const why = unreadableParams(e);
    throw new DatakollError('usage', 'spec-unreadable', { file, reason: { en: reasonText('file-unreadable', 'en', why), sv: reasonText('file-unreadable', 'sv', why) } });
  }
  if (bytes === undefined) {
    const mib = MAX_SPEC_BYTES / 1024 / 1024;
    throw specError(file, sayBoth(SPEC_PROBLEMS['too-large'], { mib }));
  }
  const text = bytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Where and why, in the catalogue's words (JSON.parse's own message is English).
    throw specError(file, jsonProblemWords(text) ?? SPEC_PROBLEMS['not-json']);
  }
  return buildSpec(raw, file, bytes, bundled);
}

/** Checks a parsed spec object and builds the Spec; `bytes` are hashed for the report. */
export function buildSpec(raw: unknown, file: string, bytes: Buffer, bundled: boolean): Spec {
  // The shape first: the meta-schema's own validator recurses as deep as the spec nests.
  const shape = specShapeProblem(raw);
  if (shape !== undefined) throw specError(file, shape);
  const validate = meta();
  if (!validate(raw)) {
    throw specError(file, sayBoth(SPEC_PROBLEMS['meta-schema'], { detail: metaProblems(validate.errors ?? []) }));
  }
  const s = raw as Raw;
  const columns = s['x-columns'] as string[];
  if (columns.length > MAX_SPEC_ATTRIBUTES) throw specError(file, sayBoth(SPEC_PROBLEMS['too-many-attributes'], { max: MAX_SPEC_ATTRIBUTES }));
  const { leaves, containers } = walkProperties(s.properties as Record<string, Raw>, new Set(rowRequired(s)));
  const notAttribute = (what: string | Text, name: string): DatakollError =>
    specError(file, names('not-an-attribute', name, { what }));
  for (const c of columns) if (!leaves.has(c)) throw notAttribute('x-columns', c);
  const listed = new Set(columns);
  for (const n of leaves.keys()) if (!listed.has(n)) throw specError(file, names('missing-from-columns', n));
  checkRequired(s, file);
  const uniqueKey = (s['x-unique-key'] as string[] | undefined) ?? [];
  for (const k of uniqueKey) if (!leaves.has(k)) throw notAttribute('x-unique-key', k);
  const coordinates = coordinatesOf(s, leaves, file);
  const rules = (s['x-rules'] as Rule[] | undefined) ?? [];
  for (const r of rules) for (const name of ruleFields(r)) if (!leaves.has(name)) throw notAttribute(sayBoth(SPEC_PROBLEMS['rule-of-type'], { type: r.type }), name);
  const publisherField = s['x-publisher-field'] as string | undefined;
  if (publisherField !== undefined && !leaves.has(publisherField)) throw notAttribute('x-publisher-field', publisherField);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    compileCached(sha256, s, !bundled);
  } catch (e) {
    throw specError(file, e instanceof PatternRefused ? { en: e.message, sv: e.sv } : compileProblem((e as Error).message));
  }
  const attributes = columns.map((name) => leaves.get(name) as Attribute);
  return {
    id: s['x-id'] as string,
    version: s['x-version'] as string,
    title: s['x-title'] as Bilingual,
    status: s['x-status'] as SpecStatus,
    ...optional('statusNote', s['x-status-note']),
    ...optional('officialUrl', s['x-official-url']),
    sources: sourcesOf(s, file),
    license: s['x-license'] as string,
    ...optional('rank', s['x-rank']),
    ...optional('area', s['x-area']),
    ...optional('formSeverity', s['x-form-severity']),
    columns,
    uniqueKey,
    ...(coordinates !== undefined ? { coordinates } : {}),
    rules,
    ...(publisherField !== undefined ? { publisherField } : {}),
    ...optional('records', recordsOf(s)),
    attributes,
    containers,
    allowsExtra: s.additionalProperties !== false,
    schema: s,
    file,
    sha256,
    bundled,
  };
}

/** x-coordinates, checked: latitude and longitude name number attributes, point an array of numbers. */
function coordinatesOf(s: Raw, leaves: ReadonlyMap<string, Attribute>, file: string): Coordinates | undefined {
  const c = s['x-coordinates'] as { latitude?: string; longitude?: string; point?: string; order?: string; 'min-decimals'?: number } | undefined;
  if (c === undefined) return undefined;
  const minDecimals = c['min-decimals'] ?? DEFAULT_MIN_DECIMALS;
  if (c.point !== undefined) {
    const a = leaves.get(c.point);
    if (!(a?.types.includes('array') && a.items?.types.includes('number'))) {
      throw specError(file, names('point-not-numbers', c.point));
    }
    return { kind: 'point', point: c.point, latitudeFirst: c.order === 'latitude-longitude', minDecimals };
  }
  const [latitude, longitude] = [c.latitude as string, c.longitude as string];
  for (const name of [latitude, longitude]) {
    if (!leaves.get(name)?.types.includes('number')) throw specError(file, names('coordinate-not-number', name));
  }
  return { kind: 'pair', latitude, longitude, minDecimals };
}

/** The attributes a rule names. */
function ruleFields(r: Rule): readonly string[] {
  switch (r.type) {
    case 'not-before':
      return [r.start, r.end];
    case 'required-with':
      return [r.field, r.with];
    case 'one-of-required':
      return r.fields;
  }
}

function optional<K extends string>(key: K, value: unknown): Partial<Record<K, never>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, never>>;
}

/** Every `required` list, at any depth, names properties that exist beside it. */
function checkRequired(schema: Raw, file: string, at = ''): void {
  const props = isObject(schema.properties) ? schema.properties : {};
  for (const r of at === '' ? rowRequired(schema) : ((schema.required as string[] | undefined) ?? [])) {
    const where = at === '' ? '' : ` (${at})`;
    if (!(r in props)) throw specError(file, names('required-not-in-properties', r, { at: where }));
  }
  for (const [name, p] of Object.entries(props)) if (isObject(p) && isContainer(p)) checkRequired(p, file, at === '' ? name : `${at}.${name}`);
}
