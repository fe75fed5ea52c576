/** Spec patterns: RE2 gives them JavaScript's meaning, and the linear-time proof lets through only what cannot backtrack badly. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIGIT, DOT, SPACE, WORD, propertySet } from '../../src/schema/charset.js';
import type { CharSet } from '../../src/schema/charset.js';
import { PatternRefused } from '../../src/schema/pattern-error.js';
import { parsePattern } from '../../src/schema/pattern-parse.js';
import { provablyLinear } from '../../src/schema/pattern-proof.js';
import { compileRe2 } from '../../src/schema/pattern-re2.js';
import { provenLinear, schemaPatterns } from '../../src/schema/patterns.js';

const re2 = (p: string): ((s: string) => boolean) => compileRe2(parsePattern(p), p).test;

/** Every code point JavaScript's engine puts in a class, as ranges. */
function jsSet(source: string): CharSet {
  const re = new RegExp(`^${source}$`, 'u');
  const out: number[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (re.test(c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c))) {
      if (out.length > 0 && out[out.length - 1] === c - 1) out[out.length - 1] = c;
      else out.push(c, c);
    }
  }
  return out;
}

describe('character sets', () => {
  it('\\d, \\w, \\s and . are exactly JavaScript’s (u flag)', () => {
    expect(DIGIT).toEqual(jsSet('\\d'));
    expect(WORD).toEqual(jsSet('\\w'));
    expect(SPACE).toEqual(jsSet('\\s'));
    expect(DOT).toEqual(jsSet('.'));
  });
  it('a property escape is asked of JavaScript itself', () => {
    const greek = propertySet('\\p{Script=Greek}');
    expect(greek.slice(0, 2)).toEqual([0x370, 0x373]);
    expect(() => propertySet('\\p{NoSuchProperty}')).toThrow(SyntaxError);
  });
});

/** Patterns built from the syntax the translation handles, as text. */
const patternText: fc.Arbitrary<string> = fc.letrec<{ alt: string; seq: string; term: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', 'b', '-', ' ', 'é', '😀', '\\.', '\\/', '\\n', '\\u00e9', '\\u{1F600}', '\\x41', '\\cJ', '\\0'),
    fc.constantFrom('.', '\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '\\p{L}', '\\P{Lu}', '\\p{Script=Latin}'),
    fc.constantFrom('[ab]', '[^a]', '[a-c]', '[\\s\\d]', '[^\\S]', '[\\p{Lu}x]', '[]', '[^]', '[-a]', '[a-]', '[\\b]', '[\\]\\-]', '[^\\w\\n]'),
    fc.constantFrom('^', '$', '\\b', '\\B'),
    tie('alt').map((a) => `(${a})`),
    tie('alt').map((a) => `(?:${a})`),
  ),
  term: fc.tuple(tie('atom'), fc.constantFrom('', '', '*', '+', '?', '{2}', '{0,2}', '{1,}', '*?', '{1,3}?')).map(([a, q]) => a + q),
  seq: fc.array(tie('term'), { maxLength: 4 }).map((t) => t.join('')),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((s) => s.join('|')),
})).alt;

const text = fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'Z', '-', ' ', '\u00a0', '\n', '\r', '\u2028', 'é', '😀', '1', '_', '\t', '\v', '\ufeff', '.', '/'), { maxLength: 8 }).map((a) => a.join(''));

