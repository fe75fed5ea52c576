/**
 * The build's precompiled validators (dist/schema/precompiled/<name>.cjs, made by
 * scripts/build-meta.mjs): the draft 2020-12 meta-schema's and the bundled specs', each Ajv's own
 * standalone code for exactly the schema it was made from (found by the sha256 of its JSON), and
 * the table of formats they are given.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Format, ValidateFunction } from 'ajv';
import { OWN_FORMATS } from '../coerce/own-formats.js';
import { ucs2length } from './ucs2length.js';

const load = createRequire(import.meta.url);

let own: Readonly<Record<string, Format>> | undefined;
let formats: Readonly<Record<string, Format>> | undefined;

/** datakoll's own formats as Ajv takes them. */
export function ownFormats(): Readonly<Record<string, Format>> {
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

/**
 * A precompiled module: a factory that takes the format table and the character count (used in
 * place of Ajv's, see ucs2length.ts) and returns the validator.
 */
type Precompiled = (formats: Readonly<Record<string, Format>>, count: (s: string) => number) => ValidateFunction | { default: ValidateFunction };

/** The build's validator for this name (dist/schema/precompiled/<name>.cjs), or undefined (none, or running from source). */
export function precompiled(name: string): ValidateFunction | undefined {
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

