/** Small CSV texts in memory (spec tables, a header line), read by csv-parse, not data files; and a file's line break. */
import { parse as parseSync } from 'csv-parse/sync';

/** Parses a small CSV text in memory (spec tables, not data files): rows of cells. */
export function parseCsvText(text: string, delimiter = ','): string[][] {
  return parseSync(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}

/** The line break a file's line numbers count: LF, or CR for a file whose first chunk has CRs but no LF (old Mac). */
export function lineBreakOf(head: Uint8Array): '\n' | '\r' {
  return head.indexOf(10) === -1 && head.indexOf(13) !== -1 ? '\r' : '\n';
}
