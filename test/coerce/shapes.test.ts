/** The character-code readers of dates and numbers say what their regular expressions say. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INTEGER, NUMBER, isInteger, isNumber, shortDecimal } from '../../src/coerce/coerce.js';
import { DATE, isDate } from '../../src/coerce/formats.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** isDate as it was written with DATE: the shape, then a day that exists. */
function dateByRegex(s: string): boolean {
  const m = DATE.exec(s);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  if (mo === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (DAYS[mo - 1] as number);
}

const text = (chars: string, maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...chars.split('')), { maxLength }).map((a) => a.join(''));

describe('isDate', () => {
  it('agrees with the regular expression on any text', () => {
    const dates = fc.oneof(
      text('0123456789-', 11),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.string({ maxLength: 11 }),
    );
    fc.assert(fc.property(dates, (s) => {
        expect(isDate(s)).toBe(dateByRegex(s));
      }), { numRuns: 5000 });
  });

  it('knows leap days and month ends', () => {
    expect([isDate('2024-02-29'), isDate('2023-02-29'), isDate('2000-02-29'), isDate('1900-02-29'), isDate('2024-04-31'), isDate('2024-12-31')]).toEqual([true, false, true, false, false, true]);
  });
});

describe('isInteger and isNumber', () => {
  it('agree with the regular expressions on any text', () => {
    const numbers = fc.oneof(text('0123456789+-.eE', 8), text('12.e+-', 6), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(numbers, (s) => {
        expect(isInteger(s)).toBe(INTEGER.test(s));
        expect(isNumber(s)).toBe(NUMBER.test(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('shortDecimal', () => {
  it('gives what Number() gives for every plain decimal it takes, and takes no other text', () => {
    const decimals = fc.oneof(
      text('0123456789.-+', 18),
      fc.tuple(fc.integer({ min: -180_000_000, max: 180_000_000 }), fc.integer({ min: 0, max: 9 })).map(([v, k]) => (v / 10 ** k).toFixed(k)),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    );
    fc.assert(
      fc.property(decimals, (s) => {
        const v = shortDecimal(s);
        if (v === undefined) return;
        expect(NUMBER.test(s)).toBe(true);
        expect(Object.is(v, Number(s))).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect([shortDecimal('67.074613'), shortDecimal('-0'), shortDecimal('5.'), shortDecimal('.5'), shortDecimal('1e5'), shortDecimal('1234567890123456'), shortDecimal('')]).toEqual([67.074613, -0, 5, 0.5, undefined, undefined, undefined]);
  });
});
