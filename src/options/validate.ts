/**
 * The validate command's options, checked and defaulted once at the boundary. Checked by hand,
 * without zod, because every run parses them and importing zod would cost a CLI start about a
 * fifth of its time; the config file (config.ts) and the other commands (commands.ts) use zod.
 */
import { DatakollError } from '../errors.js';
import type { Bilingual } from '../errors.js';
import type { Encoding, Lang } from '../report/index.js';
import { ENCODING_CHOICES, MAX_ERRORS_LIMIT, parseEncodingName } from '../report/index.js';

/** Report formats; the same names as the FORMATTERS table (test/formatters checks they agree). */
export const OUTPUT_FORMATS = ['text', 'json', 'html', 'junit', 'sarif', 'github', 'gitlab', 'markdown', 'badge'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const INPUT_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type InputFormatOption = (typeof INPUT_FORMATS)[number];
/** What fails the run: findings of this severity or worse; never: only unreadable files (exit 3). */
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The file `datakoll validate` looks for in the current folder. */
export const CONFIG_FILE = 'datakoll.config.json';

/** One report to write: a format, and a file (absent: standard output). */
export interface OutputTarget {
  readonly format: OutputFormat;
  readonly file?: string;
}

/** Why several reports cannot be written as asked. */
export const ONE_STDOUT_RULE: Bilingual = {
  en: 'may send only one report to standard output; give the others a file (--format html=report.html)',
  sv: 'får skicka bara en rapport till standard ut; ge de andra en fil (--format html=rapport.html)',
};
export const ONE_STDOUT = ONE_STDOUT_RULE.en;

/** "html=report.html" -> [html, report.html]; "text" -> [text, undefined]. */
export function splitTarget(v: string): [string, string | undefined] {
  const i = v.indexOf('=');
  return i === -1 ? [v, undefined] : [v.slice(0, i), v.slice(i + 1)];
}

/** A format name and file as a target ("-" or no file: standard output), or what is wrong with them. */
export function outputTargetOf(name: string, file: string | undefined): OutputTarget | { readonly problem: string; readonly sv: string } {
  const formats = OUTPUT_FORMATS.join(', ');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(name)) return { problem: `must be one of ${formats}, optionally with =<file>`, sv: `ska vara en av ${formats}, eventuellt med =<fil>` };
  if (file === '') return { problem: 'needs a file name after "="', sv: 'behöver ett filnamn efter "="' };
  return { format: name as OutputFormat, ...(file !== undefined && file !== '-' ? { file } : {}) };
}

/** The validate command's options: the reports to write (outputs) and the one on standard output (format). */
export interface ValidateCliOptions {
  readonly spec: string | undefined;
  readonly lang: Lang;
  readonly maxErrors: number;
  /** Worker threads (--threads); absent: the library's default, the machine's available parallelism. */
  readonly threads?: number;
  readonly inputFormat?: InputFormatOption;
  readonly delimiter?: string;
  /** The encoding of CSV files (--encoding); detected when absent. */
  readonly encoding?: Encoding;
  readonly color: boolean;
  readonly specsDir: string[];
  readonly failOn: FailOn;
  readonly publisher?: string[];
  readonly records?: string;
  readonly lenientForms: boolean;
  readonly outputs: readonly OutputTarget[];
  readonly format: OutputFormat | undefined;
  /** Web addresses: the deadline (--remote-timeout), the size limit (--remote-max-mb), plain http (--allow-http). */
  readonly remote: { readonly totalTimeoutMs?: number; readonly maxBytes?: number; readonly allowHttp: boolean };
}


/** A rule an option broke: the message in both languages, and the index into a list option when one element broke it. */
class Broken {
  readonly message: Bilingual;
  constructor(
    message: string | Bilingual,
    readonly index?: number,
  ) {
    this.message = typeof message === 'string' ? { en: message, sv: message } : message;
  }
}

/** How a value that has the wrong type is named in a message. */
function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

const wrongType = (expected: string, v: unknown): Broken => new Broken({ en: `Invalid input: expected ${expected}, received ${kind(v)}`, sv: `Ogiltigt värde: ${expected} väntades, ${kind(v)} angavs` });
const notOneOf = (values: readonly string[]): Broken => {
  const list = values.map((s) => JSON.stringify(s)).join('|');
  return new Broken({ en: `Invalid option: expected one of ${list}`, sv: `Ogiltigt val: ska vara en av ${list}` });
};

