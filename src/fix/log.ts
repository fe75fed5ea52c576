/**
 * The change log of `datakoll fix` as text for people, in Swedish or English. Column names,
 * cells and details come from the data: their control characters are shown (printable), so the
 * log cannot move the cursor of a terminal or start a command in a CI log.
 */
import type { Lang } from '../report/index.js';
import type { FileChangeKind, FixResult } from './fix.js';
import type { FormKind } from '../forms/forms.js';
import { printable as p } from '../report/index.js';

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

const FORM_WORDS = {
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
} as const satisfies Record<FormKind, Record<Lang, string>>;

const T = {
  title: { sv: 'Ändringar', en: 'Changes' },
  none: { sv: 'Inga ändringar behövdes.', en: 'No changes were needed.' },
  cells: { sv: 'celler', en: 'cells' },
  rows: { sv: 'rader skrivna', en: 'rows written' },
  blank: { sv: 'tomma rader borttagna', en: 'blank rows removed' },
  unfixed: { sv: 'Kunde inte rättas entydigt (lämnade som de var)', en: 'Could not be fixed unambiguously (left as they were)' },
  row: { sv: 'rad', en: 'row' },
  more: { sv: 'till', en: 'more' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The log as lines of text. */
export function formatFixLog(r: FixResult, lang: Lang): string {
  const out: string[] = [`${T.title[lang]}:`];
  for (const c of r.fileChanges) out.push(`  ${FILE_WORDS[c.kind][lang]}${c.detail === '' ? '' : `: ${p(c.detail)}`}`);
  for (const c of r.cellChanges) {
    const eg = c.examples.map((e) => `${T.row[lang]} ${e.row} '${p(e.from)}' -> '${p(e.to)}'`).join(', ');
    out.push(`  ${p(c.column)}: ${FORM_WORDS[c.kind][lang]}, ${c.count} ${T.cells[lang]} (${eg})`);
  }
  if (r.fileChanges.length === 0 && r.cellChanges.length === 0) out.push(`  ${T.none[lang]}`);
  out.push(`  ${r.rows} ${T.rows[lang]}${r.blankRows > 0 ? `, ${r.blankRows} ${T.blank[lang]}` : ''}`);
  if (r.unfixedCount > 0) {
    out.push(`${T.unfixed[lang]}: ${r.unfixedCount}`);
    for (const u of r.unfixed.slice(0, 20)) out.push(`  ${T.row[lang]} ${u.row}${u.column === '' ? '' : ` ${p(u.column)}`}: '${p(u.value)}'`);
    if (r.unfixedCount > 20) out.push(`  … ${r.unfixedCount - 20} ${T.more[lang]}`);
  }
  return `${out.join('\n')}\n`;
}
