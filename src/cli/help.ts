/** Help texts for the CLI in Swedish and English. */
import type { Lang } from '../report/index.js';

export const HELP = {
  program: { sv: 'Kontrollera öppna data (CSV, JSON) mot dataverkstadens nationella specifikationer.', en: 'Check open data (CSV, JSON) against the national dataverkstad specifications.' },
  validate: { sv: 'kontrollera filer mot en specifikation', en: 'check files against a specification' },
  files: { sv: 'filer att kontrollera ("-" läser standard in)', en: 'files to check ("-" reads standard input)' },
  spec: { sv: 'specifikation: id, id@version eller sökväg till en schemafil', en: 'specification: id, id@version or path to a schema file' },
  format: { sv: 'rapportformat: text eller json', en: 'report format: text or json' },
  lang: { sv: 'språk för meddelanden: sv eller en (standard: från locale)', en: 'message language: sv or en (default: from the locale)' },
  maxErrors: { sv: 'visa högst N fynd per fil (räkningen fortsätter)', en: 'list at most N findings per file (counting goes on)' },
  inputFormat: { sv: 'läs filerna som csv, json eller jsonl (standard: från filnamnet eller innehållet)', en: 'read the files as csv, json or jsonl (default: from the name or the content)' },
  delimiter: { sv: 'fältavgränsare i CSV (standard: komma)', en: 'CSV field delimiter (default: comma)' },
  noColor: { sv: 'ingen färg i utdata', en: 'no colour in the output' },
  specs: { sv: 'visa de inbyggda specifikationerna', en: 'show the bundled specifications' },
  specsList: { sv: 'lista specifikationerna', en: 'list the specifications' },
  specsShow: { sv: 'visa en specifikations attribut', en: 'show the attributes of a specification' },
  specId: { sv: 'specifikationens id (eller id@version)', en: 'the specification id (or id@version)' },
  listFormat: { sv: 'utdataformat: text eller json', en: 'output format: text or json' },
  version: { sv: 'visa versionen', en: 'show the version' },
  help: { sv: 'visa hjälp', en: 'show help' },
  exitCodes: {
    sv: 'Slutkoder: 0 alla filer följer specifikationen, 1 någon fil gör det inte, 2 fel i kommandot eller inställningarna, 3 en fil kunde inte läsas.',
    en: 'Exit codes: 0 every file conforms, 1 some file does not, 2 usage or configuration error, 3 a file could not be read.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type HelpKey = keyof typeof HELP;
