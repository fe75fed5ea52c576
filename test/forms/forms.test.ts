import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/forms/forms.js';

const c = (raw: string, kind: Parameters<typeof recognize>[1]) => recognize(raw, kind)?.canonical;

describe('right meaning, wrong form', () => {
  it('numbers', () => {
    expect(c('58,192779', 'number')).toBe('58.192779');
    expect(c('-0,5', 'number')).toBe('-0.5');
    expect(c('1 234', 'integer')).toBe('1234');
    expect(c('1\u00a0234\u00a0567', 'integer')).toBe('1234567');
    expect(c('1 234,5', 'number')).toBe('1234.5');
    expect(c('1.234,5', 'number')).toBe('1234.5');
    expect(c('1.234.567', 'integer')).toBe('1234567');
    expect(recognize('58,19', 'integer')).toBeUndefined();
    expect(recognize('12 apor', 'number')).toBeUndefined();
    expect(recognize('1,2,3', 'number')).toBeUndefined();
  });
  it('booleans', () => {
    for (const t of ['ja', 'Ja', 'JA', 'TRUE', 'J', 'Y', '1', 'yes']) expect(c(t, 'boolean'), t).toBe('true');
    for (const t of ['nej', 'Nej', 'FALSE', 'N', '0', 'no']) expect(c(t, 'boolean'), t).toBe('false');
    expect(recognize('kanske', 'boolean')).toBeUndefined();
  });
  it('dates', () => {
    expect(c('20150423', 'date')).toBe('2015-04-23');
    expect(c('23/04/2015', 'date')).toBe('2015-04-23');
    expect(c('04/23/2015', 'date')).toBe('2015-04-23');
    expect(recognize('03/04/2015', 'date')).toBeUndefined();
    expect(c('23.4.2015', 'date')).toBe('2015-04-23');
    expect(c('2015-04-23 00:00', 'date')).toBe('2015-04-23');
    expect(recognize('2015-04-23 10:00', 'date')).toBeUndefined();
    expect(c('1429776000000', 'date')).toBe('2015-04-23');
    expect(recognize('20150231', 'date')).toBeUndefined();
  });
  it('date-times', () => {
    expect(c('2015-04-23 10:00', 'date-time')).toBe('2015-04-23T10:00');
    expect(c('2015-04-23 10:00:00+02:00', 'date-time')).toBe('2015-04-23T10:00:00+02:00');
    expect(c('1429783200000', 'date-time')).toBe('2015-04-23T10:00:00Z');
  });
  it('placeholders for empty', () => {
    for (const t of ['NULL', 'N/A', '-', ' ', 'saknas']) expect(recognize(t, 'number')?.kind, t).toBe('placeholder-empty');
    expect(recognize('NULL', 'text')?.kind).toBe('placeholder-empty');
    expect(recognize('-', 'text')).toBeUndefined();
    expect(recognize('   ', 'text')?.canonical).toBe('');
  });
});
