import { describe, expect, it } from 'vitest';
import { FORMATTERS, NO_COLORS, printable } from '../../src/formatters/index.js';
import type { Diagnostic, FileReport, RunReport } from '../../src/report/index.js';
import { Collector, summarize } from '../../src/report/index.js';

function fileReport(name: string, ds: Diagnostic[], rows: number): FileReport {
  const c = new Collector(1000);
  c.stats.rows = rows;
  for (const d of ds) c.add(d);
  return {
    file: name,
    format: 'csv',
    spec: { id: 'badplatser', version: '1.0', title: { sv: 'Badplatser', en: 'Bathing sites' }, status: 'partial', officialUrl: 'https://dataportal.se/specifications/badplatser/1.0', file: 'specs/badplatser/1.0.json', sha256: 'ab'.repeat(32), bundled: true },
    valid: c.stats.errors === 0,
    partial: false,
    unreadable: false,
    stats: c.stats,
    diagnostics: c.diagnostics,
    groups: c.sortedGroups(),
    durationMs: 12,
  };
}

const cell = (row: number, field: string, column: number, value: string, code: Diagnostic['code'] = 'pattern-mismatch'): Diagnostic => ({
  code,
  severity: 'error',
  row,
  line: row,
  column,
  columnLetter: String.fromCharCode(64 + column),
  field,
  value,
  params: code === 'pattern-mismatch' ? { pattern: '^[1-9][0-9]{2} ?[0-9]{2}$' } : {},
});

const report: RunReport = (() => {
  const files = [
    fileReport('badplatser.csv', [cell(3, 'postcode', 11, '4123'), cell(7, 'postcode', 11, '41'), cell(12, 'postcode', 11, 'x'), cell(4, 'toilet', 15, 'ja', 'invalid-boolean'), { code: 'row-blank', severity: 'warning', row: 9, line: 9, params: {} }], 20),
    fileReport('ok.csv', [], 5),
  ];
  return { reportVersion: 1, tool: { name: 'datakoll', version: '0.0.0-test' }, startedAt: '2026-01-01T00:00:00.000Z', files, summary: summarize(files) };
})();

describe('text formatter', () => {
  it('English', async () => {
    await expect(FORMATTERS.text(report, { lang: 'en', colors: NO_COLORS })).toMatchFileSnapshot('./__golden__/text-en.txt');
  });
  it('Swedish', async () => {
    await expect(FORMATTERS.text(report, { lang: 'sv', colors: NO_COLORS })).toMatchFileSnapshot('./__golden__/text-sv.txt');
  });
  it('shows control characters and invisible characters', () => {
    expect(printable('a\nb\tc\u0000d\u200be')).toBe('a⏎b⇥c\\u0000d\\u200be');
  });
  it('a hostile value cannot inject terminal escape codes', () => {
    const r = { ...report, files: [fileReport('x.csv', [cell(2, 'name', 2, '\u001b[31mred\u001b[0m', 'invalid-integer')], 1)] };
    expect(FORMATTERS.text(r, { lang: 'en', colors: NO_COLORS })).not.toContain('\u001b');
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
});
