/**
 * Finds where a JSON text stops being valid, for an error message with a line and column.
 * JSON.parse's messages do not always give a position, so this small recursive-descent checker
 * (RFC 8259 grammar) is run on the one failing record only.
 */

import type { Localized, ReasonOf } from '../report/index.js';
import { jsonProblemText, SPEC_PROBLEMS } from '../report/index.js';
import { positionIn } from './json-values.js';

/** Why a JSON text cannot be read: a token of the json-syntax finding. */
export type JsonSyntaxReason = ReasonOf<'json-syntax'>;

export interface JsonErrorAt {
  /** Offset in the text of the first character that cannot be read. */
  readonly offset: number;
  readonly reason: JsonSyntaxReason;
  /** The character found there, quoted ('x'); empty at the end of the text. */
  readonly found: string;
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    readonly reason: JsonSyntaxReason,
    readonly found = '',
  ) {
    super(reason);
  }
}

/** A character as a message shows it: quoted, or as its code point when it is invisible. */
export function quoteChar(c: string | undefined): string {
  if (c === undefined || c === '') return '';
  const code = c.codePointAt(0) as number;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${c}'`;
}

/** What a text that ends where one of these was expected lacks. */
const CUT_SHORT: Partial<Record<JsonSyntaxReason, JsonSyntaxReason>> = {
  'expected-comma-or-bracket': 'truncated-array',
  'expected-comma-or-brace': 'truncated-object',
  'expected-name': 'truncated-object',
  'expected-colon': 'truncated-object',
  'expected-value': 'truncated-value',
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 100_000;

/** The first invalid position in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonErrorAt | undefined {
  const f = new ErrorFinder(text);
  try {
    f.value(0);
    f.ws();
    if (f.i < text.length) f.expect('after-end');
    return undefined;
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, reason: e.reason, found: e.found };
    // The stack ran out before MAX_DEPTH (each level is a call): too deep to be looked at.
    if (e instanceof RangeError) return { offset: f.i, reason: 'nested-too-deeply', found: quoteChar(text[f.i]) };
    throw e;
  }
}

/** Where a whole text (a config file, a spec) stops being JSON, lines and columns counted from 1; undefined when it is JSON. */
export function jsonProblemOf(text: string): (JsonErrorAt & { readonly line: number; readonly column: number }) | undefined {
  const clean = text.replace(/^\uFEFF/, '');
  const at = findJsonError(clean);
  return at === undefined ? undefined : { ...at, ...positionIn(clean, at.offset, 1, 1) };
}

/** Why a whole text is not JSON, in the catalogue's words of both languages ("den är inte giltig JSON på rad 1, kolumn 7: …"). */
export function jsonProblemWords(text: string): Localized | undefined {
  // A text with nothing in it is empty, not a value missing at line 1, column 1.
  if (text.replace(/^\uFEFF/, '').trim() === '') return SPEC_PROBLEMS.empty;
  const p = jsonProblemOf(text);
  return p === undefined ? undefined : { sv: jsonProblemText(p, 'sv'), en: jsonProblemText(p, 'en') };
}

/** A strict reading of a JSON text that throws Fail at the first place it is not JSON. */
class ErrorFinder {
  i = 0;

  constructor(private readonly text: string) {}

  ws(): void {
    const text = this.text;
    while (this.i < text.length && ' \t\n\r'.includes(text[this.i] as string)) this.i++;
  }

  /** A failure at a place; at the end of a text that has begun, the text was cut short there (as the streaming scanner says). */
  expect(reason: JsonSyntaxReason): never {
    const cut = this.i >= this.text.length && this.text.trim() !== '' ? CUT_SHORT[reason] : undefined;
    throw new Fail(this.i, cut ?? reason, quoteChar(this.text[this.i]));
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) throw new Fail(this.i, 'nested-too-deeply');
    this.ws();
    const text = this.text;
    const c = text[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, this.i)) return void (this.i += word.length);
    }
    NUMBER.lastIndex = this.i;
    if (NUMBER.test(text)) return void (this.i = NUMBER.lastIndex);
    this.expect('expected-value');
  }

  private object(depth: number): void {
    const text = this.text;
    this.i++;
    this.ws();
    if (text[this.i] === '}') return void this.i++;
    for (;;) {
      this.ws();
      if (text[this.i] !== '"') this.expect('expected-name');
      this.string();
      this.ws();
      if (text[this.i] !== ':') this.expect('expected-colon');
      this.i++;
      this.value(depth + 1);
      this.ws();
      if (text[this.i] === ',') this.comma('}', 'trailing-comma-in-object');
      else if (text[this.i] === '}') return void this.i++;
      else this.expect('expected-comma-or-brace');
    }
  }

  private array(depth: number): void {
    const text = this.text;
    this.i++;
    this.ws();
    if (text[this.i] === ']') return void this.i++;
    for (;;) {
      this.value(depth + 1);
      this.ws();
      if (text[this.i] === ',') this.comma(']', 'trailing-comma');
      else if (text[this.i] === ']') return void this.i++;
      else this.expect('expected-comma-or-bracket');
    }
  }

  /** Past a comma, which a closing bracket must not follow (a comma after the last value). */
  private comma(close: string, reason: JsonSyntaxReason): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === close) throw new Fail(this.i, reason, quoteChar(close));
  }

  private string(): void {
    const text = this.text;
    this.i++; // opening quote
    for (;;) {
      const i = this.i;
      if (i >= text.length) throw new Fail(i, 'text-not-closed');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        this.i++;
        return;
      }
      if (c === 0x0a || c === 0x0d) throw new Fail(i, 'line-break-in-text');
      if (c < 0x20) throw new Fail(i, 'control-character', quoteChar(text[i]));
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fail(i, 'bad-unicode-escape');
          this.i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i += 2;
        else throw new Fail(i, 'bad-escape');
      } else this.i++;
    }
  }
}
