/** Swedish and English message templates, one per diagnostic code; checks supply parameters, never sentences. */
import type { Code, ReasonCode, ReasonOf, Scope } from '../codes.js';
import { CODES } from '../codes.js';

import type { Lang, Templates } from './template.js';
import { fill, paramText } from './template.js';
import { DELIMITERS } from './dialect.js';
import { UNIT_WORDS } from './records.js';
import { visibleName } from '../printable.js';
export type { Lang, Templates } from './template.js';
export { LANGS, placeholders } from './template.js';

// The attribute's description from the spec, shown when the finding is about an attribute.
const ABOUT_SV = '[[ Specifikationens beskrivning av {field}: {description}]]';
const ABOUT_EN = "[[ The specification's description of {field}: {description}]]";

/** A cell message followed by the attribute's description. */
function cell(sv: string, en: string): Templates {
  return { sv: sv + ABOUT_SV, en: en + ABOUT_EN };
}

/**
 * Templates use `{name}` placeholders. Besides the parameters a code declares in the catalogue,
 * a finding of a scope may use that scope's parameters (SCOPE_PARAMS). Text in `[[…]]` is shown
 * only when every placeholder inside it has a value. `{reason}` of a code with reason tokens is
 * replaced by that reason's phrase (REASONS).
 */
