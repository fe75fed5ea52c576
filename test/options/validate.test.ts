import { describe, expect, it } from 'vitest';
import { languageFrom, parseValidateOptions } from '../../src/options/index.js';
import { DatakollError } from '../../src/errors.js';

describe('parseValidateOptions', () => {
  it('defaults and freezes', () => {
    const o = parseValidateOptions({ spec: 'badplatser', lang: 'en' });
    expect(o).toMatchObject({ spec: 'badplatser', format: 'text', maxErrors: 1000, color: true });
    expect(Object.isFrozen(o)).toBe(true);
  });
  it('reads numbers and the tab delimiter', () => {
    expect(parseValidateOptions({ spec: 'x', lang: 'en', maxErrors: '5', delimiter: 'tab' })).toMatchObject({ maxErrors: 5, delimiter: '\t' });
  });
  it('threads: a whole number of at least 1, absent unless given', () => {
    expect(parseValidateOptions({ spec: 'x', lang: 'en', threads: '4' }).threads).toBe(4);
    expect(parseValidateOptions({ spec: 'x', lang: 'en', threads: 2 }).threads).toBe(2);
    expect('threads' in parseValidateOptions({ spec: 'x', lang: 'en' })).toBe(false);
    for (const [threads, message] of [
      ['0', '--threads must be at least 1 (given: "0")'],
      ['2.5', '--threads must be a whole number (given: "2.5")'],
      ['all', '--threads must be a whole number (given: "all")'],
    ]) {
      expect(() => parseValidateOptions({ spec: 'x', lang: 'en', threads }), threads).toThrow(message);
    }
  });
  it('--encoding: a name or alias, any case; anything else is a usage error naming the accepted values, in both languages', () => {
    for (const [given, encoding] of [
      ['utf-8', 'utf-8'],
      ['cp1252', 'windows-1252'],
      ['Windows-1252', 'windows-1252'],
      ['latin1', 'iso-8859-1'],
      ['CP850', 'cp850'],
      ['mac', 'macroman'],
      ['macroman', 'macroman'],
      ['utf-16le', 'utf-16le'],
      ['UTF-16BE', 'utf-16be'],
    ]) {
      expect(parseValidateOptions({ spec: 'x', lang: 'en', encoding: given }).encoding, given).toBe(encoding);
    }
    expect('encoding' in parseValidateOptions({ spec: 'x', lang: 'en' })).toBe(false);
    try {
      parseValidateOptions({ spec: 'x', lang: 'en', encoding: 'ebcdic' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatakollError);
      expect((e as DatakollError).kind).toBe('usage');
      expect((e as DatakollError).text('en')).toBe('--encoding must be one of utf-8, windows-1252 (cp1252), iso-8859-1 (latin1), cp850, macroman (mac), utf-16le, utf-16be (given: "ebcdic")');
      expect((e as DatakollError).text('sv')).toMatch(/^--encoding ska vara ett av värdena utf-8, .* \(angivet: "ebcdic"\)$/);
    }
  });
  it('errors say which flag, the rule, and what was given', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ spec: 'x', lang: 'en', maxErrors: '0' }, /--max-errors must be at least 1 \(given: "0"\)/],
      [{ spec: 'x', lang: 'en', maxErrors: '2.5' }, /--max-errors must be a whole number/],
      [{ spec: 'x', lang: 'en', format: 'xml' }, /--format .*text.*json.*\(given: "xml"\)/],
      [{ spec: 'x', lang: 'en', delimiter: ';;' }, /--delimiter must be one character/],
      [{ lang: 'en' }, /--spec is required/],
    ];
    for (const [raw, pattern] of cases) {
      try {
        parseValidateOptions(raw);
        expect.unreachable(JSON.stringify(raw));
      } catch (e) {
        expect(e).toBeInstanceOf(DatakollError);
        expect((e as DatakollError).kind).toBe('usage');
        expect((e as Error).message).toMatch(pattern);
      }
    }
  });
});

describe('languageFrom', () => {
  it('flag, then locale, then English', () => {
    expect(languageFrom('sv', {})).toBe('sv');
    expect(languageFrom(undefined, { LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(languageFrom(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'sv_SE.UTF-8' })).toBe('en');
    expect(languageFrom(undefined, { LC_ALL: '', LANG: 'sv_FI' })).toBe('sv');
    expect(languageFrom(undefined, {})).toBe('en');
    expect(languageFrom('en', { LANG: 'sv_SE' })).toBe('en');
  });
});
