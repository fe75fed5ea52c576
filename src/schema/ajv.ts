/**
 * The one place Ajv is configured: draft 2020-12, datakoll's x- keywords, formats, and a compile
 * cache.
 *
 * Start-up time (issue #7): Ajv is loaded only when a schema has to be compiled, from one file the
 * build bundles it into, and the build (scripts/build-meta.mjs) precompiles what every run would
 * otherwise compile again: the draft 2020-12 meta-schema that Ajv checks each schema against, and
 * the bundled specs' validators. Such a validator is Ajv's own standalone code for the same schema
 * and options, found by the sha256 of the schema's JSON, so it is only used for exactly the schema
 * it was made from. Running from source (the tests), neither file exists and Ajv compiles all.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import type { Format, ValidateFunction } from 'ajv';
import { OWN_FORMATS } from '../coerce/own-formats.js';
import { provenLinear, re2RegExp, schemaPatterns, withPatternBudget } from './patterns.js';
import { ucs2length } from './ucs2length.js';

const load = createRequire(import.meta.url);

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

/** The meta-schema of the specs' JSON Schema dialect. */
export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

export type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;

const instances = new Map<boolean, Ajv2020>();

let own: Readonly<Record<string, Format>> | undefined;
let formats: Readonly<Record<string, Format>> | undefined;

/** datakoll's own formats as Ajv takes them. */
function ownFormats(): Readonly<Record<string, Format>> {
  return (own ??= Object.fromEntries(Object.entries(OWN_FORMATS).map(([name, check]) => [name, { type: 'string' as const, validate: check }])));
}

/**
 * Every format an Ajv instance knows, by name: ajv-formats' full set, then datakoll's own (which
 * replace some of them), as newAjv() adds them. A precompiled validator is given this table.
 */
export function formatTable(): Readonly<Record<string, Format>> {
  if (formats !== undefined) return formats;
  const { fullFormats } = load('ajv-formats/dist/formats') as { fullFormats: Record<string, Format> };
  // (ajv-formats' own copy when Ajv comes from the bundle: the same definitions, one small file.)
  return (formats = { ...fullFormats, ...ownFormats() });
}

/** The file the build bundles Ajv and ajv-formats into (one module to load instead of about ninety). */
export const AJV_BUNDLE = 'ajv-bundle.cjs';
/** What the bundle exports: these packages' exports, by specifier. */
export const AJV_BUNDLE_ENTRIES = ['ajv/dist/2020.js', 'ajv-formats', 'ajv/dist/runtime/ucs2length.js'] as const;

/** The Ajv class and the ajv-formats plugin an instance is made with. */
export interface AjvModules {
  readonly Ajv: typeof Ajv2020;
  readonly addFormats: FormatsPlugin;
}

let ajvClass: typeof Ajv2020 | undefined;
let addFormats: FormatsPlugin | undefined;

/** Ajv and ajv-formats: from the build's bundle beside this module, or (running from source) the packages. */
function loadAjv(): AjvModules {
  if (ajvClass === undefined || addFormats === undefined) {
    let m: Record<(typeof AJV_BUNDLE_ENTRIES)[number], unknown>;
    try {
      m = load(`./${AJV_BUNDLE}`) as typeof m;
      // The bundle's own copy of Ajv's character count (the packages' copy is left alone): ours
      // gives the same lengths, faster. Ajv takes it when it compiles a schema.
      (m['ajv/dist/runtime/ucs2length.js'] as { default: (s: string) => number }).default = ucs2length;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
      m = { 'ajv/dist/2020.js': load('ajv/dist/2020.js'), 'ajv-formats': load('ajv-formats'), 'ajv/dist/runtime/ucs2length.js': undefined };
    }
    ajvClass = (m['ajv/dist/2020.js'] as { Ajv2020: typeof Ajv2020 }).Ajv2020;
    // ajv-formats is CommonJS; its plugin is the module itself (and its default export).
    const plugin = m['ajv-formats'] as FormatsPlugin & { default?: FormatsPlugin };
    addFormats = plugin.default ?? plugin;
  }
  return { Ajv: ajvClass, addFormats };
}