export const MESSAGES = {
  'file-unreadable': {
    sv: 'Filen kunde inte läsas: {reason}.',
    en: 'The file could not be read: {reason}.',
  },
  'file-binary': {
    sv: 'Filen är ingen CSV- eller JSON-fil i textform och har inte lästs: {reason}.',
    en: 'The file is not CSV or JSON text and was not read: {reason}.',
  },
  'workbook-unreadable': {
    sv: 'Arbetsboken kunde inte läsas: {reason}.',
    en: 'The workbook could not be read: {reason}.',
  },
  'workbook-sheet-missing': {
    // {count}: how many sheets {sheets} names.
    sv: 'Arbetsboken har inget blad {sheet}. {count|Dess enda blad heter|Bladen heter} {sheets}; välj ett med --sheet och dess namn eller nummer.',
    en: 'The workbook has no sheet {sheet}. {count|Its only sheet is|Its sheets are} {sheets}; pick one with --sheet and its name or number.',
  },
  'workbook-sheet-read': {
    sv: 'Arbetsboken har {count} blad; bladet {sheet} har lästs, inte {others}. Välj ett annat med --sheet.',
    en: 'The workbook has {count} sheets; sheet {sheet} was read, not {others}. Pick another with --sheet.',
  },
  'workbook-merged-cells': {
    sv: 'Bladet har {count} {count|sammanfogat cellområde|sammanfogade cellområden} ({ranges}). Bara den första cellen i ett sådant område har ett värde; de andra har lästs som tomma. Dela upp de sammanfogade cellerna och skriv värdet i varje cell.',
    en: 'The sheet has {count} merged cell {count|range|ranges} ({ranges}). Only the first cell of such a range holds a value; the others were read as empty. Unmerge the cells and write the value in each cell.',
  },
  'workbook-hidden': {
    sv: 'Bladet har dolda rader eller kolumner ({rows} {rows|rad|rader}, {columns} {columns|kolumn|kolumner}). De har lästs som alla andra; visa dem i Excel för att se vad som publiceras.',
    en: 'The sheet has hidden rows or columns ({rows} {rows|row|rows}, {columns} {columns|column|columns}). They were read like any other; unhide them in Excel to see what is published.',
  },
  'workbook-cell-error': cell(
    '{field}: cellen visar felet {error} i stället för ett värde (en formel som inte gick att räkna ut). Rätta formeln eller skriv in värdet.',
    '{field}: the cell shows the error {error} instead of a value (a formula that could not be worked out). Correct the formula or type in the value.',
  ),
  'workbook-formula-no-value': cell(
    '{field}: cellen har en formel men inget sparat värde (arbetsboken har inte räknats om sedan den skrevs). Öppna den i Excel och spara den igen.',
    '{field}: the cell holds a formula but no saved value (the workbook was not recalculated after it was written). Open it in Excel and save it again.',
  ),
  'encoding-not-utf8': {
    sv: 'Filen är kodad som {encoding}, men specifikationen kräver UTF-8. {reason}. Innehållet har lästs som {encoding}.',
    en: 'The file is encoded as {encoding}, but the spec requires UTF-8. {reason}. The content was read as {encoding}.',
  },
  'encoding-uncertain': {
    sv: 'Filen är inte i UTF-8, och det går inte att avgöra säkert vilken teckenkodning den har. Den har lästs som {encoding}, så å, ä och ö kan ha blivit fel. Ange rätt kodning med --encoding (någon av: {candidates}), eller {reason}.',
    en: 'The file is not in UTF-8, and its character encoding cannot be told for sure. It was read as {encoding}, so å, ä and ö may have come out wrong. Name the right encoding with --encoding (one of: {candidates}), or {reason}.',
  },
  'encoding-mixed': {
    sv: 'Filen är i UTF-8, men en del rader är sparade i en annan teckenkodning (troligen {encoding}). De raderna markeras var för sig i rapporten, med tecknen som inte är UTF-8 visade som �; resten av filen har lästs som UTF-8. Den har förmodligen satts ihop av delar med olika kodning: rätta de raderna och spara om filen som UTF-8.',
    en: 'The file is in UTF-8, but some lines are saved in another character encoding (probably {encoding}). Those rows are marked one by one in the report, with the characters that are not UTF-8 shown as �; the rest of the file was read as UTF-8. It was likely put together from parts in different encodings: correct those rows and save the file again as UTF-8.',
  },
  'encoding-given-contradicted': {
    sv: 'Filen skulle läsas som {encoding} (--encoding), men den är giltig UTF-8: "{word}" blir "{misread}" när den läses som {encoding}. Ta bort --encoding (datakoll känner själv igen UTF-8), eller ange --encoding utf-8. Innehållet har lästs som {encoding}, så å, ä och ö i rapporten är fel.',
    en: 'The file was to be read as {encoding} (--encoding), but it is valid UTF-8: "{word}" becomes "{misread}" when read as {encoding}. Leave out --encoding (datakoll recognises UTF-8 itself), or give --encoding utf-8. The content was read as {encoding}, so å, ä and ö in the report are wrong.',
  },
  'encoding-bom': {
    sv: 'Filen börjar med ett osynligt tecken, en BOM (byte order mark). Specifikationen vill ha UTF-8 utan BOM; {reason}. Spara filen utan BOM, eller kör datakoll fix.',
    en: 'The file starts with an invisible character, a BOM (byte order mark). The spec wants UTF-8 without a BOM; {reason}. Save the file without a BOM, or run datakoll fix.',
  },
  'encoding-invalid-utf8': {
    sv: 'Raden innehåller byte som inte är giltig UTF-8 (visas som �). Filen är troligen sammanfogad av delar med olika kodning; spara om den som UTF-8.',
    en: 'The row holds bytes that are not valid UTF-8 (shown as �). The file was probably put together from parts in different encodings; save it again as UTF-8.',
  },
  'dialect-delimiter': {
    sv: 'Fälten är åtskilda med {delimiter}, men specifikationen kräver kommatecken. Filen har lästs med {delimiter} ändå; spara den med kommatecken som avgränsare eller kör datakoll fix.',
    en: 'The fields are separated by {delimiter}, but the spec requires a comma. The file was read with {delimiter} all the same; save it with comma as the delimiter, or run datakoll fix.',
  },
  'dialect-quote': {
    sv: 'Fälten står inom apostrofer (\'). I CSV ska fälten stå inom citattecken ("); spara filen med citattecken, eller kör datakoll fix.',
    en: 'Fields are enclosed in single quotes (\'). In CSV, fields are enclosed in double quotes ("); save the file with double quotes, or run datakoll fix.',
  },
  'dialect-line-endings': {
    sv: 'Raderna slutar på olika sätt ({endings}). Spara filen så att alla rader slutar likadant (LF, som i Mac och Linux, eller CRLF, som i Windows), eller kör datakoll fix.',
    en: 'The lines end in different ways ({endings}). Save the file so that every line ends the same way (LF, as on Mac and Linux, or CRLF, as on Windows), or run datakoll fix.',
  },
  'dialect-line-endings-cr': {
    sv: 'Raderna slutar med enbart CR (vagnretur), som i filer från äldre Mac-program. Specifikationen vill ha LF eller CRLF; många program läser annars hela filen som en enda rad. Spara om filen med LF eller CRLF som radslut, eller kör datakoll fix.',
    en: 'The lines end in CR (carriage return) alone, as in files from old Mac programs. The spec wants LF or CRLF; many programs otherwise read the whole file as one line. Save the file again with LF or CRLF line endings, or run datakoll fix.',
  },
  'dialect-trailing-delimiter': {
    sv: 'Varje rad slutar med en avgränsare, vilket ger en tom sista kolumn. Ta bort den sista avgränsaren på varje rad.',
    en: 'Every line ends with a delimiter, which makes an empty last column. Remove the last delimiter on each line.',
  },
  'dialect-title-row': {
    sv: 'Filen börjar med en titelrad ovanför kolumnnamnen. Första raden ska vara kolumnnamnen; ta bort titelraden, eller kör datakoll fix. Resten av filen har lästs med andra raden som kolumnnamn.',
    en: 'The file starts with a title row above the column names. The first row must be the column names; remove the title row, or run datakoll fix. The rest of the file was read with the second row as the column names.',
  },
  'dialect-spaces-around': {
    // {share} is a whole percentage; Swedish writes a (non-breaking) space before %.
    sv: '{share}\u00a0% av värdena har mellanslag före eller efter. Ta bort mellanslagen runt värdena.',
    en: '{share}% of the values have spaces before or after them. Remove the spaces around the values.',
  },
  'file-no-records': {
    sv: 'Filen har inga poster: bara en rubrikrad (kanske följd av tomma rader) eller en tom lista. Troligen har exporten tappat sina data; en datamängd ska ha minst en post.',
    en: 'The file has no records: only a header row (perhaps followed by blank lines), or an empty list. The export has probably lost its data; a dataset must have at least one record.',
  },
  'json-duplicate-key': {
    sv: '{field} står två gånger i samma objekt. JSON-läsare behåller bara det sista värdet; ta bort det ena.',
    en: '{field} appears twice in the same object. JSON readers keep only the last value; remove one of them.',
  },
  'json-number-out-of-range': cell(
    "{field}: talet '{value}' är för stort för att kunna läsas som ett tal (gränsen är ungefär 1,8 · 10^308, med eller utan minustecken) och blir oändligt när filen läses. Skriv det rätta talet, eller skriv värdet som text om det inte är ett tal.",
    "{field}: the number '{value}' is too large to be read as a number (the limit is about 1.8 · 10^308, with or without a minus sign) and becomes infinite when the file is read. Write the right number, or write the value as text if it is not a number.",
  ),
  'json-number-too-precise': {
    sv: "Talet '{value}' kan inte lagras exakt (det är för stort eller har för många siffror) och blir ett annat tal när filen läses. Skriv det som text om det är ett id, annars med färre siffror.",
    en: "The number '{value}' cannot be stored exactly (it is too large or has too many digits) and turns into another number when the file is read. Write it as text if it is an id, otherwise with fewer digits.",
  },
  'file-empty': {
    sv: 'Filen är tom: {reason}.',
    en: 'The file is empty: {reason}.',
  },
  'remote-unreadable': {
    sv: 'Adressen kunde inte läsas: {reason}.',
    en: 'The address could not be read: {reason}.',
  },
  'csv-malformed': {
    sv: 'Raden kunde inte tolkas som CSV ({reason}). Kontrollera citattecknen: ett fält som innehåller kommatecken eller radbrytning ska omges av "…", och ett " inuti fältet skrivs "".',
    en: 'The row could not be read as CSV ({reason}). Check the quotes: a field holding a comma or a line break must be enclosed in "…", and a " inside it is written "".',
  },
  'json-syntax': {
    sv: 'Filen är inte giltig JSON (rad {line}, kolumn {column}): {reason}. Vanliga orsaker är ett kommatecken efter det sista värdet, enkla citattecken i stället för dubbla, eller en fil som klippts av.',
    en: 'The file is not valid JSON (line {line}, column {column}): {reason}. Common causes are a comma after the last value, single quotes instead of double ones, or a file that was cut short.',
  },
  'json-not-records': {
    sv: 'JSON-filen ska innehålla en lista med poster ([{…}, {…}]) eller en post per rad (JSON Lines), men innehåller {found}.',
    en: 'The JSON file must hold a list of records ([{…}, {…}]) or one record per line (JSON Lines), but holds {found}.',
  },
  'json-records-ambiguous': {
    sv: 'JSON-objektet innehåller mer än en lista som kan vara posterna ({lists}), och bara {checked} har kontrollerats. Ange vilken lista som innehåller posterna med --records följt av listans pekare så som den står här, eller ta bort de andra listorna.',
    en: 'The JSON object holds more than one list that could be the records ({lists}), and only {checked} was checked. Name the list that holds the records with --records and its pointer as written here, or remove the other lists.',
  },
  'json-records-twice': {
    sv: 'Listan med posterna, {pointer}, står två gånger i samma JSON-objekt. Bara den första listan har kontrollerats, medan de flesta JSON-läsare bara behåller den sista. Slå ihop listorna till en, eller ta bort den ena.',
    en: 'The list of records, {pointer}, appears twice in the same JSON object. Only the first list was checked, while most JSON readers keep only the last. Merge the lists into one, or remove one of them.',
  },
  'json-duplicate-key-outside': {
    sv: '{pointer} står två gånger i samma JSON-objekt, utanför posterna. JSON-läsare behåller bara det sista värdet; ta bort det ena.',
    en: '{pointer} appears twice in the same JSON object, outside the records. JSON readers keep only the last value; remove one of them.',
  },
  'max-errors-reached': {
    sv: 'Listan stannade efter {max} fynd; resten räknas men visas inte. Ange --max-errors för att se fler.',
    en: 'The list stopped after {max} {max|finding|findings}; the rest are counted but not shown. Use --max-errors to see more.',
  },

  'header-missing-column': cell(
    'Den obligatoriska kolumnen {field} saknas i rubrikraden. Lägg till en kolumn med exakt det namnet (små och stora bokstäver räknas) och fyll i den på varje rad.',
    'The mandatory column {field} is missing from the header row. Add a column with exactly that name (upper and lower case count) and fill it in on every row.',
  ),
  'header-missing-optional-columns': {
    sv: 'Frivilliga kolumner som saknas i rubrikraden ({count} st.): {columns}. De får utelämnas, men tomma kolumner gör filen lättare att jämföra med andras.',
    en: 'Optional columns missing from the header row ({count}): {columns}. They may be left out, but empty columns make the file easier to compare with others.',
  },
  'header-unknown-column': {
    sv: 'Kolumnen {field} finns inte i specifikationen. Ta bort den, eller byt namn på den till ett av specifikationens kolumnnamn (kolumner som inte finns i specifikationen bryter mot den).',
    en: "The column {field} is not in the specification. Remove it, or rename it to one of the specification's column names (a column the specification does not have breaks conformance).",
  },
  'header-duplicate-column': {
    sv: 'Kolumnen {field} förekommer mer än en gång i rubrikraden (första gången i kolumn {first}). Varje kolumnnamn får bara finnas en gång.',
    en: 'The column {field} appears more than once in the header row (first in column {first}). Each column name may appear only once.',
  },
  'header-empty-column': {
    sv: 'En kolumn i rubrikraden saknar namn. Ge kolumnen ett namn från specifikationen eller ta bort den.',
    en: 'A column in the header row has no name. Give it a name from the specification or remove it.',
  },
  'header-column-order': {
    sv: 'Kolumnerna står inte i specifikationens ordning: {field} står efter {after}. Ordningen enligt specifikationen är: {expected}.',
    en: "The columns are not in the specification's order: {field} comes after {after}. The specification's order is: {expected}.",
  },
  'row-blank': {
    sv: 'Raden är tom. Ta bort tomma rader.',
    en: 'The row is blank. Remove blank rows.',
  },
  // {delimiter}: the file's delimiter in words ('' in a workbook: the hint about delimiters is left out).
  // The row's cells are not checked as values: they are shifted.
  'row-too-many-cells': {
    sv: 'Raden har {found} {found|cell|celler}, men rubrikraden har {expected}.[[ Oftast står avgränsaren, {delimiter}, i ett värde som inte står inom citattecken.]] Radens värden har inte kontrollerats; rätta raden och kontrollera filen igen.',
    en: 'The row has {found} {found|cell|cells}, but the header has {expected}.[[ Usually a value holds {delimiter} and is not enclosed in quotes.]] Its values were not checked; correct the row and check the file again.',
  },
  'row-too-few-cells': {
    sv: 'Raden har {found} {found|cell|celler}, men rubrikraden har {expected}.[[ Oftast saknas avgränsaren, {delimiter}, mellan två värden.]] Lägg till de saknade (tomma) cellerna så att varje rad har lika många kolumner. Radens värden har inte kontrollerats.',
    en: 'The row has {found} {found|cell|cells}, but the header has {expected}.[[ Usually {delimiter} between two values is missing.]] Add the missing (empty) cells so every row has the same number of columns. Its values were not checked.',
  },
  'control-character': cell(
    '{field}: värdet innehåller ett osynligt styrtecken ({character}) som många program inte kan visa eller hantera. Ta bort det; sådana tecken följer ofta med när text kopieras från ett annat system.',
    '{field}: the value holds an invisible control character ({character}) that many programs cannot show or handle. Remove it; such characters often come along when text is copied from another system.',
  ),
  'record-not-object': {
    sv: 'Posten ska vara ett objekt ({…}) men är {found}.',
    en: 'The record must be an object ({…}) but is {found}.',
  },
  'unique-duplicate': cell(
    "Värdet '{value}' i {field} finns redan {unit} {firstRow}. Varje värde i {field} ska vara unikt: ändra ett av dem, eller ta bort dubbletten.",
    "The value '{value}' in {field} already appears {unit} {firstRow}. Every value in {field} must be unique: change one of them, or remove the duplicate.",
  ),
  'form-decimal-comma': cell(
    "{field}: '{value}' har decimalkomma. Skriv decimalpunkt: '{canonical}'. Värdet har kontrollerats som {canonical}.",
    "{field}: '{value}' has a decimal comma. Write a decimal point: '{canonical}'. The value was checked as {canonical}.",
  ),
  'form-thousands-separator': cell(
    "{field}: '{value}' har tusentalsavgränsare. Skriv talet utan dem: '{canonical}'.",
    "{field}: '{value}' has thousands separators. Write the number without them: '{canonical}'.",
  ),
  'form-boolean-word': cell(
    "{field}: '{value}' ska skrivas '{canonical}'. Ja/nej-värden skrivs true (ja) eller false (nej).",
    "{field}: '{value}' must be written '{canonical}'. Yes/no values are written true (yes) or false (no).",
  ),
  'form-date': cell(
    "{field}: '{value}' är ett datum i fel form. Skriv '{canonical}' (ÅÅÅÅ-MM-DD).",
    "{field}: '{value}' is a date in the wrong form. Write '{canonical}' (YYYY-MM-DD).",
  ),
  'form-date-time': cell(
    "{field}: '{value}' är en tidpunkt i fel form. Skriv '{canonical}' (ÅÅÅÅ-MM-DDTHH:MM).",
    "{field}: '{value}' is a date and time in the wrong form. Write '{canonical}' (YYYY-MM-DDTHH:MM).",
  ),
  'form-placeholder-empty': cell(
    "{field}: '{value}' betyder att värdet saknas. Lämna cellen tom i stället.",
    "{field}: '{value}' means there is no value. Leave the cell empty instead.",
  ),
  'form-spaces-around': cell(
    "{field}: '{value}' har mellanslag runt värdet. Skriv '{canonical}'.",
    "{field}: '{value}' has spaces around the value. Write '{canonical}'.",
  ),
  'invalid-integer': cell(
    "{field}: '{value}' är inte ett heltal. Skriv bara siffror, utan mellanslag eller enhet, till exempel 12.",
    "{field}: '{value}' is not a whole number. Write digits only, without spaces or units, for example 12.",
  ),
  'invalid-number': cell(
    "{field}: '{value}' är inte ett tal. Använd punkt som decimaltecken (57.7089, inte 57,7089) och inga mellanslag, tusentalsavgränsare eller enheter.",
    "{field}: '{value}' is not a number. Use a decimal point (57.7089, not 57,7089) and no spaces, thousands separators or units.",
  ),
  'invalid-boolean': cell(
    "{field}: '{value}' är inget ja/nej-värde. Skriv true (ja) eller false (nej).",
    "{field}: '{value}' is not a yes/no value. Write true (yes) or false (no).",
  ),
  'date-ambiguous': cell(
    "{field}: '{value}' kan läsas både som {dayFirst} (dagen först) och som {monthFirst} (månaden först). Skriv datumet som ÅÅÅÅ-MM-DD, så att det bara kan läsas på ett sätt.",
    "{field}: '{value}' reads as {dayFirst} (day first) and as {monthFirst} (month first). Write the date as YYYY-MM-DD, so that it reads one way only.",
  ),
  'invalid-date': cell(
    "{field}: '{value}' är inget giltigt datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2024-05-31.",
    "{field}: '{value}' is not a valid date. Write dates as YYYY-MM-DD, for example 2024-05-31.",
  ),
  'invalid-date-time': cell(
    "{field}: '{value}' är inte en tidpunkt. Skriv datum och klockslag som ÅÅÅÅ-MM-DDTHH:MM:SS, med T mellan datum och tid och gärna med tidszon, till exempel 2024-05-31T14:00:00+02:00.",
    "{field}: '{value}' is not a date and time. Write YYYY-MM-DDTHH:MM:SS, with a T between date and time and preferably a time zone, for example 2024-05-31T14:00:00+02:00.",
  ),
  'invalid-date-or-date-time': cell(
    "{field}: '{value}' är varken ett datum eller en tidpunkt med tidszon: {reason}. Skriv datumet som ÅÅÅÅ-MM-DD (2024-05-31) eller tidpunkten med tidszon (2024-05-31T14:00:00+02:00).",
    "{field}: '{value}' is neither a date nor a date and time with a time zone: {reason}. Write the date as YYYY-MM-DD (2024-05-31) or the date and time with its zone (2024-05-31T14:00:00+02:00).",
  ),
  'invalid-time': cell(
    "{field}: '{value}' är inte ett klockslag. Skriv HH:MM eller HH:MM:SS med 24-timmarsklocka, till exempel 08:30.",
    "{field}: '{value}' is not a time of day. Write HH:MM or HH:MM:SS on the 24-hour clock, for example 08:30.",
  ),
  'invalid-uri': cell(
    "{field}: '{value}' är ingen fullständig adress. Skriv hela adressen med https://, till exempel https://www.kommun.se/sida.",
    "{field}: '{value}' is not a complete address. Write the whole address with https://, for example https://www.kommun.se/page.",
  ),
  'invalid-email': cell(
    "{field}: '{value}' är ingen e-postadress: {reason}. Skriv en adress som namn@domän.se, till exempel info@kommun.se.",
    "{field}: '{value}' is not an e-mail address: {reason}. Write one address such as name@domain.se, for example info@kommun.se.",
  ),
  'invalid-format': cell(
    "{field}: '{value}' har inte formatet {format} som specifikationen kräver.",
    "{field}: '{value}' does not have the format {format} the specification requires.",
  ),
  'invalid-url': cell(
    "{field}: '{value}' är ingen fullständig webbadress: {reason}. Skriv hela adressen, till exempel '{example}'.",
    "{field}: '{value}' is not a complete web address: {reason}. Write the whole address, for example '{example}'.",
  ),
  'invalid-organisationsnummer': cell(
    "{field}: '{value}' är inget giltigt organisationsnummer{either}: {reason}. Skriv organisationens nummer så som det står i Bolagsverkets eller SCB:s register, tio siffror, till exempel 2120001355[[, eller kommunens fyrsiffriga kod ur SCB:s indelning, till exempel {example}]].",
    "{field}: '{value}' is not a valid organisation number{either}: {reason}. Write the organisation's number as Bolagsverket's or SCB's register gives it, ten digits, for example 2120001355[[, or the municipality's four-digit code from SCB's classification, for example {example}]].",
  ),
  'invalid-kommunkod': cell(
    "{field}: '{value}' är ingen svensk kommunkod: {reason}. Skriv kommunens fyrsiffriga kod ur SCB:s indelning, till exempel '{example}'.",
    "{field}: '{value}' is not a Swedish municipality code: {reason}. Write the municipality's four-digit code from SCB's classification, for example '{example}'.",
  ),
  'invalid-lanskod': cell(
    "{field}: '{value}' är ingen svensk länskod: {reason}. Skriv länets tvåsiffriga kod ur SCB:s indelning, till exempel '{example}'.",
    "{field}: '{value}' is not a Swedish county code: {reason}. Write the county's two-digit code from SCB's classification, for example '{example}'.",
  ),
  'invalid-postnummer': cell(
    "{field}: '{value}' är inget postnummer i den form specifikationen använder: {reason}. Skriv till exempel '{example}'.",
    "{field}: '{value}' is not a postal code in the form the specification uses: {reason}. Write, for example, '{example}'.",
  ),
  'invalid-telefonnummer': cell(
    "{field}: '{value}' är inget svenskt telefonnummer: {reason}. Skriv hela numret med riktnummer, till exempel '{example}'.",
    "{field}: '{value}' is not a Swedish phone number: {reason}. Write the whole number with its area code, for example '{example}'.",
  ),
  'invalid-wikidata': cell(
    "{field}: '{value}' är inget Wikidata-id: {reason}. Skriv bara id:t, ett Q följt av siffror, till exempel '{example}'.",
    "{field}: '{value}' is not a Wikidata id: {reason}. Write only the id, a Q followed by digits, for example '{example}'.",
  ),
  'invalid-nutskod': cell(
    "{field}: '{value}' är ingen EU-kod för badvatten (nutskod): {reason}. Skriv koden så som Havs- och vattenmyndigheten anger den, till exempel '{example}'.",
    "{field}: '{value}' is not an EU bathing-water code (nutskod): {reason}. Write the code as the Swedish Agency for Marine and Water Management gives it, for example '{example}'.",
  ),
  'invalid-json-array': cell(
    "{field}: '{value}' är ingen lista skriven som JSON, så som specifikationen skriver listor i en cell. Skriv värdena inom hakparenteser, texter inom citattecken och åtskilda av kommatecken, till exempel [\"A01\",\"J02\"].",
    "{field}: '{value}' is not a list written as JSON, as the specification writes lists in a cell. Write the values in square brackets, texts in double quotes, separated by commas, for example [\"A01\",\"J02\"].",
  ),
  'required-missing': cell(
    '{field} är obligatoriskt men saknar värde. Fyll i ett värde.',
    '{field} is mandatory but has no value. Fill in a value.',
  ),
  'wrong-type': cell(
    "{field}: värdet '{value}' är {found}, men specifikationen kräver {expected}.",
    "{field}: the value '{value}' is {found}, but the specification requires {expected}.",
  ),
  'not-in-enum': cell(
    "{field}: '{value}' är inte ett tillåtet värde. Tillåtna värden: {allowed}. Stavning och små och stora bokstäver måste stämma exakt.",
    "{field}: '{value}' is not an allowed value. Allowed values: {allowed}. Spelling and upper and lower case must match exactly.",
  ),
  'not-const': cell(
    "{field}: '{value}' är fel; värdet ska vara {allowed}.",
    "{field}: '{value}' is wrong; the value must be {allowed}.",
  ),
  'pattern-mismatch': cell(
    "{field}: '{value}' har inte den form specifikationen kräver (mönster {pattern}).",
    "{field}: '{value}' does not have the form the specification requires (pattern {pattern}).",
  ),
  'too-short': cell(
    "{field}: '{value}' är för kort; minst {limit} tecken.",
    "{field}: '{value}' is too short; at least {limit} {limit|character|characters}.",
  ),
  'too-long': cell(
    "{field}: '{value}' är för långt; högst {limit} tecken. Korta texten eller flytta en del av den till en beskrivning.",
    "{field}: '{value}' is too long; at most {limit} {limit|character|characters}. Shorten it or move part of it to a description.",
  ),
  'below-minimum': cell(
    '{field}: {value} är för litet; minsta tillåtna värde är {limit}.',
    '{field}: {value} is too small; the smallest allowed value is {limit}.',
  ),
  'above-maximum': cell(
    '{field}: {value} är för stort; största tillåtna värde är {limit}.',
    '{field}: {value} is too large; the largest allowed value is {limit}.',
  ),
  'too-few-items': cell('{field} har för få värden; minst {limit}.', '{field} has too few values; at least {limit}.'),
  'too-many-items': cell('{field} har för många värden; högst {limit}.', '{field} has too many values; at most {limit}.'),
  'duplicate-items': cell(
    '{field} innehåller samma värde flera gånger. Ta bort dubbletterna.',
    '{field} holds the same value more than once. Remove the repeats.',
  ),
  'unknown-property': {
    sv: '{field} finns inte i specifikationen. Kontrollera stavningen (små och stora bokstäver räknas) och byt namn på fältet till ett av specifikationens fältnamn, eller ta bort det.',
    en: "{field} is not in the specification. Check the spelling (upper and lower case count) and rename the field to one of the specification's field names, or remove it.",
  },
  'schema-violation': cell(
    "{field}: '{value}' uppfyller inte regeln {keyword} i specifikationen[[: {detail}]].",
    "{field}: '{value}' breaks the specification's rule {keyword}[[: {detail}]].",
  ),
  'coordinates-outside-sweden': cell(
    '{field}: positionen (latitud {latitude}, longitud {longitude}) ligger inte i Sverige eller svenska vatten. Kontrollera att latitud och longitud är WGS84 i decimala grader, till exempel 57.7089 och 11.9746, och att ingen siffra eller inget minustecken blivit fel.',
    '{field}: the position (latitude {latitude}, longitude {longitude}) is not in Sweden or Swedish waters. Check that latitude and longitude are WGS84 decimal degrees, such as 57.7089 and 11.9746, and that no digit or minus sign is wrong.',
  ),
  'coordinates-swapped': cell(
    '{field}: latitud och longitud verkar ha bytt plats. Latitud {latitude} och longitud {longitude} ligger utanför Sverige, men omvänt ligger positionen i Sverige. Skriv latitud {longitude} och longitud {latitude}: i Sverige är latitud (nord) 55–69 och longitud (öst) 11–24.',
    '{field}: latitude and longitude seem to be swapped. Latitude {latitude} and longitude {longitude} lie outside Sweden, but the other way round the position is in Sweden. Write latitude {longitude} and longitude {latitude}: in Sweden latitude (north) is 55 to 69 and longitude (east) 11 to 24.',
  ),
  'coordinates-projected': cell(
    "{field}: värdena '{value}' ser ut att vara koordinater i {system} (meter), inte WGS84 i decimala grader. Omräknat till WGS84 är positionen latitud {latitude}, longitud {longitude}. Räkna om hela kolumnen till WGS84 (EPSG:4326), till exempel i ett GIS-program, och skriv grader med punkt som decimaltecken.",
    "{field}: the values '{value}' look like {system} coordinates (metres), not WGS84 decimal degrees. Converted to WGS84 the position is latitude {latitude}, longitude {longitude}. Convert the whole column to WGS84 (EPSG:4326), for instance in GIS software, and write degrees with a decimal point.",
  ),
  'coordinates-not-degrees': cell(
    "{field}: positionen (latitud {latitude}, longitud {longitude}) är inte WGS84 i decimala grader och känns inte igen som SWEREF 99 TM eller RT 90. Kanske har decimaltecknet fallit bort (598644 i stället för 59.8644), eller så är det meter i en lokal SWEREF 99-zon eller ett annat referenssystem. Skriv grader med punkt som decimaltecken, till exempel 57.7089 och 11.9746, och räkna vid behov om positionerna till WGS84 (EPSG:4326).",
    "{field}: the position (latitude {latitude}, longitude {longitude}) is not WGS84 decimal degrees, nor recognisable as SWEREF 99 TM or RT 90. Perhaps the decimal point was lost (598644 instead of 59.8644), or these are metres of a local SWEREF 99 zone or another reference system. Write degrees with a decimal point, such as 57.7089 and 11.9746, converting the positions to WGS84 (EPSG:4326) if need be.",
  ),
  'coordinates-imprecise': cell(
    "{field}: positionen '{value}' har bara {decimals} {decimals|decimal|decimaler}, så positionen kan vara tiotals eller hundratals meter fel och objektet svårt att hitta. Ange minst {minimum} {minimum|decimal|decimaler} (fyra decimaler ger ungefär tio meters noggrannhet).",
    "{field}: the position '{value}' has only {decimals} {decimals|decimal|decimals}, so the position may be tens or hundreds of metres off and the object hard to find. Give at least {minimum} {minimum|decimal|decimals} (four decimals are precise to about ten metres).",
  ),
  'end-before-start': cell(
    "{field}: '{value}' ligger före {start} ('{startValue}'). Slutet kan inte ligga före starten: kontrollera datum, år och tidszon, och om värdena har bytt plats.",
    "{field}: '{value}' is before {start} ('{startValue}'). The end cannot come before the start: check the date, year and time zone, and whether the two values were swapped.",
  ),
  'required-with-missing': cell(
    "{field} saknar värde, men ska fyllas i eftersom {with} är '{withValue}'. Fyll i {field}, eller rätta {with}.",
    "{field} has no value, but must be filled in because {with} is '{withValue}'. Fill in {field}, or correct {with}.",
  ),
  'one-of-required-missing': {
    sv: 'Minst ett av fälten {fields} ska ha ett värde, men alla är tomma. Fyll i minst ett av dem.',
    en: 'At least one of the fields {fields} must have a value, but all are empty. Fill in at least one of them.',
  },
  'publisher-mismatch': cell(
    "{field}: '{value}' är inte utgivaren som angavs med --publisher ({publisher}). Datamängden ska ange den organisation som publicerar den: rätta numret, eller kontrollera att det är rätt fil.",
    "{field}: '{value}' is not the publisher given with --publisher ({publisher}). The dataset must name the organisation that publishes it: correct the number, or check that this is the right file.",
  ),
} as const satisfies Record<Code, Templates>;

