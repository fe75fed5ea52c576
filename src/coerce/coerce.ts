/** One compiled closure per column: raw CSV text -> typed value, or FAIL with the code that says why. */
import type { Code } from '../report/index.js';
import { FORMAT_CHECKS, isOwnFormat } from './own-formats.js';
import type { FormatCheck, FormatProblem } from './own-formats.js';
import { FAIL } from './fail.js';
import { jsonArrayCoercer } from './json-array.js';

export { FAIL };

export type Coercer = (raw: string) => unknown;

/** A compiled coercer and the code to report when it fails. */
export interface ColumnCoercer {
  readonly coerce: Coercer;
  /** The diagnostic code for text this coercer rejects. */
  readonly code: Code;
  /**
   * For text the coercer rejected: exactly what is wrong (the code, which a format may refine,
   * and its parameters). Called only on failure, so a valid cell is checked once.
   */
  readonly explain?: (raw: string) => FormatProblem;
}

/** The shapes of integer and number text; isInteger and isNumber read them by character codes (they run for every cell). */
export const INTEGER = /^[+-]?\d+$/;
export const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Where the ASCII digits starting at i end. */
function digitsEnd(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

/** Whether s has the shape INTEGER describes. */
export function isInteger(s: string): boolean {
  const c = s.charCodeAt(0);
  const from = c === 43 || c === 45 ? 1 : 0;
  const end = digitsEnd(s, from);
  return end > from && end === s.length;
}

/** Whether s has the shape NUMBER describes: digits with an optional fraction and exponent. */
export function isNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  let i = c === 43 || c === 45 ? 1 : 0;
  const intEnd = digitsEnd(s, i);
  let digits = intEnd - i;
  i = intEnd;
  if (s.charCodeAt(i) === 46) {
    const fracEnd = digitsEnd(s, i + 1);
    digits += fracEnd - i - 1;
    i = fracEnd;
  }
  if (digits === 0) return false;
  const e = s.charCodeAt(i);
  if (e === 101 || e === 69) {
    const sign = s.charCodeAt(i + 1);
    const from = sign === 43 || sign === 45 ? i + 2 : i + 1;
    const end = digitsEnd(s, from);
    if (end === from) return false;
    i = end;
  }
  return i === s.length;
}

/** A number too large for a double (1e400) is not a number a reader can use. */
const finite = (n: number): number | typeof FAIL => (Number.isFinite(n) ? n : FAIL);
const toInteger: Coercer = (raw) => (isInteger(raw) ? finite(Number(raw)) : FAIL);
const toNumber: Coercer = (raw) => {
  const quick = shortDecimal(raw);
  if (quick !== undefined) return quick;
  return isNumber(raw) ? finite(Number(raw)) : FAIL;
};

/** Powers of ten a double holds exactly. */
const EXACT_TENS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of a plain decimal with at most 15 digits (such as 67.074613 or -12), or undefined
 * for any other text. Digits / 10^k is then exact over exact, so the division's rounding gives
 * what Number() gives (the fast path of correct decimal conversion), at a fraction of its cost.
 */
export function shortDecimal(s: string): number | undefined {
  const n = s.length;
  const c0 = s.charCodeAt(0);
  let i = c0 === 43 || c0 === 45 ? 1 : 0;
  let digits = 0;
  let value = 0;
  let point = -1;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point === -1) point = i;
    else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  const scaled = point === -1 ? value : value / (EXACT_TENS[n - 1 - point] as number);
  return c0 === 45 ? -scaled : scaled;
}
const toBoolean: Coercer = (raw) => (raw === 'true' ? true : raw === 'false' ? false : FAIL);
const asString: Coercer = (raw) => raw;


/**
 * What a coercer is made from: the part of a spec's attribute that says how its text is read.
 * (The registry's Attribute has this shape; coerce does not import the registry, which compiles
 * specs with the schema layer, which uses coerce's formats.)
 */
export interface CoercedAttribute {
  /** The JSON Schema type(s); the first non-null one decides. */
  readonly types: readonly string[];
  readonly format?: string;
  /** For an array attribute: the type(s) and format of its items. */
  readonly items?: { readonly types: readonly string[]; readonly format?: string };
  /** For an array attribute: what separates its values inside one CSV cell. */
  readonly csvSeparator?: string;
  /** For an array attribute: the cell holds the list written as JSON (["A01","J02"]). */
  readonly csvArray?: 'json';
}

/**
 * Compiles the coercer for an attribute from its JSON Schema type and format. The first
 * non-null type decides. Text for an object attribute is passed on as a string and left to the
 * schema; arrays are split as the spec says.
 */
export function compileCoercer(attribute: CoercedAttribute): ColumnCoercer {
  const type = attribute.types.find((t) => t !== 'null');
  if (type === 'array') return arrayCoercer(attribute);
  return scalarCoercer(type, attribute.format);
}

/**
 * An array attribute in CSV: the cell is split on the spec's x-csv-separator (without one, the
 * cell is one value) and each value is read as the items' type.
 */
function arrayCoercer(attribute: CoercedAttribute): ColumnCoercer {
  const item = scalarCoercer(attribute.items?.types.find((t) => t !== 'null'), attribute.items?.format);
  if (attribute.csvArray === 'json') return jsonArrayCoercer(attribute.items?.types.find((t) => t !== 'null'), item);
  const sep = attribute.csvSeparator;
  const values = (raw: string): string[] => (sep === undefined ? [raw] : raw.split(sep)).map((p) => p.trim()).filter((t) => t !== '');
  const coerce: Coercer = (raw) => {
    const out: unknown[] = [];
    for (const t of values(raw)) {
      const v = item.coerce(t);
      if (v === FAIL) return FAIL;
      out.push(v);
    }
    return out;
  };
  // The first value that fails says what is wrong with the cell.
  const explain = (raw: string): FormatProblem => {
    const bad = values(raw).find((t) => item.coerce(t) === FAIL);
    return (bad === undefined ? undefined : item.explain?.(bad)) ?? { code: item.code, params: {} };
  };
  return { coerce, code: item.code, explain };
}

function scalarCoercer(type: string | undefined, format: string | undefined): ColumnCoercer {
  switch (type) {
    case 'integer':
      return { coerce: toInteger, code: 'invalid-integer' };
    case 'number':
      return { coerce: toNumber, code: 'invalid-number' };
    case 'boolean':
      return { coerce: toBoolean, code: 'invalid-boolean' };
    default: {
      if (isOwnFormat(format)) {
        const check: FormatCheck = FORMAT_CHECKS[format];
        // The code the format reports for an empty text is its usual one; explain() may refine it.
        const code = check('')?.code ?? 'invalid-format';
        return { coerce: (raw) => (check(raw) === undefined ? raw : FAIL), code, explain: (raw) => check(raw) ?? { code, params: {} } };
      }
      return { coerce: asString, code: 'wrong-type' };
    }
  }
}