/** The rules, in both languages, that more than one option or command states. */
const RULE = {
  notEmpty: { en: 'must not be empty', sv: 'får inte vara tom' },
  fileName: { en: 'needs a file name', sv: 'behöver ett filnamn' },
  wholeNumber: { en: 'must be a whole number', sv: 'ska vara ett heltal' },
  number: { en: 'must be a number', sv: 'ska vara ett tal' },
  positive: { en: 'must be greater than 0', sv: 'ska vara större än 0' },
  atLeastOne: { en: 'must be at least 1', sv: 'ska vara minst 1' },
  atMost: (max: number): Bilingual => ({ en: `must be at most ${max}`, sv: `får vara högst ${max}` }),
} as const;

function text(v: unknown, empty?: string | Bilingual): string | Broken {
  if (typeof v !== 'string') return wrongType('string', v);
  return empty !== undefined && v === '' ? new Broken(empty) : v;
}

function texts(v: unknown, empty: string | Bilingual): string[] | Broken {
  if (!Array.isArray(v)) return wrongType('array', v);
  for (const [i, s] of v.entries()) {
    const t = text(s, empty);
    if (t instanceof Broken) return new Broken(t.message, i);
  }
  return v as string[];
}

function oneOf<T extends string>(values: readonly T[], v: unknown, message?: Bilingual): T | Broken {
  return (values as readonly unknown[]).includes(v) ? (v as T) : message === undefined ? notOneOf(values) : new Broken(message);
}

function flag(v: unknown): boolean | Broken {
  return typeof v === 'boolean' ? v : wrongType('boolean', v);
}

/** A number of threads: a whole number of at least 1 (text from the command line is read as one). */
function threads(v: unknown): number | Broken {
  const n = count(v);
  return n instanceof Broken && n.message.en.startsWith('Invalid input') ? new Broken(RULE.wholeNumber) : n;
}

/** A number greater than 0, at most `max` (seconds, megabytes); text from the command line is read as one. */
function positive(max: number): (v: unknown) => number | Broken {
  return (v) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) return new Broken(RULE.number);
    if (n <= 0) return new Broken(RULE.positive);
    return n > max ? new Broken(RULE.atMost(max)) : n;
  };
}

/** --max-errors: a whole number from 1 to MAX_ERRORS_LIMIT. */
function maxErrorsOf(v: unknown): number | Broken {
  const n = count(v);
  return typeof n === 'number' && n > MAX_ERRORS_LIMIT ? new Broken(RULE.atMost(MAX_ERRORS_LIMIT)) : n;
}

/** A whole number of at least 1; text from the command line is read as a number. */
function count(v: unknown): number | Broken {
  let n: number;
  try {
    n = Number(v);
  } catch {
    return wrongType('number', v);
  }
  if (!Number.isFinite(n)) return wrongType('number', n);
  if (!Number.isSafeInteger(n)) return new Broken(RULE.wholeNumber);
  return n < 1 ? new Broken(RULE.atLeastOne) : n;
}

function targets(v: unknown): OutputTarget[] | Broken {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list)) return wrongType('array', list);
  const out: OutputTarget[] = [];
  for (const [i, t] of list.entries()) {
    if (isTarget(t) && t.file === '') return new Broken({ en: 'file must not be empty', sv: 'file får inte vara tom' }, i);
    const given: [string, string | undefined] | undefined = typeof t === 'string' ? splitTarget(t) : isTarget(t) ? [t.format, t.file] : undefined;
    if (given === undefined) return new Broken({ en: 'Invalid input', sv: 'Ogiltigt värde' }, i);
    const target = outputTargetOf(given[0], given[1]);
    if ('problem' in target) return new Broken({ en: target.problem, sv: target.sv }, i);
    out.push(target);
  }
  return out.filter((t) => t.file === undefined).length <= 1 ? out : new Broken(ONE_STDOUT_RULE);
}

/** A target as the config file gives it: { format, file? }. */
function isTarget(v: unknown): v is { format: string; file?: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const t = v as Record<string, unknown>;
  return typeof t.format === 'string' && (t.file === undefined || typeof t.file === 'string');
}

/** Why a CSV delimiter is not accepted (a quote or a line break would end fields, not separate them). */
export const DELIMITER_RULE: Bilingual = {
  en: 'must be one character other than a quote or a line break, or "tab"',
  sv: 'ska vara ett tecken som inte är ett citattecken eller en radbrytning, eller "tab"',
};

