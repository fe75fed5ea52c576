/**
 * How deeply a JSON text nests, measured in one pass over its characters before it is parsed:
 * the JSON-LD parser's work and memory grow far faster than the text with each level (a 1.5 MB
 * catalogue of 100,000 nested arrays ran for minutes and ran out of memory), and no catalogue
 * nests more than a few dozen levels. Brackets inside strings do not count.
 */

/** The most levels a JSON-LD catalogue may nest. */
export const MAX_JSON_DEPTH = 100;

/** Whether `text` nests its objects and arrays more than `max` levels deep (stops at the first level too many). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
