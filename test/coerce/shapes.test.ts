/** The character-code readers of dates and numbers say what their regular expressions say. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INTEGER, NUMBER, isInteger, isNumber, shortDecimal } from '../../src/coerce/coerce.js';
import { DATE, TIME, ZONE, isDate, isDateTime, isUri } from '../../src/coerce/formats.js';

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

/** isDateTime as it was written with TIME and ZONE. */
function dateTimeByRegex(s: string): boolean {
  const t = s.indexOf('T') >= 0 ? s.indexOf('T') : s.indexOf('t');
  if (t !== 10) return false;
  if (!dateByRegex(s.slice(0, 10))) return false;
  const rest = s.slice(11);
  const z = rest.search(/[Zz+-]/);
  if (z < 0) return TIME.test(rest);
  return TIME.test(rest.slice(0, z)) && ZONE.test(rest.slice(z));
}

/** isUri as it was written. */
function uriByRegex(s: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) || !/^[^\s]+$/.test(s)) return false;
  if (/^https?:/i.test(s)) return /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i.test(s);
  return true;
}

describe('isDateTime and isUri', () => {
  it('agree with the regular expressions they replace', () => {
    const times = fc.tuple(
      fc.constantFrom('2024-02-29', '2023-02-29', '2024-13-01', '2024-01-02'),
      fc.constantFrom('T', 't', ' ', 'TT'),
      text('0123456789:.', 14),
      fc.constantFrom('', 'Z', 'z', '+01:00', '-0130', '+24:00', '+01:60', '+1', '+01:0', 'ZZ', '+01:00Z', '-'),
    ).map((p) => p.join(''));
    const times2 = fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 62 }), text('0123456789', 11)).map(([h, m, s, f]) => `2024-05-06T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${f === '' ? '' : `.${f}`}+02:00`);
    fc.assert(
      fc.property(fc.oneof(times, times2, fc.string({ maxLength: 30 })), (s) => {
        expect(isDateTime(s)).toBe(dateTimeByRegex(s));
      }),
      { numRuns: 10000 },
    );
    const uris = fc.oneof(fc.tuple(fc.constantFrom('http', 'HTTPS', 'https', 'ftp', 'mailto', '1x', ''), fc.constantFrom(':', '://', ':/'), fc.string({ maxLength: 12 }), fc.constantFrom('', '/a b', '?q', '#x', '@h')).map((p) => p.join('')), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(uris, (s) => {
        expect(isUri(s)).toBe(uriByRegex(s));
      }),
      { numRuns: 10000 },
    );
  });
});