/** A CSV delimiter as given (one character; "tab" or "\\t" for a tab), or the rule it breaks. */
function delimiterOf(v: unknown): string | Broken {
  if (typeof v !== 'string') return wrongType('string', v);
  if (v === 'tab' || v === '\\t') return '\t';
  return v.length === 1 && v !== '"' && v !== '\n' && v !== '\r' ? v : new Broken(DELIMITER_RULE);
}

/** Whether a delimiter from the config file is accepted ("tab" included). */
export function isDelimiter(v: string): boolean {
  return !(delimiterOf(v) instanceof Broken);
}

/** --delimiter (validate and fix): the delimiter, or a usage error in both languages. */
export function delimiterOption(v: unknown): string {
  const d = delimiterOf(v);
  if (d instanceof Broken) throw optionError({ delimiter: v }, 'delimiter', d.message);
  return d;
}

/** Why a --records value is not accepted. */
const RECORDS_RULE: Bilingual = {
  en: 'must be a JSON Pointer such as /data/items: a "/" before each key, and "~1" for a "/" or "~0" for a "~" inside a key',
  sv: 'ska vara en JSON Pointer som /data/items: ett "/" före varje nyckel, och "~1" för ett "/" eller "~0" för ett "~" inne i en nyckel',
};

/** A JSON Pointer as --records takes it: starting with "/", "~" only as "~0" or "~1". */
function recordsOf(v: unknown): string | Broken {
  if (typeof v !== 'string') return wrongType('string', v);
  return /^(\/([^/~]|~[01])*)+$/.test(v) ? v : new Broken(RECORDS_RULE);
}

/** --records (validate and fix): the pointer as written, or a usage error in both languages. */
export function recordsOption(v: unknown): string {
  const r = recordsOf(v);
  if (r instanceof Broken) throw optionError({ records: v }, 'records', r.message);
  return r;
}

/** The languages datakoll speaks, as --lang and the config's "lang" take them. */
export const LANGS = ['sv', 'en'] as const;

/** --lang: sv or en; anything else is a usage error in both languages (not a silent fallback to English). */
export function langOption(v: unknown): Lang {
  if (v === 'sv' || v === 'en') return v;
  throw optionError({ lang: v }, 'lang', { en: `must be one of ${LANGS.join(', ')}`, sv: `ska vara en av ${LANGS.join(', ')}` });
}

/**
 * An output file named by a flag (-o, --log, --badge): an empty name is a usage error (it names
 * no file; resolved, it would be the working folder itself).
 */
export function outputFileOption(flag: string, v: string | undefined): void {
  if (v !== '') return;
  const key = flag.replace(/^--?/, '');
  throw new DatakollError('usage', 'bad-option', { en: `${flag} ${RULE.fileName.en} (given: "")`, sv: `${flag} ${RULE.fileName.sv} (angivet: "")` }, { flag: key });
}
/** Why an encoding name is not accepted: the names that are. */
export const ENCODING_RULE = `must be one of ${ENCODING_CHOICES}`;

/** An encoding's name or alias (--encoding cp1252); any other value is a usage error in both languages. */
export function encodingOption(v: unknown): Encoding {
  const e = typeof v === 'string' ? parseEncodingName(v) : undefined;
  if (e !== undefined) return e;
  const given = JSON.stringify(v);
  throw new DatakollError('usage', 'bad-option', { en: `--encoding ${ENCODING_RULE} (given: ${given})`, sv: `--encoding ska vara en av ${ENCODING_CHOICES} (angivet: ${given})` }, { flag: '--encoding' });
}
const SPEC_REQUIRED: Bilingual = {
  en: 'is required (--spec <id|id@version|path>), or a datakoll.config.json that names it',
  sv: 'krävs (--spec <id|id@version|sökväg>), eller en datakoll.config.json som anger den',
};

