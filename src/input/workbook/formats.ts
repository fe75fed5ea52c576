/** Which number formats show a number as a date, a time or both (the rest show it as a number). */

/** What a date/time number format shows: a date, a date and time, a time of day, or elapsed time (`[h]:mm`). */
export type DateFormat = 'date' | 'datetime' | 'time' | 'elapsed';

/**
 * The built-in formats that are dates or times (ECMA-376 18.8.30; 27-36 and 50-58 are the East
 * Asian locales' dates and times).
 */
const BUILT_IN: ReadonlyMap<number, DateFormat> = new Map([
  ...[14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58].map((id): [number, DateFormat] => [id, 'date']),
  ...[18, 19, 20, 21, 32, 33, 34, 35, 45, 47, 55, 56].map((id): [number, DateFormat] => [id, 'time']),
  [22, 'datetime'],
  [46, 'elapsed'],
]);

/** A built-in format id's date kind (undefined: a number format, or no built-in). */
export function builtInDateFormat(id: number): DateFormat | undefined {
  return BUILT_IN.get(id);
}

/** Marks in a format's tokens: an elapsed-time block (`[h]`, `[mm]`, `[ss]`), and AM/PM. */
const ELAPSED = '\ue000';
const AM_PM = '\ue001';

/**
 * The format code, lower-cased, with what cannot be a date or time token taken out: quoted text,
 * backslash escapes, `_x` (a space as wide as x) and `*x` (fill with x), `[...]` blocks (colours,
 * conditions, locales) — but for the elapsed-time blocks, which become ELAPSED — and `General`;
 * `AM/PM` and `A/P` become AM_PM. Only the first section counts (the one for positive numbers).
 */
function tokens(code: string): string {
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (c === ';') break;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      if (/^(h+|m+|s+)$/i.test(code.slice(i + 1, end < 0 ? code.length : end))) out += ELAPSED;
      i = end < 0 ? code.length : end;
    } else out += c.toLowerCase();
  }
  return out.replace(/general/g, '').replace(/am\/pm|a\/p/g, AM_PM);
}

/**
 * A custom format code's date kind: it is a date or time when it holds d, m, y, h or s outside
 * quotes, `[...]` blocks and escapes (and no `#` or `?`). `m` is minutes right after an hour or
 * before seconds (`h:mm`, `mm:ss`, `[h]:mm`), otherwise a month.
 */
export function customDateFormat(code: string): DateFormat | undefined {
  const t = tokens(code);
  const elapsed = t.includes(ELAPSED);
  // A digit placeholder other than 0 (which also writes fractions of seconds) is a number format's.
  if (!(elapsed || /[dmyhs]/.test(t)) || /[#?]/.test(t)) return undefined;
  const time = elapsed || t.includes(AM_PM) || /[hs]/.test(t);
  const minutes = /[h\ue000][^a-z]*m|m[^a-z]*[s\ue000]/.test(t);
  const date = /[dy]/.test(t) || (t.includes('m') && !minutes);
  if (elapsed) return date ? 'datetime' : 'elapsed';
  if (date) return time ? 'datetime' : 'date';
  return 'time';
}
