/**
 * `datakoll fix`: rewrites a CSV file in the spec's own dialect (UTF-8 without BOM, comma, LF, the
 * spec's column order, decimal points, true/false, ISO dates) where the original is unambiguous,
 * and keeps a log of every kind of change. Values it cannot fix unambiguously are left as they are
 * and listed.
 */
import type { Readable, Writable } from 'node:stream';
import { compileCoercer, FAIL } from '../coerce/index.js';
import type { Coercer } from '../coerce/index.js';
import { csvLine } from '../authoring/csv-write.js';
import { detectEncoding, toUtf8 } from '../input/decode.js';
import type { EncodingInfo } from '../input/decode.js';
import { decodeText, readCsv } from '../input/index.js';
import { sniffDialect } from '../input/sniff.js';
import type { Dialect } from '../input/sniff.js';
import { recognize, valueKindOf } from '../forms/forms.js';
import type { FormKind, ValueKind } from '../forms/forms.js';
import type { Attribute, Spec } from '../registry/index.js';
import { peek } from '../input/peek.js';

export type FileChangeKind = 'encoding' | 'bom' | 'delimiter' | 'line-endings' | 'column-order' | 'trailing-delimiter' | 'title-row' | 'header-spaces';

export interface CellExample {
  readonly row: number;
  readonly from: string;
  readonly to: string;
}

/** One kind of change in one column, counted, with a few examples. */
export interface CellChange {
  readonly column: string;
  readonly kind: FormKind;
  count: number;
  readonly examples: CellExample[];
}

export interface Unfixed {
  readonly row: number;
  readonly column: string;
  readonly value: string;
}

export interface FixResult {
  readonly encoding: EncodingInfo;
  readonly dialect: Dialect;
  /** Changes to the file as a whole, each with its detail (from -> to). */
  readonly fileChanges: { readonly kind: FileChangeKind; readonly detail: string }[];
  readonly cellChanges: CellChange[];
  /** Values left as they were because no unambiguous fix exists (the first 100). */
  readonly unfixed: Unfixed[];
  unfixedCount: number;
  rows: number;
  /** Blank rows left out of the output. */
  blankRows: number;
}

const EXAMPLES = 3;
const MAX_UNFIXED = 100;

function valueKind(a: Attribute): ValueKind {
  return valueKindOf(a.types, a.format);
}

interface Column {
  /** Index of the cell in the input row. */
  readonly from: number;
  readonly name: string;
  readonly attribute?: Attribute;
  readonly coerce?: Coercer;
}

