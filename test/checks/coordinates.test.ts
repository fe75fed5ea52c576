import { describe, expect, it } from 'vitest';
import { checkPosition, decimalsOf, inSweden } from '../../src/checks/coordinates.js';

const at = (latitude: number, longitude: number, extra: { latitudeText?: string; longitudeText?: string; minDecimals?: number } = {}) =>
  checkPosition({ latitude, longitude, minDecimals: 4, ...extra });

describe('a WGS84 position in Sweden', () => {
  it('passes from Smygehuk to Treriksröset, and in the coastal waters', () => {
    for (const [lat, lon] of [
      [57.7089, 11.9746], // Göteborg
      [55.3367, 13.3594], // Smygehuk
      [69.0599, 20.5487], // Treriksröset
      [58.8867, 11.0056], // Koster, the western edge
      [65.8353, 24.1403], // Haparanda
      [57.6348, 18.2948], // Visby
      [55.2046, 14.1012], // the sea south of Skåne
    ] as const) {
      expect(inSweden(lat, lon), `${lat},${lon}`).toBe(true);
      expect(at(lat, lon), `${lat},${lon}`).toBeUndefined();
    }
  });

  it('finds latitude and longitude swapped', () => {
    expect(at(11.9746, 57.7089)).toEqual({ code: 'coordinates-swapped', params: { latitude: 11.9746, longitude: 57.7089 }, at: 'latitude' });
  });

  it('finds positions outside Sweden', () => {
    expect(at(0, 0)?.code).toBe('coordinates-outside-sweden');
    expect(at(59.9139, 30.3)?.code).toBe('coordinates-outside-sweden'); // east of Sweden
    expect(at(-57.7089, 11.9746)?.code).toBe('coordinates-outside-sweden'); // a lost minus sign the other way
    expect(at(95, 11.97)?.code).toBe('coordinates-outside-sweden');
  });

  it('reports at the longitude when it alone is wrong', () => {
    expect(at(59.9139, 30.3)?.at).toBe('longitude');
    expect(at(57.4872, 200.5)).toMatchObject({ code: 'coordinates-not-degrees', at: 'longitude' });
    expect(at(598644, 17.7001)).toMatchObject({ code: 'coordinates-not-degrees', at: 'latitude' });
    expect(at(0, 0)?.at).toBe('latitude');
  });

  it('recognises SWEREF 99 TM metres and gives the WGS84 position', () => {
    // Göteborg: N 6 400 326, E 319 758 in SWEREF 99 TM is 57.7089 N, 11.9746 E.
    const f = at(6400326.04, 319758.02);
    expect(f).toMatchObject({ code: 'coordinates-projected', params: { system: 'SWEREF 99 TM' } });
    const p = f?.params as { latitude: number; longitude: number };
    expect(p.latitude).toBeCloseTo(57.7089, 5);
    expect(p.longitude).toBeCloseTo(11.9746, 5);
    // Kiruna, with the columns swapped as well.
    const k = at(719583.12, 7536069.97)?.params as { latitude: number; longitude: number };
    expect(k.latitude).toBeCloseTo(67.8558, 5);
    expect(k.longitude).toBeCloseTo(20.2253, 5);
  });

  it('recognises RT 90 2.5 gon V metres and gives the WGS84 position', () => {
    // Checked against Lantmäteriet's direct projection from RT 90 (GRS80, lon0 15°48'22.624306",
    // k 1.00000561024, FN -667.711, FE 1 500 064.274): the two routes agree to 0.1 m.
    const f = at(6581821, 1628293);
    expect(f).toMatchObject({ code: 'coordinates-projected', params: { system: 'RT 90 2.5 gon V' } });
    const p = f?.params as { latitude: number; longitude: number };
    expect(p.latitude).toBeCloseTo(59.337648, 5);
    expect(p.longitude).toBeCloseTo(18.059672, 5);
  });

  it('metres in no national grid it knows are not degrees', () => {
    // SWEREF 99 12 00, a local zone (easting about 150 000).
    expect(at(6402000, 148000)?.code).toBe('coordinates-not-degrees');
    expect(at(6580822, 18.06)?.code).toBe('coordinates-not-degrees');
  });

  it('warns when a position has too few decimals to find the object', () => {
    expect(at(57.7, 11.97, { latitudeText: '57.70', longitudeText: '11.97' })).toEqual({ code: 'coordinates-imprecise', params: { decimals: 2, minimum: 4 }, at: 'latitude' });
    expect(at(57.7, 11.9746)).toEqual({ code: 'coordinates-imprecise', params: { decimals: 1, minimum: 4 }, at: 'latitude' });
    expect(at(57.7089, 11.97)).toMatchObject({ params: { decimals: 2 }, at: 'longitude' });
    // Trailing zeros written in CSV count.
    expect(at(57.7, 11.9746, { latitudeText: '57.7000', longitudeText: '11.9746' })).toBeUndefined();
    expect(at(57, 12, { minDecimals: 0 })).toBeUndefined();
  });

  it('counts written decimals', () => {
    expect(decimalsOf('57.70')).toBe(2);
    expect(decimalsOf('57')).toBe(0);
    expect(decimalsOf('57.')).toBe(0);
    expect(decimalsOf('-0.123456')).toBe(6);
  });
});
