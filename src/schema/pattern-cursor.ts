/** Reading a pattern's text: the position, the next character, and escapes (\d, \n, \x0A, \u{A}, \p{L}, ...). */
import type { CharSet } from './charset.js';
import { DIGIT, SPACE, WORD, complement, propertySet } from './charset.js';
import { PatternRefused } from './pattern-error.js';

const CONTROL: Readonly<Record<string, number>> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = { d: DIGIT, w: WORD, s: SPACE };

/** The set of one code point. */
export const char = (c: number): CharSet => [c, c];

/** A position in a pattern, and the escapes read from it. */
export class Cursor {
  protected i = 0;

  constructor(protected readonly p: string) {}

  protected refuse(reason: ConstructorParameters<typeof PatternRefused>[1], detail = ''): never {
    throw new PatternRefused(this.p, reason, detail);
  }

  protected peek(offset = 0): string {
    return this.p[this.i + offset] ?? '';
  }

  /** The next code point, consumed. */
  protected next(): number {
    const c = this.p.codePointAt(this.i) as number;
    this.i += c > 0xffff ? 2 : 1;
    return c;
  }

  /** An escape after `\`, as the set it matches (inside a class, \b is a backspace). */
  protected escape(inClass: boolean): CharSet {
    this.i++;
    const c = this.peek();
    if (/[1-9]/.test(c) || (c === 'k' && !inClass)) this.refuse('backreference');
    if (c in CLASS_ESCAPES) {
      this.i++;
      return CLASS_ESCAPES[c] as CharSet;
    }
    if (c === 'D' || c === 'W' || c === 'S') {
      this.i++;
      return complement(CLASS_ESCAPES[c.toLowerCase()] as CharSet);
    }
    if (c === 'p' || c === 'P') {
      const end = this.p.indexOf('}', this.i);
      const escape = `\\${this.p.slice(this.i, end + 1)}`;
      this.i = end + 1;
      return propertySet(escape);
    }
    return char(this.characterEscape(inClass));
  }

  /** A single character written as an escape: \n, \cJ, \0, \x0A, \u000A, \u{A}, or an escaped symbol. */
  private characterEscape(inClass: boolean): number {
    const c = this.peek();
    if (c in CONTROL) {
      this.i++;
      return CONTROL[c] as number;
    }
    if (c === 'b' && inClass) {
      this.i++;
      return 0x08;
    }
    if (c === 'c') {
      this.i += 2;
      return (this.p.charCodeAt(this.i - 1) as number) % 32;
    }
    if (c === '0') {
      this.i++;
      return 0;
    }
    if (c === 'x') return this.hex(1, 2);
    if (c === 'u') return this.unicodeEscape();
    return this.next();
  }

  private hex(skip: number, digits: number): number {
    const v = parseInt(this.p.slice(this.i + skip, this.i + skip + digits), 16);
    this.i += skip + digits;
    return v;
  }

  private unicodeEscape(): number {
    if (this.peek(1) === '{') {
      const end = this.p.indexOf('}', this.i);
      const v = parseInt(this.p.slice(this.i + 2, end), 16);
      this.i = end + 1;
      return v;
    }
    const unit = this.hex(1, 4);
    // With the u flag an escaped surrogate pair is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(this.p.slice(this.i))) {
      const low = parseInt(this.p.slice(this.i + 2, this.i + 6), 16);
      this.i += 6;
      return 0x10000 + (unit - 0xd800) * 0x400 + (low - 0xdc00);
    }
    return unit;
  }
}
