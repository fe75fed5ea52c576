/**
 * The one place Ajv is configured: draft 2020-12, datakoll's x- keywords and formats. Schemas are
 * compiled through the one cache in compile-cache.ts; precompiled.ts loads the build's validators.
 *
 * Start-up time (issue #7): Ajv is loaded only when a schema has to be compiled, from one file the
 * build bundles it into, and the build (scripts/build-meta.mjs) precompiles what every run would
 * otherwise compile again: the draft 2020-12 meta-schema that Ajv checks each schema against, and
 * the bundled specs' validators. Such a validator is Ajv's own standalone code for the same schema
 * and options, found by the sha256 of the schema's JSON, so it is only used for exactly the schema
 * it was made from. Running from source (the tests), neither file exists and Ajv compiles all.
 */
import { createRequire } from 'node:module';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';

import { re2RegExp } from './patterns.js';
import { ucs2length } from './ucs2length.js';
import { META_VALIDATOR_NAME, ownFormats, precompiled } from './precompiled.js';

export { formatTable, precompiledName, META_VALIDATOR_NAME } from './precompiled.js';

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
  'x-records',
] as const;

export const ATTRIBUTE_KEYWORDS = ['x-datatype', 'x-provenance', 'x-description', 'x-example', 'x-csv-separator', 'x-csv-array', 'x-seen-in'] as const;

/** The meta-schema of the specs' JSON Schema dialect. */
export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

export type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;

const instances = new Map<boolean, Ajv2020>();

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

export type { ValidateFunction, ErrorObject } from 'ajv';
