import { describe, expect, it } from 'vitest';
import type { Code, FileStats, FindingGroup } from '../../src/report/index.js';
import { CODES, percent, scoreFile, scoreRun } from '../../src/report/index.js';

const stats = (rows: number, rowsWithErrors: number, errors = rowsWithErrors, warnings = 0): FileStats => ({ rows, rowsWithErrors, errors, warnings, infos: 0 });
const group = (code: Code, count = 1): FindingGroup => ({ code, severity: CODES[code].severity, count, examples: [] });

describe('scoreFile', () => {
  it('A: no errors and no warnings; B: warnings only', () => {
    expect(scoreFile({ stats: stats(10, 0), groups: [], unreadable: false })).toEqual({ rowsOkShare: 1, structure: 'pass', level: 'A' });
    expect(scoreFile({ stats: stats(10, 0, 0, 1), groups: [group('row-blank')], unreadable: false })).toEqual({ rowsOkShare: 1, structure: 'pass', level: 'B' });
  });
  it('a header warning makes the structure warn; infos count for nothing', () => {
    const s = scoreFile({ stats: { ...stats(4, 0, 0, 1), infos: 1 }, groups: [group('header-column-order'), group('header-missing-optional-columns')], unreadable: false });
    expect(s).toEqual({ rowsOkShare: 1, structure: 'warn', level: 'B' });
  });
  it('C: errors in at most 10% of rows with a sound structure; D below that', () => {
    expect(scoreFile({ stats: stats(10, 1), groups: [group('invalid-integer')], unreadable: false })).toEqual({ rowsOkShare: 0.9, structure: 'pass', level: 'C' });
    expect(scoreFile({ stats: stats(10, 2), groups: [group('invalid-integer', 2)], unreadable: false })).toMatchObject({ rowsOkShare: 0.8, level: 'D' });
  });
  it('D: a header error fails the structure even when every row is fine', () => {
    expect(scoreFile({ stats: stats(10, 0, 1), groups: [group('header-unknown-column')], unreadable: false })).toEqual({ rowsOkShare: 1, structure: 'fail', level: 'D' });
  });
  it('F: fewer than half the rows free of errors, an unreadable file, an empty file', () => {
    expect(scoreFile({ stats: stats(3, 2), groups: [group('invalid-date', 2)], unreadable: false })).toMatchObject({ rowsOkShare: 0.3333, level: 'F' });
    expect(scoreFile({ stats: stats(0, 0, 1), groups: [group('file-unreadable')], unreadable: true })).toEqual({ rowsOkShare: 0, structure: 'fail', level: 'F' });
    expect(scoreFile({ stats: stats(0, 0, 1), groups: [group('file-empty')], unreadable: false })).toEqual({ rowsOkShare: 0, structure: 'fail', level: 'F' });
  });
  it('a header-only file without findings conforms', () => {
    expect(scoreFile({ stats: stats(0, 0), groups: [], unreadable: false })).toEqual({ rowsOkShare: 1, structure: 'pass', level: 'A' });
  });
});

describe('scoreRun', () => {
  it('shares over all rows; the worst structure and level', () => {
    const a = { stats: stats(90, 0), score: scoreFile({ stats: stats(90, 0), groups: [], unreadable: false }) };
    const b = { stats: stats(10, 5), score: scoreFile({ stats: stats(10, 5), groups: [group('header-column-order')], unreadable: false }) };
    expect(scoreRun([a, b])).toEqual({ rowsOkShare: 0.95, structure: 'warn', level: b.score.level });
    expect(scoreRun([])).toEqual({ rowsOkShare: 1, structure: 'pass', level: 'A' });
  });
});

describe('percent', () => {
  it('rounds down, so an almost perfect file never shows 100%', () => {
    expect(percent(0.9996)).toBe(99);
    expect(percent(0.29)).toBe(29);
    expect(percent(1)).toBe(100);
  });
});
