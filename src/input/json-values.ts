/** Small pieces of the JSON scanner: the shapes a file's records take, and what a value is. */

/** How the records sit in the file: a top-level array, one per line, or inside an object. */
export type JsonShape = 'array' | 'lines' | 'wrapped' | 'geojson';

/** A record longer than this (in characters) stops reading, as a CSV record does: memory holds one record. */
export const MAX_RECORD_CHARS = 128 * 1024 * 1024;

/** An offset in a value's text as a line and column of the file, the value starting at startLine, startColumn. */
export function positionIn(text: string, pos: number, startLine: number, startColumn: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const nl = before.split('\n').length - 1;
  const column = nl === 0 ? startColumn + pos : pos - before.lastIndexOf('\n');
  return { line: startLine + nl, column };
}

/** An object that is not a list: what a record is. */
export function isRecordLike(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a value that is not a record is: the JSON kind (null, array, string, number, boolean, object) the catalogue has words for. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
export function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Where `ch` next stands in `text` from `from` on, or the text's length. */
export function indexOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at === -1 ? text.length : at;
}

/**
 * How deep a value's text is in arrays and objects, and whether in a text value (after a
 * backslash). It also notes, for the second look at a record (json-keys.ts), what that look could
 * find: the keys written (a colon outside text values follows each), a backslash (an escape), and a
 * number literal that may not fit a double (over 15 characters, or an exponent).
 */
export class Nesting {
  depth = 0;
  inString = false;
  escape = false;
  colons = 0;
  backslash = false;
  longNumber = false;
  private run = 0;

  reset(): void {
    this.depth = 0;
    this.inString = false;
    this.escape = false;
    this.colons = 0;
    this.backslash = false;
    this.longNumber = false;
    this.run = 0;
  }

  /** Advances by one character of a value; true when the value just ended. */
  step(c: number): boolean {
    if (this.inString) {
      if (this.escape) this.escape = false;
      else if (c === 0x5c) this.escape = this.backslash = true;
      else if (c === 0x22) {
        this.inString = false;
        return this.depth === 0;
      }
      return false;
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x2b) {
      if (++this.run > 15) this.longNumber = true;
      return false;
    }
    if ((c | 0x20) === 0x65 && this.run > 0) this.longNumber = true;
    this.run = 0;
    if (c === 0x22) this.inString = true;
    else if (c === 0x3a) this.colons++;
    else if (c === 0x7b || c === 0x5b) this.depth++;
    else if (c === 0x7d || c === 0x5d) {
      this.depth--;
      return this.depth === 0;
    }
    return false;
  }
}

/** How many keys a parsed value's objects hold, all the way down (without recursion: a record may nest deeply). */
export function keyCount(value: unknown): number {
  let n = 0;
  const open: unknown[] = [value];
  while (open.length > 0) {
    const v = open.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) open.push(x);
      continue;
    }
    for (const k in v) {
      n++;
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) open.push(x);
    }
  }
  return n;
}

/** Characters that may make a record's text worth a second look: DEL, C1 controls, U+FFFD. */
export const ODD_CHARACTER = /[\u007f-\u009f\uFFFD]/;

/** Whether two key paths are the same. */
export const samePath = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

/** The text with every character but line breaks made a space (so lines and columns stay). */
export function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
