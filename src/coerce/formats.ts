/** Pure checks for the basic string formats: date, date-time, time, URI, e-mail. */
import { emailReason } from './web.js';

/** The shape of a date, as isDate reads it. */
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The shapes of a time and a zone, as isTime and isDateTime read them. */
export const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:\.\d{1,9})?)?$/;
export const ZONE = /^(?:Z|z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The number written by the ASCII digits s[from..to), or -1 when another character is among them. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * ISO 8601 calendar date YYYY-MM-DD that exists (no 2023-02-29). Read by character codes rather
 * than a regular expression: it runs for every date cell (DATE says the same).
 */
export function isDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 7);
  const d = digitsAt(s, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false;
  if (mo === 2 && d === 29) return isLeap(y);
  return d <= (DAYS[mo - 1] as number);
}

/** Time of day HH:MM or HH:MM:SS(.fraction), without a zone. */
export function isTime(s: string): boolean {
  return TIME.test(s);
}

/**
 * ISO 8601 date and time joined by T, with or without a zone designator. Whether a zone is
 * required is the spec's business (a pattern), as snöröjning demands one and others do not.
 */
export function isDateTime(s: string): boolean {
  const upper = s.indexOf('T');
  const t = upper >= 0 ? upper : s.indexOf('t');
  if (t !== 10) return false;
  if (!isDate(s.slice(0, 10))) return false;
  // The time runs to the first Z, z, + or - (the zone), read by character codes: TIME and ZONE
  // say the same (test/coerce/shapes.test.ts holds them to each other).
  const n = s.length;
  let z = 11;
  while (z < n) {
    const c = s.charCodeAt(z);
    if (c === 90 || c === 122 || c === 43 || c === 45) break;
    z++;
  }
  return timeAt(s, 11, z) && (z === n || zoneAt(s, z));
}

/** Two ASCII digits at i as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Whether s[from..to) is a time as TIME describes: HH:MM, HH:MM:SS or HH:MM:SS.fraction (1 to 9 digits; second 60 allowed). */
function timeAt(s: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 5) return false;
  const h = twoDigits(s, from);
  const m = twoDigits(s, from + 3);
  if (h < 0 || h > 23 || s.charCodeAt(from + 2) !== 58 || m < 0 || m > 59) return false;
  if (length === 5) return true;
  const sec = twoDigits(s, from + 6);
  if (length < 8 || s.charCodeAt(from + 5) !== 58 || sec < 0 || sec > 60) return false;
  if (length === 8) return true;
  if (s.charCodeAt(from + 8) !== 46 || length > 18 || length < 10) return false;
  for (let i = from + 9; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether s from `from` to its end is a zone as ZONE describes: Z, z, or +HH:MM, +HHMM (or -). */
function zoneAt(s: string, from: number): boolean {
  const length = s.length - from;
  const c = s.charCodeAt(from);
  if (c === 90 || c === 122) return length === 1;
  const h = twoDigits(s, from + 1);
  if (h < 0 || h > 23) return false;
  const colon = s.charCodeAt(from + 3) === 58 ? 1 : 0;
  if (length !== 5 + colon) return false;
  const m1 = s.charCodeAt(from + 3 + colon) - 48;
  const m2 = s.charCodeAt(from + 4 + colon) - 48;
  return m1 >= 0 && m1 <= 5 && m2 >= 0 && m2 <= 9;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const HTTP = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;
const NO_SPACE = /^[^\s]+$/;
const HTTP_SCHEME = /^https?:/i;

/** An absolute URI; http(s) URIs must have a host. Spaces are not allowed anywhere. */
export function isUri(s: string): boolean {
  // HTTP has a scheme and no space anywhere: for http(s) it is the one test needed.
  if (HTTP_SCHEME.test(s)) return HTTP.test(s);
  return SCHEME.test(s) && NO_SPACE.test(s);
}

/** An e-mail address of the ordinary local@domain.tld shape (see emailReason for why one is not). */
export function isEmail(s: string): boolean {
  return emailReason(s) === undefined;
}

/**
 * ISO 8601 with at least the date: a date (2024-05-31), or a date and time with its zone
 * (2024-05-31T14:00:00+02:00), as the livsmedelskontroller specification 2.0 writes its dates.
 * Undefined when it is one; otherwise why not: `zone` for a date and time without a zone.
 */
export function dateOrDateTimeReason(s: string): 'form' | 'zone' | undefined {
  if (isDate(s)) return undefined;
  if (!isDateTime(s)) return 'form';
  // isDateTime has read the time up to its zone: a Z or a sign after the T.
  return /[Zz+-]/.test(s.slice(11)) ? undefined : 'zone';
}
