/**
 * The words of a report's part about what `datakoll fix` repairs (issue 19): the block after the
 * findings a person must decide on, a short name per kind of finding fix repairs, and the count.
 */
import type { FixableCode } from '../fixable.js';
import type { Lang, Templates } from './template.js';
import { say } from './template.js';

/** A short name for each kind of finding fix repairs, as the block lists them. */
export const FIXABLE_TITLES: Readonly<Record<FixableCode, Templates>> = {
  // {encoding}: the file's encoding; {delimiter}: the file's delimiter in words.
  'encoding-not-utf8': { sv: 'teckenkodningen {encoding} i stället för UTF-8', en: 'the encoding {encoding} instead of UTF-8' },
  'encoding-bom': { sv: 'en BOM i början av filen', en: 'a BOM at the start of the file' },
  'dialect-delimiter': { sv: 'avgränsaren {delimiter} i stället för kommatecken', en: 'the delimiter {delimiter} instead of a comma' },
  'dialect-line-endings': { sv: 'blandade radslut', en: 'mixed line endings' },
  'dialect-line-endings-cr': { sv: 'radslut CR', en: 'CR line endings' },
  'dialect-trailing-delimiter': { sv: 'en avgränsare sist på raderna', en: 'a delimiter at the end of the rows' },
  'dialect-title-row': { sv: 'en rubrik ovanför rubrikraden', en: 'a title above the header row' },
  'dialect-spaces-around': { sv: 'mellanslag runt värdena', en: 'spaces around the values' },
  'header-column-order': { sv: 'kolumnernas ordning', en: 'the order of the columns' },
  'form-decimal-comma': { sv: 'decimalkomma i stället för decimalpunkt', en: 'a decimal comma instead of a point' },
  'form-thousands-separator': { sv: 'tusentalsavgränsare i tal', en: 'thousands separators in numbers' },
  'form-boolean-word': { sv: 'ja/nej i stället för true/false', en: 'yes/no words instead of true/false' },
  'form-date': { sv: 'datum i annan form än ÅÅÅÅ-MM-DD', en: 'dates in another form than YYYY-MM-DD' },
  'form-date-time': { sv: 'tidpunkter i annan form än ÅÅÅÅ-MM-DDTtt:mm:ss', en: 'date-times in another form than YYYY-MM-DDThh:mm:ss' },
  'form-placeholder-empty': { sv: 'ord för tomt (NULL, N/A)', en: 'words for empty (NULL, N/A)' },
  'form-spaces-around': { sv: 'mellanslag runt värden', en: 'spaces around values' },
};

export const FIX_REPORT_WORDS = {
  // The block's heading: {n} findings fix repairs.
  block_title: { sv: 'Kan rättas med datakoll fix ({n} fynd):', en: 'Can be fixed by datakoll fix ({n} {n|finding|findings}):' },
  // How many columns (their names) and cells a kind of finding is in.
  columns_cells: { sv: '{columns} {columns|kolumn|kolumner} ({names}), {cells} {cells|cell|celler}', en: '{columns} {columns|column|columns} ({names}), {cells} {cells|cell|cells}' },
  // Before a cell of the kind: "e.g. C2 '57,6312'".
  eg: { sv: 't.ex.', en: 'e.g.' },
  whole_file: { sv: 'hela filen', en: 'the whole file' },
  header: { sv: 'rubrikraden', en: 'the header row' },
  // The one command that repairs them all.
  run: { sv: 'Rätta alla med', en: 'Repair them all with' },
  // The summary line's count.
  share: { sv: '{fixable} av {total} fynd kan rättas med datakoll fix', en: '{fixable} of {total} {total|finding|findings} can be fixed by datakoll fix' },
  // A heading over the findings a person must decide on, when fix repairs the others.
  decide_title: { sv: 'Att rätta för hand', en: 'To correct by hand' },
} as const satisfies Record<string, Templates>;

/** A word of the fix block in a language, its parameters filled. */
export function fixSay(key: keyof typeof FIX_REPORT_WORDS, lang: Lang, params: Readonly<Record<string, unknown>> = {}): string {
  return say(FIX_REPORT_WORDS[key], lang, params);
}
