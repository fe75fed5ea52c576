import { describe, expect, it } from 'vitest';
import { FORMATTERS, NO_COLORS, printable } from '../../src/formatters/index.js';
import { cell, fileReport, mixedReport, runReport, sampleReport } from './fixture.js';

const report = sampleReport();

describe('text formatter', () => {
  it('English', async () => {
    await expect(FORMATTERS.text(report, { lang: 'en', colors: NO_COLORS })).toMatchFileSnapshot('./__golden__/text-en.txt');
  });
  it('Swedish', async () => {
    await expect(FORMATTERS.text(report, { lang: 'sv', colors: NO_COLORS })).toMatchFileSnapshot('./__golden__/text-sv.txt');
  });
  it('header findings, JSON pointers and unreadable files', async () => {
    await expect(FORMATTERS.text(mixedReport(), { lang: 'en', colors: NO_COLORS })).toMatchFileSnapshot('./__golden__/text-mixed-en.txt');
  });
  it('shows control characters and invisible characters', () => {
    expect(printable('a\nb\tc\u0000d\u200be')).toBe('a⏎b⇥c\\u0000d\\u200be');
  });
  it('a hostile value cannot inject terminal escape codes', () => {
    const r = runReport([fileReport('x.csv', [cell(2, 'name', 2, '\u001b[31mred\u001b[0m', 'invalid-integer')], 1)]);
    expect(FORMATTERS.text(r, { lang: 'en', colors: NO_COLORS })).not.toContain('\u001b');
  });
  it('shows the conformance score per file and for the run', () => {
    const out = FORMATTERS.text(report, { lang: 'en', colors: NO_COLORS });
    expect(out).toContain('score D: 80% of rows without errors, structure passed');
    expect(out).toContain('score A: 100% of rows without errors, structure passed');
  });
});

describe('json formatter', () => {
  it('is the report plus language and a message per diagnostic', () => {
    const out = JSON.parse(FORMATTERS.json(report, { lang: 'sv', colors: NO_COLORS }));
    expect(out.reportVersion).toBe(1);
    expect(out.lang).toBe('sv');
    expect(out.files[0].diagnostics[0]).toMatchObject({ code: 'pattern-mismatch', row: 3, field: 'postcode', value: '4123' });
    expect(out.files[0].diagnostics[0].message).toContain("'4123'");
    expect(out.files[0].groups[0]).toMatchObject({ code: 'pattern-mismatch', field: 'postcode', count: 3 });
    expect(out.summary).toEqual(report.summary);
  });
  it('carries the score per file and for the run', () => {
    const out = JSON.parse(FORMATTERS.json(report, { lang: 'en', colors: NO_COLORS }));
    expect(out.files[0].score).toEqual({ rowsOkShare: 0.8, structure: 'pass', level: 'D' });
    expect(out.score).toEqual({ rowsOkShare: 0.84, structure: 'pass', level: 'D' });
  });
});
