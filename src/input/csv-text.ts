/** Small CSV texts in memory (spec tables, a header line), read by csv-parse, not data files; and a file's line break. */
import { createRequire } from 'node:module';
import type * as CsvParseSync from 'csv-parse/sync';

let parseSync: typeof CsvParseSync.parse | undefined;

/** Parses a small CSV text in memory (spec tables, not data files): rows of cells. */
export function parseCsvText(text: string, delimiter = ','): string[][] {
  // csv-parse is loaded when first needed (its one-file CommonJS build), not at every start.
  parseSync ??= (createRequire(import.meta.url)('csv-parse/sync') as typeof CsvParseSync).parse;
  return parseSync(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}

/**
 * How many of a header row's cells name columns: with a delimiter at the end of every line (the
 * dialect says so), the last, empty one does not. The one rule validate and fix read a header by.
 */
export function namedCells(cells: readonly string[], dialect: { readonly trailingDelimiter: boolean } | undefined): number {
  return dialect?.trailingDelimiter === true && cells.length > 1 && cells[cells.length - 1] === '' ? cells.length - 1 : cells.length;
}

/** The line break a file's line numbers count: LF, or CR for a file whose first chunk has CRs but no LF (old Mac). */
export function lineBreakOf(head: Uint8Array): '\n' | '\r' {
  return head.indexOf(10) === -1 && head.indexOf(13) !== -1 ? '\r' : '\n';
}
