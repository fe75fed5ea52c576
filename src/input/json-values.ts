/** Small pieces of the JSON scanner: the shapes a file's records take, and what a value is. */

/** How the records sit in the file: a top-level array, one per line, or inside an object. */
export type JsonShape = 'array' | 'lines' | 'wrapped' | 'geojson';

/** A record longer than this (in characters) stops reading, as a CSV record does: memory holds one record. */
export const MAX_RECORD_CHARS = 128 * 1024 * 1024;

/** An offset in a value's text as a line and column of the file, the value starting at startLine, startColumn. */
export function positionIn(text: string, pos: number, startLine: number, startColumn: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const nl = before.split('\n').length - 1;
  const column = nl === 0 ? startColumn + pos : pos - before.lastIndexOf('\n');
  return { line: startLine + nl, column };
}

/** An object that is not a list: what a record is. */
export function isRecordLike(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a value that is not a record is: the JSON kind (null, array, string, number, boolean, object) the catalogue has words for. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
