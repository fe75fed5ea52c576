/**
 * How a value from a data file or a spec is shown to people: its control characters made visible,
 * for a terminal, a CI log or any report a person reads.
 */

/**
 * Control characters, invisible ones and those that reorder text: what a terminal, a CI log or a
 * reader must see, never obey (ESC starts terminal commands, CR and LF start lines, U+202E turns
 * text around).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A character as the escape \uXXXX. */
export const unicodeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Shows invisible and control characters so a value reads the same everywhere (terminal, HTML, XML). */
export function printable(s: string): string {
  return s.replace(INVISIBLE, (c) => {
    if (c === '\n') return '⏎';
    if (c === '\t') return '⇥';
    return unicodeEscape(c);
  });
}

/**
 * A column's or field's name as a report shows it: quoted when it starts or ends with a space
 * (' inspection.modified'), so the space is seen, not taken for the gap beside the name.
 */
export function visibleName(s: string): string {
  return /^\s|\s$/u.test(s) ? `'${s}'` : s;
}
