/**
 * Values in the right meaning but the wrong form, as Excel and older systems write them: decimal
 * commas, thousands separators, ja/nej booleans, compact or day-first dates, epoch milliseconds,
 * placeholders for "empty". Each recogniser returns the canonical text and the typed value, or
 * nothing when the form is unknown or ambiguous (23/04/2015 is read; 03/04/2015 is not).
 */
import { isDate } from '../coerce/formats.js';

export type FormKind =
  | 'decimal-comma'
  | 'thousands-separator'
  | 'boolean-word'
  | 'date-compact'
  | 'date-day-first'
  | 'date-dotted'
  | 'date-time-space'
  | 'epoch-milliseconds'
  | 'placeholder-empty'
  | 'spaces-around';

export interface Recognized {
  readonly kind: FormKind;
  /** The value in the spec's form, as CSV text ('' for empty). */
  readonly canonical: string;
}

export type ValueKind = 'integer' | 'number' | 'boolean' | 'date' | 'date-time' | 'text';

/** The kind of value an attribute holds, from its JSON Schema type(s) and format. */
export function valueKindOf(types: readonly string[], format: string | undefined): ValueKind {
  const t = types.find((x) => x !== 'null');
  if (t === 'integer' || t === 'number' || t === 'boolean') return t;
  if (format === 'date') return 'date';
  if (format === 'date-time') return 'date-time';
  return 'text';
}

const PLACEHOLDERS = new Set(['null', 'n/a', '#n/a', 'na', 'saknas', '-', '–', '—', '--', 'none', 'nil', '?']);
/** Placeholders also recognised in free-text columns, where '-' or 'saknas' could be real text. */
const TEXT_PLACEHOLDERS = new Set(['null', 'n/a', '#n/a']);

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'sant']);
const FALSE_WORDS = new Set(['nej', 'n', 'no', 'false', '0', 'falskt']);

/** Is this text a stand-in for "no value"? */
export function placeholder(raw: string, kind: ValueKind): Recognized | undefined {
  const t = raw.trim().toLowerCase();
  if (raw !== '' && t === '') return { kind: 'placeholder-empty', canonical: '' };
  const set = kind === 'text' ? TEXT_PLACEHOLDERS : PLACEHOLDERS;
  return set.has(t) ? { kind: 'placeholder-empty', canonical: '' } : undefined;
}

const DECIMAL_COMMA = /^([+-]?\d+),(\d+)$/;
const SPACE_THOUSANDS = /^([+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:,(\d+))?$/;
const DOT_THOUSANDS = /^([+-]?\d{1,3}(?:\.\d{3})+),(\d+)$|^([+-]?\d{1,3}(?:\.\d{3}){2,})$/;

/** A number in a Swedish or European form: 58,19 / 1 234 / 1 234,5 / 1.234,5 / 1.234.567. */
export function number(raw: string, integer: boolean): Recognized | undefined {
  const t = raw.trim();
  let m = DECIMAL_COMMA.exec(t);
  if (m !== null && !integer) return { kind: 'decimal-comma', canonical: `${m[1]}.${m[2]}` };
  m = SPACE_THOUSANDS.exec(t);
  if (m !== null) {
    const whole = (m[1] as string).replace(/[ \u00a0\u202f]/g, '');
    if (m[2] === undefined) return { kind: 'thousands-separator', canonical: whole };
    return integer ? undefined : { kind: 'thousands-separator', canonical: `${whole}.${m[2]}` };
  }
  m = DOT_THOUSANDS.exec(t);
  if (m !== null) {
    if (m[1] !== undefined) return integer ? undefined : { kind: 'thousands-separator', canonical: `${m[1].replace(/\./g, '')}.${m[2]}` };
    return { kind: 'thousands-separator', canonical: (m[3] as string).replace(/\./g, '') };
  }
  return undefined;
}

/** A yes/no word: ja/nej, J/N, Y/N, TRUE/FALSE, 1/0. */
export function boolean(raw: string): Recognized | undefined {
  const t = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(t)) return { kind: 'boolean-word', canonical: 'true' };
  if (FALSE_WORDS.has(t)) return { kind: 'boolean-word', canonical: 'false' };
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date written 20150423, 23/04/2015 (when the day is over 12), 23.04.2015, or as epoch milliseconds. */
export function date(raw: string): Recognized | undefined {
  const t = raw.trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m !== null && isDate(`${m[1]}-${m[2]}-${m[3]}`)) return { kind: 'date-compact', canonical: `${m[1]}-${m[2]}-${m[3]}` };
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m !== null) {
    const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    if (isDate(iso)) return { kind: 'date-dotted', canonical: iso };
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m !== null) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Day first (23/04) or month first (04/23) is only certain when one of them is over 12.
    const iso = a > 12 && b <= 12 ? `${m[3]}-${pad(b)}-${pad(a)}` : b > 12 && a <= 12 ? `${m[3]}-${pad(a)}-${pad(b)}` : undefined;
    if (iso !== undefined && isDate(iso)) return { kind: 'date-day-first', canonical: iso };
  }
  return epoch(t, true) ?? dateTimeSpace(t, true);
}

/** Epoch milliseconds (13 digits, 2001-2286) as an ISO date-time in UTC, or its date. */
function epoch(t: string, dateOnly: boolean): Recognized | undefined {
  if (!/^1\d{12}$/.test(t)) return undefined;
  const iso = new Date(Number(t)).toISOString().replace('.000Z', 'Z');
  return { kind: 'epoch-milliseconds', canonical: dateOnly ? iso.slice(0, 10) : iso };
}

/** 2015-04-23 10:00 (a space instead of T); for a date attribute, a midnight time is dropped. */
function dateTimeSpace(t: string, dateOnly: boolean): Recognized | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (m === null || !isDate(m[1] as string)) return undefined;
  if (dateOnly) return /^00:00(:00)?$/.test(m[2] as string) && m[3] === undefined ? { kind: 'date-time-space', canonical: m[1] as string } : undefined;
  return { kind: 'date-time-space', canonical: `${m[1]}T${m[2]}${m[3] ?? ''}` };
}

/** A date-time written with a space, as epoch milliseconds, or as a compact date-time. */
export function dateTime(raw: string): Recognized | undefined {
  const t = raw.trim();
  return dateTimeSpace(t, false) ?? epoch(t, false);
}

/**
 * Recognises a value that its column's strict reader rejected. The caller knows the value kind
 * from the attribute's type and format.
 */
export function recognize(raw: string, kind: ValueKind): Recognized | undefined {
  const empty = placeholder(raw, kind);
  if (empty !== undefined) return empty;
  switch (kind) {
    case 'integer':
      return number(raw, true);
    case 'number':
      return number(raw, false);
    case 'boolean':
      return boolean(raw);
    case 'date':
      return date(raw);
    case 'date-time':
      return dateTime(raw);
    case 'text':
      return undefined;
  }
}
