/** Excel's serial dates as ISO 8601, in either date system. */
import type { DateFormat } from './formats.js';

const DAY_MS = 86_400_000;
/** 9999-12-31 in the 1900 system, Excel's last date. */
const LAST_SERIAL = 2_958_465;
/** Day 0 of each system: 1899-12-31 (so that 1 is 1900-01-01) and 1904-01-01. */
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A time as `HH:MM:SS`, with `.mmm` only when there are milliseconds. */
function clock(hours: number, ms: number): string {
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  const millis = ms % 1000;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${millis === 0 ? '' : `.${pad(millis, 3)}`}`;
}

/**
 * A day number as an ISO date. In the 1900 system Excel counts 1900-02-29, a day that never was
 * (Lotus 1-2-3's leap-year bug): serial 60 is that day, written as Excel shows it (so that a check
 * of the date finds it), and from 61 (1900-03-01) on every serial is one day later than its count.
 */
function day(days: number, date1904: boolean): string {
  if (date1904) return new Date(EPOCH_1904 + days * DAY_MS).toISOString().slice(0, 10);
  if (days === 60) return '1900-02-29';
  return new Date(EPOCH_1900 + (days > 60 ? days - 1 : days) * DAY_MS).toISOString().slice(0, 10);
}

/** A date cell's kind and text. */
export interface DateValue {
  readonly kind: 'date' | 'datetime' | 'time';
  readonly text: string;
}

/**
 * A serial in a date/time format as ISO 8601, rounded to the millisecond as Excel does: a date-only
 * format gives a date when the serial is a whole day and a date and time when it is not; a format
 * with no date part gives the time (an elapsed format the hours past 24 too). Undefined for a serial
 * Excel cannot show as a date (before day 0, after 9999-12-31).
 */
export function serialDate(serial: number, format: DateFormat, date1904: boolean): DateValue | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL + 1) return undefined;
  const total = Math.round(serial * DAY_MS);
  const days = Math.floor(total / DAY_MS);
  const ms = total - days * DAY_MS;
  if (format === 'elapsed') return { kind: 'time', text: clock(Math.floor(total / 3_600_000), total % 3_600_000) };
  if (format === 'time') return { kind: 'time', text: clock(Math.floor(ms / 3_600_000), ms % 3_600_000) };
  if (days > LAST_SERIAL - (date1904 ? 1462 : 0)) return undefined;
  if (format === 'date' && ms === 0) return { kind: 'date', text: day(days, date1904) };
  return { kind: 'datetime', text: `${day(days, date1904)}T${clock(Math.floor(ms / 3_600_000), ms % 3_600_000)}` };
}
