/** The text of CSV records as fix reads and writes them: quotes the CSV way, the cells' own texts. */

export function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const EDGE_SPACE = /^\s|\s$/;

/** A cell the CSV way in a file of delimiter d: quoted when it holds d, a quote, a line break or white space at either end. */
function csvCellIn(c: string, d: string): string {
  return c.includes(d) || /["\r\n]/.test(c) || EDGE_SPACE.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
}

/**
 * Whether a record's text quotes any cell it keeps (every cell but the `changed` ones) other
 * than the CSV way of its own delimiter: writing it the CSV way then changes those quotes.
 */
export function quotesChange(cells: readonly string[], text: string, d: string, changed: readonly number[]): boolean {
  // Without a quote in the text no cell is quoted, and only a cell with white space at an end
  // (the others cannot be written unquoted) would be quoted the CSV way.
  if (!text.includes('"')) return cells.some((c, i) => EDGE_SPACE.test(c) && !changed.includes(i));
  if (cells.map((c) => csvCellIn(c, d)).join(d) === text) return false;
  const raw = cellTexts(text, d);
  if (raw.length !== cells.length) return true;
  for (let i = 0; i < cells.length; i++) if (!changed.includes(i) && csvCellIn(cells[i] as string, d) !== raw[i]) return true;
  return false;
}

/**
 * Each cell's text as it stands in a record's text, by the parser's rules (src/input/csv-parser.ts):
 * a quoted field runs to the quote that closes it ("" being one quote), and when that quote is
 * followed by other text than a delimiter, on to the next delimiter.
 */
export function cellTexts(t: string, d: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let j: number;
    if (t.charCodeAt(i) === 0x22) {
      j = i + 1;
      for (;;) {
        const q = t.indexOf('"', j);
        if (q === -1) {
          j = t.length;
          break;
        }
        if (t.charCodeAt(q + 1) === 0x22) {
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      if (j < t.length && t[j] !== d) {
        const k = t.indexOf(d, j);
        j = k === -1 ? t.length : k;
      }
    } else {
      const k = t.indexOf(d, i);
      j = k === -1 ? t.length : k;
    }
    out.push(t.slice(i, j));
    if (j >= t.length) return out;
    i = j + 1;
  }
}

/** A record too large to keep in memory: fix cannot write it as it was, so it writes nothing. */
export class RecordTooLarge extends Error {
  constructor(readonly row: number) {
    super(`row ${row} is too large to keep`);
  }
}