/** The phrase for each reason token of a code, filled into the message's `{reason}`. */
export const REASONS = {
  'file-unreadable': {
    'not-found': { sv: 'det finns ingen sådan fil', en: 'there is no such file' },
    permission: { sv: 'du har inte behörighet att läsa den', en: 'you have no permission to read it' },
    folder: { sv: 'det är en mapp, inte en fil', en: 'it is a folder, not a file' },
    'symlink-loop': {
      sv: 'det är en symbolisk länk som går runt i en slinga (till sig själv, eller via andra länkar tillbaka), aldrig fram till en fil',
      en: 'it is a symbolic link that goes round in a loop (to itself, or back through other links), never to a file',
    },
    'device-limit': {
      sv: 'det är en enhet, inte en fil, och den tog inte slut inom 64 MB (som /dev/zero); läs en vanlig fil, ett rör eller standard in i stället',
      en: 'it is a device, not a file, and it did not end within 64 MB (like /dev/zero); read a regular file, a pipe or standard input instead',
    },
    'not-folder': { sv: 'en del av sökvägen före filnamnet är en fil, inte en mapp', en: 'a part of the path before the file name is a file, not a folder' },
    'name-too-long': { sv: 'namnet eller sökvägen är längre än systemet tillåter', en: 'the name or the path is longer than the system allows' },
    'too-many-open': { sv: 'systemet har för många filer öppna just nu; försök igen, eller kontrollera färre filer åt gången', en: 'the system has too many files open just now; try again, or validate fewer files at a time' },
    'read-error': { sv: 'disken eller enheten gav ett läsfel', en: 'the disk or device gave a read error' },
    busy: { sv: 'filen används av ett annat program just nu', en: 'the file is in use by another program just now' },
    'no-device': { sv: 'enheten som filen ligger på finns inte eller är inte ansluten', en: 'the device the file is on does not exist or is not connected' },
    'no-stdin': { sv: 'standard in går inte att läsa här', en: 'standard input cannot be read here' },
    'out-of-memory': { sv: 'minnet tog slut när filen lästes i en arbetstråd', en: 'memory ran out while a worker thread read it' },
    other: { sv: 'systemet gav felet {detail}', en: 'the system gave the error {detail}' },
  },
  'encoding-not-utf8': {
    csv: { sv: 'Spara om den som "CSV UTF-8" (i Excel: Spara som > CSV UTF-8), eller kör datakoll fix', en: 'Save it again as "CSV UTF-8" (in Excel: Save As > CSV UTF-8), or run datakoll fix' },
    json: { sv: 'JSON som utbyts mellan system ska vara UTF-8 (RFC 8259): spara om filen som UTF-8, eller kör datakoll fix', en: 'JSON exchanged between systems must be UTF-8 (RFC 8259): save the file again as UTF-8, or run datakoll fix' },
  },
  'encoding-uncertain': {
    csv: { sv: 'spara om filen som "CSV UTF-8" (i Excel: Spara som > CSV UTF-8)', en: 'save the file again as "CSV UTF-8" (in Excel: Save As > CSV UTF-8)' },
    json: { sv: 'spara om filen som UTF-8 (som JSON ska vara, RFC 8259)', en: 'save the file again as UTF-8 (as JSON must be, RFC 8259)' },
  },
  'encoding-bom': {
    csv: { sv: 'en del program läser då första kolumnnamnet fel', en: 'some programs then misread the first column name' },
    json: { sv: 'JSON ska skrivas utan BOM (RFC 8259), och en del JSON-läsare vägrar läsa en fil som börjar med en', en: 'JSON is to be written without one (RFC 8259), and some JSON readers refuse a file that starts with one' },
  },
  'file-empty': {
    csv: { sv: 'en CSV-fil ska börja med en rubrikrad med kolumnnamnen', en: 'a CSV file must start with a header row of column names' },
    sheet: { sv: 'bladet har inga värden; det ska börja med en rubrikrad med kolumnnamnen', en: 'the sheet holds no values; it must start with a header row of column names' },
    json: {
      sv: 'den innehåller inget JSON-värde (bara blanktecken, eller ingenting). En JSON-fil ska innehålla en lista med poster ([{…}, {…}]) eller en post per rad (JSON Lines)',
      en: 'it holds no JSON value (only white space, or nothing at all). A JSON file must hold a list of records ([{…}, {…}]) or one record per line (JSON Lines)',
    },
  },
  'workbook-unreadable': {
    corrupt: { sv: 'ZIP-arkivet som en arbetsbok är sparad i är trasigt eller avklippt; spara arbetsboken på nytt i Excel', en: 'the ZIP archive a workbook is stored in is damaged or cut short; save the workbook again from Excel' },
    'too-large': { sv: 'en del av den packas upp till mer än datakoll läser (en så stor del, eller en så hög komprimering, är ett tecken på en skadlig fil)', en: 'a part of it unpacks to more than datakoll reads (a part that large, or compressed that much, is the sign of a harmful file)' },
    encrypted: { sv: 'den är skyddad med lösenord. Spara en kopia utan lösenord (Arkiv > Info > Skydda arbetsbok) och kontrollera den', en: 'it is protected with a password. Save a copy without the password (File > Info > Protect Workbook) and validate that' },
    'no-workbook': { sv: 'ZIP-arkivet har ingen arbetsboksdel (xl/workbook.xml)', en: 'the ZIP archive holds no workbook part (xl/workbook.xml)' },
    'no-sheets': { sv: 'den har inga kalkylblad', en: 'it has no worksheets' },
    'bad-xml': { sv: 'en av dess delar är inte korrekt XML; spara arbetsboken på nytt i Excel', en: 'one of its parts is not well-formed XML; save the workbook again from Excel' },
    'not-a-file': { sv: 'den gick inte att läsa hel från standard in eller webbadressen till en tillfällig fil (större än --remote-max-mb, eller så bröts överföringen); spara den som fil och kontrollera filen', en: 'it could not be read whole from standard input or the web address into a temporary file (larger than --remote-max-mb, or the transfer broke); save it to a file and validate that' },
  },
  'file-binary': {
    ods: {
      sv: 'den är ett OpenDocument-kalkylark (.ods, från LibreOffice eller OpenOffice Calc). datakoll läser Excel-arbetsböcker men inte OpenDocument: öppna den i Calc och spara den som Excel 2007–365 (.xlsx), eller välj Arkiv > Spara som, filtypen "Text CSV (.csv)" och teckenuppsättningen Unicode (UTF-8), och kontrollera sedan den filen',
      en: 'it is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice Calc). datakoll reads Excel workbooks but not OpenDocument: open it in Calc and save it as Excel 2007-365 (.xlsx), or choose File > Save As, the file type "Text CSV (.csv)" and the character set Unicode (UTF-8), then validate that file',
    },
    xls: {
      sv: 'den är en äldre Excel-arbetsbok (.xls, Excel 97–2003) eller ett annat äldre Office-dokument. datakoll läser bara det nyare formatet: öppna den i Excel och spara den som Excel-arbetsbok (*.xlsx) med Arkiv > Spara som, och kontrollera sedan den filen',
      en: 'it is an old Excel workbook (.xls, Excel 97-2003) or another old Office document. datakoll reads only the newer format: open it in Excel, save it as an Excel Workbook (*.xlsx) with File > Save As, then validate that file',
    },
    zip: {
      sv: 'den är ett ZIP-arkiv (en komprimerad mapp, eller ett Word- eller annat Office-dokument). Packa upp den och kontrollera CSV- eller JSON-filen i den; en arbetsbok sparas i Excel med Arkiv > Spara som > "CSV UTF-8 (kommaavgränsad)"',
      en: 'it is a ZIP archive (a compressed folder, or a Word or other Office document). Unpack it and validate the CSV or JSON file inside; a workbook is saved from Excel with File > Save As > "CSV UTF-8 (Comma delimited)"',
    },
    gzip: { sv: 'den är komprimerad med gzip (.gz). Packa upp den först (med gunzip, eller 7-Zip i Windows) och kontrollera filen i den', en: 'it is compressed with gzip (.gz). Unpack it first (with gunzip, or 7-Zip on Windows) and validate the file inside' },
    bzip2: { sv: 'den är komprimerad med bzip2 (.bz2). Packa upp den först (med bunzip2, eller 7-Zip i Windows) och kontrollera filen i den', en: 'it is compressed with bzip2 (.bz2). Unpack it first (with bunzip2, or 7-Zip on Windows) and validate the file inside' },
    xz: { sv: 'den är komprimerad med xz (.xz). Packa upp den först (med unxz, eller 7-Zip i Windows) och kontrollera filen i den', en: 'it is compressed with xz (.xz). Unpack it first (with unxz, or 7-Zip on Windows) and validate the file inside' },
    '7z': { sv: 'den är ett 7-Zip-arkiv (.7z). Packa upp den först (med 7-Zip) och kontrollera filen i den', en: 'it is a 7-Zip archive (.7z). Unpack it first (with 7-Zip) and validate the file inside' },
    zstd: { sv: 'den är komprimerad med Zstandard (.zst). Packa upp den först (med unzstd, eller 7-Zip i Windows) och kontrollera filen i den', en: 'it is compressed with Zstandard (.zst). Unpack it first (with unzstd, or 7-Zip on Windows) and validate the file inside' },
    pdf: {
      sv: 'den är ett PDF-dokument. En PDF kan inte kontrolleras som data: exportera data som CSV eller JSON från systemet där de finns',
      en: 'it is a PDF document. A PDF cannot be validated as data: export the data as CSV or JSON from the system that holds them',
    },
    png: { sv: 'den är en bild (PNG)', en: 'it is an image (PNG)' },
    jpeg: { sv: 'den är en bild (JPEG)', en: 'it is an image (JPEG)' },
    gif: { sv: 'den är en bild (GIF)', en: 'it is an image (GIF)' },
    'utf-32': {
      sv: 'den är text i teckenkodningen UTF-32 (fyra byte per tecken), som datakoll inte läser. Öppna den i en textredigerare, spara den som UTF-8 och kontrollera den igen',
      en: 'it is text in the UTF-32 encoding (four bytes a character), which datakoll does not read. Open it in a text editor, save it as UTF-8 and validate it again',
    },
    binary: {
      sv: 'den innehåller binära data (många NUL-byte eller andra styrtecken) i stället för text; kanske är den en databas, ett program eller en annan sorts fil med fel namn',
      en: 'it holds binary data (many NUL or other control bytes) instead of text; perhaps it is a database, a program or another kind of file with the wrong name',
    },
  },
  'json-syntax': {
    'after-end': { sv: 'efter slutet av JSON-dokumentet kommer mer text, med början i {found}', en: 'more text follows the end of the JSON document, starting with {found}' },
    'line-holds-more': { sv: 'raden innehåller mer än ett värde: {found} kommer efter värdet på samma rad (i JSON Lines står ett värde per rad)', en: 'the line holds more than one value: {found} follows the value on the same line (JSON Lines holds one value per line)' },
    'line-ends-in-value': { sv: 'raden tar slut innan värdet på den gör det (i JSON Lines står varje värde helt på en rad)', en: 'the line ends before its value does (in JSON Lines each value is whole on one line)' },
    'line-break-in-text': { sv: 'en textsträng bryts av en radbrytning; en radbrytning i en text skrivs \\n, och ett citattecken som fattas gör att resten av filen läses fel', en: 'a text value is broken by a line break; a line break in a text is written \\n, and a missing quote makes the rest of the file read wrongly' },
    'expected-comma-or-bracket': { sv: "här ska det stå ',' eller ']'[[, men det står {found}]]", en: "expected ',' or ']'[[ but found {found}]]" },
    'expected-comma-or-brace': { sv: "här ska det stå ',' eller '}'[[, men det står {found}]]", en: "expected ',' or '}'[[ but found {found}]]" },
    'expected-name': { sv: 'här ska ett namn inom dubbla citattecken stå[[, men det står {found}]]', en: 'expected a property name in double quotes[[ but found {found}]]' },
    'expected-colon': { sv: "här ska det stå ':'[[, men det står {found}]]", en: "expected ':'[[ but found {found}]]" },
    'expected-value': { sv: 'här ska ett värde stå[[, men det står {found}]]', en: 'expected a value[[ but found {found}]]' },
    'trailing-comma': { sv: "ett ',' följs av ']' (ett kommatecken efter det sista värdet i en lista)", en: "a ',' is followed by ']' (a comma after the last value of a list)" },
    'trailing-comma-in-object': { sv: "ett ',' följs av '}' (ett kommatecken efter det sista värdet i ett objekt)", en: "a ',' is followed by '}' (a comma after the last value of an object)" },
    unexpected: { sv: 'oväntat tecken: {found}', en: 'unexpected {found}' },
    'text-not-closed': { sv: 'en textsträng avslutas aldrig med "', en: 'a text value is never closed with "' },
    'control-character': { sv: 'en textsträng innehåller ett styrtecken som inte är skrivet som \\u-kod', en: 'a text value holds a control character that is not written as a \\u escape' },
    'bad-escape': { sv: 'en textsträng har ett \\ som inte följs av en giltig kod (\\n, \\", \\\\, …)', en: 'a text value has a \\ that is not followed by a valid escape (\\n, \\", \\\\, …)' },
    'bad-unicode-escape': { sv: 'en \\u-kod i en textsträng har inte fyra hexadecimala siffror', en: 'a \\u escape in a text value does not have four hexadecimal digits' },
    'nested-too-deeply': { sv: 'värdena är nästlade för djupt', en: 'the values are nested too deeply' },
    'truncated-value': { sv: 'filen tar slut mitt i ett värde (har den klippts av?)', en: 'the file ends in the middle of a value (was it cut short?)' },
    'truncated-array': { sv: "filen tar slut före den avslutande ']' (har den klippts av?)", en: "the file ends before the closing ']' (was it cut short?)" },
    'truncated-object': { sv: "filen tar slut före den avslutande '}' (har den klippts av?)", en: "the file ends before the closing '}' (was it cut short?)" },
    'record-too-large': { sv: 'en post är längre än 128 miljoner tecken (saknas en avslutande klammer eller ett citattecken?)', en: 'a record is longer than 128 million characters (is a closing bracket or quote missing?)' },
  },
  'remote-unreadable': {
    address: { sv: 'det är ingen giltig webbadress ({detail})', en: 'it is not a valid web address ({detail})' },
    scheme: { sv: 'bara https://-adresser (och med --allow-http http://) kan läsas, inte {detail}', en: 'only https:// addresses (and, with --allow-http, http://) can be read, not {detail}' },
    http: {
      sv: 'det är en okrypterad http://-adress, som vem som helst på vägen kan läsa och ändra; använd https://, eller ange --allow-http',
      en: 'it is a plain http:// address, which anyone on the way can read and change; use https://, or give --allow-http',
    },
    private: {
      sv: 'servern skickade vidare till {detail}, en lokal eller privat adress, och sådana följer datakoll inte från en publik adress',
      en: 'the server redirected to {detail}, a local or private address, which datakoll does not follow from a public one',
    },
    'not-public': {
      sv: 'adressen leder till {detail}, en lokal eller privat adress (den egna datorn eller ett internt nät), och sådana läser datakoll inte från en katalog utan --allow-private-addresses',
      en: 'the address leads to {detail}, a local or private address (the machine itself or an internal network), which datakoll does not read from a catalogue without --allow-private-addresses',
    },
    'no-answer': { sv: 'servern svarade inte inom {detail} s', en: 'the server did not answer within {detail} s' },
    connect: { sv: 'datakoll kan inte ansluta till servern[[ ({detail})]]', en: 'datakoll cannot connect to the server[[ ({detail})]]' },
    redirects: { sv: 'servern skickade vidare fler än {detail} {detail|gång|gånger}', en: 'the server redirected more than {detail} {detail|time|times}' },
    status: { sv: 'servern svarade {detail}', en: 'the server answered {detail}' },
    html: { sv: 'servern skickade en webbsida (text/html), inte en datafil; kontrollera adressen', en: 'the server sent a web page (text/html), not a data file; check the address' },
    'too-large': { sv: 'filen är större än gränsen på {detail} MB (--remote-max-mb)', en: 'the file is larger than the limit of {detail} MB (--remote-max-mb)' },
    silence: { sv: 'servern slutade skicka under {detail} s', en: 'the server stopped sending for {detail} s' },
    deadline: { sv: 'att läsa den tog längre tid än gränsen på {detail} s (--remote-timeout)', en: 'reading it took longer than the limit of {detail} s (--remote-timeout)' },
    broken: { sv: 'överföringen avbröts[[ ({detail})]]', en: 'the transfer broke off[[ ({detail})]]' },
    encoding: { sv: 'servern komprimerade filen som {detail}, och det kan datakoll inte packa upp', en: 'the server compressed the file as {detail}, which datakoll cannot unpack' },
  },
  'csv-malformed': {
    'quote-not-closed': { sv: 'ett citattecken som öppnar ett fält stängs aldrig, så resten av filen blir ett enda fält', en: 'a quote that opens a field is never closed, so the rest of the file becomes one field' },
    'record-too-large': { sv: 'raden är längre än 128 miljoner tecken', en: 'the row is longer than 128 million characters' },
    'quote-kept-as-text': {
      sv: 'ett citattecken som öppnar ett fält stängs aldrig på raden; fix har behållit varje tecken på raden men skrivit citattecknet som ett vanligt tecken ("" i en cell inom citattecken, så att det inte slukar raderna efter), och läst raderna efter den för sig',
      en: 'a quote that opens a field is not closed on its line; fix kept every character of the line but wrote the quote as an ordinary character ("" in a quoted cell, so that it cannot swallow the rows after it), and read the rows after it on their own',
    },
  },
  'invalid-email': {
    mailto: { sv: 'ta bort "mailto:" i början och skriv bara adressen', en: 'remove "mailto:" at the start and write the address alone' },
    several: { sv: 'det verkar vara flera adresser; ange en', en: 'it seems to hold several addresses; give one' },
    spaces: { sv: 'den innehåller mellanslag', en: 'it holds spaces' },
    at: { sv: 'en e-postadress har exakt ett @', en: 'an e-mail address has exactly one @' },
    local: { sv: 'delen före @ saknas eller innehåller otillåtna tecken', en: 'the part before the @ is missing or holds characters that are not allowed' },
    domain: { sv: 'delen efter @ är inget fullständigt domännamn (som kommun.se)', en: 'the part after the @ is not a complete domain name (such as kommun.se)' },
  },
  'invalid-url': {
    scheme: { sv: 'den ska börja med https:// (eller http://)', en: 'it must start with https:// (or http://)' },
    spaces: { sv: 'den innehåller mellanslag; skriv %20 i stället för mellanslag', en: 'it holds spaces; write %20 instead of a space' },
    host: { sv: 'domännamnet efter https:// saknas', en: 'the host name after https:// is missing' },
  },
  'invalid-organisationsnummer': {
    characters: { sv: 'det får bara innehålla siffror, med ett bindestreck efter de sex första', en: 'it may hold only digits, with a hyphen after the first six' },
    length: { sv: 'ett organisationsnummer har tio siffror', en: 'an organisation number has ten digits' },
    'check-digit': {
      sv: 'kontrollsiffran (den sista siffran) stämmer inte med de nio första, så en siffra är troligen felskriven eller två har bytt plats',
      en: 'the check digit (the last one) does not match the first nine, so a digit is probably mistyped or two have been swapped',
    },
    // (Said after "… är inget giltigt organisationsnummer och ingen kommunkod:" where a municipality code is taken too.)
    neither: { sv: 'en kommunkod har fyra siffror och ett organisationsnummer tio', en: 'a municipality code has four digits and an organisation number ten' },
    masked: {
      sv: 'ett maskerat personnummer för en enskild firma har sex siffror och sedan XXXX i stället för de fyra sista (921115XXXX)',
      en: "a sole trader's masked personal identity number has six digits and then XXXX in place of the last four (921115XXXX)",
    },
  },
  'invalid-date-or-date-time': {
    form: { sv: 'det är inget datum som finns (ÅÅÅÅ-MM-DD) och ingen tidpunkt (ÅÅÅÅ-MM-DDTHH:MM:SS)', en: 'it is no date that exists (YYYY-MM-DD) and no date and time (YYYY-MM-DDTHH:MM:SS)' },
    zone: { sv: 'tidpunkten saknar tidszon (som +01:00 eller Z), som specifikationen kräver', en: 'the date and time lacks the time zone (such as +01:00 or Z) the specification asks for' },
  },
  'invalid-kommunkod': {
    form: { sv: 'en kommunkod är fyra siffror', en: 'a municipality code is four digits' },
    'lost-zero': {
      sv: 'den inledande nollan saknas: koderna i län 01–09 börjar med 0, och ett kalkylprogram tar ofta bort den, så spara kolumnen som text',
      en: 'the leading zero is missing: codes in counties 01 to 09 start with 0, and spreadsheet programs often drop it, so keep the column as text',
    },
    unknown: { sv: 'ingen kommun har den koden i SCB:s indelning', en: "no municipality has that code in SCB's classification" },
  },
  'invalid-lanskod': {
    form: { sv: 'en länskod är två siffror', en: 'a county code is two digits' },
    'lost-zero': {
      sv: 'den inledande nollan saknas: koderna 01–09 börjar med 0, och ett kalkylprogram tar ofta bort den, så spara kolumnen som text',
      en: 'the leading zero is missing: codes 01 to 09 start with 0, and spreadsheet programs often drop it, so keep the column as text',
    },
    unknown: { sv: 'inget län har den koden i SCB:s indelning', en: "no county has that code in SCB's classification" },
  },
  'invalid-postnummer': {
    form: { sv: 'ett svenskt postnummer är fem siffror', en: 'a Swedish postal code is five digits' },
    'leading-zero': { sv: 'inget svenskt postnummer börjar med 0', en: 'no Swedish postal code starts with 0' },
    'space-expected': { sv: 'specifikationen skriver postnummer med ett mellanslag efter tredje siffran', en: 'the specification writes postal codes with a space after the third digit' },
    'space-unexpected': { sv: 'specifikationen skriver postnummer som fem siffror utan mellanslag', en: 'the specification writes postal codes as five digits without a space' },
  },
  'invalid-telefonnummer': {
    characters: { sv: 'det får bara innehålla siffror, mellanslag, bindestreck, parenteser och + först', en: 'it may hold only digits, spaces, hyphens, parentheses and a leading +' },
    prefix: { sv: 'ett svenskt nummer börjar med 0 (riktnumret) eller med +46', en: 'a Swedish number starts with 0 (the area code) or with +46' },
    international: { sv: 'skriv +46 i stället för 0046', en: 'write +46 instead of 0046' },
    'zero-after-country-code': { sv: 'efter +46 ska riktnumrets inledande 0 tas bort', en: 'after +46 the leading 0 of the area code is dropped' },
    foreign: { sv: 'numret har en utländsk landskod, men specifikationen förväntar sig ett svenskt nummer', en: 'the number has a foreign country code, but the specification expects a Swedish number' },
    length: { sv: 'ett svenskt nummer har 8–10 siffror med riktnumret (7–9 efter +46)', en: 'a Swedish number has 8 to 10 digits with the area code (7 to 9 after +46)' },
  },
  'invalid-wikidata': {
    url: { sv: 'det är en länk, inte id:t (som står sist i länken till objektet)', en: "it is a link, not the id (which ends the item's link)" },
    case: { sv: 'Q ska vara en versal', en: 'the Q must be a capital letter' },
    form: { sv: 'ett Wikidata-id är ett Q följt av siffror, utan inledande nolla', en: 'a Wikidata id is a Q followed by digits, without a leading zero' },
  },
  'invalid-nutskod': {
    case: { sv: 'koden skrivs med versaler', en: 'the code is written in capitals' },
    country: { sv: 'svenska badvattenkoder börjar med SE', en: 'Swedish bathing-water codes start with SE' },
    form: { sv: 'koden är SE följt av 16 siffror eller versaler', en: 'the code is SE followed by 16 digits or capital letters' },
  },
} as const satisfies { readonly [C in ReasonCode]: Record<ReasonOf<C>, Templates> };

