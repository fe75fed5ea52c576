/**
 * The change log of `datakoll fix` as text for people, in Swedish or English. Column names,
 * cells and details come from the data: their control characters are shown (printable), so the
 * log cannot move the cursor of a terminal or start a command in a CI log.
 */
import type { Lang } from '../report/index.js';
import { printable as p, renderMessage } from '../report/index.js';
import type { FileChangeKind, FixKind, FixResult, Unfixed } from './result.js';

const FILE_WORDS = {
  encoding: { sv: 'teckenkodning', en: 'character encoding' },
  bom: { sv: 'byte order mark (BOM) borttagen', en: 'byte order mark (BOM) removed' },
  delimiter: { sv: 'fältavgränsare', en: 'delimiter' },
  'line-endings': { sv: 'radslut', en: 'line endings' },
  'column-order': { sv: 'kolumnerna i specifikationens ordning, kolumner den inte nämner sist', en: "columns put in the spec's order, the columns it does not name last" },
  'trailing-delimiter': { sv: 'avgränsaren sist på varje rad borttagen', en: 'delimiter at the end of every line removed' },
  'title-row': { sv: 'titelraden ovanför kolumnnamnen borttagen', en: 'title row above the header removed' },
  'header-spaces': { sv: 'mellanslag i kolumnnamn', en: 'spaces in a column name' },
  quotes: {
    sv: 'citattecken skrivna på CSV-sättet ("" för ett citattecken i en cell, citattecken bara där de behövs), cellerna oförändrade',
    en: 'quotes written the CSV way ("" for a quote in a cell, quotes only where needed), the cells unchanged',
  },
  'last-line-end': { sv: 'radslut tillagt efter sista raden', en: 'line end added after the last row' },
} as const satisfies Record<FileChangeKind, Record<Lang, string>>;

const FIX_WORDS = {
  'decimal-comma': { sv: 'decimalkomma -> decimalpunkt', en: 'decimal comma -> decimal point' },
  'thousands-separator': { sv: 'tusentalsavgränsare borttagen', en: 'thousands separator removed' },
  'boolean-word': { sv: 'ja/nej -> true/false', en: 'yes/no word -> true/false' },
  'date-compact': { sv: 'datum ÅÅÅÅMMDD -> ÅÅÅÅ-MM-DD', en: 'date YYYYMMDD -> YYYY-MM-DD' },
  'date-day-first': { sv: 'datum DD/MM/ÅÅÅÅ -> ÅÅÅÅ-MM-DD', en: 'date DD/MM/YYYY -> YYYY-MM-DD' },
  'date-dotted': { sv: 'datum DD.MM.ÅÅÅÅ -> ÅÅÅÅ-MM-DD', en: 'date DD.MM.YYYY -> YYYY-MM-DD' },
  'date-time-space': { sv: 'mellanslag -> T mellan datum och tid', en: 'space -> T between date and time' },
  'epoch-milliseconds': { sv: 'millisekunder sedan 1970 -> ISO-datum', en: 'epoch milliseconds -> ISO date' },
  'placeholder-empty': { sv: 'platshållare (NULL, N/A, -) -> tom cell', en: 'placeholder (NULL, N/A, -) -> empty cell' },
  'spaces-around': { sv: 'mellanslag runt värdet borttagna', en: 'spaces around the value removed' },
  'json-text-to-value': { sv: 'text -> tal eller true/false', en: 'text -> number or true/false' },
  'json-value-to-text': { sv: 'tal eller true/false -> text', en: 'number or true/false -> text' },
} as const satisfies Record<FixKind, Record<Lang, string>>;

