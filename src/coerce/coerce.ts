/** One compiled closure per column: raw CSV text -> typed value, or FAIL with the code that says why. */
import type { Code } from '../report/index.js';
import type { Attribute } from '../registry/index.js';
import { OWN_FORMATS } from './formats.js';
import type { OwnFormat } from './formats.js';

/** Returned by a coercer for text that is not of the column's type. */
export const FAIL: unique symbol = Symbol('coercion failed');

export type Coercer = (raw: string) => unknown;

/** A compiled coercer and the code to report when it fails. */
export interface ColumnCoercer {
  readonly coerce: Coercer;
  /** The diagnostic code for text this coercer rejects. */
  readonly code: Code;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number too large for a double (1e400) is not a number a reader can use. */
const finite = (n: number): number | typeof FAIL => (Number.isFinite(n) ? n : FAIL);
const toInteger: Coercer = (raw) => (INTEGER.test(raw) ? finite(Number(raw)) : FAIL);
const toNumber: Coercer = (raw) => (NUMBER.test(raw) ? finite(Number(raw)) : FAIL);
const toBoolean: Coercer = (raw) => (raw === 'true' ? true : raw === 'false' ? false : FAIL);
const asString: Coercer = (raw) => raw;

const FORMAT_CODES = {
  date: 'invalid-date',
  'date-time': 'invalid-date-time',
  time: 'invalid-time',
  uri: 'invalid-uri',
  email: 'invalid-email',
} as const satisfies Record<OwnFormat, Code>;

function isOwnFormat(f: string | undefined): f is OwnFormat {
  return f !== undefined && f in OWN_FORMATS;
}

/**
 * Compiles the coercer for an attribute from its JSON Schema type and format. The first
 * non-null type decides. Text for an object attribute is passed on as a string and left to the
 * schema; arrays are split as the spec says.
 */
export function compileCoercer(attribute: Attribute): ColumnCoercer {
  const type = attribute.types.find((t) => t !== 'null');
  if (type === 'array') return arrayCoercer(attribute);
  return scalarCoercer(type, attribute.format);
}

/**
 * An array attribute in CSV: the cell is split on the spec's x-csv-separator (without one, the
 * cell is one value) and each value is read as the items' type.
 */
function arrayCoercer(attribute: Attribute): ColumnCoercer {
  const item = scalarCoercer(attribute.items?.types.find((t) => t !== 'null'), attribute.items?.format);
  const sep = attribute.csvSeparator;
  const coerce: Coercer = (raw) => {
    const parts = sep === undefined ? [raw] : raw.split(sep);
    const out: unknown[] = [];
    for (const p of parts) {
      const t = p.trim();
      if (t === '') continue;
      const v = item.coerce(t);
      if (v === FAIL) return FAIL;
      out.push(v);
    }
    return out;
  };
  return { coerce, code: item.code };
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
        const check = OWN_FORMATS[format];
        return { coerce: (raw) => (check(raw) ? raw : FAIL), code: FORMAT_CODES[format] };
      }
      return { coerce: asString, code: 'wrong-type' };
    }
  }
}

/** The code Ajv's format errors map to, so CSV and JSON input report a bad date alike. */
export function formatCode(format: string): Code {
  return isOwnFormat(format) ? FORMAT_CODES[format] : 'invalid-format';
}
