/** Every count of the text and Markdown reports takes the word its number needs, in Swedish and English: 1 rad, 2 rader. */
import { describe, expect, it } from 'vitest';
import { FORMATTERS, NO_COLORS } from '../../src/formatters/index.js';
import type { Diagnostic } from '../../src/report/index.js';
import { cell, fileReport, runReport } from './fixture.js';

const sv = { lang: 'sv', colors: NO_COLORS } as const;
const en = { lang: 'en', colors: NO_COLORS } as const;

const warning = (row: number): Diagnostic => ({ code: 'row-blank', severity: 'warning', row, line: row, params: {} });
const info = (n: number): Diagnostic => ({ code: 'header-missing-optional-columns', severity: 'info', row: 1, line: 1, params: { count: n, columns: 'x' } });
const unreadable = (name: string): ReturnType<typeof fileReport> => fileReport(name, [{ code: 'file-unreadable', severity: 'error', params: { reason: 'not-found' } }], 0, { unreadable: true });

/** One of everything: a file with 1 error, 1 warning and 1 note in 1 row (1 row without errors apart), and 1 file of each verdict. */
function ones(): ReturnType<typeof runReport> {
  return runReport([fileReport('a.csv', [cell(2, 'postcode', 1, 'x'), warning(3), info(1)], 2), fileReport('ok.csv', [], 1), unreadable('gone.csv')]);
}

/** Two of everything. */
function twos(): ReturnType<typeof runReport> {
  const bad = (name: string): ReturnType<typeof fileReport> => fileReport(name, [cell(2, 'postcode', 1, 'x'), cell(3, 'postcode', 1, 'y'), warning(4), warning(5), info(2), { ...info(2), field: 'other' }], 4);
  return runReport([bad('a.csv'), bad('b.csv'), fileReport('ok.csv', [], 2), fileReport('ok2.csv', [], 2), unreadable('gone.csv'), unreadable('gone2.csv')]);
}

describe('plurals in the text report', () => {
  it('one', () => {
    const s = FORMATTERS.text(ones(), sv);
    expect(s).toContain('  ✖ följer inte specifikationen: 1 fel, 1 varning, 1 upplysning i 2 rader (1 rad utan fel)\n');
    expect(s).toContain('  ✔ följer specifikationen: 0 fel, 0 varningar, 0 upplysningar i 1 rad (1 rad utan fel)\n');
    expect(s).toContain('Sammanfattning: 3 filer (1 godkänd, 1 underkänd, 1 oläsbar); 2 fel, 1 varning;');
    const e = FORMATTERS.text(ones(), en);
    expect(e).toContain('  ✖ does not conform to the spec: 1 error, 1 warning, 1 note in 2 rows (1 row without errors)\n');
    expect(e).toContain('  ✔ conforms to the spec: 0 errors, 0 warnings, 0 notes in 1 row (1 row without errors)\n');
    expect(e).toContain('Summary: 3 files (1 passed, 1 failed, 1 unreadable); 2 errors, 1 warning;');
    // A file that could not be read claims no rows, with or without errors.
    expect(s).toContain('  kunde inte läsas: 1 fel, 0 varningar, 0 upplysningar\n');
  });
  it('two', () => {
    const s = FORMATTERS.text(twos(), sv);
    expect(s).toContain('  ✖ postcode  pattern-mismatch 2 rader, t.ex. cellerna A2 ');
    expect(s).toContain('  ✖ följer inte specifikationen: 2 fel, 2 varningar, 2 upplysningar i 4 rader (2 rader utan fel)\n');
    expect(s).toContain('  ✔ följer specifikationen: 0 fel, 0 varningar, 0 upplysningar i 2 rader (2 rader utan fel)\n');
    expect(s).toContain('Sammanfattning: 6 filer (2 godkända, 2 underkända, 2 oläsbara); 6 fel, 4 varningar;');
    const e = FORMATTERS.text(twos(), en);
    expect(e).toContain('  ✖ postcode  pattern-mismatch 2 rows, e.g. cells A2 ');
    expect(e).toContain('  ✖ does not conform to the spec: 2 errors, 2 warnings, 2 notes in 4 rows (2 rows without errors)\n');
    expect(e).toContain('Summary: 6 files (2 passed, 2 failed, 2 unreadable); 6 errors, 4 warnings;');
  });
});

describe('plurals in the Markdown report', () => {
  it('one', () => {
    const single = runReport([fileReport('ok.csv', [], 1)]);
    expect(FORMATTERS.markdown(single, sv)).toContain('· 1 fil (1 godkänd, 0 underkända, 0 oläsbara)\n');
    expect(FORMATTERS.markdown(single, en)).toContain('· 1 file (1 passed, 0 failed, 0 unreadable)\n');
    expect(FORMATTERS.markdown(ones(), sv)).toContain('· 3 filer (1 godkänd, 1 underkänd, 1 oläsbar)\n');
    expect(FORMATTERS.markdown(ones(), en)).toContain('· 3 files (1 passed, 1 failed, 1 unreadable)\n');
  });
  it('two', () => {
    expect(FORMATTERS.markdown(twos(), sv)).toContain('· 6 filer (2 godkända, 2 underkända, 2 oläsbara)\n');
    expect(FORMATTERS.markdown(twos(), en)).toContain('· 6 files (2 passed, 2 failed, 2 unreadable)\n');
  });
  it('the groups past the first fifty: 1 and 2 more', () => {
    const many = (n: number): ReturnType<typeof runReport> => runReport([fileReport('a.csv', Array.from({ length: 50 + n }, (_v, i) => cell(2, `c${i}`, 1, 'x')), 2)]);
    expect(FORMATTERS.markdown(many(1), sv)).toContain('\n… 1 fynd till finns i den fullständiga rapporten\n');
    expect(FORMATTERS.markdown(many(2), sv)).toContain('\n… 2 fynd till finns i den fullständiga rapporten\n');
    expect(FORMATTERS.markdown(many(1), en)).toContain('\n… 1 more finding in the full report\n');
    expect(FORMATTERS.markdown(many(2), en)).toContain('\n… 2 more findings in the full report\n');
  });
});