/** What a JSON value is, in words (the kinds of a JSON value, and `integer`, as JSON Schema names them). */
const JSON_KINDS: Readonly<Record<string, Templates>> = {
  null: { sv: 'null (inget värde)', en: 'null (no value)' },
  array: { sv: 'en lista ([…])', en: 'a list ([…])' },
  object: { sv: 'ett objekt ({…})', en: 'an object ({…})' },
  string: { sv: 'en text', en: 'a text' },
  number: { sv: 'ett tal', en: 'a number' },
  integer: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'ett ja/nej-värde (true eller false)', en: 'a yes/no value (true or false)' },
};

/** A delimiter as a finding names it: its name and the character ("semikolon (;)", "a semicolon (;)"); a tab is its name alone. */
const DELIMITER_WORDS: Readonly<Record<string, Templates>> = Object.fromEntries(
  Object.entries(DELIMITERS).map(([c, name]) => [c, c === '\t' ? { sv: name.sv, en: `a ${name.en}` } : { sv: `${name.sv} (${c})`, en: `a ${name.en} (${c})` }]),
);

/**
 * Parameters whose value is a token rather than a value from the data: code -> parameter ->
 * token -> words. A list of tokens ("string,null") is said as "a text or null"; a value that is
 * no token is shown as it is.
 */
