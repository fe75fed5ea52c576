import { describe, expect, it } from 'vitest';
import { kommunkodProblem, lanskodProblem, luhnCheckDigit, organisationsnummerReason, postnummerProblem, telefonnummerProblem } from '../../src/coerce/index.js';

describe('organisationsnummer', () => {
  it('computes the Luhn check digit of the first nine digits', () => {
    expect(luhnCheckDigit('212000135')).toBe(5);
    expect(luhnCheckDigit('811218987')).toBe(6);
    expect(luhnCheckDigit('000000000')).toBe(0);
  });
  it('accepts ten digits with a valid check digit, with or without the hyphen', () => {
    // Göteborgs kommun; a company; Skatteverket's sample personal identity number (a sole trader's).
    for (const s of ['2120001355', '212000-1355', '5560360793', '556036-0793', '8112189876']) expect(organisationsnummerReason(s), s).toBeUndefined();
  });
  it('says why a number is not one', () => {
    expect(organisationsnummerReason('2120001356')).toBe('check-digit');
    expect(organisationsnummerReason('2120001535')).toBe('check-digit'); // two digits swapped
    expect(organisationsnummerReason('212000135')).toBe('length');
    expect(organisationsnummerReason('162120001355')).toBe('length'); // the 12-digit form with 16
    expect(organisationsnummerReason('212000 1355')).toBe('characters');
    expect(organisationsnummerReason('SE2120001355')).toBe('characters');
    expect(organisationsnummerReason('21200-01355')).toBe('characters');
    expect(organisationsnummerReason('2120-00-1355')).toBe('characters');
    expect(organisationsnummerReason('')).toBe('characters');
  });
});

describe('kommunkod and länskod', () => {
  it('accepts codes in SCB classification', () => {
    for (const s of ['0180', '1480', '0331', '2584']) expect(kommunkodProblem(s), s).toBeUndefined();
    for (const s of ['01', '14', '25']) expect(lanskodProblem(s), s).toBeUndefined();
  });
  it('finds a lost leading zero and suggests the code', () => {
    expect(kommunkodProblem('180')).toEqual({ reason: 'lost-zero', example: '0180' });
    expect(lanskodProblem('1')).toEqual({ reason: 'lost-zero', example: '01' });
  });
  it('tells a wrong form from an unknown code', () => {
    expect(kommunkodProblem('1917')).toEqual({ reason: 'unknown', example: '1480' }); // Heby's code before 2007
    expect(kommunkodProblem('999')).toEqual({ reason: 'form', example: '1480' });
    expect(kommunkodProblem('14800')).toMatchObject({ reason: 'form' });
    expect(kommunkodProblem('Göteborg')).toMatchObject({ reason: 'form' });
    expect(lanskodProblem('02')).toEqual({ reason: 'unknown', example: '14' });
    expect(lanskodProblem('AB')).toMatchObject({ reason: 'form' });
  });
});

describe('postnummer', () => {
  it('accepts five digits with or without the space, as the spec writes them', () => {
    expect(postnummerProblem('412 63', 'any')).toBeUndefined();
    expect(postnummerProblem('41263', 'any')).toBeUndefined();
    expect(postnummerProblem('412 63', 'spaced')).toBeUndefined();
    expect(postnummerProblem('41263', 'compact')).toBeUndefined();
  });
  it('asks for the spec form and rewrites the value in it', () => {
    expect(postnummerProblem('41263', 'spaced')).toEqual({ reason: 'space-expected', example: '412 63' });
    expect(postnummerProblem('412 63', 'compact')).toEqual({ reason: 'space-unexpected', example: '41263' });
  });
  it('says why a value is not a postal code', () => {
    expect(postnummerProblem('4123', 'any')).toEqual({ reason: 'form', example: '412 63' });
    expect(postnummerProblem('4123', 'compact')).toEqual({ reason: 'form', example: '41263' });
    expect(postnummerProblem('012 34', 'any')).toEqual({ reason: 'leading-zero', example: '412 63' });
    expect(postnummerProblem('412-63', 'any')).toEqual({ reason: 'form', example: '412 63' });
    expect(postnummerProblem('SE-412 63', 'compact')).toEqual({ reason: 'form', example: '41263' });
    expect(postnummerProblem('412  63', 'any')).toMatchObject({ reason: 'form' });
    expect(postnummerProblem('Göteborg', 'any')).toMatchObject({ reason: 'form' });
  });
});

describe('telefonnummer', () => {
  it('accepts national and +46 forms', () => {
    for (const s of ['031-365 00 00', '0313650000', '070-123 45 67', '08-123 456 78', '0501-756100', '(031) 365 00 00', '+46313650000', '+46 31 365 00 00', '+46 70-123 45 67', '020-12 34 56']) {
      expect(telefonnummerProblem(s), s).toBeUndefined();
    }
  });
  it('says why a number is not one, and rewrites it when the fix is clear', () => {
    expect(telefonnummerProblem('+46 (0)31 365 00 00')).toEqual({ reason: 'zero-after-country-code', example: '+46313650000' });
    expect(telefonnummerProblem('0046 31 365 00 00')).toEqual({ reason: 'international', example: '+46313650000' });
    expect(telefonnummerProblem('46313650000')).toEqual({ reason: 'prefix', example: '+46313650000' });
    expect(telefonnummerProblem('313650000')).toEqual({ reason: 'prefix', example: '0313650000' });
    expect(telefonnummerProblem('+47 22 00 00 00')).toMatchObject({ reason: 'foreign' });
    expect(telefonnummerProblem('0047 22 00 00 00')).toMatchObject({ reason: 'foreign' });
    expect(telefonnummerProblem('031-365')).toMatchObject({ reason: 'length' });
    expect(telefonnummerProblem('031-365 00 00 00 0')).toMatchObject({ reason: 'length' });
    expect(telefonnummerProblem('tel. 031-365 00 00')).toMatchObject({ reason: 'characters' });
    expect(telefonnummerProblem('031/365 00 00')).toMatchObject({ reason: 'characters' });
    expect(telefonnummerProblem('031-365+00')).toMatchObject({ reason: 'characters' });
  });
});
