/** The header fix writes: the spec's columns in its order, then the columns it does not name, each with its cell fixer. */
import type { Attribute } from '../registry/index.js';
import type { Dialect } from '../input/index.js';
import { namedCells } from '../input/index.js';
import type { FixResult } from './result.js';
import type { CellVerdict } from './cell.js';
import { compileCellFixer } from './cell.js';

export interface Column {
  /** Index of the cell in the input row. */
  readonly from: number;
  readonly name: string;
  readonly fix?: (raw: string) => CellVerdict;
}

/**
 * The columns of the output from the header's cells (a trailing delimiter's empty cell left
 * out), and the header cells written changed; spaces around a name and a new order are logged.
 */
export function headerColumns(cells: readonly string[], dialect: Dialect, byName: ReadonlyMap<string, { a: Attribute; i: number }>, result: FixResult): { columns: Column[]; changed: number[] } {
  const named = namedCells(cells, dialect);
  const found: Column[] = [];
  const extra: Column[] = [];
  const changed: number[] = named < cells.length ? [named] : [];
  for (let i = 0; i < named; i++) {
    const raw = cells[i] as string;
    const name = raw.trim();
    if (name !== raw && name !== '') {
      result.fileChanges.push({ kind: 'header-spaces', detail: `${JSON.stringify(raw)} -> ${JSON.stringify(name)}` });
      changed.push(i);
    }
    const hit = byName.get(name);
    if (hit !== undefined) found.push({ from: i, name, fix: compileCellFixer(hit.a) });
    // A name of white space only is kept as it was.
    else extra.push({ from: i, name: name === '' ? raw : name });
  }
  const order = (c: Column): number => byName.get(c.name)?.i ?? 0;
  const columns = [...[...found].sort((x, y) => order(x) - order(y)), ...extra];
  if (columns.some((c, k) => c.from !== k)) result.fileChanges.push({ kind: 'column-order', detail: '' });
  return { columns, changed };
}
