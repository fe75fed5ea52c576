/**
 * fix's errors (see errors.ts): where to write, what it cannot write in its own format, JSON it
 * cannot read whole, an encoding it would have to guess. `{file}` is the file as the user named
 * it, or standard input in the run's language (`inputName`).
 */
import type { Templates } from './template.js';

const NOTHING_WRITTEN_SV = 'och har inte skrivit något';
const NOTHING_WRITTEN_EN = 'and has written nothing';

export const FIX_ERRORS = {
  'fix-no-output': {
    sv: 'Ange var den rättade filen ska skrivas: -o <fil>, eller --in-place för att ersätta indatafilen',
    en: 'Say where to write the fixed file: -o <file>, or --in-place to replace the input',
  },
  'fix-two-outputs': { sv: 'Ange antingen -o <fil> eller --in-place, inte båda', en: 'Give either -o <file> or --in-place, not both' },
  'in-place-not-a-file': {
    sv: '--in-place ersätter en fil, och {file} är ingen vanlig fil[[: {advice}]]',
    en: '--in-place replaces a file, and {file} is not a regular file[[: {advice}]]',
  },
  'fix-overwrite': {
    sv: '-o anger själva indatafilen ({file}); datakoll skriver aldrig över sin indatafil om du inte anger --in-place',
    en: '-o names the input file itself ({file}); datakoll never overwrites its input unless you say --in-place',
  },
  'fix-failed': { sv: 'Det gick inte att rätta {file}: {why}', en: 'Cannot fix {file}: {why}' },
  'fix-format-unsupported': {
    sv: `{file}: {why} fix skriver bara CSV, JSON, JSON Lines och GeoJSON, var och en i sitt eget format, ${NOTHING_WRITTEN_SV}.[[ {advice}]]`,
    en: `{file}: {why} fix writes only CSV, JSON, JSON Lines and GeoJSON, each in its own format, ${NOTHING_WRITTEN_EN}.[[ {advice}]]`,
  },
  'fix-workbook-as-csv': {
    sv: `{file} är en Excel-arbetsbok: fix skriver dess blad som CSV, inte tillbaka i arbetsboken, ${NOTHING_WRITTEN_SV}. Ange en CSV-fil: -o <fil>.csv`,
    en: `{file} is an Excel workbook: fix writes its sheet as CSV, not back into the workbook, ${NOTHING_WRITTEN_EN}. Name a CSV file: -o <file>.csv`,
  },
  'fix-workbook-unreadable': {
    sv: `{file}: {why} fix ${NOTHING_WRITTEN_SV}`,
    en: `{file}: {why} fix ${NOTHING_WRITTEN_EN}`,
  },
  'fix-encoding-uncertain': {
    sv: `Det går inte att säga säkert vilken teckenkodning {file} har (den kan vara {candidates}). fix skriver inte det den skulle behöva gissa ${NOTHING_WRITTEN_SV}. Ange vilken det är med --encoding (en av {choices}).`,
    en: `The encoding of {file} cannot be told for sure (it could be {candidates}). fix does not write what it would have to guess, ${NOTHING_WRITTEN_EN}. Say which it is with --encoding (one of {choices}).`,
  },
  'fix-format-mismatch': { sv: '{problem}', en: '{problem}' },
  'fix-encoding-mixed': { sv: '{problem}', en: '{problem}' },
  'fix-json-unreadable': { sv: '{file} kan inte rättas: {problem}; fix har inte skrivit något', en: '{file} cannot be fixed: {problem}; fix has written nothing' },
  'fix-json-records-ambiguous': {
    sv: `{file} innehåller mer än en lista som kan vara posterna ({lists}). fix gissar inte vilken av dem som är posterna ${NOTHING_WRITTEN_SV}. Ange listan med posterna med --records och dess pekare som den står här ({checked} var den första).`,
    en: `{file} holds more than one list that could be the records ({lists}). fix does not guess which one holds them, ${NOTHING_WRITTEN_EN}. Name the list that holds the records with --records and its pointer as written here ({checked} was the first).`,
  },
  'fix-json-too-large': {
    sv: `{file} är större än {mib} MiB; fix läser en JSON-fil hel och klarar högst så mycket, ${NOTHING_WRITTEN_SV}`,
    en: `{file} is larger than {mib} MiB; fix reads a JSON file whole and handles at most that, ${NOTHING_WRITTEN_EN}`,
  },
  'fix-record-too-large': {
    sv: '{file}: rad {row} är för stor för att hållas i minnet (över 128 miljoner tecken); fix skriver hellre ingenting än tappar den',
    en: '{file}: row {row} is too large to keep in memory (over 128 million characters); fix writes nothing rather than lose it',
  },
} as const satisfies Record<string, Templates>;

