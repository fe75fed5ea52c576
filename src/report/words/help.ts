/** The CLI's help texts in Swedish and English. */
import type { Lang } from './findings.js';
import { HARVEST_HELP } from './harvest.js';
import { SERVE_HELP } from './serve.js';

export const HELP = {
  ...HARVEST_HELP,
  ...SERVE_HELP,
  program: { sv: 'Kontrollera öppna data (CSV, JSON) mot dataverkstadens nationella specifikationer.', en: 'Check open data (CSV, JSON) against the national dataverkstad specifications.' },
  validate: { sv: 'kontrollera filer mot en specifikation', en: 'check files against a specification' },
  files: { sv: 'filer att kontrollera ("-" läser standard in; utan filer: de som inställningsfilen anger)', en: 'files to check ("-" reads standard input; none: those the config file names)' },
  spec: { sv: 'specifikation: id, id@version, sökväg till en schemafil eller auto (krävs utan inställningsfil)', en: 'specification: id, id@version, path to a schema file, or auto (required without a config file)' },
  // fix reads no config file and does not choose a spec itself: its --spec is always given.
  fixSpec: { sv: 'specifikation: id, id@version eller sökväg till en schemafil', en: 'specification: id, id@version or path to a schema file' },
  format: { sv: 'rapportformat, med =fil för att skriva till en fil; kan anges flera gånger (högst ett till standard ut)', en: 'report format, with =file to write it to a file; repeatable (at most one to standard output)' },
  formats: { sv: 'Format:', en: 'Formats:' },
  badge: { sv: 'skriv ett SVG-märke med betyget till filen', en: 'write an SVG badge with the score to this file' },
  failOn: { sv: 'vad som ger slutkod 1: error (standard), warning, info eller never', en: 'what makes the exit code 1: error (default), warning, info or never' },
  config: { sv: 'inställningsfil (standard: datakoll.config.json i aktuell mapp, om den finns)', en: 'config file (default: datakoll.config.json in the current folder, when there is one)' },
  noConfig: { sv: 'läs ingen inställningsfil', en: 'read no config file' },
  noProgress: { sv: 'ingen förloppsindikator (den visas bara i en terminal, aldrig i CI)', en: 'no progress bar (it only shows on a terminal, never in CI)' },
  lang: { sv: 'språk för meddelanden: sv eller en (standard: från datorns språkinställning)', en: 'message language: sv or en (default: from the locale)' },
  maxErrors: { sv: 'visa högst N fynd per fil, högst 100000 (räkningen fortsätter)', en: 'list at most N findings per file, at most 100000 (counting goes on)' },
  threads: {
    sv: 'arbetstrådar för stora CSV-filer och för körningar över många filer; 1 gör allt arbete i en tråd (standard: antalet processorer; högst fyra per processor)',
    en: 'worker threads for large CSV files and for runs over many files; 1 keeps all work on one thread (default: the number of processors; at most four per processor)',
  },
  remoteTimeout: { sv: 'hur många sekunder det får ta att läsa en webbadress, allt inräknat (standard: 300)', en: 'how many seconds reading a web address may take in all (default: 300)' },
  remoteMaxMb: { sv: 'största fil som läses från en webbadress, i megabyte (standard: 2048)', en: 'largest file read from a web address, in megabytes (default: 2048)' },
  allowHttp: { sv: 'läs även okrypterade http://-adresser (annars bara https://)', en: 'read plain http:// addresses too (https:// only otherwise)' },
  inputFormat: { sv: 'läs filerna som csv, json eller jsonl (standard: från filnamnet eller innehållet)', en: 'read the files as csv, json or jsonl (default: from the name or the content)' },
  sheet: { sv: 'arbetsbokens blad att läsa, dess namn eller nummer (standard: det första bladet)', en: "the workbook's sheet to read, by name or number (default: the first sheet)" },
  delimiter: { sv: 'fältavgränsare i CSV, ett tecken eller tab (standard: avgörs från innehållet)', en: 'CSV field delimiter, one character or tab (default: detected from the content)' },
  encoding: {
    sv: 'teckenkodning för filerna (CSV och JSON): utf-8, windows-1252 (cp1252), iso-8859-1 (latin1), cp850, macroman (mac), utf-16le eller utf-16be (standard: avgörs från innehållet)',
    en: 'character encoding of the files (CSV and JSON): utf-8, windows-1252 (cp1252), iso-8859-1 (latin1), cp850, macroman (mac), utf-16le or utf-16be (default: told from the content)',
  },
  publisher: { sv: 'utgivarens kommunkod och/eller organisationsnummer: varje rads utgivarattribut (t.ex. source) ska ange den', en: "the publisher's municipality code and/or organisation number: each record's publisher attribute (such as source) must name it" },
  noColor: { sv: 'ingen färg i utdata', en: 'no colour in the output' },
  specs: { sv: 'visa de inbyggda specifikationerna', en: 'show the bundled specifications' },
  specsList: { sv: 'lista specifikationerna', en: 'list the specifications' },
  specsShow: { sv: 'visa en specifikations attribut', en: 'show the attributes of a specification' },
  specId: { sv: 'specifikationens id (eller id@version)', en: 'the specification id (or id@version)' },
  listFormat: { sv: 'utdataformat: text eller json', en: 'output format: text or json' },
  specsDir: { sv: 'mapp med egna specifikationer (kan anges flera gånger)', en: 'folder of your own specifications (may be given more than once)' },
  specsDocs: { sv: 'skriv en Markdown-sida per specifikation, på körningens språk', en: 'write one Markdown page per specification, in the run’s language' },
  docsOut: { sv: 'mapp att skriva sidorna i', en: 'folder to write the pages to' },
  docsCheck: { sv: 'skriv inget; avsluta med 1 om sidorna inte är aktuella', en: 'write nothing; exit 1 when the pages are out of date' },
  specsImport: { sv: 'gör om en specifikation (schema.json, JSON Schema, Table Schema, modelltabell i Markdown, CSV eller en Excel-arbetsbok) till datakolls format', en: "turn a specification (schema.json, JSON Schema, Table Schema, a model table in Markdown, CSV or an Excel workbook) into datakoll's format" },
  importFile: { sv: 'filen att importera', en: 'the file to import' },
  importId: { sv: 'id för den nya specifikationen (standard: från filnamnet)', en: 'id of the new specification (default: from the file name)' },
  importVersion: { sv: 'version (standard: 1.0)', en: 'version (default: 1.0)' },
  importTitle: { sv: 'titel', en: 'title' },
  importStatus: { sv: 'status: verified, partial eller reconstructed (standard: partial)', en: 'status: verified, partial or reconstructed (default: partial)' },
  importSheet: { sv: 'arbetsbokens blad med tabellen, dess namn eller nummer (standard: det första bladet med en tabell)', en: "the workbook's sheet holding the table, by name or number (default: the first sheet with a table)" },
  importUrl: { sv: 'den officiella specifikationens adress', en: 'address of the official specification' },
  out: { sv: 'skriv till filen i stället för standard ut', en: 'write to this file instead of standard output' },
  specsDiff: { sv: 'jämför två specifikationer attribut för attribut', en: 'compare two specifications attribute by attribute' },
  diffA: { sv: 'den första specifikationen (id, id@version eller sökväg)', en: 'the first specification (id, id@version or path)' },
  diffB: { sv: 'den andra specifikationen', en: 'the second specification' },
  specsExport: { sv: 'skriv en specifikation i ett annat format', en: 'write a specification in another format' },
  exportTo: { sv: 'målformat: table-schema (Frictionless)', en: 'target format: table-schema (Frictionless)' },
  records: { sv: 'JSON Pointer till listan med poster i ett JSON-objekt, t.ex. /data/items (annars letar datakoll upp den)', en: 'JSON Pointer to the list of records inside a JSON object, such as /data/items (otherwise datakoll finds it)' },
  lenientForms: { sv: 'värden som går att förstå men står i fel form (decimalkomma, ja/nej, …) ger varningar i stället för fel', en: 'values that can be understood but are in the wrong form (decimal comma, ja/nej, …) are warnings, not errors' },
  fix: { sv: 'skriv filen i specifikationens format (UTF-8, kommatecken, kolumnordning, decimalpunkt, true/false, ISO-datum) med en ändringslogg', en: "write the file in the spec's form (UTF-8, comma, column order, decimal points, true/false, ISO dates) with a change log" },
  fixFile: { sv: 'filen att rätta ("-" läser standard in; filen ändras aldrig utan --in-place)', en: 'the file to fix ("-" reads standard input; the file is never changed without --in-place)' },
  fixOut: { sv: 'skriv den rättade filen hit ("-": till standard ut, och ändringsloggen till standard fel)', en: 'write the fixed file here ("-": to standard output, and the change log to standard error)' },
  fixInPlace: { sv: 'ersätt indatafilen (i ett enda steg, så att den aldrig blir halvskriven)', en: 'replace the input file (in one step, so it is never left half written)' },
  fixForce: { sv: 'ersätt även en skrivskyddad fil (med --in-place eller -o)', en: 'replace a read-only file too (with --in-place or -o)' },
  fixLog: { sv: 'spara ändringsloggen i en fil', en: 'save the change log to a file' },
  explain: { sv: 'förklara en fyndkod: vad den betyder, varför specifikationen kräver det och hur det rättas', en: 'explain a finding code: what it means, why the specification asks for it and how to fix it' },
  explainCode: { sv: 'fyndkoden, som i rapporten (t.ex. form-decimal-comma)', en: 'the finding code, as in the report (such as form-decimal-comma)' },
  template: { sv: 'skriv en mall (rubrikrad och en exempelrad) som följer specifikationen', en: 'write a template (header and one example row) that conforms to the specification' },
  templateSpec: { sv: 'specifikationen: id, id@version eller sökväg till en schemafil', en: 'the specification: id, id@version or path to a schema file' },
  templateFormat: { sv: 'mallens format: csv, json eller xlsx (en arbetsbok för Excel där alla celler är text; kräver -o)', en: 'template format: csv, json or xlsx (an Excel workbook whose cells are all text; needs -o)' },
  version: { sv: 'visa versionen', en: 'show the version' },
  help: { sv: 'visa hjälp', en: 'show help' },
  helpCommand: { sv: 'visa hjälp för ett kommando', en: 'show help for a command' },
  exitCodes: {
    sv: 'Slutkoder: 0 alla filer följer specifikationen, 1 någon fil gör det inte, 2 fel i kommandot eller inställningarna, 3 en fil kunde inte läsas, 4 en utdatafil kunde inte skrivas.',
    en: 'Exit codes: 0 every file conforms, 1 some file does not, 2 usage or configuration error, 3 a file could not be read, 4 an output could not be written.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type HelpKey = keyof typeof HELP;

/**
 * The words of commander's help screens: headings, what an option's default and choices are
 * ({value}, {values}: as JSON), and the words of the command line's placeholders (<file>, [files...],
 * [options]) as the help and the errors show them.
 */
export const HELP_SCREEN = {
  usage: { sv: 'Användning:', en: 'Usage:' },
  options: { sv: 'Flaggor:', en: 'Options:' },
  globalOptions: { sv: 'Gemensamma flaggor:', en: 'Global Options:' },
  arguments: { sv: 'Argument:', en: 'Arguments:' },
  commands: { sv: 'Kommandon:', en: 'Commands:' },
  default: { sv: 'standard: {value}', en: 'default: {value}' },
  choices: { sv: 'möjliga värden: {values}', en: 'choices: {values}' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A placeholder's word in Swedish (English: the word itself); words not listed read the same in both. */
export const PLACEHOLDER_WORDS: Readonly<Record<string, string>> = {
  options: 'flaggor',
  command: 'kommando',
  file: 'fil',
  files: 'filer',
  dir: 'mapp',
  level: 'nivå',
  char: 'tecken',
  name: 'namn',
  pointer: 'pekare',
  seconds: 'sekunder',
  title: 'titel',
  lang: 'språk',
  url: 'adress',
  number: 'nummer',
  catalogue: 'katalog',
  reports: 'rapporter',
  report: 'rapport',
  when: 'när',
};
