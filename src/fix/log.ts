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
  'column-order': { sv: 'kolumnerna i specifikationens ordning', en: "columns put in the spec's order" },
  'trailing-delimiter': { sv: 'avgränsaren sist på varje rad borttagen', en: 'delimiter at the end of every line removed' },
  'title-row': { sv: 'rubrikraden ovanför kolumnnamnen borttagen', en: 'title row above the header removed' },
  'header-spaces': { sv: 'mellanslag i kolumnnamn', en: 'spaces in a column name' },
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
  none: { sv: 'Inga ändringar behövdes.', en: 'No changes were needed.' },
  cells: { sv: 'celler', en: 'cells' },
  rows: { sv: 'rader skrivna', en: 'rows written' },
  records: { sv: 'poster skrivna', en: 'records written' },
  blank: { sv: 'tomma rader borttagna', en: 'blank rows removed' },
  unfixed: { sv: 'Fel som finns kvar (skrivna som de var)', en: 'Errors left (written as they were)' },
  row: { sv: 'rad', en: 'row' },
  record: { sv: 'post', en: 'record' },
  file: { sv: 'filen', en: 'the file' },
  more: { sv: 'till; kör datakoll validate på den rättade filen för att se alla', en: 'more; run datakoll validate on the fixed file to see them all' },
} as const satisfies Record<string, Record<Lang, string>>;

/** How many of the errors left the log shows. */
export const LOG_UNFIXED = 20;

/** The log as lines of text; `all` lists every error kept in the result, not the first LOG_UNFIXED. */
export function formatFixLog(r: FixResult, lang: Lang, options: { all?: boolean } = {}): string {
  const row = r.format === 'csv' ? T.row[lang] : T.record[lang];
  const out: string[] = [`${T.title[lang]}:`];
  for (const c of r.fileChanges) out.push(`  ${FILE_WORDS[c.kind][lang]}${c.detail === '' ? '' : `: ${p(c.detail)}`}`);
  for (const c of r.cellChanges) {
    const eg = c.examples.map((e) => `${row} ${e.row} '${p(e.from)}' -> '${p(e.to)}'`).join(', ');
    out.push(`  ${p(c.column)}: ${FIX_WORDS[c.kind][lang]}, ${c.count} ${T.cells[lang]} (${eg})`);
  }
  if (r.fileChanges.length === 0 && r.cellChanges.length === 0) out.push(`  ${T.none[lang]}`);
  out.push(`  ${r.rows} ${r.format === 'csv' ? T.rows[lang] : T.records[lang]}${r.blankRows > 0 ? `, ${r.blankRows} ${T.blank[lang]}` : ''}`);
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
