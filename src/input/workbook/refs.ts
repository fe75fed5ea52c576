/** Cell references (`C5`), and picking a sheet by the user's `--sheet`. */
import { columnLetter } from '../../report/index.js';
import type { WorkbookSheet } from './types.js';

/** 3,5 -> 'C5'. */
export function cellRef(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/** The column number of a reference's letters (`C5` -> 3, `AA1` -> 27), 0 when it starts with none. */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    if (col > 1e6) break;
  }
  return col;
}

/**
 * Sheet by `--sheet` value: a name (exact, then case-insensitive) or a 1-based number. With no
 * value, the first sheet that is not hidden (the first sheet when all are).
 */
export function pickSheet(sheets: readonly WorkbookSheet[], wanted: string | undefined): WorkbookSheet | undefined {
  if (wanted === undefined) return sheets.find((s) => !s.hidden) ?? sheets[0];
  const exact = sheets.find((s) => s.name === wanted);
  if (exact !== undefined) return exact;
  const folded = wanted.normalize('NFC').toLocaleLowerCase('sv');
  const loose = sheets.find((s) => s.name.normalize('NFC').toLocaleLowerCase('sv') === folded);
  if (loose !== undefined) return loose;
  if (!/^\d{1,6}$/.test(wanted.trim())) return undefined;
  const index = Number(wanted.trim());
  return sheets.find((s) => s.index === index);
}
