import { describe, expect, it } from 'vitest';
import { Collector } from '../../src/engine/index.js';
import { mergePart, partOf } from '../../src/parallel/index.js';
import type { Diagnostic } from '../../src/report/index.js';

const cellError = (row: number, column = 1): Diagnostic => ({ code: 'invalid-integer', severity: 'error', row, line: row, column, field: 'id', params: {} });
const dup = (row: number): Diagnostic => ({ code: 'unique-duplicate', severity: 'error', row, line: row, field: 'id', params: { firstRow: 2 } });

/** The collector's state as a report shows it. */
const state = (c: Collector): unknown => ({ stats: c.stats, list: c.diagnostics, partial: c.partial, groups: c.sortedGroups() });

describe('Collector.merge', () => {
  it('takes in parts with moved rows as if their findings had been added one by one', () => {
    for (const max of [1, 3, 100]) {
      const whole = new Collector(max);
      const findings = [cellError(2), cellError(2, 3), cellError(5), cellError(9), cellError(12)];
      for (const d of findings) whole.add(d);
      const merged = new Collector(max);
      const a = new Collector(max);
      for (const d of findings.slice(0, 3)) a.add(d);
      // the second part numbers its rows from 1: row 9 is its 4th row after 5 rows before it
      const b = new Collector(max);
      for (const d of findings.slice(3)) b.add({ ...d, row: (d.row as number) - 5, line: (d.line as number) - 5 });
      mergePart(merged, partOf(a), (d) => d);
      mergePart(merged, partOf(b), (d) => ({ ...d, row: (d.row as number) + 5, line: (d.line as number) + 5 }));
      expect(state(merged), `max ${max}`).toEqual(state(whole));
    }
  });
});

describe('Collector.addLate', () => {
  it('places late findings after their row\'s other findings, as add() would have', () => {
    for (const max of [1, 2, 4, 100]) {
      const inOrder = new Collector(max);
      for (const d of [cellError(2), cellError(3), dup(3), cellError(4), dup(6), cellError(7)]) inOrder.add(d);
      const late = new Collector(max);
      for (const d of [cellError(2), cellError(3), cellError(4), cellError(7)]) late.add(d);
      late.addLate(
        [
          { diagnostic: dup(3), rowHasError: true },
          { diagnostic: dup(6), rowHasError: false },
        ],
        { count: 0, cleanRows: 0 },
      );
      expect(state(late), `max ${max}`).toEqual(state(inOrder));
    }
  });

  it('counts the late findings not given in full', () => {
    const c = new Collector(1);
    c.add(cellError(2));
    c.addLate([{ diagnostic: dup(3), rowHasError: false }], { count: 4, cleanRows: 3 });
    expect(c.stats).toMatchObject({ errors: 6, rowsWithErrors: 5 });
    expect(c.partial).toBe(true);
    expect(c.sortedGroups().find((g) => g.code === 'unique-duplicate')?.count).toBe(5);
  });
});