export const PARAM_WORDS: { readonly [C in Code]?: Readonly<Record<string, Readonly<Record<string, Templates>>>> } = {
  'dialect-delimiter': { delimiter: DELIMITER_WORDS },
  'row-too-many-cells': { delimiter: DELIMITER_WORDS },
  'row-too-few-cells': { delimiter: DELIMITER_WORDS },
  'record-not-object': { found: JSON_KINDS },
  'json-not-records': { found: JSON_KINDS },
  'wrong-type': { found: JSON_KINDS, expected: JSON_KINDS },
  // Where the first of the same key is: a row of CSV (no unit given), a record of JSON.
  'unique-duplicate': { unit: UNIT_WORDS },
  // A column that takes a municipality code as well (kommunkod-eller-organisationsnummer).
  'invalid-organisationsnummer': { either: { kommunkod: { sv: ' och ingen kommunkod', en: ' or municipality code' } } },
};

const OR: Templates = { sv: ' eller ', en: ' or ' };

/** The words for a parameter's token, or undefined when the parameter takes no words or the value is no token. */
function paramWord(code: Code, name: string, given: unknown, lang: Lang): string | undefined {
  const words = PARAM_WORDS[code]?.[name];
  // A parameter not given takes the words of '' when there are any.
  const value = given === undefined && words !== undefined && Object.hasOwn(words, '') ? '' : given;
  if (words === undefined || typeof value !== 'string') return undefined;
  if (Object.hasOwn(words, value)) return (words[value] as Templates)[lang];
  const parts = value.split(',');
  return parts.length > 1 && parts.every((p) => Object.hasOwn(words, p)) ? parts.map((p) => (words[p] as Templates)[lang]).join(OR[lang]) : undefined;
}

