/** The words of fix's change log, in Swedish and English. */
import type { Lang, Templates } from './template.js';

/** What fix changed in the whole file (the kinds of FileChangeKind). */
export const FIX_FILE_WORDS = {
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
} as const satisfies Record<string, Record<Lang, string>>;

/** How fix repaired a value (the kinds of FixKind). */
export const FIX_KIND_WORDS = {
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
} as const satisfies Record<string, Record<Lang, string>>;

/** The change log's heads and words. */
export const FIX_LOG_WORDS = {
  title: { sv: 'Ändringar', en: 'Changes' },
  none: { sv: 'Inget ändrades: den rättade filen är indatafilen, byte för byte.', en: 'Nothing changed: the fixed file is the input, byte for byte.' },
  unfixed: { sv: 'Fel som finns kvar (värdena skrivna som de var)', en: 'Errors left (their values written as they were)' },
  row: { sv: 'rad', en: 'row' },
  record: { sv: 'post', en: 'record' },
  /** A workbook's sheet that was fixed (its rows are the sheet's own). */
  sheet: { sv: 'Bladet som lästes: {sheet}', en: 'The sheet read: {sheet}' },
  // Where an error about the whole file is, as the reports say it.
  file: { sv: '(hela filen)', en: '(whole file)' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Counts and their words (`{n|one|other}`: the language's plural). */
export const FIX_COUNTED_WORDS = {
  cell: { sv: '{n} {n|cell|celler}', en: '{n} {n|cell|cells}' },
  row: { sv: '{n} {n|rad|rader}', en: '{n} {n|row|rows}' },
  rowsWritten: { sv: '{n} {n|rad skriven|rader skrivna}', en: '{n} {n|row written|rows written}' },
  recordsWritten: { sv: '{n} {n|post skriven|poster skrivna}', en: '{n} {n|record written|records written}' },
  blank: { sv: '{n} {n|tom rad borttagen|tomma rader borttagna}', en: '{n} {n|blank row removed|blank rows removed}' },
  /** Before a list of row numbers: "rows 3, 5" (Swedish says "rad 3, 5"); n is how many. */
  rowList: { sv: 'rad {rows}', en: '{n|row|rows} {rows}' },
  /** The errors left past those the log lists. */
  more: { sv: '… {n} till; kör datakoll validate på den rättade filen för att se alla', en: '… {n} more; run datakoll validate on the fixed file to see them all' },
} as const satisfies Record<string, Templates>;
