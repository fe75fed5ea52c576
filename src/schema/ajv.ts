/** The one place Ajv is configured: draft 2020-12, datakoll's x- keywords, formats, and a compile cache. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import * as formatsModule from 'ajv-formats';
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
  'x-coordinates',
  'x-rules',
  'x-publisher-field',
] as const;

export const ATTRIBUTE_KEYWORDS = ['x-datatype', 'x-provenance', 'x-description', 'x-example', 'x-csv-separator'] as const;

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS; under NodeNext its default export arrives one level down.
const fm = formatsModule as unknown as { default: FormatsPlugin | { default: FormatsPlugin } };
const addFormats: FormatsPlugin = typeof fm.default === 'function' ? fm.default : fm.default.default;

let instance: Ajv2020 | undefined;

/** The shared Ajv instance (created on first use). */
export function ajv(): Ajv2020 {
  if (instance !== undefined) return instance;
  const a = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // Specs are data: a remote $ref is never fetched (no loadSchema is configured).
    validateFormats: true,
  });
  addFormats(a);
  for (const [name, check] of Object.entries(OWN_FORMATS)) a.addFormat(name, { type: 'string', validate: check });
  for (const k of [...SPEC_KEYWORDS, ...ATTRIBUTE_KEYWORDS]) a.addKeyword({ keyword: k });
  instance = a;
  return a;
}

const cache = new Map<string, ValidateFunction>();

/** Compiles a schema once per key (a spec's hash); throws Ajv's error for a broken schema. */
export function compileCached(key: string, schema: object): ValidateFunction {
  let v = cache.get(key);
  if (v === undefined) {
    // $id is dropped: two versions of one spec may share it, and Ajv keeps ids globally.
    const rest: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
    delete rest.$id;
    v = ajv().compile(rest);
    cache.set(key, v);
  }
  return v;
}

export type { ValidateFunction, ErrorObject } from 'ajv';
