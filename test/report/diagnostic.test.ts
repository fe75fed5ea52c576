import { describe, expect, it } from 'vitest';
import { columnLetter, shorten, summarize, valueText } from '../../src/report/index.js';
import { Collector } from '../../src/engine/index.js';
import type { Diagnostic, FileReport } from '../../src/report/index.js';

describe('columnLetter', () => {
  it('follows spreadsheet lettering', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('shorten and valueText', () => {
  it('keeps short values and cuts long ones in the middle', () => {
    expect(shorten('abc')).toBe('abc');
    const long = `${'a'.repeat(100)}XYZ${'b'.repeat(100)}`;
    const s = shorten(long, 21);
    expect(s).toHaveLength(21);
    expect(s.startsWith('aaaaaaaaaa')).toBe(true);
    expect(s.endsWith('bbbbbbbbbb')).toBe(true);
    expect(s).toContain('…');
  });
  it('renders JSON values', () => {
    expect(valueText(12)).toBe('12');
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    expect(valueText(undefined)).toBe('');
  });
});

const d = (row: number, code: Diagnostic['code'], severity: Diagnostic['severity'] = 'error', field = 'x'): Diagnostic => ({ code, severity, row, field, params: {} });

describe('Collector', () => {
  it('counts every finding but lists at most maxErrors, and marks the list partial', () => {
    const c = new Collector(2);
    c.add(d(2, 'invalid-integer'));
    c.add(d(2, 'invalid-number'));
    c.add(d(3, 'invalid-integer'));
    c.add(d(4, 'row-blank', 'warning', ''));
    expect(c.diagnostics).toHaveLength(2);
    expect(c.partial).toBe(true);
    expect(c.stats).toMatchObject({ errors: 3, warnings: 1, rowsWithErrors: 2 });
  });

  it('groups by field and code with three examples, errors first', () => {
    const c = new Collector(100);
    for (let r = 2; r < 8; r++) c.add(d(r, 'invalid-integer', 'error', 'wc'));
    c.add(d(9, 'row-blank', 'warning', ''));
    const groups = c.sortedGroups();
    expect(groups[0]).toMatchObject({ code: 'invalid-integer', field: 'wc', count: 6 });
    expect(groups[0]?.examples.map((e) => e.row)).toEqual([2, 3, 4]);
    expect(groups[1]?.code).toBe('row-blank');
  });

  it('does not count header findings as rows with errors', () => {
    const c = new Collector(10);
    c.add({ code: 'header-missing-column', severity: 'error', row: 1, field: 'id', params: {} });
    expect(c.stats.rowsWithErrors).toBe(0);
    expect(c.stats.errors).toBe(1);
  });
});

describe('summarize', () => {
  it('adds up files', () => {
    const base = { format: 'csv', partial: false, diagnostics: [], groups: [], score: { rowsOkShare: 1, structure: 'pass', level: 'A' }, durationMs: 1 } as const;
    const spec = { id: 'x', version: '1', title: { sv: 'x', en: 'x' }, status: 'partial', file: 'x', sha256: '0', bundled: true } as const;
    const files: FileReport[] = [
      { ...base, file: 'a', spec, valid: true, unreadable: false, stats: { rows: 3, rowsWithErrors: 0, errors: 0, warnings: 1, infos: 0 } },
      { ...base, file: 'b', spec, valid: false, unreadable: false, stats: { rows: 2, rowsWithErrors: 1, errors: 2, warnings: 0, infos: 0 } },
      { ...base, file: 'c', spec, valid: false, unreadable: true, stats: { rows: 0, rowsWithErrors: 0, errors: 1, warnings: 0, infos: 0 } },
    ];
    expect(summarize(files)).toEqual({ files: 3, validFiles: 1, invalidFiles: 1, unreadableFiles: 1, rows: 5, errors: 3, warnings: 1, infos: 0 });
  });
});

describe('valueText on values too deep to print', () => {
  it('says what the value is instead of failing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(valueText(deep)).toBe('[…]');
  });
});