/**
 * What a rule of JSON Schema that has no code of its own asks for (schema-violation's `detail`),
 * by keyword, filled with Ajv's parameters of the error. For a keyword not listed the message
 * names the keyword and says no more, in either language (Ajv's own words are English only).
 */
export const SCHEMA_RULES: Readonly<Record<string, Templates>> = {
  multipleOf: { sv: 'värdet ska vara en multipel av {multipleOf}', en: 'the value must be a multiple of {multipleOf}' },
  not: { sv: 'värdet har en form som regeln inte tillåter', en: 'the value has a form the rule does not allow' },
  anyOf: { sv: 'värdet stämmer inte med något av de tillåtna alternativen', en: 'the value matches none of the allowed alternatives' },
  oneOf: { sv: 'värdet ska stämma med exakt ett av alternativen', en: 'the value must match exactly one of the alternatives' },
  if: { sv: 'värdet uppfyller inte det regeln kräver i det här fallet', en: 'the value does not meet what the rule requires in this case' },
  contains: { sv: 'listan saknar ett värde som regeln kräver', en: 'the list lacks a value the rule requires' },
  dependentRequired: { sv: 'när {property} har ett värde ska också {missingProperty} ha ett', en: 'when {property} has a value, {missingProperty} must have one too' },
  dependencies: { sv: 'när {property} har ett värde ska också {missingProperty} ha ett', en: 'when {property} has a value, {missingProperty} must have one too' },
  minProperties: { sv: 'objektet ska ha minst {limit} fält', en: 'the object must have at least {limit} {limit|field|fields}' },
  maxProperties: { sv: 'objektet får ha högst {limit} fält', en: 'the object may have at most {limit} {limit|field|fields}' },
  propertyNames: { sv: 'fältnamnet {propertyName} är inte tillåtet', en: 'the field name {propertyName} is not allowed' },
  unevaluatedItems: { sv: 'listan har fler värden än regeln tillåter', en: 'the list has more values than the rule allows' },
  additionalItems: { sv: 'listan har fler värden än regeln tillåter', en: 'the list has more values than the rule allows' },
  items: { sv: 'listan har fler värden än regeln tillåter', en: 'the list has more values than the rule allows' },
  discriminator: { sv: 'värdet av {tag} anger inget av de tillåtna alternativen', en: 'the value of {tag} names none of the allowed alternatives' },
  'false schema': { sv: 'regeln tillåter inget värde här', en: 'the rule allows no value here' },
};

