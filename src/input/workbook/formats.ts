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

/**
 * The format code with what cannot be a date or time token taken out: quoted text, backslash
 * escapes, `_x` (a space as wide as x) and `*x` (fill with x), `[...]` blocks (colours, conditions,
 * locales) — but for the elapsed-time blocks `[h]`, `[mm]`, `[ss]`, which become `H`, `M`, `S` —
 * and `General`. Only the first section counts (the one for positive numbers).
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
      const block = code.slice(i + 1, end < 0 ? code.length : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(block)) out += (block[0] as string).toUpperCase();
      i = end < 0 ? code.length : end;
    } else out += c;
  }
  return out.replace(/general/gi, '');
}

/**
 * A custom format code's date kind: it is a date or time when it holds d, m, y, h or s outside
 * quotes, `[...]` blocks and escapes (and no `#` or `?`). `m` is minutes right after an hour or before seconds
 * (`h:mm`, `mm:ss`), otherwise a month.
 */
export function customDateFormat(code: string): DateFormat | undefined {
  const t = tokens(code);
  const elapsed = /[HMS]/.test(t);
  const lower = t.toLowerCase();
  // A digit placeholder other than 0 (which also writes fractions of seconds) is a number format's.
  if (!/[dmyhs]/.test(lower) || /[#?]/.test(t)) return undefined;
  const time = /[hs]/.test(lower) || elapsed;
  const minutes = /h[^a-z]*m|m[^a-z]*s/.test(lower);
  const date = /[dy]/.test(lower) || (/m/.test(lower) && !minutes);
  if (elapsed) return date ? 'datetime' : 'elapsed';
  if (date) return time ? 'datetime' : 'date';
  return 'time';
}
