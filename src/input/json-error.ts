/**
 * Finds where a JSON text stops being valid, for an error message with a line and column.
 * JSON.parse's messages do not always give a position, so this small recursive-descent checker
 * (RFC 8259 grammar) is run on the one failing record only.
 */

export interface JsonErrorAt {
  /** Offset in the text of the first character that cannot be read. */
  readonly offset: number;
  readonly reason: string;
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 100_000;

/** The first invalid position in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonErrorAt | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describe = (): string => (i >= text.length ? 'the text ends' : `'${text[i]}'`);
  const expect = (what: string): never => {
    throw new Fail(i, `expected ${what} but found ${describe()}`);
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) throw new Fail(i, 'a text value is not closed with "');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) throw new Fail(i, 'a text value holds a raw control character or line break (write \\n)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fail(i, 'bad \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Fail(i, 'bad escape in a text value');
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Fail(i, 'nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') expect('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') expect("':'");
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else expect("',' or '}'");
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
        else expect("',' or ']'");
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    expect('a value');
  };
  try {
    value(0);
    ws();
    if (i < text.length) expect('the end of the value');
    return undefined;
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}
