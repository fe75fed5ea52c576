/**
 * Finds a CSV file's dialect from a sample of its text: the delimiter (comma, semicolon, tab,
 * pipe), the quote character, the line endings, and the deviations from the spec's own dialect
 * that are worth one finding each. Quote-aware, unlike csv-parse's own delimiter detection, which
 * counts delimiters inside quoted fields too.
 */

export type Delimiter = ',' | ';' | '\t' | '|';
export type LineEnding = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';
/** One kind of line ending. */
export type LineEndingKind = 'LF' | 'CRLF' | 'CR';

export interface Dialect {
  readonly delimiter: Delimiter;
  readonly quote: '"' | "'";
  readonly lineEnding: LineEnding;
  /** The kinds of line ending met, in the order LF, CRLF, CR (absent in dialects made elsewhere). */
  readonly lineEndingsSeen?: readonly LineEndingKind[];
  /** Every line ends with a delimiter (an empty last column). */
  readonly trailingDelimiter: boolean;
  /** The first row looks like a title above the header (one filled cell, then a wider row). */
  readonly titleRow: boolean;
  /** Header cells that are empty. */
  readonly emptyHeaderNames: number;
  /** Share of non-empty cells with spaces at either end, 0 to 1. */
  readonly spacesAroundValues: number;
  /** How sure the sniffer is of the delimiter, 0 to 1 (rows agreeing on one width). */
  readonly confidence: number;
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const MAX_ROWS = 200;

/** Splits a sample into rows of cells, respecting quotes; the last, possibly cut, row is dropped unless the sample is whole. */
export function splitRows(text: string, delimiter: string, quote: string, whole: boolean, endings?: Record<'LF' | 'CRLF' | 'CR', number>): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  // Text is taken a run at a time (up to the next quote, delimiter or line break), not a character at a time.
  while (i < n && rows.length < MAX_ROWS) {
    if (quoted) {
      const q = text.indexOf(quote, i);
      if (q === -1) {
        cell += text.slice(i);
        i = n;
        break;
      }
      cell += text.slice(i, q);
      if (text[q + 1] === quote) {
        cell += quote;
        i = q + 2;
      } else {
        quoted = false;
        i = q + 1;
      }
      continue;
    }
    const c = text[i] as string;
    if (c === quote && cell.trim() === '') {
      quoted = true;
      cell = '';
      i++;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      const kind = c === '\n' ? 'LF' : text[i + 1] === '\n' ? 'CRLF' : 'CR';
      if (endings !== undefined) endings[kind]++;
      i += kind === 'CRLF' ? 2 : 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      // An ordinary run (a quote inside a cell that has text is an ordinary character).
      const j = runEnd(text, i + 1, delimiter, quote);
      cell += text.slice(i, j);
      i = j;
    }
  }
  if (whole && i >= n && (cell !== '' || row.length > 0)) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Where a run of ordinary text that goes on at j ends: at the next delimiter, quote or line break. */
function runEnd(text: string, j: number, delimiter: string, quote: string): number {
  const n = text.length;
  while (j < n) {
    const d = text[j];
    if (d === delimiter || d === quote || d === '\n' || d === '\r') return j;
    j++;
  }
  return n;
}

/** The line endings between records (those inside quoted fields are data, not line endings). */
function lineEndingOf(endings: Record<'LF' | 'CRLF' | 'CR', number>): LineEnding {
  const { LF: lf, CRLF: crlf, CR: cr } = endings;
  const kinds = [lf > 0, crlf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'LF' : crlf > 0 ? 'CRLF' : 'CR';
}

/**
 * Whether a row says nothing of the delimiter: one blank cell, or (for a delimiter that is itself
 * white space, tab) only white space, which would otherwise make a file of blanks look tab-separated.
 */
function isBlankRow(r: readonly string[], delimiter: string): boolean {
  if (r.length === 1) return (r[0] as string).trim() === '';
  return delimiter.trim() === '' && r.every((c) => c.trim() === '');
}

/** How consistent the rows are for a delimiter: the most common width and the share of rows that have it. */
function score(rows: readonly string[][], delimiter: string): { width: number; share: number } {
  const counts = new Map<number, number>();
  const nonBlank = rows.filter((r) => !isBlankRow(r, delimiter));
  for (const r of nonBlank) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 1;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  return { width, share: nonBlank.length === 0 ? 0 : best / nonBlank.length };
}

/**
 * Sniffs the dialect of a sample (the start of the file, decoded). `whole` says the sample is the
 * entire file, so its last line is complete. A forced delimiter skips the delimiter search.
 */
export function sniffDialect(sample: string, whole: boolean, forced?: string): Dialect {
  const text = sample.replace(/^\uFEFF/, '');
  const quote: '"' | "'" = /(^|[,;\t|])"/m.test(text) || !/(^|[,;\t|])'/m.test(text) ? '"' : "'";
  let chosen: { d: Delimiter; rows: string[][]; width: number; share: number; endings: Record<'LF' | 'CRLF' | 'CR', number> } | undefined;
  for (const d of forced !== undefined ? [forced as Delimiter] : CANDIDATES) {
    // A candidate other than the first that the sample does not hold splits no row: it cannot win.
    if (chosen !== undefined && !text.includes(d)) continue;
    const endings = { LF: 0, CRLF: 0, CR: 0 };
    const rows = splitRows(text, d, quote, whole, endings);
    const s = score(rows, d);
    // A delimiter must split rows into more than one cell, consistently (header included); on a
    // tie the wider split wins, then the earlier candidate.
    const good = s.width > 1 ? s.share : 0;
    const current = chosen === undefined ? -1 : chosen.width > 1 ? chosen.share : 0;
    if (chosen === undefined || good > current + 1e-9 || (Math.abs(good - current) <= 1e-9 && good > 0 && s.width > chosen.width)) chosen = { d, rows, ...s, endings };
  }
  const c = chosen as { d: Delimiter; rows: string[][]; width: number; share: number; endings: Record<'LF' | 'CRLF' | 'CR', number> };
  const rows = c.rows.filter((r) => !isBlankRow(r, c.d));
  const trailingDelimiter = rows.length > 0 && rows.every((r) => r.length > 1 && r[r.length - 1] === '');
  const first = rows[0] ?? [];
  const second = rows[1] ?? [];
  const titleRow = first.filter((x) => x.trim() !== '').length === 1 && second.length > 2 && c.width > 2;
  const header = titleRow ? second : first;
  const headerCells = trailingDelimiter ? header.slice(0, -1) : header;
  const cells = rows.slice(titleRow ? 2 : 1).flat().filter((x) => x !== '');
  const spaced = cells.filter((x) => x !== x.trim()).length;
  return {
    delimiter: c.d,
    quote,
    lineEnding: lineEndingOf(c.endings),
    lineEndingsSeen: (['LF', 'CRLF', 'CR'] as const).filter((k) => c.endings[k] > 0),
    trailingDelimiter,
    titleRow,
    emptyHeaderNames: headerCells.filter((h) => h.trim() === '').length,
    spacesAroundValues: cells.length === 0 ? 0 : spaced / cells.length,
    confidence: c.width > 1 ? c.share : 0,
  };
}
