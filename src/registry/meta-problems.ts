/**
 * Why a spec does not follow datakoll's meta-schema, in the catalogue's words: each of Ajv's
 * errors (at most five) said by its keyword and parameters, at its place in the spec, never in
 * Ajv's own English.
 */
import type { ErrorObject } from '../schema/ajv.js';
import { sayBoth, SPEC_META_PROBLEMS, type Templates } from '../report/index.js';

const SHOWN = 5;

/** One error of the meta-schema: where in the spec, and what the rule asks for. */
function problemOf(e: ErrorObject): Templates {
  const p = e.params as Record<string, unknown>;
  const at = e.instancePath === '' ? SPEC_META_PROBLEMS.top : e.instancePath;
  const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => JSON.stringify(x)).join(', ') : String(v));
  switch (e.keyword) {
    case 'required':
      return sayBoth(SPEC_META_PROBLEMS.required, { at, name: String(p.missingProperty) });
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return sayBoth(SPEC_META_PROBLEMS.unknown, { at, name: String(p.additionalProperty ?? p.unevaluatedProperty) });
    case 'type':
      return sayBoth(SPEC_META_PROBLEMS.type, { at, type: list(p.type) });
    case 'enum':
      return sayBoth(SPEC_META_PROBLEMS.enum, { at, allowed: list(p.allowedValues) });
    case 'const':
      return sayBoth(SPEC_META_PROBLEMS.const, { at, allowed: JSON.stringify(p.allowedValue) });
    case 'pattern':
      return sayBoth(SPEC_META_PROBLEMS.pattern, { at, pattern: String(p.pattern) });
    case 'minItems':
    case 'minLength':
    case 'minProperties':
      return sayBoth(SPEC_META_PROBLEMS.empty, { at });
    default:
      return sayBoth(SPEC_META_PROBLEMS.other, { at, keyword: e.keyword });
  }
}

/** The meta-schema's errors as one text in each language, the first five joined by semicolons. */
export function metaProblems(errors: readonly ErrorObject[]): Templates {
  const said = errors.slice(0, SHOWN).map(problemOf);
  const more = errors.length > SHOWN ? [sayBoth(SPEC_META_PROBLEMS.more, { count: errors.length - SHOWN })] : [];
  const all = [...said, ...more];
  return { sv: all.map((t) => t.sv).join('; '), en: all.map((t) => t.en).join('; ') };
}

/**
 * Why Ajv could not compile a spec that passed the meta-schema, in the catalogue's words where
 * Ajv's message is one datakoll knows (an unknown keyword or format in strict mode); otherwise
 * Ajv's own message, said to be Ajv's.
 */
export function compileProblem(message: string): Templates {
  const keyword = /unknown keyword: "([^"]{1,200})"/.exec(message);
  if (keyword !== null) return sayBoth(SPEC_META_PROBLEMS['unknown-keyword'], { name: keyword[1] });
  const format = /unknown format "([^"]{1,200})"/.exec(message);
  if (format !== null) return sayBoth(SPEC_META_PROBLEMS['unknown-format'], { name: format[1] });
  return sayBoth(SPEC_META_PROBLEMS.compile, { detail: message.slice(0, 500) });
}
