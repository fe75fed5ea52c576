/**
 * The words of `datakoll explain <code>` and docs/codes.md (issue 19): what a kind of finding is
 * about, why the specifications ask for it and how to put it right, by family of codes; and a
 * wrong and a right value per code where a value shows it.
 */
import type { Code } from '../codes.js';
import type { Templates } from './template.js';

/** The families of codes, each with the reason the specifications give and the way to fix it. */
export type CodeFamily = 'file' | 'workbook' | 'json' | 'encoding' | 'dialect' | 'header' | 'row' | 'form' | 'format' | 'schema' | 'unique' | 'position' | 'rules';

export const FAMILY_WHY: Readonly<Record<CodeFamily, Templates>> = {
  file: { sv: 'En fil som inte kan läsas kan ingen annan heller använda; datakoll kontrollerar bara det den kan läsa.', en: 'A file that cannot be read cannot be used by anyone else either; datakoll checks only what it can read.' },
  workbook: { sv: 'Specifikationerna beskriver en tabell med en rad per post; det en arbetsbok visar utöver värdena (sammanfogade celler, dolda rader, formler) följer inte med när data läses maskinellt.', en: 'The specifications describe a table with one row per record; what a workbook shows beyond its values (merged cells, hidden rows, formulas) is lost when the data is read by a program.' },
  json: { sv: 'JSON följer en standard (RFC 8259); ett program som läser filen gissar inte vad som menades.', en: 'JSON follows a standard (RFC 8259); a program reading the file does not guess what was meant.' },
  encoding: { sv: 'Specifikationerna kräver UTF-8 utan BOM, så att å, ä och ö läses likadant av alla program.', en: 'The specifications require UTF-8 without a BOM, so that å, ä and ö read the same in every program.' },
  dialect: { sv: 'Specifikationerna kräver CSV med kommatecken mellan fälten, citattecken (") runt fält som behöver dem och en post per rad, så att alla program delar upp filen likadant.', en: 'The specifications require CSV with commas between the fields, double quotes (") around fields that need them and one record per line, so that every program splits the file the same way.' },
  header: { sv: 'Rubrikraden talar om vilken kolumn som är vilket attribut; med specifikationens namn kan filen jämföras och läggas ihop med andra kommuners.', en: "The header row tells which column is which attribute; with the specification's names the file can be compared and combined with other municipalities' files." },
  row: { sv: 'Varje rad är en post med lika många fält som rubrikraden; en rad med fler eller färre fält hamnar i fel kolumner.', en: 'Every row is a record with as many fields as the header row; a row with more or fewer fields ends up in the wrong columns.' },
  form: { sv: 'Specifikationen skriver värdet i en bestämd form (decimalpunkt, true/false, ÅÅÅÅ-MM-DD) så att ett program läser det utan att gissa; meningen är tydlig, bara formen är fel.', en: 'The specification writes the value in one form (decimal point, true/false, YYYY-MM-DD) so that a program reads it without guessing; the meaning is clear, only the form is wrong.' },
  format: { sv: 'Specifikationen anger vilket slags värde kolumnen har (tal, datum, e-postadress, kod); ett värde av annat slag kan inte användas som det är tänkt.', en: 'The specification says what kind of value the column holds (a number, a date, an e-mail address, a code); a value of another kind cannot be used as intended.' },
  schema: { sv: 'Specifikationens regler för attributet (obligatoriskt, tillåtna värden, längd, intervall) gör att data från olika kommuner betyder samma sak.', en: "The specification's rules for the attribute (mandatory, allowed values, length, range) make data from different municipalities mean the same." },
  unique: { sv: 'Nyckeln identifierar posten; två poster med samma nyckel går inte att skilja åt eller uppdatera.', en: 'The key identifies the record; two records with the same key cannot be told apart or updated.' },
  position: { sv: 'Positioner anges i WGS84 (latitud, longitud i decimala grader) så att de hamnar rätt på en karta.', en: 'Positions are given in WGS84 (latitude and longitude in decimal degrees) so that they land in the right place on a map.' },
  rules: { sv: 'Specifikationen har regler mellan attributen (ett slut efter starten, ett värde som kräver ett annat) som data ska följa för att hänga ihop.', en: 'The specification has rules between attributes (an end after the start, a value that requires another) that the data must follow to hang together.' },
};

