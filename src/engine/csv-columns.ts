/** What a CSV file's header says: which column holds which attribute, and how each column's cells are read. */
import type { Code, Diagnostic, ParamValue } from '../report/index.js';
import { CODES, columnLetter } from '../report/index.js';
import type { Coercer, ColumnCoercer } from '../coerce/index.js';
import type { HeaderAnalysis, LateRowFinding } from '../checks/index.js';
import { analyzeHeader } from '../checks/index.js';
import type { Dialect } from '../input/index.js';
import { namedCells } from '../input/index.js';
import { valueKindOf } from '../forms/forms.js';
import { isPlainText } from '../forms/understand.js';
import type { ValueKind } from '../forms/forms.js';
import type { CompiledSpec } from './compile.js';

/** The columns of a CSV file, from its header row; arrays are indexed by 0-based column. */
export interface CsvColumns {
  /** Cells in the header row. */
  readonly width: number;
  readonly names: readonly (string | undefined)[];
  readonly coercers: readonly (Coercer | undefined)[];
  readonly failCodes: readonly (Code | undefined)[];
  readonly explains: readonly ColumnCoercer['explain'][];
  readonly kinds: readonly (ValueKind | undefined)[];
  /** Text columns without a format, where a placeholder such as NULL is looked for. */
  readonly plainText: readonly boolean[];
  readonly letters: readonly string[];
  /** For nested attributes (facility.name), the path into the record; undefined for flat ones. */
  readonly paths: readonly (readonly string[] | undefined)[];
  readonly columnOf: ReadonlyMap<string, number>;
  /** Attributes without a column (their per-row findings are left out: the header finding says it once). */
  readonly absent: ReadonlySet<string>;
  /**
   * Every top-level attribute the file has a column for, undefined (an attribute whose cell is
   * empty or unreadable stays undefined, which the schema reads as absent). Records copied from it
   * all have one shape, whatever cells a row lacks: with a shape per combination of missing cells,
   * property access in the validator went megamorphic and rows with errors cost about twice as much.
   */
  readonly template: Readonly<Record<string, undefined>>;
  /** What is wrong with the header. */
  readonly analysis: HeaderAnalysis;
}

/** Reads the header cells: a delimiter at the end of every line (the dialect says so) makes an empty last column, which is ignored. */
export function csvColumns(cells: readonly string[], compiled: CompiledSpec, dialect: Dialect | undefined): CsvColumns {
  const width = namedCells(cells, dialect);
  const named = width < cells.length ? cells.slice(0, width) : cells;
  const analysis = analyzeHeader(named, compiled.spec);
  const names = [...analysis.columns];
  const coercers: (Coercer | undefined)[] = [];
  const failCodes: (Code | undefined)[] = [];
  const explains: ColumnCoercer['explain'][] = [];
  const kinds: (ValueKind | undefined)[] = [];
  const plainText: boolean[] = [];
  const paths: (readonly string[] | undefined)[] = [];
  const columnOf = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === undefined) return;
    columnOf.set(name, i);
    const c = compiled.coercers.get(name);
    const a = compiled.attributes.get(name);
    if (a !== undefined && a.path.length > 1) paths[i] = a.path;
    coercers[i] = c?.coerce;
    failCodes[i] = c?.code;
    explains[i] = c?.explain;
    if (a !== undefined) {
      kinds[i] = valueKindOf(a.types, a.items === undefined ? a.format : undefined);
      plainText[i] = isPlainText(kinds[i], a.format, a.types);
    }
  });
  const flat = names.filter((name): name is string => name !== undefined && compiled.coercers.has(name) && (compiled.attributes.get(name)?.path.length ?? 1) <= 1);
  return {
    width: cells.length,
    names,
    coercers,
    failCodes,
    explains,
    kinds,
    plainText,
    letters: cells.map((_c, i) => columnLetter(i + 1)),
    paths,
    columnOf,
    absent: analysis.absent,
    template: Object.fromEntries(flat.map((name) => [name, undefined])),
    analysis,
  };
}

/** A finding about a cell (column i, 0-based; undefined: no column), with the attribute's description, which every cell message may show. */
export function cellFinding(compiled: CompiledSpec, cols: CsvColumns, code: Code, row: number, line: number, i: number | undefined, value: string, params: Record<string, ParamValue>, field?: string): Diagnostic {
  const at = i === undefined ? {} : { column: i + 1, columnLetter: cols.letters[i] as string };
  const name = field ?? (i === undefined ? '' : (cols.names[i] ?? ''));
  return { code, severity: CODES[code].severity, row, line, ...at, field: name, value, params: described(compiled, name, params) };
}

/** The parameters with the attribute's description. */
export function described(compiled: CompiledSpec, name: string, params: Record<string, ParamValue>): Record<string, ParamValue> {
  const description = compiled.attributes.get(name)?.description;
  return description === undefined ? params : { ...params, description };
}

/** A finding of a check across rows, made at the end of the file, at the column of its attribute. */
export function lateCellFinding(compiled: CompiledSpec, cols: CsvColumns, f: LateRowFinding): Diagnostic {
  return cellFinding(compiled, cols, f.code, f.row, f.line, cols.columnOf.get(f.at), f.value, f.params, f.field);
}

/** The columns before the header is read: none. */
export const NO_COLUMNS: CsvColumns = { width: 0, names: [], coercers: [], failCodes: [], explains: [], kinds: [], plainText: [], letters: [], paths: [], columnOf: new Map(), absent: new Set(), template: {}, analysis: { columns: [], findings: [], absent: new Set() } };
