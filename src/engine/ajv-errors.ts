/** Turns one Ajv error into a finding: the code, the path of the value it is about, and the message parameters. */
import type { ErrorObject } from '../schema/ajv.js';
import type { Code, Localized, ParamValue } from '../report/index.js';
import { formatProblem } from '../coerce/index.js';
import { say, SCHEMA_RULES, valueText } from '../report/index.js';

export interface SchemaFinding {
  readonly code: Code;
  /** The JSON Schema keyword that failed. */
  readonly keyword: string;
  /** Path segments from the record to the value (property names and array indices). */
  readonly path: readonly string[];
  readonly params: Record<string, ParamValue>;
}

/** Splits a JSON Pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON Pointer from segments. */
export function toPointer(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The field name of a path: property names joined by dots, array indices dropped (image/2 -> image). */
export function fieldOf(path: readonly string[]): string {
  return path.filter((s) => !/^\d+$/.test(s)).join('.');
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => valueText(v)).join(', ') : valueText(values);
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

import { valueAt } from '../checks/values.js';

export { valueAt };

/** Maps an Ajv error (collected with allErrors) on a record to a finding. */
export function mapAjvError(e: ErrorObject, record: unknown): SchemaFinding {
  return { ...mapKeyword(e, record), keyword: e.keyword };
}

function mapKeyword(e: ErrorObject, record: unknown): Omit<SchemaFinding, 'keyword'> {
  const path = pointerSegments(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const limit = (): Record<string, ParamValue> => ({ limit: p.limit as number });
  switch (e.keyword) {
    case 'required':
      return { code: 'required-missing', path: [...path, String(p.missingProperty)], params: {} };
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return { code: 'unknown-property', path: [...path, String(p.additionalProperty ?? p.unevaluatedProperty)], params: {} };
    case 'type':
      return { code: 'wrong-type', path, params: { expected: String(p.type), found: jsonType(valueAt(record, path)) } };
    case 'enum':
      return { code: 'not-in-enum', path, params: { allowed: list(p.allowedValues) } };
    case 'const':
      return { code: 'not-const', path, params: { allowed: valueText(p.allowedValue) } };
    case 'pattern':
      return { code: 'pattern-mismatch', path, params: { pattern: String(p.pattern) } };
    case 'format': {
      // Ajv says only which format failed; the format's own check says what is wrong.
      const problem = formatProblem(String(p.format), valueAt(record, path));
      return { code: problem.code, path, params: { ...problem.params } };
    }
    case 'minLength':
      return { code: 'too-short', path, params: limit() };
    case 'maxLength':
      return { code: 'too-long', path, params: limit() };
    case 'minimum':
    case 'exclusiveMinimum':
      return { code: 'below-minimum', path, params: limit() };
    case 'maximum':
    case 'exclusiveMaximum':
      return { code: 'above-maximum', path, params: limit() };
    case 'minItems':
      return { code: 'too-few-items', path, params: limit() };
    case 'maxItems':
      return { code: 'too-many-items', path, params: limit() };
    case 'uniqueItems':
      return { code: 'duplicate-items', path, params: {} };
    default:
      return { code: 'schema-violation', path, params: { keyword: e.keyword, detail: ruleDetail(e) } };
  }
}

/** What the failed rule asks for, in both languages (SCHEMA_RULES); nothing more for a keyword the catalogue lacks (its name is said). */
function ruleDetail(e: ErrorObject): Localized {
  const rule = SCHEMA_RULES[e.keyword];
  if (rule === undefined || !Object.hasOwn(SCHEMA_RULES, e.keyword)) return { sv: '', en: '' };
  const p = Object.fromEntries(Object.entries(e.params as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'number' ? v : valueText(v)]));
  return { sv: say(rule, 'sv', p), en: say(rule, 'en', p) };
}