export const FAMILY_HOW: Readonly<Record<CodeFamily, Templates>> = {
  file: { sv: 'Kontrollera att filen finns, går att läsa och är en CSV- eller JSON-fil (eller en arbetsbok .xlsx), och kör datakoll igen.', en: 'Check that the file exists, can be read and is a CSV or JSON file (or an .xlsx workbook), and run datakoll again.' },
  workbook: { sv: 'Rätta i arbetsboken: en rubrikrad och en post per rad, värden i stället för formler som saknar värde, inga sammanfogade celler. Eller spara bladet som CSV UTF-8.', en: 'Correct the workbook: one header row and one record per row, values instead of formulas without a value, no merged cells. Or save the sheet as CSV UTF-8.' },
  json: { sv: 'Rätta JSON-texten på platsen som anges, eller låt programmet som skrev filen skriva den på nytt.', en: 'Correct the JSON text at the place given, or have the program that wrote the file write it again.' },
  encoding: { sv: 'Spara filen som UTF-8 (i Excel: "CSV UTF-8"), eller kör datakoll fix.', en: 'Save the file as UTF-8 (in Excel: "CSV UTF-8"), or run datakoll fix.' },
  dialect: { sv: 'Spara filen med kommatecken som avgränsare och en post per rad, eller kör datakoll fix.', en: 'Save the file with comma as the delimiter and one record per line, or run datakoll fix.' },
  header: { sv: 'Skriv kolumnnamnen som specifikationen skriver dem (datakoll specs show <id> listar dem), och ta bort kolumner den inte har.', en: "Write the column names as the specification writes them (datakoll specs show <id> lists them), and remove columns it does not have." },
  row: { sv: 'Rätta raden så att den har lika många fält som rubrikraden: sätt värden med avgränsaren i citattecken, lägg till tomma fält som saknas.', en: 'Correct the row so that it has as many fields as the header row: put values that hold the delimiter in quotes, add the empty fields that are missing.' },
  form: { sv: 'Skriv värdet i specifikationens form; datakoll fix gör det för hela filen.', en: "Write the value in the specification's form; datakoll fix does it for the whole file." },
  format: { sv: 'Skriv ett värde av det slag kolumnen ska ha; meddelandet ger ett exempel. Ett värde som inte går att avgöra (som 03/04/2024) måste någon som känner data bestämma.', en: 'Write a value of the kind the column holds; the message gives an example. A value that cannot be told (such as 03/04/2024) must be decided by someone who knows the data.' },
  schema: { sv: 'Rätta värdet så att det följer regeln; datakoll specs show <id> visar attributets regler.', en: "Correct the value so that it follows the rule; datakoll specs show <id> shows the attribute's rules." },
  unique: { sv: 'Ge en av posterna en ny nyckel, eller ta bort posten om den är en dubblett.', en: 'Give one of the records a new key, or remove the record if it is a duplicate.' },
  position: { sv: 'Skriv latitud och longitud i WGS84, decimala grader med punkt (57.7089, 11.9746), i rätt kolumn.', en: 'Write latitude and longitude in WGS84, decimal degrees with a point (57.7089, 11.9746), in the right column.' },
  rules: { sv: 'Rätta värdena så att de följer regeln mellan attributen; meddelandet säger vilka.', en: 'Correct the values so that they follow the rule between the attributes; the message says which.' },
};

