/** The words of `specs list`, `specs show` and `specs diff`, in Swedish and English. */
import type { Lang, Templates } from './template.js';

/** Column heads and labels. */
export const SPEC_WORDS = {
  id: { sv: 'id', en: 'id' },
  version: { sv: 'version', en: 'version' },
  status: { sv: 'status', en: 'status' },
  rank: { sv: 'plats i topp 100', en: 'top-100 rank' },
  title: { sv: 'titel', en: 'title' },
  attribute: { sv: 'attribut', en: 'attribute' },
  type: { sv: 'datatyp', en: 'datatype' },
  mandatory: { sv: 'obligatorisk', en: 'mandatory' },
  provenance: { sv: 'ursprung', en: 'provenance' },
  description: { sv: 'beskrivning', en: 'description' },
  yes: { sv: 'ja', en: 'yes' },
  no: { sv: 'nej', en: 'no' },
  official: { sv: 'Officiell specifikation', en: 'Official specification' },
  file: { sv: 'Fil', en: 'File' },
  uniqueKey: { sv: 'Unik nyckel', en: 'Unique key' },
  license: { sv: 'Licens', en: 'License' },
  sources: { sv: 'Källor', en: 'Sources' },
  records: { sv: 'Posterna i en JSON-fil söks under', en: 'Records of a JSON file are looked for under' },
  seenIn: { sv: 'från källa: {sources}', en: 'seen in {sources}' },
  noDifferences: { sv: 'inga skillnader i attributen', en: 'no differences in the attributes' },
  // The name of the one sheet of `template --format xlsx`.
  templateSheet: { sv: 'Mall', en: 'Template' },
  provenanceLegend: {
    sv: 'ursprung: från källa = läst i en offentlig källa (med namnet på källan under Källor, när specifikationen anger det), konvention = följer dataverkstadens gemensamma konventioner, rekonstruerad = datakolls egen rekonstruktion',
    en: "provenance: seen = read in a public source (with the name of the source under Sources, where the spec gives it), convention = follows the dataverkstad's shared conventions, reconstructed = datakoll's own reconstruction",
  },
  reconstructionWarning: {
    sv: 'OBS: Detta är INTE den officiella modellen. Attributen är rekonstruerade och kan skilja sig från den officiella specifikationen; jämför med den innan du litar på resultatet.',
    en: 'NOTE: This is NOT the official model. Its attributes are reconstructed and may differ from the official specification; check against it before relying on the result.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** What `specs docs` and `specs import` say when they are done (`{n|one|other}`: the language's plural). */
export const SPEC_DONE_WORDS = {
  docsWritten: { sv: '{n} {n|sida skriven|sidor skrivna} i {folder}', en: '{n} {n|page|pages} written to {folder}' },
  docsStale: { sv: '{file} är inte aktuell', en: '{file} is out of date' },
  docsMissing: { sv: '{file} saknas', en: '{file} is missing' },
  docsExtra: { sv: '{file} hör inte till någon specifikation', en: '{file} belongs to no spec' },
  imported: { sv: 'Importerade {file} ({kind}) som {id}, {count} attribut', en: 'Imported {file} ({kind}) as {id}, {count} {count|attribute|attributes}' },
} as const satisfies Record<string, Templates>;

/** What changed between two versions of a spec (the kinds of authoring's SpecChange). */
export const SPEC_CHANGE_WORDS = {
  added: { sv: 'tillagd', en: 'added' },
  removed: { sv: 'borttagen', en: 'removed' },
  renamed: { sv: 'bytt namn', en: 'renamed' },
  retyped: { sv: 'ny datatyp', en: 'retyped' },
  'made-mandatory': { sv: 'nu obligatorisk', en: 'now mandatory' },
  'made-optional': { sv: 'nu frivillig', en: 'now optional' },
  'enum-changed': { sv: 'andra tillåtna värden', en: 'other allowed values' },
  'pattern-changed': { sv: 'annat mönster', en: 'other pattern' },
  'length-changed': { sv: 'annan längd', en: 'other length' },
  'range-changed': { sv: 'annat intervall', en: 'other range' },
  reordered: { sv: 'ny kolumnordning', en: 'new column order' },
  none: { sv: '(inget)', en: '(none)' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Where an attribute comes from (x-provenance). */
export const PROVENANCE_WORDS = {
  seen: { sv: 'från källa', en: 'seen' },
  convention: { sv: 'konvention', en: 'convention' },
  reconstructed: { sv: 'rekonstruerad', en: 'reconstructed' },
} as const satisfies Record<string, Templates>;

/** What a value of an attribute is checked as, by JSON type. */
export const TYPE_WORDS = {
  string: { sv: 'text', en: 'text' },
  integer: { sv: 'heltal', en: 'whole number' },
  number: { sv: 'decimaltal', en: 'decimal number' },
  boolean: { sv: 'ja/nej (true/false)', en: 'yes/no (true/false)' },
  object: { sv: 'objekt', en: 'object' },
  null: { sv: 'tomt (null)', en: 'empty (null)' },
  array: { sv: 'lista', en: 'list' },
  // (Said of every value of the list, so that the item's word never needs a plural: "lista (varje värde: webbadress)".)
  list: { sv: 'lista (varje värde: {item})', en: 'list (each value: {item})' },
  fixed: { sv: '{type} ur en fast värdelista', en: '{type} from a fixed list of values' },
  or: { sv: ' eller ', en: ' or ' },
} as const satisfies Record<string, Templates>;

/** What a value of an attribute is checked as, by its format; a format not named here is shown after "text". */
export const FORMAT_WORDS: Readonly<Record<string, Templates>> = {
  date: { sv: 'datum', en: 'date' },
  'date-time': { sv: 'tidpunkt', en: 'date and time' },
  'date-or-date-time': { sv: 'datum eller tidpunkt med tidszon', en: 'date, or date and time with its zone' },
  time: { sv: 'klockslag', en: 'time of day' },
  uri: { sv: 'adress (URI)', en: 'address (URI)' },
  url: { sv: 'webbadress', en: 'web address' },
  'uri-reference': { sv: 'adress, hel eller relativ', en: 'address, whole or relative' },
  email: { sv: 'e-postadress', en: 'e-mail address' },
  organisationsnummer: { sv: 'organisationsnummer', en: 'organisation number' },
  'organisationsnummer-maskerat': { sv: 'organisationsnummer eller maskerat personnummer (921115XXXX)', en: 'organisation number or masked personal identity number (921115XXXX)' },
  kommunkod: { sv: 'kommunkod', en: 'municipality code' },
  lanskod: { sv: 'länskod', en: 'county code' },
  'kommunkod-eller-organisationsnummer': { sv: 'kommunkod eller organisationsnummer', en: 'municipality code or organisation number' },
  postnummer: { sv: 'postnummer', en: 'postal code' },
  'postnummer-nnn-nn': { sv: 'postnummer (NNN NN)', en: 'postal code (NNN NN)' },
  'postnummer-nnnnn': { sv: 'postnummer (NNNNN)', en: 'postal code (NNNNN)' },
  telefonnummer: { sv: 'telefonnummer', en: 'phone number' },
  wikidata: { sv: 'Wikidata-id', en: 'Wikidata id' },
  nutskod: { sv: 'badvattenkod (nutskod)', en: 'bathing-water code (nutskod)' },
  other: { sv: 'text ({format})', en: 'text ({format})' },
};
