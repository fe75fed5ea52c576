/** The project's municipality and county list, checked against an independent copy of SCB's classification. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_DATE, isKommunkod, isLanskod, KOMMUNER, LAN } from '../../src/data/kommuner.js';

// shared/ lies beside the repository's folder (../shared from the repository root).
const SHARED = fileURLToPath(new URL('../../../shared/se-kommuner.csv', import.meta.url));

/** The rows of se-kommuner.csv: kommunkod, kommun, lanskod, lan (a plain file: no quoted commas). */
function reference(): string[][] {
  const lines = readFileSync(SHARED, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('kommunkod,kommun,lanskod,lan');
  return lines.slice(1).map((l) => l.split(','));
}

describe('the SCB municipality and county codes', () => {
  it('has 290 municipalities and 21 counties, dated', () => {
    expect(Object.keys(KOMMUNER)).toHaveLength(290);
    expect(Object.keys(LAN)).toHaveLength(21);
    expect(CLASSIFICATION_DATE).toBe('2007-01-01');
  });

  it('every municipality code is four digits starting with its county code', () => {
    for (const code of Object.keys(KOMMUNER)) {
      expect(code).toMatch(/^\d{4}$/);
      expect(isLanskod(code.slice(0, 2)), code).toBe(true);
    }
  });

  it.runIf(existsSync(SHARED))('matches the reference copy exactly: codes, names and counties', () => {
    const rows = reference();
    expect(rows).toHaveLength(290);
    expect(Object.fromEntries(rows.map((r) => [r[0], r[1]]))).toEqual(KOMMUNER);
    const counties = Object.fromEntries(rows.map((r) => [r[2], r[3]]));
    expect(counties).toEqual(LAN);
    for (const r of rows) expect((r[0] as string).slice(0, 2), r[1]).toBe(r[2]);
  });

  it('knows real codes and rejects others', () => {
    for (const c of ['0180', '1480', '2584', '0331', '0114']) expect(isKommunkod(c), c).toBe(true);
    for (const c of ['1917', '0100', '180', '9999', '14', 'constructor', 'toString']) expect(isKommunkod(c), c).toBe(false);
    for (const c of ['01', '14', '25']) expect(isLanskod(c), c).toBe(true);
    for (const c of ['02', '11', '15', '26', '1', 'hasOwnProperty']) expect(isLanskod(c), c).toBe(false);
  });
});