describe('RE2 translation', () => {
  it('matches exactly what JavaScript matches, on generated patterns and texts', () => {
    fc.assert(
      fc.property(patternText, fc.array(text, { minLength: 1, maxLength: 15 }), (p, inputs) => {
        let js: RegExp;
        try {
          js = new RegExp(p, 'u');
        } catch {
          return; // not valid JavaScript (a quantified assertion): refused before RE2
        }
        const test = re2(p);
        for (const s of inputs) {
          // V8 lets \B match between the two halves of a surrogate pair; RE2 (and ECMAScript) do not.
          if (p.includes('\\B') && /[\u{10000}-\u{10ffff}]/u.test(s)) continue;
          expect(test(s), `${JSON.stringify(p)} on ${JSON.stringify(s)}`).toBe(js.test(s));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses what RE2 cannot run, and what is past the limits', () => {
    const reason = (p: string): string => {
      try {
        re2(p);
      } catch (e) {
        expect(e).toBeInstanceOf(PatternRefused);
        return (e as PatternRefused).reason;
      }
      return 'accepted';
    };
    expect(reason('(?=a)')).toBe('lookaround');
    expect(reason('(?<!a)b')).toBe('lookaround');
    expect(reason('(a)\\1')).toBe('backreference');
    expect(reason('(?<n>a)\\k<n>')).toBe('backreference');
    expect(reason('a{1001}')).toBe('repeat');
    expect(reason('(?:a{0,100}){0,100}')).toBe('repeat');
    expect(reason('[a-z]{0,900}[0-9]{0,900}')).toBe('too-large');
    expect(reason('a'.repeat(5000))).toBe('too-long');
    expect(reason(`${'('.repeat(101)}a${')'.repeat(101)}`)).toBe('too-deep');
    expect(reason('a{2,1}')).toBe('syntax');
    expect(reason('\\p{Letter}+')).toBe('accepted');
  });
});

describe('the linear-time proof', () => {
  it('proves patterns that cannot backtrack badly', () => {
    for (const p of ['^[0-9]{4}-[0-9]{7}$', '^Q[1-9][0-9]*$', '^(?:[0-9]{3} ?[0-9]{2})$', '^[*+]+$', '^a*b*$', '^(?:ab|cd)*$', '^\\S.* [0-9]+:[0-9]+$', '^[^@]+@[^@]+$', '(Z|[+-][0-9]{2}:?[0-9]{2})$', '^\\d+(\\.\\d+){0,3}$']) {
      expect(provenLinear(p), p).toBe(true);
    }
  });

  it('does not prove what backtracks exponentially or polynomially, nor what it cannot tell', () => {
    const bad = [
      '^(a+)+$', '^(a|a)*$', '^(a|aa)*$', '^(a*)*$', '(x|y)*z', '^(\\w+\\s?)*$', '^a?a?a?aaa$', '^(?:a(?:b?)?(?:b?)?)$',
      // Overlapping neighbours: quadratic or worse.
      '^.*a.*$', '^\\s*\\S*\\s*$', '^[a-z]{0,60}[a-z]{0,60}[a-z]{0,60}$', '^a{0,20000}a{0,20000}a{0,20000}b$', '^(?:a|b|ab)+c$',
      // Unanchored: every start position is tried again.
      'a+b', '\\d+$', 'x*',
      // A loop whose body can match nothing.
      '^(a?)+$', '^(?:a|)*$',
    ];
    for (const p of bad) expect(provenLinear(p), p).toBe(false);
  });

  it('proves every pattern of the bundled specs and the meta-schema (they run on JavaScript’s engine)', () => {
    const specs = fileURLToPath(new URL('../../specs', import.meta.url));
    const files = [join(specs, 'meta-schema.json'), ...readdirSync(specs, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(specs, d.name)).map((f) => join(specs, d.name, f)))];
    const patterns = files.flatMap((f) => schemaPatterns(JSON.parse(readFileSync(f, 'utf8'))));
    expect(patterns.length).toBeGreaterThan(20);
    for (const p of patterns) expect(provenLinear(p), p).toBe(true);
  });

  it('what it proves runs quickly on JavaScript’s engine, even on texts built to make it backtrack (a guard)', () => {
    const proven = fc.sample(patternText.filter((p) => {
      try {
        return provablyLinear(parsePattern(p));
      } catch {
        return false;
      }
    }), { numRuns: 150, seed: 7 });
    expect(proven.length).toBe(150);
    const started = performance.now();
    for (const p of proven) {
      const js = new RegExp(p, 'u');
      for (const unit of ['a', 'ab', 'a ', '1a', 'aé', ' \u00a0', 'b-']) for (const end of ['', '!', '\n']) js.test(unit.repeat(4000) + end);
    }
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

describe('formats', () => {
  it('every format a spec may name runs quickly on long hostile texts (a guard)', async () => {
    const { formatTable } = await import('../../src/schema/ajv.js');
    const started = performance.now();
    for (const [name, f] of Object.entries(formatTable())) {
      const check = f instanceof RegExp ? (s: string): boolean => f.test(s) : typeof f === 'function' ? f : typeof f === 'object' && f.validate instanceof RegExp ? (s: string): boolean => (f.validate as RegExp).test(s) : typeof f === 'object' && typeof f.validate === 'function' ? (f.validate as (s: string) => boolean) : undefined;
      if (check === undefined) continue;
      for (const pre of ['', 'a', '/', '1', 'http://', 'https://a.se/', 'a@', '[', 'P']) {
        for (const unit of ['a', '1', '.', ':', '/', '%', '-', '@', 'a.', '1.', 'a:', '::', '/a', 'a1', '0.0.']) for (const end of ['', '!', '\n']) check(pre + unit.repeat(Math.floor(20_000 / unit.length)) + end);
      }
      expect(performance.now() - started, name).toBeLessThan(30_000);
    }
  });
});


describe("users' patterns: JavaScript's engine when proven linear, RE2 otherwise", () => {
  it('a proven pattern runs as a JavaScript RegExp; one that could backtrack runs on RE2', async () => {
    const { re2RegExp } = await import('../../src/schema/patterns.js');
    expect(re2RegExp('^[0-9]{4}-[0-9]{7}$', 'u')).toBeInstanceOf(RegExp);
    const slow = re2RegExp('^(a|a)*b$', 'u');
    expect(slow).not.toBeInstanceOf(RegExp);
    expect(slow.test('a'.repeat(30) + 'b')).toBe(true);
  });
});
