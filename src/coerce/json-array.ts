/** The CSV cell of a list the spec writes as JSON (x-csv-array: json): the list read, or FAIL and why. */
import type { Coercer, ColumnCoercer } from './coerce.js';
import { FAIL } from './fail.js';
import type { FormatProblem } from './own-formats.js';

/**
 * An array attribute whose CSV cell holds the list written as JSON (x-csv-array: json), as the
 * livsmedelskontroller specification's examples write it (["A01","J02"], [55.60616,13.000366]):
 * each value must be a JSON value of the items' type, and a text is then read as the items' format.
 */
export function jsonArrayCoercer(type: string | undefined, item: ColumnCoercer): ColumnCoercer {
  const read = (v: unknown): unknown => {
    if (type === 'integer') return typeof v === 'number' && Number.isInteger(v) ? v : FAIL;
    if (type === 'number' || type === 'boolean') return typeof v === type ? v : FAIL;
    return typeof v === 'string' ? item.coerce(v) : FAIL;
  };
  const parse = (raw: string): unknown[] | undefined => {
    try {
      const v: unknown = JSON.parse(raw);
      return Array.isArray(v) ? v : undefined;
    } catch {
      return undefined;
    }
  };
  const coerce: Coercer = (raw) => {
    const list = parse(raw);
    if (list === undefined) return FAIL;
    const out: unknown[] = [];
    for (const v of list) {
      const r = read(v);
      if (r === FAIL) return FAIL;
      out.push(r);
    }
    return out;
  };
  // Not a JSON list, or the first value that fails: its own words (a text's format, or the type's).
  const explain = (raw: string): FormatProblem => {
    const list = parse(raw);
    if (list === undefined) return { code: 'invalid-json-array', params: {} };
    const bad = list.find((v) => read(v) === FAIL);
    const text = type === undefined || type === 'string';
    if (typeof bad === 'string' && text) return item.explain?.(bad) ?? { code: item.code, params: {} };
    const found = bad === null ? 'null' : Array.isArray(bad) ? 'array' : typeof bad === 'number' && Number.isInteger(bad) ? 'integer' : typeof bad;
    return { code: 'wrong-type', params: { expected: type ?? 'string', found } };
  };
  return { coerce, code: 'invalid-json-array', explain };
}