/** The JSON object has no list at the pointer --records names (json-not-records' `found`). */
export const NO_LIST_AT: Templates = { sv: 'ingen lista med poster vid {pointer}', en: 'no list of records at {pointer}' };

/** Why a --publisher value is refused (said after the value in the usage error). */
export const PUBLISHER_PROBLEMS = {
  none: { sv: 'ingen kommunkod eller inget organisationsnummer angavs', en: 'no municipality code or organisation number was given' },
  'lost-zero': { sv: 'den inledande nollan saknas ({example})', en: 'the leading zero is missing ({example})' },
  unknown: { sv: 'ingen kommun har den koden i SCB:s indelning', en: "no municipality has this code in SCB's classification" },
  'kommunkod-form': { sv: 'en kommunkod har fyra siffror', en: 'a municipality code has four digits' },
  'second-kommunkod': { sv: 'en andra kommunkod (efter {after}); en fil har en utgivare', en: 'a second municipality code (after {after}); a file has one publisher' },
  characters: { sv: 'ett organisationsnummer har bara siffror, med ett bindestreck efter de sex första', en: 'an organisation number holds only digits, with a hyphen after the first six' },
  length: { sv: 'ett organisationsnummer har tio siffror, och en kommunkod fyra', en: 'an organisation number has ten digits, and a municipality code four' },
  'check-digit': { sv: 'kontrollsiffran (den sista siffran) stämmer inte med de nio första', en: 'its check digit (the last digit) does not match the first nine' },
  'second-organisationsnummer': { sv: 'ett andra organisationsnummer (efter {after}); en fil har en utgivare', en: 'a second organisation number (after {after}); a file has one publisher' },
} as const satisfies Record<string, Templates>;