/** Parts of fix's errors, given to them as parameters in both languages. */
export const FIX_PHRASES = {
  'in-place-give-out': { sv: 'ange -o <fil>', en: 'give -o <file>' },
  'named-as': { sv: 'namnet säger att det är en {ending}-fil;', en: 'the name says it is a {ending} file;' },
  'save-as-csv': {
    sv: 'Spara den som "CSV UTF-8" först (i Excel: Arkiv > Spara som > CSV UTF-8), eller byt namn på den om den verkligen är CSV eller JSON.',
    en: 'Save it as "CSV UTF-8" first (in Excel: File > Save As > CSV UTF-8), or rename it if it really is CSV or JSON.',
  },
  'log-clash': { sv: 'Den rättade filen och ändringsloggen kan inte båda skrivas', en: 'The fixed file and the change log cannot both go' },
  'log-clash-advice': { sv: 'ange en fil för --log', en: 'give --log a file' },
  'json-as-csv': {
    sv: `{file} innehåller JSON, men {why}: fix skulle skriva om JSON-texten som CSV ${NOTHING_WRITTEN_SV}. Ange --input-format json (eller jsonl) för att rätta den som JSON.`,
    en: `{file} holds JSON, but {why}: fix would rewrite the JSON as CSV, ${NOTHING_WRITTEN_EN}. Give --input-format json (or jsonl) to fix it as JSON.`,
  },
  'csv-as-json': {
    sv: `{file} är inte JSON (det första tecknet är inte [ eller {), men --input-format {format} säger att den ska läsas som {as}; fix har inte skrivit något. Utelämna --input-format, eller ange --input-format csv.`,
    en: `{file} is not JSON (its first character is not [ or {), but --input-format {format} says to read it as {as}; fix has written nothing. Leave out --input-format, or give --input-format csv.`,
  },
  'mixed-lines': {
    sv: `{file} är UTF-8, men {which} inte ({count|rad|rad} {lines}; troligen {other}). fix skriver inte det den skulle behöva gissa ${NOTHING_WRITTEN_SV}. Spara om filen som UTF-8, eller ange hur hela filen ska läsas med --encoding (en av {choices}).`,
    en: `{file} is UTF-8, but {which} not ({count|line|lines} {lines}; most likely {other}). fix does not write what it would have to guess, ${NOTHING_WRITTEN_EN}. Save the file again as UTF-8, or say how to read it whole with --encoding (one of {choices}).`,
  },
  'encoding-broken': {
    sv: `{file} läses som {encoding}, men den innehåller byte som inte är giltig {encoding} (en fil sammanfogad av delar med olika teckenkodning?). fix skriver inte det den skulle behöva gissa ${NOTHING_WRITTEN_SV}. Kör datakoll validate för att se raderna, eller ange hur filen ska läsas med --encoding (en av {choices}).`,
    en: `{file} is read as {encoding}, but it holds bytes that are not valid {encoding} (a file put together from parts in different encodings?). fix does not write what it would have to guess, ${NOTHING_WRITTEN_EN}. Run datakoll validate to see the rows, or say how to read the file with --encoding (one of {choices}).`,
  },
  'one-line': { sv: 'en av raderna är det', en: 'one of its lines is' },
  'some-lines': { sv: '{count} av raderna är det', en: '{count} of its lines are' },
  'forced-csv': { sv: '--input-format csv säger att den ska läsas som CSV', en: '--input-format csv says to read it as CSV' },
  'named-csv': { sv: 'namnet slutar på {ending}, som läses som CSV', en: 'its name ends in {ending}, which is read as CSV' },
} as const satisfies Record<string, Templates>;
