/** Pure checks for the basic string formats: date, date-time, time, URI, e-mail. */
import { emailReason } from './web.js';

/** The shape of a date, as isDate reads it. */
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:\.\d{1,9})?)?$/;
const ZONE = /^(?:Z|z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
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
  const t = s.indexOf('T') >= 0 ? s.indexOf('T') : s.indexOf('t');
  if (t !== 10) return false;
  if (!isDate(s.slice(0, 10))) return false;
  const rest = s.slice(11);
  const z = rest.search(/[Zz+-]/);
  if (z < 0) return isTime(rest);
  return isTime(rest.slice(0, z)) && ZONE.test(rest.slice(z));
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const HTTP = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;
const NO_SPACE = /^[^\s]+$/;

/** An absolute URI; http(s) URIs must have a host. Spaces are not allowed anywhere. */
export function isUri(s: string): boolean {
  if (!SCHEME.test(s) || !NO_SPACE.test(s)) return false;
  if (/^https?:/i.test(s)) return HTTP.test(s);
  return true;
}

/** An e-mail address of the ordinary local@domain.tld shape (see emailReason for why one is not). */
export function isEmail(s: string): boolean {
  return emailReason(s) === undefined;
}