const T = {
  title: { sv: 'Ändringar', en: 'Changes' },
  none: { sv: 'Inget ändrades: den rättade filen är indatafilen, byte för byte.', en: 'Nothing changed: the fixed file is the input, byte for byte.' },
  unfixed: { sv: 'Fel som finns kvar (värdena skrivna som de var)', en: 'Errors left (their values written as they were)' },
  row: { sv: 'rad', en: 'row' },
  record: { sv: 'post', en: 'record' },
  file: { sv: 'filen', en: 'the file' },
  more: { sv: 'till; kör datakoll validate på den rättade filen för att se alla', en: 'more; run datakoll validate on the fixed file to see them all' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Words that follow a count: one, and any other number. */
const COUNTED = {
  cell: { sv: ['cell', 'celler'], en: ['cell', 'cells'] },
  row: { sv: ['rad', 'rader'], en: ['row', 'rows'] },
  rowsWritten: { sv: ['rad skriven', 'rader skrivna'], en: ['row written', 'rows written'] },
  recordsWritten: { sv: ['post skriven', 'poster skrivna'], en: ['record written', 'records written'] },
  blank: { sv: ['tom rad borttagen', 'tomma rader borttagna'], en: ['blank row removed', 'blank rows removed'] },
  /** Before a list of row numbers: "rows 3, 5" (Swedish says "rad 3, 5"). */
  rowList: { sv: ['rad', 'rad'], en: ['row', 'rows'] },
} as const satisfies Record<string, Record<Lang, readonly [string, string]>>;

/** A count and its word, singular for one. */
function counted(n: number, word: keyof typeof COUNTED, lang: Lang): string {
  return `${n} ${COUNTED[word][lang][n === 1 ? 0 : 1]}`;
}

/** Whether the log says nothing changed: then the output is the input, byte for byte (test/fix/property.test.ts). */
export function nothingChanged(r: FixResult): boolean {
  return r.fileChanges.length === 0 && r.cellChanges.length === 0 && r.blankRows === 0;
}

/** How many of the errors left the log shows. */
export const LOG_UNFIXED = 20;

/** The log as lines of text; `all` lists every error kept in the result, not the first LOG_UNFIXED. */
export function formatFixLog(r: FixResult, lang: Lang, options: { all?: boolean } = {}): string {
  const row = r.format === 'csv' ? T.row[lang] : T.record[lang];
  const out: string[] = [`${T.title[lang]}:`];
  for (const c of r.fileChanges) {
    const rows = c.rows === undefined ? '' : `: ${counted(c.rows.count, 'row', lang)} (${COUNTED.rowList[lang][c.rows.count === 1 ? 0 : 1]} ${c.rows.first.join(', ')}${c.rows.count > c.rows.first.length ? ', …' : ''})`;
    out.push(`  ${FILE_WORDS[c.kind][lang]}${c.detail === '' ? '' : `: ${p(c.detail)}`}${rows}`);
  }
  for (const c of r.cellChanges) {
    const eg = c.examples.map((e) => `${row} ${e.row} '${p(e.from)}' -> '${p(e.to)}'`).join(', ');
    out.push(`  ${p(c.column)}: ${FIX_WORDS[c.kind][lang]}, ${counted(c.count, 'cell', lang)} (${eg})`);
  }
  if (nothingChanged(r)) out.push(`  ${T.none[lang]}`);
  out.push(`  ${counted(r.rows, r.format === 'csv' ? 'rowsWritten' : 'recordsWritten', lang)}${r.blankRows > 0 ? `, ${counted(r.blankRows, 'blank', lang)}` : ''}`);
  if (r.unfixedCount > 0) {
    out.push(`${T.unfixed[lang]}: ${r.unfixedCount}`);
    const shown = options.all === true ? r.unfixed : r.unfixed.slice(0, LOG_UNFIXED);
    for (const u of shown) out.push(`  ${unfixedLine(u, row, lang)}`);
    if (r.unfixedCount > shown.length) out.push(`  … ${r.unfixedCount - shown.length} ${T.more[lang]}`);
  }
  return `${out.join('\n')}\n`;
}

/** One error left: where it is, the value, and the finding's own message. */
function unfixedLine(u: Unfixed, row: string, lang: Lang): string {
  const where = u.row === 0 ? T.file[lang] : `${row} ${u.row}${u.column === '' ? '' : ` ${u.column}`}`;
  const value = u.value === '' || u.value === u.column ? '' : ` '${u.value}'`;
  const message = renderMessage(u.code, lang, { ...u.params, field: u.column, value: u.value });
  // Column names, values and messages come from the data and the spec: nothing in them may act on a terminal.
  return p(`${where}${value}: ${message} [${u.code}]`);
}