/** Rewrites `input` (bytes of a CSV file) to `output` in the spec's dialect and returns the log. */
export async function fixCsv(input: Readable, output: Writable, spec: Spec, options: { delimiter?: string } = {}): Promise<FixResult> {
  const { head, stream, whole } = await peek(input);
  const encoding = detectEncoding(head, whole);
  const sample = decodeText(head, encoding.encoding);
  const dialect = sniffDialect(sample, whole, options.delimiter);
  const result: FixResult = { encoding, dialect, fileChanges: [], cellChanges: [], unfixed: [], unfixedCount: 0, rows: 0, blankRows: 0 };
  if (encoding.encoding !== 'utf-8') result.fileChanges.push({ kind: 'encoding', detail: `${encoding.encoding} -> utf-8` });
  if (encoding.bom) result.fileChanges.push({ kind: 'bom', detail: '' });
  if (dialect.delimiter !== ',') result.fileChanges.push({ kind: 'delimiter', detail: `${JSON.stringify(dialect.delimiter)} -> ","` });
  if (dialect.lineEnding !== 'LF' && dialect.lineEnding !== 'none') result.fileChanges.push({ kind: 'line-endings', detail: `${dialect.lineEnding} -> LF` });
  if (dialect.trailingDelimiter) result.fileChanges.push({ kind: 'trailing-delimiter', detail: '' });
  if (dialect.titleRow) result.fileChanges.push({ kind: 'title-row', detail: '' });

  const changes = new Map<string, CellChange>();
  const log = (column: string, kind: FormKind, row: number, from: string, to: string): void => {
    const key = `${column}\u0000${kind}`;
    let c = changes.get(key);
    if (c === undefined) changes.set(key, (c = { column, kind, count: 0, examples: [] }));
    c.count++;
    if (c.examples.length < EXAMPLES) c.examples.push({ row, from, to });
  };

  let columns: Column[] = [];
  let recordNo = 0;
  let seenTitle = !dialect.titleRow;
  // columns stays empty until the header row has been read.
  const write = (cells: string[]): void => void output.write(csvLine(cells));
  const byName = new Map(spec.attributes.map((a, i) => [a.name, { a, i }]));

  const header = (cells: string[]): void => {
    const width = dialect.trailingDelimiter && cells[cells.length - 1] === '' ? cells.length - 1 : cells.length;
    const found: Column[] = [];
    const extra: Column[] = [];
    for (let i = 0; i < width; i++) {
      const raw = cells[i] as string;
      const name = raw.trim();
      if (name !== raw) result.fileChanges.push({ kind: 'header-spaces', detail: `${JSON.stringify(raw)} -> ${JSON.stringify(name)}` });
      const hit = byName.get(name);
      if (hit !== undefined) found.push({ from: i, name, attribute: hit.a, coerce: compileCoercer(hit.a).coerce });
      else extra.push({ from: i, name });
    }
    const ordered = [...found].sort((x, y) => (byName.get(x.name)?.i ?? 0) - (byName.get(y.name)?.i ?? 0));
    if (ordered.some((c, k) => c !== found[k])) result.fileChanges.push({ kind: 'column-order', detail: '' });
    columns = [...ordered, ...extra];
    write(columns.map((c) => c.name));
  };

  const fixCell = (col: Column, raw: string, row: number): string => {
    if (raw === '' || col.attribute === undefined || col.coerce === undefined) return raw;
    if (col.coerce(raw) !== FAIL) {
      // Valid as it is, but a placeholder for "empty" in a text column is still not a value.
      const p = valueKind(col.attribute) === 'text' ? recognize(raw, 'text') : undefined;
      if (p !== undefined) {
        log(col.name, p.kind, row, raw, p.canonical);
        return p.canonical;
      }
      return raw;
    }
    const trimmed = raw.trim();
    if (trimmed !== raw && col.coerce(trimmed) !== FAIL) {
      log(col.name, 'spaces-around', row, raw, trimmed);
      return trimmed;
    }
    const r = recognize(raw, valueKind(col.attribute));
    if (r !== undefined && (r.canonical === '' || col.coerce(r.canonical) !== FAIL)) {
      log(col.name, r.kind, row, raw, r.canonical);
      return r.canonical;
    }
    result.unfixedCount++;
    if (result.unfixed.length < MAX_UNFIXED) result.unfixed.push({ row, column: col.name, value: raw });
    return raw;
  };

  await readCsv(
    stream.pipe(toUtf8(encoding, () => undefined)),
    {
      // Rows are numbered as a spreadsheet shows the input file: a title row is row 1.
      header: (cells) => {
        recordNo = 1;
        if (!seenTitle) seenTitle = true;
        else header(cells);
      },
      record: (cells) => {
        const row = ++recordNo;
        if (columns.length === 0) {
          header(cells);
          return;
        }
        if (cells.every((c) => c.trim() === '')) {
          result.blankRows++;
          return;
        }
        result.rows++;
        write(columns.map((col) => fixCell(col, cells[col.from] ?? '', row)));
      },
      malformed: (line) => {
        result.unfixedCount++;
        if (result.unfixed.length < MAX_UNFIXED) result.unfixed.push({ row: ++recordNo, column: '', value: `(line ${line}: unreadable CSV)` });
      },
    },
    { delimiter: dialect.delimiter },
  );
  result.cellChanges.push(...changes.values());
  return result;
}