/**
 * A new Ajv instance with datakoll's configuration; `linear` runs patterns on RE2. `extra` and
 * `modules` are for the build, which generates standalone code with the same configuration (and
 * the packages' Ajv, whose codegen it uses).
 */
export function newAjv(linear: boolean, extra: Options = {}, modules: AjvModules = loadAjv()): Ajv2020 {
  const { Ajv: AjvClass, addFormats } = modules;
  const a = new AjvClass({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // Specs are data: a remote $ref is never fetched (no loadSchema is configured).
    validateFormats: true,
    ...extra,
    ...(linear ? { code: { ...extra.code, regExp: re2RegExp } } : {}),
  });
  // ajv-formats adds its formats and the formatMinimum/formatMaximum keywords; ours then replace some formats.
  addFormats(a);
  for (const [name, format] of Object.entries(ownFormats())) a.addFormat(name, format);
  for (const k of [...SPEC_KEYWORDS, ...ATTRIBUTE_KEYWORDS]) a.addKeyword({ keyword: k });
  return a;
}

/**
 * A precompiled module: a factory that takes the format table and the character count (used in
 * place of Ajv's, see ucs2length.ts) and returns the validator.
 */
type Precompiled = (formats: Readonly<Record<string, Format>>, count: (s: string) => number) => ValidateFunction | { default: ValidateFunction };

/** The build's validator for this name (dist/schema/precompiled/<name>.cjs), or undefined (none, or running from source). */
function precompiled(name: string): ValidateFunction | undefined {
  let factory: Precompiled;
  try {
    factory = load(`./precompiled/${name}.cjs`) as Precompiled;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw e;
  }
  const v = factory(formatTable(), ucs2length);
  return typeof v === 'function' ? v : v.default;
}

/** The name a schema's precompiled validator has: the sha256 of its JSON. */
export function precompiledName(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/** The file name of the precompiled draft 2020-12 meta-schema validator. */
export const META_VALIDATOR_NAME = 'draft-2020-12';

/**
 * The shared Ajv instances (created on first use). `linear` is for specs the user brings (and a
 * bundled spec with a pattern not proven linear): their patterns run on RE2 instead of the
 * backtracking engine. The other bundled specs use JavaScript's own, faster engine.
 */
export function ajv(linear = false): Ajv2020 {
  const existing = instances.get(linear);
  if (existing !== undefined) return existing;
  const a = newAjv(linear);
  // Ajv checks every schema against the meta-schema first; the build's validator of it saves
  // compiling the meta-schema (with all its vocabularies) in every process.
  const meta = a.schemas[DRAFT_2020_12];
  if (meta !== undefined && meta.validate === undefined) {
    const pre = precompiled(META_VALIDATOR_NAME);
    if (pre !== undefined) meta.validate = pre;
  }
  instances.set(linear, a);
  return a;
}

const cache = new Map<string, { readonly validate: ValidateFunction; readonly schema: object; readonly linear: boolean }>();

/**
 * Compiles a schema once per key (a spec's hash); `linear` runs its patterns on RE2. Throws Ajv's
 * error for a broken schema, and PatternRefused for a pattern RE2 cannot run.
 */
export function compileCached(key: string, schema: object, linear = false): ValidateFunction {
  const k = linear ? `${key}:linear` : key;
  let c = cache.get(k);
  if (c === undefined) {
    // $id is dropped: two versions of one spec may share it, and Ajv keeps ids globally.
    const rest: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
    delete rest.$id;
    // A bundled spec keeps JavaScript's engine only when every pattern in it is proven linear there.
    const re2 = linear || !schemaPatterns(rest).every(provenLinear);
    // Only the bundled specs' validators are precompiled (a user's spec runs its patterns on RE2).
    const validate = (re2 ? undefined : precompiled(precompiledName(rest))) ?? withPatternBudget(() => ajv(re2).compile(rest));
    c = { validate, schema: rest, linear: re2 };
    cache.set(k, c);
  }
  return c.validate;
}

/** The schemas compiled so far, as given to Ajv (the build precompiles the bundled specs' from these). */
export function compiledSchemas(): { readonly schema: object; readonly linear: boolean }[] {
  return [...cache.values()].map(({ schema, linear }) => ({ schema, linear }));
}

export type { ValidateFunction, ErrorObject } from 'ajv';
