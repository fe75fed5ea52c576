/** The one place Ajv is configured: draft 2020-12, datakoll's x- keywords, formats, and a compile cache. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import * as formatsModule from 'ajv-formats';
import { createRequire } from 'node:module';
import type { RE2JS as RE2JSType } from 're2js';

// Loaded only when a user's own spec is compiled.
let re2: typeof RE2JSType | undefined;
const loadRe2 = (): typeof RE2JSType => (re2 ??= (createRequire(import.meta.url)('re2js') as { RE2JS: typeof RE2JSType }).RE2JS);
import { OWN_FORMATS } from '../coerce/own-formats.js';

/** Annotation keywords datakoll adds to JSON Schema; documented in specs/README.md. */
export const SPEC_KEYWORDS = [
  'x-id',
  'x-version',
  'x-title',
  'x-status',
  'x-status-note',
  'x-official-url',
  'x-source',
  'x-license',
  'x-rank',
  'x-area',
  'x-columns',
  'x-unique-key',
  'x-form-severity',
  'x-coordinates',
  'x-rules',
  'x-publisher-field',
] as const;

export const ATTRIBUTE_KEYWORDS = ['x-datatype', 'x-provenance', 'x-description', 'x-example', 'x-csv-separator'] as const;

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS; under NodeNext its default export arrives one level down.
const fm = formatsModule as unknown as { default: FormatsPlugin | { default: FormatsPlugin } };
const addFormats: FormatsPlugin = typeof fm.default === 'function' ? fm.default : fm.default.default;

const instances = new Map<boolean, Ajv2020>();

/**
 * Runs a spec's regular expressions on RE2 (re2js: linear time, no backtracking), so a pattern in a
 * user's own spec can never hang datakoll, however it is written.
 */
/**
 * A pattern that cannot backtrack badly: no quantified group and at most one unbounded quantifier
 * (*, +, {n,}) outside character classes. Such patterns run on JavaScript's faster engine.
 */
export function isSimplePattern(pattern: string): boolean {
  let unbounded = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ')' && /^[*+?{]/.test(pattern.slice(i + 1))) return false;
    else if (c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(pattern.slice(i)))) unbounded++;
  }
  return unbounded <= 1;
}

const linearRegExp = Object.assign(
  (pattern: string, flags: string): { test: (s: string) => boolean; toString: () => string } => {
    if (isSimplePattern(pattern)) return new RegExp(pattern, flags);
    let re: RE2JSType;
    const RE2JS = loadRe2();
    try {
      re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    } catch (e) {
      throw new Error(`the pattern ${JSON.stringify(pattern)} cannot run on datakoll's linear-time engine (RE2: no lookaround, no backreferences): ${(e as Error).message}`);
    }
    // Ajv keys its compiled patterns by toString(), so each must say which pattern it is.
    return { test: (s: string) => re.test(s), toString: () => `re2:${pattern}` };
  },
  { code: 're2js' },
);

/**
 * The shared Ajv instances (created on first use). `linear` is for specs the user brings: their
 * patterns run on RE2 instead of the backtracking engine. The bundled specs are reviewed and
 * use JavaScript's own, faster engine.
 */
export function ajv(linear = false): Ajv2020 {
  const existing = instances.get(linear);
  if (existing !== undefined) return existing;
  const a = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // Specs are data: a remote $ref is never fetched (no loadSchema is configured).
    validateFormats: true,
    ...(linear ? { code: { regExp: linearRegExp } } : {}),
  });
  addFormats(a);
  for (const [name, check] of Object.entries(OWN_FORMATS)) a.addFormat(name, { type: 'string', validate: check });
  for (const k of [...SPEC_KEYWORDS, ...ATTRIBUTE_KEYWORDS]) a.addKeyword({ keyword: k });
  instances.set(linear, a);
  return a;
}

const cache = new Map<string, ValidateFunction>();

/** Compiles a schema once per key (a spec's hash); throws Ajv's error for a broken schema. */
export function compileCached(key: string, schema: object, linear = false): ValidateFunction {
  const k = linear ? `${key}:linear` : key;
  let v = cache.get(k);
  if (v === undefined) {
    // $id is dropped: two versions of one spec may share it, and Ajv keeps ids globally.
    const rest: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
    delete rest.$id;
    v = ajv(linear).compile(rest);
    cache.set(k, v);
  }
  return v;
}

export type { ValidateFunction, ErrorObject } from 'ajv';
