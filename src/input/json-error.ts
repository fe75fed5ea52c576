/**
 * Finds where a JSON text stops being valid, for an error message with a line and column.
 * JSON.parse's messages do not always give a position, so this small recursive-descent checker
 * (RFC 8259 grammar) is run on the one failing record only.
 */

import type { ReasonOf } from '../report/index.js';

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

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 100_000;

/** The first invalid position in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonErrorAt | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (reason: JsonSyntaxReason): never => {
    throw new Fail(i, reason, quoteChar(text[i]));
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) throw new Fail(i, 'text-not-closed');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x0a || c === 0x0d) throw new Fail(i, 'line-break-in-text');
      if (c < 0x20) throw new Fail(i, 'control-character', quoteChar(text[i]));
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fail(i, 'bad-unicode-escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Fail(i, 'bad-escape');
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Fail(i, 'nested-too-deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') expect('expected-name');
        string();
        ws();
        if (text[i] !== ':') expect('expected-colon');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else expect('expected-comma-or-brace');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else expect('expected-comma-or-bracket');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    expect('expected-value');
  };
  try {
    value(0);
    ws();
    if (i < text.length) expect('after-end');
    return undefined;
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, reason: e.reason, found: e.found };
    throw e;
  }
}