/** Parameters every diagnostic of a scope supplies on top of its code's own. */
export const SCOPE_PARAMS: Record<Scope, readonly string[]> = {
  file: [],
  header: ['field', 'description'],
  row: [],
  cell: ['field', 'value', 'description'],
};

/** The phrase for a reason token of a code, or undefined when the code has no such token. */
function reasonPhrase(code: Code, reason: unknown): Templates | undefined {
  if (typeof reason !== 'string' || !(code in REASONS)) return undefined;
  const phrases = REASONS[code as ReasonCode] as Readonly<Record<string, Templates>>;
  return Object.hasOwn(phrases, reason) ? phrases[reason] : undefined;
}

/** A reason token's phrase in a language, its parameters filled; a token the code does not know is shown as it is. */
export function reasonText(code: ReasonCode, lang: Lang, params: Readonly<Record<string, unknown>>): string {
  const phrase = reasonPhrase(code, params.reason);
  return phrase === undefined ? paramText(params.reason, lang) : fill(phrase[lang], lang, (name) => paramText(params[name], lang), (name) => params[name]);
}

/** Where and why a text is not JSON, for a message that is no json-syntax finding (fix's refusal, a config or spec file). */
export const JSON_PROBLEM_AT: Templates = {
  sv: 'den är inte giltig JSON på rad {line}, kolumn {column}: {reason}',
  en: 'it is not valid JSON at line {line}, column {column}: {reason}',
};

/** JSON_PROBLEM_AT in a language: a json-syntax reason token and its found character, at a line and column. */
export function jsonProblemText(p: { readonly reason: string; readonly found: string; readonly line: number; readonly column: number }, lang: Lang): string {
  const reason = reasonText('json-syntax', lang, p);
  return fill(JSON_PROBLEM_AT[lang], lang, (name) => (name === 'reason' ? reason : paramText(p[name as keyof typeof p], lang)));
}

/** Renders a code's message in a language; a missing parameter renders as an empty string. */
export function renderMessage(code: Code, lang: Lang, params: Readonly<Record<string, unknown>>): string {
  const text = (name: string): string => {
    const said = paramWord(code, name, params[name], lang) ?? paramText(params[name], lang);
    return name === 'field' ? visibleName(said) : said;
  };
  const value = (name: string): unknown => params[name];
  const phrase = reasonPhrase(code, params.reason);
  const reason = phrase === undefined ? undefined : fill(phrase[lang], lang, text, value);
  return fill(MESSAGES[code][lang], lang, (name) => (name === 'reason' && reason !== undefined ? reason : text(name)), value);
}

/** Scope of a code, re-exported for the catalogue test. */
export function scopeOf(code: Code): Scope {
  return CODES[code].scope;
}
