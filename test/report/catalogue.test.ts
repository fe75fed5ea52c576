import { describe, expect, it } from 'vitest';
import { ERRORS, FIX_PHRASES, IO_PHRASES, SPEC_PROBLEMS, WRITE_REASONS, fill, placeholders, pluralOf, say } from '../../src/report/index.js';
import { DatakollError } from '../../src/errors.js';

describe('the catalogue of errors', () => {
  it('has every entry in Swedish and English with the same parameters', () => {
    for (const [code, t] of Object.entries({ ...ERRORS, ...FIX_PHRASES, ...IO_PHRASES, ...SPEC_PROBLEMS, ...WRITE_REASONS })) {
      expect(t.sv.trim(), code).not.toBe('');
      expect(t.en.trim(), code).not.toBe('');
      expect(new Set(placeholders(t.sv)), code).toEqual(new Set(placeholders(t.en)));
    }
  });
  it('the phrases errors are made of have no key twice across their tables', () => {
    const keys = [FIX_PHRASES, IO_PHRASES, SPEC_PROBLEMS, WRITE_REASONS].flatMap((t) => Object.keys(t));
    expect(keys.length).toBe(new Set(keys).size);
  });
  it('a DatakollError of a code renders in the language asked for', () => {
    const e = new DatakollError('usage', 'spec-unknown', { spec: 'x', known: 'a, b' });
    expect(e.text('sv')).toBe('Det finns ingen specifikation som heter "x". De som finns: a, b.');
    expect(e.text('en')).toContain('Unknown spec "x"');
    expect(e.message).toBe(e.text('en'));
    expect(e.params).toEqual({ spec: 'x', known: 'a, b' });
  });
});

describe('plurals', () => {
  it('follow each language’s rule', () => {
    const t = { sv: '{n} {n|rad|rader}', en: '{n} {n|row|rows}' };
    expect(say(t, 'sv', { n: 1 })).toBe('1 rad');
    expect(say(t, 'sv', { n: 0 })).toBe('0 rader');
    expect(say(t, 'sv', { n: 2 })).toBe('2 rader');
    expect(say(t, 'en', { n: 1 })).toBe('1 row');
    expect(say(t, 'en', { n: 21 })).toBe('21 rows');
    expect(say(t, 'en', { n: '1' })).toBe('1 row');
  });
  it('a value that is not a number takes the other form', () => {
    expect(pluralOf('‹n›', 'sv')).toBe('other');
    expect(pluralOf(1.5, 'en')).toBe('other');
  });
  it('the plural’s name counts as a placeholder', () => {
    expect(placeholders('{a} {b|x|y} [[{c}]]')).toEqual(['a', 'b', 'c']);
    expect(fill('[[({c|en|två})]]', 'sv', () => '')).toBe('');
  });
});
