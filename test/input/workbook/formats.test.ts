/** Which number formats are dates or times, and serials as ISO 8601. */
import { describe, expect, it } from 'vitest';
import { builtInDateFormat, customDateFormat } from '../../../src/input/workbook/formats.js';
import { serialDate } from '../../../src/input/workbook/dates.js';

describe('number formats', () => {
  it('built-in ids 14-22, 27-36, 45-47, 50-58 are dates or times, others not', () => {
    const dated = [...Array(60).keys()].filter((id) => builtInDateFormat(id) !== undefined);
    expect(dated).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
    expect([14, 22, 20, 46].map(builtInDateFormat)).toEqual(['date', 'datetime', 'time', 'elapsed']);
  });

  it.each([
    ['yyyy-mm-dd', 'date'],
    ['yyyy\\-mm\\-dd', 'date'],
    ['[$-41D]d\\ mmmm\\ yyyy;@', 'date'],
    ['mmm-yy', 'date'],
    ['mmmm', 'date'],
    ['dd/mm/yyyy hh:mm', 'datetime'],
    ['yyyy-mm-dd"T"hh:mm:ss', 'datetime'],
    ['h:mm AM/PM', 'time'],
    ['hh:mm:ss.000', 'time'],
    ['mm:ss', 'time'],
    ['[h]:mm:ss', 'elapsed'],
    ['[mm]:ss', 'elapsed'],
    ['[h]:mm', 'elapsed'],
    ['HH:MM', 'time'],
    ['YYYY-MM-DD', 'date'],
    ['[$-F400]h:mm:ss\\ AM/PM', 'time'],
    ['[Red][<=100]yyyy-mm-dd', 'date'],
    ['General', undefined],
    ['0.00', undefined],
    ['#,##0 "st"', undefined],
    ['0" dagar"', undefined],
    ['#,##0\\ \\d\\a\\g', undefined],
    ['[Blue]0;[Red]-0', undefined],
    ['0.00E+00', undefined],
    ['@', undefined],
    ['_-* #,##0\\ "kr"_-;\\-* #,##0\\ "kr"_-', undefined],
    ['0;"dag" d', undefined],
  ])('%s is %s', (code, kind) => {
    expect(customDateFormat(code)).toBe(kind);
  });
});

describe('serials', () => {
  it('rounds to the millisecond, and a date format shows the time when the serial has one', () => {
    expect(serialDate(42117.99999999999, 'date', false)).toEqual({ kind: 'date', text: '2015-04-24' });
    expect(serialDate(42117.0000001, 'date', false)).toEqual({ kind: 'datetime', text: '2015-04-23T00:00:00.009' });
    expect(serialDate(42117.5, 'datetime', false)).toEqual({ kind: 'datetime', text: '2015-04-23T12:00:00' });
    expect(serialDate(42117, 'datetime', false)).toEqual({ kind: 'datetime', text: '2015-04-23T00:00:00' });
    expect(serialDate(1.75, 'time', false)).toEqual({ kind: 'time', text: '18:00:00' });
    expect(serialDate(1.75, 'elapsed', false)).toEqual({ kind: 'time', text: '42:00:00' });
  });

  it('the 1900 system counts 1900-02-29; the 1904 system does not', () => {
    expect(serialDate(60, 'date', false)?.text).toBe('1900-02-29');
    expect(serialDate(61, 'date', false)?.text).toBe('1900-03-01');
    expect(serialDate(60.5, 'date', false)?.text).toBe('1900-02-29T12:00:00');
    expect(serialDate(59, 'date', true)?.text).toBe('1904-02-29');
    expect(serialDate(60, 'date', true)?.text).toBe('1904-03-01');
  });

  it('a serial Excel cannot show as a date is none', () => {
    expect(serialDate(-0.5, 'date', false)).toBeUndefined();
    expect(serialDate(2958466, 'date', false)).toBeUndefined();
    expect(serialDate(2958465 - 1462 + 1, 'date', true)).toBeUndefined();
    expect(serialDate(2958465 - 1462, 'date', true)?.text).toBe('9999-12-31');
    expect(serialDate(Number.NaN, 'date', false)).toBeUndefined();
  });
});