/** A value that gives the finding, and what to write instead (the same in both languages). */
export const CODE_EXAMPLES: { readonly [C in Code]?: readonly [wrong: string, right: string] } = {
  'workbook-cell-error': ['#DIV/0!', '12.5'],
  'json-duplicate-key': ['{"id": 1, "id": 2}', '{"id": 1}'],
  'json-number-too-precise': ['0.30000000000000000001', '0.3'],
  'json-syntax': ['{"id": 1,}', '{"id": 1}'],
  'record-not-object': ['[1, 2]', '{"id": 1}'],
  'dialect-delimiter': ['id;name', 'id,name'],
  'dialect-quote': ["'Kvarn, Norra'", '"Kvarn, Norra"'],
  'dialect-trailing-delimiter': ['1,Ängsviken,', '1,Ängsviken'],
  'header-unknown-column': ['namn', 'name'],
  'header-duplicate-column': ['id,name,name', 'id,name'],
  'header-column-order': ['name,id', 'id,name'],
  'row-too-many-cells': ['1,Kvarn, Norra', '1,"Kvarn, Norra"'],
  'row-too-few-cells': ['1', '1,'],
  'unique-duplicate': ['1480-C, 1480-C', '1480-C, 1480-D'],
  'control-character': ['Ängs\u2028viken', 'Ängsviken'],
  'form-decimal-comma': ['57,6312', '57.6312'],
  'form-thousands-separator': ['1 200', '1200'],
  'form-boolean-word': ['ja', 'true'],
  'form-date': ['23/05/2024', '2024-05-23'],
  'form-date-time': ['2024-05-23 14:30', '2024-05-23T14:30:00'],
  'form-placeholder-empty': ['NULL', ''],
  'form-spaces-around': [' 12 ', '12'],
  'invalid-integer': ['12 st', '12'],
  'invalid-number': ['ca 5', '5'],
  'invalid-boolean': ['kanske', 'false'],
  'invalid-date': ['2024-02-30', '2024-02-29'],
  'date-ambiguous': ['03/04/2024', '2024-04-03'],
  'invalid-date-time': ['2024-05-23T25:00', '2024-05-23T23:00:00'],
  'invalid-date-or-date-time': ['23 maj', '2024-05-23'],
  'invalid-time': ['25:00', '23:00'],
  'invalid-uri': ['www example se', 'https://www.example.se'],
  'invalid-email': ['info@partille', 'info@partille.se'],
  'invalid-format': ['x', '2024-05-23'],
  'invalid-url': ['www.example.se', 'https://www.example.se'],
  'invalid-organisationsnummer': ['212000-1351', '212000-1355'],
  'invalid-kommunkod': ['180', '0180'],
  'invalid-lanskod': ['1', '01'],
  'invalid-postnummer': ['42671', '426 71'],
  'invalid-telefonnummer': ['031-365 00 00 ank. 2', '031-365 00 02'],
  'invalid-wikidata': ['https://www.wikidata.org/wiki/Q10497615', 'Q10497615'],
  'invalid-nutskod': ['se0a21480000000311', 'SE0A21480000000311'],
  'invalid-json-array': ['a, b', '["a", "b"]'],
  'required-missing': ['', 'Ängsvikens havsbad'],
  'wrong-type': ['"12"', '12'],
  'not-in-enum': ['hav', 'sea'],
  'not-const': ['SE ', 'SE'],
  'pattern-mismatch': ['1480 Ängsviken', '1480-Ängsviken'],
  'too-short': ['A', 'Ängsviken'],
  'below-minimum': ['-1', '0'],
  'above-maximum': ['250', '100'],
  'too-few-items': ['[]', '["a"]'],
  'too-many-items': ['["a", "b", "c"]', '["a", "b"]'],
  'duplicate-items': ['["a", "a"]', '["a"]'],
  'unknown-property': ['{"id": 1, "extra": 2}', '{"id": 1}'],
  'coordinates-outside-sweden': ['95.1, 11.8366', '57.6605, 11.8366'],
  'coordinates-swapped': ['11.8366, 57.6605', '57.6605, 11.8366'],
  'coordinates-projected': ['6398983, 319305', '57.7089, 11.9746'],
  'coordinates-not-degrees': ["57°42'32\"", '57.7089'],
  'coordinates-imprecise': ['57.7', '57.7089'],
  'end-before-start': ['2024-05-01 .. 2024-04-01', '2024-04-01 .. 2024-05-01'],
  'publisher-mismatch': ['1481', '1480'],
};

/** The headings of an explanation. */
export const EXPLAIN_WORDS = {
  severity: { sv: 'Allvarlighetsgrad', en: 'Severity' },
  scope: { sv: 'Gäller', en: 'Applies to' },
  meaning: { sv: 'Vad det betyder', en: 'What it means' },
  reasons: { sv: 'Skälen som anges', en: 'The reasons given' },
  why: { sv: 'Varför specifikationen kräver det', en: 'Why the specification asks for it' },
  how: { sv: 'Så rättar du det', en: 'How to fix it' },
  fixable: { sv: 'datakoll fix rättar det av sig själv: datakoll fix <fil> --spec <id> -o <ny fil>', en: 'datakoll fix repairs it by itself: datakoll fix <file> --spec <id> -o <new file>' },
  wrong: { sv: 'Fel', en: 'Wrong' },
  right: { sv: 'Rätt', en: 'Right' },
  empty: { sv: '(tomt)', en: '(empty)' },
  scope_file: { sv: 'hela filen', en: 'the whole file' },
  scope_header: { sv: 'rubrikraden', en: 'the header row' },
  scope_row: { sv: 'en rad', en: 'a row' },
  scope_cell: { sv: 'en cell', en: 'a cell' },
  // The placeholders of a message, as an explanation shows them: ‹column›, ‹value›.
  param_field: { sv: 'kolumn', en: 'column' },
  param_value: { sv: 'värde', en: 'value' },
  param_reason: { sv: 'skäl', en: 'reason' },
  // The line of a report that points to datakoll explain, with one of its codes.
  hint: { sv: 'Mer om en kod: datakoll explain {code}', en: 'More about a code: datakoll explain {code}' },
  docs_title: { sv: 'Fyndkoder', en: 'Finding codes' },
  docs_intro: {
    sv: 'Alla koder datakoll kan rapportera, genererad ur kodkatalogen (src/report/codes.ts) och dess ord av `npm run docs:codes`. `datakoll explain <kod>` visar samma sak i terminalen.',
    en: 'Every code datakoll can report, generated from the codes catalogue (src/report/codes.ts) and its words by `npm run docs:codes`. `datakoll explain <code>` shows the same in a terminal.',
  },
} as const satisfies Record<string, Templates>;
