/**
 * The one compile cache: each schema is compiled once per process and key (a spec's hash), from
 * the build's precompiled validator when there is one, else by Ajv.
 */
import type { ValidateFunction } from 'ajv';
import { ajv } from './ajv.js';
import { precompiled, precompiledName } from './precompiled.js';
import { provenLinear, schemaPatterns, withPatternBudget } from './patterns.js';

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

