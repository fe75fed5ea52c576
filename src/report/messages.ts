/** Swedish and English message templates, one per diagnostic code; checks supply parameters, never sentences. */
import type { Code, Scope } from './codes.js';
import { CODES } from './codes.js';

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];

type Templates = { readonly sv: string; readonly en: string };

/**
 * Templates use `{name}` placeholders. Besides the parameters a code declares in the catalogue,
 * header findings may use `{field}` and cell findings `{field}` and `{value}`.
 */
export const MESSAGES = {
  'file-unreadable': {
    sv: 'Filen kunde inte läsas: {reason}.',
    en: 'The file could not be read: {reason}.',
  },
  'file-empty': {
    sv: 'Filen är tom. En CSV-fil ska börja med en rubrikrad med kolumnnamnen.',
    en: 'The file is empty. A CSV file must start with a header row of column names.',
  },
  'csv-malformed': {
    sv: 'Raden kunde inte tolkas som CSV ({reason}). Kontrollera citattecknen: ett fält som innehåller kommatecken eller radbrytning ska omges av "…", och ett " inuti fältet skrivs "".',
    en: 'The row could not be read as CSV ({reason}). Check the quotes: a field holding a comma or a line break must be enclosed in "…", and a " inside it is written "".',
  },
  'json-syntax': {
    sv: 'Filen är inte giltig JSON: {reason}.',
    en: 'The file is not valid JSON: {reason}.',
  },
  'json-not-records': {
    sv: 'JSON-filen ska innehålla en lista med poster ([{…}, {…}]) eller en post per rad (JSON Lines), men innehåller {found}.',
    en: 'The JSON file must hold a list of records ([{…}, {…}]) or one record per line (JSON Lines), but holds {found}.',
  },
  'max-errors-reached': {
    sv: 'Listan stannade efter {max} fynd; resten räknas men visas inte. Ange --max-errors för att se fler.',
    en: 'The list stopped after {max} findings; the rest are counted but not shown. Use --max-errors to see more.',
  },
  'unique-check-stopped': {
    sv: 'Kontrollen av unika nycklar stannade efter {max} rader för att hålla nere minnesanvändningen.',
    en: 'The unique-key check stopped after {max} rows to keep memory bounded.',
  },
  'header-missing-column': {
    sv: 'Den obligatoriska kolumnen {field} saknas i rubrikraden. Lägg till en kolumn med exakt det namnet.',
    en: 'The mandatory column {field} is missing from the header row. Add a column with exactly that name.',
  },
  'header-missing-optional-columns': {
    sv: 'Frivilliga kolumner som saknas i rubrikraden ({count} st.): {columns}. De får utelämnas, men tomma kolumner gör filen lättare att jämföra med andras.',
    en: 'Optional columns missing from the header row ({count}): {columns}. They may be left out, but empty columns make the file easier to compare with others.',
  },
  'header-unknown-column': {
    sv: 'Kolumnen {field} finns inte i specifikationen. Ta bort den eller byt namn till ett attribut i specifikationen (extra kolumner bryter mot specifikationen).',
    en: 'The column {field} is not in the specification. Remove it or rename it to one of the specification\'s attributes (extra columns break conformance).',
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
    en: 'The columns are not in the specification\'s order: {field} comes after {after}. The specification\'s order is: {expected}.',
  },
  'row-blank': {
    sv: 'Raden är tom. Ta bort tomma rader.',
    en: 'The row is blank. Remove blank rows.',
  },
  'row-too-many-cells': {
    sv: 'Raden har {found} celler men rubrikraden har {expected}. Oftast beror det på ett kommatecken i ett värde som inte står inom citattecken.',
    en: 'The row has {found} cells but the header has {expected}. Usually a value holds a comma and is not enclosed in quotes.',
  },
  'row-too-few-cells': {
    sv: 'Raden har {found} celler men rubrikraden har {expected}. Lägg till de saknade (tomma) cellerna så att varje rad har lika många kolumner.',
    en: 'The row has {found} cells but the header has {expected}. Add the missing (empty) cells so every row has the same number of columns.',
  },
  'record-not-object': {
    sv: 'Posten ska vara ett objekt ({…}) men är {found}.',
    en: 'The record must be an object ({…}) but is {found}.',
  },
  'unique-duplicate': {
    sv: 'Värdet \'{value}\' i {field} finns redan på rad {firstRow}. Varje objekt ska ha ett eget, unikt värde.',
    en: 'The value \'{value}\' in {field} already appears on row {firstRow}. Each object needs a value of its own.',
  },
  'invalid-integer': {
    sv: '{field}: \'{value}\' är inte ett heltal. Skriv bara siffror, utan mellanslag eller enhet, till exempel 12.',
    en: '{field}: \'{value}\' is not a whole number. Write digits only, without spaces or units, for example 12.',
  },
  'invalid-number': {
    sv: '{field}: \'{value}\' är inte ett tal. Använd punkt som decimaltecken och inga tusentalsavgränsare, till exempel 57.7089.',
    en: '{field}: \'{value}\' is not a number. Use a decimal point and no thousands separators, for example 57.7089.',
  },
  'invalid-boolean': {
    sv: '{field}: \'{value}\' är inte ett sanningsvärde. Skriv true eller false.',
    en: '{field}: \'{value}\' is not a boolean. Write true or false.',
  },
  'invalid-date': {
    sv: '{field}: \'{value}\' är inte ett datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2024-05-31.',
    en: '{field}: \'{value}\' is not a date. Write dates as YYYY-MM-DD, for example 2024-05-31.',
  },
  'invalid-date-time': {
    sv: '{field}: \'{value}\' är inte en tidpunkt. Skriv ÅÅÅÅ-MM-DDTHH:MM:SS med tidszon, till exempel 2024-05-31T14:00:00+02:00.',
    en: '{field}: \'{value}\' is not a date and time. Write YYYY-MM-DDTHH:MM:SS with a time zone, for example 2024-05-31T14:00:00+02:00.',
  },
  'invalid-time': {
    sv: '{field}: \'{value}\' är inte ett klockslag. Skriv HH:MM eller HH:MM:SS, till exempel 08:30.',
    en: '{field}: \'{value}\' is not a time of day. Write HH:MM or HH:MM:SS, for example 08:30.',
  },
  'invalid-uri': {
    sv: '{field}: \'{value}\' är ingen fullständig webbadress. Skriv hela adressen med https://, till exempel https://www.kommun.se/sida.',
    en: '{field}: \'{value}\' is not a complete web address. Write the whole address with https://, for example https://www.kommun.se/page.',
  },
  'invalid-email': {
    sv: '{field}: \'{value}\' är ingen e-postadress. Skriv till exempel info@kommun.se.',
    en: '{field}: \'{value}\' is not an e-mail address. Write, for example, info@kommun.se.',
  },
  'invalid-format': {
    sv: '{field}: \'{value}\' har inte formatet {format}.',
    en: '{field}: \'{value}\' does not have the format {format}.',
  },
  'required-missing': {
    sv: '{field} är obligatoriskt men saknar värde. Fyll i ett värde.',
    en: '{field} is mandatory but has no value. Fill in a value.',
  },
  'wrong-type': {
    sv: '{field}: värdet \'{value}\' är av typen {found}, men specifikationen kräver {expected}.',
    en: '{field}: the value \'{value}\' is of type {found}, but the specification requires {expected}.',
  },
  'not-in-enum': {
    sv: '{field}: \'{value}\' är inte ett tillåtet värde. Tillåtna värden: {allowed}.',
    en: '{field}: \'{value}\' is not an allowed value. Allowed values: {allowed}.',
  },
  'not-const': {
    sv: '{field}: \'{value}\' är fel; värdet ska vara {allowed}.',
    en: '{field}: \'{value}\' is wrong; the value must be {allowed}.',
  },
  'pattern-mismatch': {
    sv: '{field}: \'{value}\' har inte den form specifikationen kräver (mönster {pattern}).',
    en: '{field}: \'{value}\' does not have the form the specification requires (pattern {pattern}).',
  },
  'too-short': {
    sv: '{field}: \'{value}\' är för kort; minst {limit} tecken.',
    en: '{field}: \'{value}\' is too short; at least {limit} characters.',
  },
  'too-long': {
    sv: '{field}: \'{value}\' är för långt; högst {limit} tecken.',
    en: '{field}: \'{value}\' is too long; at most {limit} characters.',
  },
  'below-minimum': {
    sv: '{field}: {value} är för litet; minsta tillåtna värde är {limit}.',
    en: '{field}: {value} is too small; the smallest allowed value is {limit}.',
  },
  'above-maximum': {
    sv: '{field}: {value} är för stort; största tillåtna värde är {limit}.',
    en: '{field}: {value} is too large; the largest allowed value is {limit}.',
  },
  'too-few-items': {
    sv: '{field} har för få värden; minst {limit}.',
    en: '{field} has too few values; at least {limit}.',
  },
  'too-many-items': {
    sv: '{field} har för många värden; högst {limit}.',
    en: '{field} has too many values; at most {limit}.',
  },
  'duplicate-items': {
    sv: '{field} innehåller samma värde flera gånger.',
    en: '{field} holds the same value more than once.',
  },
  'unknown-property': {
    sv: '{field} finns inte i specifikationen. Ta bort fältet eller byt namn till ett attribut i specifikationen.',
    en: '{field} is not in the specification. Remove it or rename it to one of the specification\'s attributes.',
  },
  'schema-violation': {
    sv: '{field}: \'{value}\' uppfyller inte regeln {keyword} i specifikationen ({detail}).',
    en: '{field}: \'{value}\' breaks the specification\'s rule {keyword} ({detail}).',
  },
} as const satisfies Record<Code, Templates>;

/** Parameters every diagnostic of a scope supplies on top of its code's own. */
export const SCOPE_PARAMS: Record<Scope, readonly string[]> = {
  file: [],
  header: ['field'],
  row: [],
  cell: ['field', 'value'],
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** Names of the placeholders a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** Renders a code's message in a language; a missing parameter renders as an empty string. */
export function renderMessage(code: Code, lang: Lang, params: Readonly<Record<string, unknown>>): string {
  const template: string = MESSAGES[code][lang];
  return template.replace(PLACEHOLDER, (_m, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? '' : String(v);
  });
}

/** Scope of a code, re-exported for the catalogue test. */
export function scopeOf(code: Code): Scope {
  return CODES[code].scope;
}