/** Checks raw option values; throws a usage error that says which option, the rule, and what was given. */
export function parseValidateOptions(raw: Record<string, unknown>, how: { specFromConfig?: boolean } = {}): ValidateCliOptions {
  // Checked in this order; the first broken rule is the one reported.
  const check = <T>(key: string, value: T | Broken): T => {
    if (value instanceof Broken) throw optionError(raw, key, value.message, value.index);
    return value;
  };
  const given = <T>(key: string, parse: (v: unknown) => T | Broken, fallback: T): T => (raw[key] === undefined ? fallback : check(key, parse(raw[key])));
  // With a config file each entry names its spec, so the flag becomes optional.
  const spec = how.specFromConfig === true ? given<string | undefined>('spec', (v) => text(v, RULE.notEmpty), undefined) : check('spec', typeof raw.spec === 'string' ? text(raw.spec, RULE.notEmpty) : new Broken(SPEC_REQUIRED));
  const format = given<OutputTarget[] | undefined>('format', targets, undefined);
  const lang = check('lang', oneOf(['sv', 'en'] as const, raw.lang));
  const maxErrors = given('maxErrors', maxErrorsOf, 1000);
  const threadCount = given<number | undefined>('threads', threads, undefined);
  const inputFormat = given<InputFormatOption | undefined>('inputFormat', (v) => oneOf(INPUT_FORMATS, v), undefined);
  const delimiter = given<string | undefined>('delimiter', delimiterOf, undefined);
  const encoding = raw.encoding === undefined ? undefined : encodingOption(raw.encoding);
  const color = given('color', flag, true);
  const specsDir = given('specsDir', (v) => texts(v, { en: 'Too small: expected string to have >=1 characters', sv: 'får inte vara tom' }), []);
  const failOn = given('failOn', (v) => oneOf(FAIL_ON, v, { en: `must be one of ${FAIL_ON.join(', ')}`, sv: `ska vara en av ${FAIL_ON.join(', ')}` }), 'error');
  const badge = given<string | undefined>('badge', (v) => text(v, RULE.fileName), undefined);
  const publisher = given<string[] | undefined>('publisher', (v) => texts(v, RULE.notEmpty), undefined);
  const records = given<string | undefined>('records', recordsOf, undefined);
  const lenientForms = given('lenientForms', flag, false);
  // A day at most, and a terabyte: beyond that a limit is no limit.
  const remoteTimeout = given<number | undefined>('remoteTimeout', positive(86_400), undefined);
  const remoteMaxMb = given<number | undefined>('remoteMaxMb', positive(1024 * 1024), undefined);
  const allowHttp = given('allowHttp', flag, false);
  const outputs: OutputTarget[] = [...(format ?? [{ format: 'text' }]), ...(badge !== undefined ? [{ format: 'badge' as const, file: badge }] : [])];
  return Object.freeze({
    spec,
    lang,
    maxErrors,
    ...(threadCount !== undefined ? { threads: threadCount } : {}),
    ...(inputFormat !== undefined ? { inputFormat } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    color,
    specsDir,
    failOn,
    ...(publisher !== undefined ? { publisher } : {}),
    ...(records !== undefined ? { records } : {}),
    lenientForms,
    outputs,
    format: outputs.find((o) => o.file === undefined)?.format,
    remote: {
      ...(remoteTimeout !== undefined ? { totalTimeoutMs: Math.round(remoteTimeout * 1000) } : {}),
      ...(remoteMaxMb !== undefined ? { maxBytes: Math.round(remoteMaxMb * 1024 * 1024) } : {}),
      allowHttp,
    },
  });
}

/**
 * The usage error for an option: `--max-errors must be at least 1 (given: "0")`. A rule given as
 * a string (zod's own words) is English only.
 */
export function optionError(raw: Record<string, unknown>, key: string, message: string | Bilingual, index?: number): DatakollError {
  const flagName = key === '' ? 'options' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const value = index !== undefined && Array.isArray(raw[key]) ? (raw[key] as unknown[])[index] : raw[key];
  const given = key in raw ? JSON.stringify(value) : undefined;
  const en = `${flagName} ${typeof message === 'string' ? message : message.en}${given !== undefined ? ` (given: ${given})` : ''}`;
  if (typeof message === 'string') return new DatakollError('usage', 'bad-option', en, { flag: flagName });
  return new DatakollError('usage', 'bad-option', { en, sv: `${flagName} ${message.sv}${given !== undefined ? ` (angivet: ${given})` : ''}` }, { flag: flagName });
}

/**
 * The language from --lang, else the locale (LC_ALL, LC_MESSAGES, LANG starting with "sv"), else
 * English. A locale that is neither (de_DE) is no mistake: it means English. A --lang that is
 * neither is refused when the command's options are parsed (langOption); until then, the
 * messages are in the locale's language.
 */
export function languageFrom(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag === 'sv' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
