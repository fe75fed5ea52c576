/**
 * Finds where values sit in a JSON text that is known to be valid: the elements of an array, the
 * members of an object, the top-level values of JSON Lines. Fix replaces only the values it
 * changes, so everything else (white space, key order, numbers a double cannot hold, keys
 * written twice) stays byte for byte.
 */

/** A value's extent in the text: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An object member: its key and its value's extent. */
export interface Member extends Span {
  readonly key: string;
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;

/** The first position at or after i that is not white space. */
export function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the value starting at i (white space before it already skipped). */
export function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return stringEnd(text, i);
  if (c !== 0x7b && c !== 0x5b) {
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (isWs(d) || d === 0x2c || d === 0x5d || d === 0x7d) break;
      j++;
    }
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x22) j = stringEnd(text, j) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}

/** The end of the string starting with the quote at i (just after its closing quote). */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x5c) j++;
    else if (d === 0x22) return j + 1;
  }
  return text.length;
}

/** The elements of the array starting at i. */
export function elements(text: string, i: number): Span[] {
  const out: Span[] = [];
  let j = skipWs(text, i + 1);
  if (text.charCodeAt(j) === 0x5d) return out;
  for (;;) {
    const end = valueEnd(text, j);
    out.push({ start: j, end });
    j = skipWs(text, end);
    if (text.charCodeAt(j) !== 0x2c) return out;
    j = skipWs(text, j + 1);
  }
}

/** The members of the object starting at i, in the order written. */
export function members(text: string, i: number): Member[] {
  const out: Member[] = [];
  let j = skipWs(text, i + 1);
  while (text.charCodeAt(j) === 0x22) {
    const keyEnd = stringEnd(text, j);
    const key = JSON.parse(text.slice(j, keyEnd)) as string;
    const start = skipWs(text, skipWs(text, keyEnd) + 1);
    const end = valueEnd(text, start);
    out.push({ key, start, end });
    j = skipWs(text, end);
    if (text.charCodeAt(j) !== 0x2c) break;
    j = skipWs(text, j + 1);
  }
  return out;
}

/** The top-level values of a JSON Lines text. */
export function lineValues(text: string): Span[] {
  const out: Span[] = [];
  let j = skipWs(text, 0);
  while (j < text.length) {
    const end = valueEnd(text, j);
    out.push({ start: j, end });
    j = skipWs(text, end);
  }
  return out;
}

/**
 * The value at a key path inside the object starting at i; undefined when a key is missing, is
 * written more than once (which of them counts is then not fix's to say), or the way is not an object.
 */
export function at(text: string, i: number, path: readonly string[]): Span | undefined {
  let span: Span = { start: i, end: valueEnd(text, i) };
  for (const key of path) {
    if (text.charCodeAt(span.start) !== 0x7b) return undefined;
    const hits = members(text, span.start).filter((m) => m.key === key);
    if (hits.length !== 1) return undefined;
    span = hits[0] as Member;
  }
  return span;
}
