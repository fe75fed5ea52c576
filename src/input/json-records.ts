/**
 * Finds the list of records inside a JSON object: a GeoJSON FeatureCollection's "features", a
 * wrapper such as {"results": [...]}, or the array a JSON Pointer names (--records /data/items).
 * It streams: everything outside that array is turned into spaces (line breaks kept), so the
 * array reader downstream sees a plain top-level array at the right lines and columns. What lies
 * outside is kept (up to OUTSIDE_MAX characters, with the array as []) to be checked as JSON at the end.
 * When the list was found by its key, the other lists at wrapper keys of the top-level object that
 * hold something are noted (`others`): they could be the records as well, and were not read.
 */
import { pointerText } from './json-pointer.js';
import { blank, indexOrEnd, samePath } from './json-values.js';

/** Keys that hold the records in common wrapper objects, tried in this order. */
export const WRAPPER_KEYS = ['features', 'results', 'data', 'items', 'records', 'rows', 'entries', 'value', 'values', 'objects', 'result'];

/** The text outside the records array is checked when it is no longer than this (metadata is small). */
export const OUTSIDE_MAX = 1024 * 1024;

interface Level {
  readonly object: boolean;
  /** In an object: the next string is a key. */
  expectKey: boolean;
  key: string | undefined;
}

export class RecordsFilter {
  /** The key path of the array found, once found. */
  found: string[] | undefined;
  /** The top-level object has ended without a records array in it. */
  closedEmpty = false;
  /** The top-level object has ended. */
  closed = false;
  /** The text outside the records array, the array written as []; undefined once longer than OUTSIDE_MAX. */
  private outside: string[] | undefined = [];
  private outsideLength = 0;
  /** Where [] stands for the records array in the outside text. */
  arrayAt = -1;
  private readonly stack: Level[] = [];
  private inString = false;
  private escape = false;
  private stringText = '';
  private passing = false;
  private passDepth = 0;
  private done = false;
  private pendingKey: string | undefined;
  /** Other lists that could be the records (found by key only): their JSON Pointers, in the order met. */
  readonly others: string[] = [];
  /** The pointer of such a list just opened, until its first character says whether it is empty. */
  private opened: string | undefined;
  /** The records' key was written a second time in its object: JSON.parse would keep that value, not the list read. */
  twice = false;

  /** target: the key path to the records (a JSON Pointer's), or undefined to look for a wrapper key or the path a spec names (`named`, x-records). */
  constructor(private readonly target: readonly string[] | undefined, private readonly named?: readonly string[]) {}

  /**
   * The same text with everything outside the records array blanked; after the top-level object
   * has closed, the text as it is, so that anything but blanks there is reported where it stands.
   */
  feed(text: string): string {
    let out = '';
    let from = 0;
    let backslash = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (this.passing) {
        // Inside the records, a text value's keys are not needed: jump to its next quote or backslash.
        if (this.inString && !this.escape && c !== '"' && c !== '\\') {
          if (backslash < i) backslash = indexOrEnd(text, '\\', i);
          i = Math.min(indexOrEnd(text, '"', i), backslash) - 1;
          continue;
        }
        if (this.step(c)) {
          // The records array just closed.
          this.passing = false;
          this.done = true;
          out += text.slice(from, i + 1);
          from = i + 1;
        }
        continue;
      }
      if (this.closed && this.found !== undefined) {
        this.keep(text.slice(from));
        return out + blank(text.slice(from, i)) + text.slice(i);
      }
      if (this.opened !== undefined && c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') this.sawFirst(c);
      if (!this.done && this.startsRecords(c)) {
        this.keep(text.slice(from, i));
        this.keep('[]');
        this.arrayAt = this.outsideLength - 2;
        out += blank(text.slice(from, i));
        from = i;
        this.passing = true;
        this.passDepth = this.stack.length;
        this.step(c);
        continue;
      }
      if (this.done && this.target === undefined) this.noteOther(c);
      if (this.done && !this.twice) this.noteTwice(c);
      this.step(c);
    }
    if (!this.passing) this.keep(text.slice(from));
    out += this.passing ? text.slice(from) : blank(text.slice(from));
    return out;
  }

  /** The text outside the records array, [] in its place; undefined when it was too long to keep. */
  outsideText(): string | undefined {
    return this.outside?.join('');
  }

  private keep(text: string): void {
    if (this.outside === undefined || text === '') return;
    this.outsideLength += text.length;
    if (this.outsideLength > OUTSIDE_MAX) this.outside = undefined;
    else this.outside.push(text);
  }

  /** Whether the value starting with c is the records array. */
  private startsRecords(c: string): boolean {
    if (c !== '[' || this.inString || this.pendingKey === undefined) return false;
    // The keys from the top object down to this value; an array on the way means no match.
    if (!this.stack.every((l) => l.object && l.key !== undefined)) return false;
    const path = this.stack.map((l) => l.key as string);
    const hit = this.target !== undefined ? samePath(path, this.target) : (this.named !== undefined && samePath(path, this.named)) || (path.length === 1 && WRAPPER_KEYS.includes(path[0] as string));
    if (hit) this.found = path;
    return hit;
  }

  /** After the records list found by its key: a list opening at another wrapper key of the top-level object. */
  private noteOther(c: string): void {
    const key = this.pendingKey;
    const wrapper = WRAPPER_KEYS.includes(key ?? '') || (this.named?.length === 1 && this.named[0] === key);
    if (c === '[' && !this.inString && key !== undefined && this.stack.length === 1 && wrapper && key !== this.found?.[0]) this.opened = pointerText([key]);
  }

  /** After the records list: a value starting at the records' own key path, written again. */
  private noteTwice(c: string): void {
    const found = this.found;
    if (found === undefined || this.inString || this.pendingKey === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ':') return;
    if (this.stack.length !== found.length || this.pendingKey !== found[found.length - 1]) return;
    this.twice = this.stack.every((l, i) => i === found.length - 1 || (l.object && l.key === found[i]));
  }

  /** The first character inside such a list: an empty list holds no records. */
  private sawFirst(c: string): void {
    if (c !== ']' && this.opened !== undefined) this.others.push(this.opened);
    this.opened = undefined;
  }

  /** Structural step; returns true when a records array being passed through closes. */
  private step(c: string): boolean {
    if (this.inString) {
      if (this.escape) this.escape = false;
      else if (c === '\\') this.escape = true;
      else if (c === '"') {
        this.inString = false;
        const top = this.stack[this.stack.length - 1];
        if (top?.object === true && top.expectKey) {
          top.key = this.stringText;
          top.expectKey = false;
        }
      } else if (this.stringText.length < 256) this.stringText += c;
      return false;
    }
    const top = this.stack[this.stack.length - 1];
    switch (c) {
      case '"':
        this.inString = true;
        this.stringText = '';
        return false;
      case ':':
        if (top?.object === true) this.pendingKey = top.key;
        return false;
      case ',':
        if (top?.object === true) top.expectKey = true;
        this.pendingKey = undefined;
        return false;
      case '{':
      case '[':
        this.stack.push({ object: c === '{', expectKey: c === '{', key: undefined });
        this.pendingKey = undefined;
        return false;
      case '}':
      case ']':
        this.stack.pop();
        this.pendingKey = undefined;
        if (this.stack.length === 0) {
          this.closed = true;
          if (this.found === undefined) this.closedEmpty = true;
        }
        return this.passing && this.stack.length === this.passDepth;
      default:
        if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') this.pendingKey = undefined;
        return false;
    }
  }
}
