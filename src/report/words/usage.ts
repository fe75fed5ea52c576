/**
 * The command line's own usage errors, in Swedish and English: a flag's or a config key's broken
 * rule (src/options/), and commander's errors (src/cli/commander.ts). A rule names what was wrong
 * ({option}: a flag, or the config file and its key), the rule, and what was given ({given}, a
 * JSON text; left out when nothing was).
 */
import type { Templates } from './template.js';

export const USAGE_ERRORS = {
  'value-empty': { sv: '{option} får inte vara tom[[ (angivet: {given})]]', en: '{option} must not be empty[[ (given: {given})]]' },
  'value-file-name': { sv: '{option} behöver ett filnamn[[ (angivet: {given})]]', en: '{option} needs a file name[[ (given: {given})]]' },
  'value-folder-name': { sv: '{option} behöver namnet på en mapp[[ (angivet: {given})]]', en: '{option} needs a folder name[[ (given: {given})]]' },
  'value-output-file': { sv: '{option} behöver ett filnamn efter "="[[ (angivet: {given})]]', en: '{option} needs a file name after "="[[ (given: {given})]]' },
  'value-whole-number': { sv: '{option} ska vara ett heltal[[ (angivet: {given})]]', en: '{option} must be a whole number[[ (given: {given})]]' },
  'value-number': { sv: '{option} ska vara ett tal[[ (angivet: {given})]]', en: '{option} must be a number[[ (given: {given})]]' },
  'value-positive': { sv: '{option} ska vara större än 0[[ (angivet: {given})]]', en: '{option} must be greater than 0[[ (given: {given})]]' },
  'value-at-least-one': { sv: '{option} ska vara minst 1[[ (angivet: {given})]]', en: '{option} must be at least 1[[ (given: {given})]]' },
  'value-at-most': { sv: '{option} får vara högst {max}[[ (angivet: {given})]]', en: '{option} must be at most {max}[[ (given: {given})]]' },
  // {count} is the number of choices: one choice is named as it is.
  'value-one-of': { sv: '{option} ska vara {count||ett av värdena }{choices}[[ (angivet: {given})]]', en: '{option} must be {count||one of }{choices}[[ (given: {given})]]' },
  'value-text': { sv: '{option} ska vara en text inom citattecken[[ (angivet: {given})]]', en: '{option} must be a string[[ (given: {given})]]' },
  'value-list': { sv: '{option} ska vara en lista ([…])[[ (angivet: {given})]]', en: '{option} must be a list[[ (given: {given})]]' },
  'value-boolean': { sv: '{option} ska vara true eller false[[ (angivet: {given})]]', en: '{option} must be true or false[[ (given: {given})]]' },
  'value-object': { sv: '{option} ska vara ett objekt ({ … })[[ (angivet: {given})]]', en: '{option} must be an object[[ (given: {given})]]' },
  'value-required': { sv: '{option} krävs', en: '{option} is required' },
  'value-invalid': { sv: '{option} har ett värde som inte går att använda[[ (angivet: {given})]]', en: '{option} is not valid[[ (given: {given})]]' },
  'value-delimiter': {
    sv: '{option} ska vara ett tecken som inte är ett citattecken eller en radbrytning, eller "tab"[[ (angivet: {given})]]',
    en: '{option} must be one character other than a quote or a line break, or "tab"[[ (given: {given})]]',
  },
  'value-sheet': {
    sv: '{option} ska vara ett blads namn (högst 31 tecken) eller dess nummer, räknat från 1[[ (angivet: {given})]]',
    en: "{option} must be a sheet's name (at most 31 characters) or its number, counted from 1[[ (given: {given})]]",
  },
  'value-records': {
    sv: '{option} ska vara en JSON Pointer som /data/items: ett "/" före varje nyckel, och "~1" för ett "/" eller "~0" för ett "~" inne i en nyckel[[ (angivet: {given})]]',
    en: '{option} must be a JSON Pointer such as /data/items: a "/" before each key, and "~1" for a "/" or "~0" for a "~" inside a key[[ (given: {given})]]',
  },
  'value-output-format': {
    sv: '{option} ska vara ett av rapportformaten {choices}, eventuellt följt av =<fil>[[ (angivet: {given})]]',
    en: '{option} must be one of {choices}, optionally with =<file>[[ (given: {given})]]',
  },
  'value-output-shape': {
    sv: '{option} ska vara ett rapportformat, som "html=rapport.html", eller { "format": …, "file": … }[[ (angivet: {given})]]',
    en: '{option} must be a report format, such as "html=report.html", or { "format": …, "file": … }[[ (given: {given})]]',
  },
  'value-one-stdout': {
    sv: '{option} får skicka bara en rapport till standard ut; ge de andra en fil (--format html=rapport.html)[[ (angivet: {given})]]',
    en: '{option} may send only one report to standard output; give the others a file (--format html=report.html)[[ (given: {given})]]',
  },
  'value-spec-id': { sv: '{option} får bara innehålla små bokstäver a–z, siffror och bindestreck[[ (angivet: {given})]]', en: '{option} must be lower-case letters, digits and hyphens[[ (given: {given})]]' },
  'value-version': { sv: '{option} ska vara tal med punkt emellan, som 1.0[[ (angivet: {given})]]', en: '{option} must be numbers separated by dots, such as 1.0[[ (given: {given})]]' },
  'value-web-address': { sv: '{option} ska vara en webbadress som börjar med http:// eller https://[[ (angivet: {given})]]', en: '{option} must be an http(s) address[[ (given: {given})]]' },
  'template-xlsx-needs-file': {
    sv: 'En arbetsbok (--format xlsx) skrivs inte till standard ut: ange en fil med -o, till exempel -o mall.xlsx',
    en: 'A workbook (--format xlsx) is not written to standard output: name a file with -o, such as -o template.xlsx',
  },
  'spec-required': {
    sv: '--spec saknas: ange --spec <id|id@version|sökväg>, eller skriv en datakoll.config.json som anger specifikationen',
    en: '--spec is required (--spec <id|id@version|path>), or a datakoll.config.json that names it',
  },
  'config-unknown-keys': { sv: '{option} har {count|en okänd nyckel|okända nycklar}: {keys}', en: '{option} has {count|an unknown key|unknown keys}: {keys}' },
  'config-globs': { sv: '{option} ska vara ett filmönster (som "data/*.csv") eller en lista med filmönster[[ (angivet: {given})]]', en: '{option} must be a glob or a list of globs[[ (given: {given})]]' },
  'config-no-globs': { sv: '{option} ska ange minst ett filmönster', en: '{option} must list at least one glob' },
  'config-no-entries': { sv: '{option} ska ange minst en grupp filer ({ "files": "…", "spec": "…" })', en: '{option} must list at least one entry ({ "files": "…", "spec": "…" })' },
  'config-publisher': {
    sv: '{option} ska vara en kommunkod eller ett organisationsnummer, eller en lista med sådana[[ (angivet: {given})]]',
    en: "{option} must be a municipality code or an organisation number, or a list of them[[ (given: {given})]]",
  },
  // Commander's errors; {command} is the command as typed ("datakoll specs show").
  'cli-unknown-option': { sv: 'Okänd flagga {option}[[ (menade du {count||någon av }{suggestion}?)]]; {command} --help visar flaggorna', en: 'Unknown option {option}[[ (did you mean {count||one of }{suggestion}?)]]; {command} --help lists the options' },
  'cli-unknown-command': { sv: 'Okänt kommando {name}[[ (menade du {count||någon av }{suggestion}?)]]; {command} --help visar kommandona', en: 'Unknown command {name}[[ (did you mean {count||one of }{suggestion}?)]]; {command} --help lists the commands' },
  'cli-missing-argument': { sv: '{command} behöver <{argument}>; se {command} --help', en: '{command} needs <{argument}>; see {command} --help' },
  'cli-missing-value': { sv: 'Flaggan {flags} behöver ett värde', en: 'Option {flags} needs a value' },
  'cli-missing-option': { sv: 'Flaggan {flags} måste anges', en: 'Option {flags} is required' },
  'cli-excess-arguments': {
    sv: '{command} tar {expected} {expected|argument|argument}, men fick {received}; se {command} --help',
    en: '{command} takes {expected} {expected|argument|arguments}, but got {received}; see {command} --help',
  },
  'cli-other': { sv: 'Kommandoraden går inte att tolka ({detail}); se {command} --help', en: 'The command line cannot be read ({detail}); see {command} --help' },
  // The last resort: a bug of datakoll's, with its stack trace.
  'internal-error': { sv: 'internt fel (rapportera gärna detta): {detail}', en: 'internal error (please report this): {detail}' },
} as const satisfies Record<string, Templates>;

export type UsageCode = keyof typeof USAGE_ERRORS;
