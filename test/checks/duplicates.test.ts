import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BATCH, DuplicateFinder, KeyBatchBuilder } from '../../src/checks/index.js';

function add(f: DuplicateFinder, key: string, row: number, hasError = false): void {
  f.add(key, row, row + 10, hasError);
}

/** What a Map finds: every later row of a key, with the key's first row. */
function naive(keys: readonly string[], firstRow: number): { row: number; firstRow: number; key: string }[] {
  const seen = new Map<string, number>();
  const out: { row: number; firstRow: number; key: string }[] = [];
  keys.forEach((k, i) => {
    const row = firstRow + i;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, row);
    else out.push({ row, firstRow: first, key: k });
  });
  return out;
}

const spillDirs = (): string[] => readdirSync(tmpdir()).filter((n) => n.startsWith('datakoll-keys-'));

describe('DuplicateFinder', () => {
  it('finds later rows of a key with its first row, in memory', () => {
    const f = new DuplicateFinder(10);
    ['a', 'b', 'a', 'c', 'b', 'a'].forEach((k, i) => add(f, k, i + 2, k === 'b'));
    const found = f.finish();
    expect(found.first.map((d) => [d.row, d.firstRow, d.key, d.line])).toEqual([
      [4, 2, 'a', 14],
      [6, 3, 'b', 16],
      [7, 2, 'a', 17],
    ]);
    expect(found.count).toBe(3);
    expect(found.countOnCleanRows).toBe(2);
  });

  it('spills past a batch to temporary files, finds the same duplicates, and removes the files', () => {
    const before = spillDirs().length;
    const keys = Array.from({ length: BATCH * 2 + 5000 }, (_, i) => `k${(i * 7919) % 100_003}-å`);
    const f = new DuplicateFinder(50);
    keys.forEach((k, i) => add(f, k, i + 2, i % 3 === 0));
    expect(spillDirs().length).toBe(before + 1);
    const found = f.finish();
    expect(spillDirs().length).toBe(before);
    const expected = naive(keys, 2);
    expect(found.count).toBe(expected.length);
    expect(found.first.map((d) => ({ row: d.row, firstRow: d.firstRow, key: d.key }))).toEqual(expected.slice(0, 50));
    expect(found.countOnCleanRows).toBe(expected.filter((d) => (d.row - 2) % 3 !== 0).length);
  });

  it('takes keys in batches from another thread, rows and lines moved', () => {
    const f = new DuplicateFinder(10);
    add(f, 'ä-1', 2);
    const log = new KeyBatchBuilder();
    log.add('b', 1, 1, false);
    log.add('ä-1', 2, 3, true);
    log.add('b', 3, 4, false);
    f.addBatch(log.build(), 2, 5);
    expect(f.finish().first.map((d) => [d.row, d.line, d.firstRow, d.key, d.rowHasError])).toEqual([
      [4, 8, 2, 'ä-1', true],
      [5, 9, 3, 'b', false],
    ]);
  });

  it('refuses rows out of order', () => {
    const f = new DuplicateFinder(1);
    add(f, 'a', 5);
    expect(() => add(f, 'b', 5)).toThrow(/row order/);
    f.close();
  });
});
