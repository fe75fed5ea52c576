/**
 * The validate command's options, checked and defaulted once at the boundary. Checked by hand,
 * without zod, because every run parses them and importing zod would cost a CLI start about a
 * fifth of its time; the config file (config.ts) and the other commands (commands.ts) use zod.
 */
import { DatakollError } from '../errors.js';
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
export const ONE_STDOUT = 'may send only one report to standard output; give the others a file (--format html=report.html)';

/** "html=report.html" -> [html, report.html]; "text" -> [text, undefined]. */
export function splitTarget(v: string): [string, string | undefined] {
  const i = v.indexOf('=');
  return i === -1 ? [v, undefined] : [v.slice(0, i), v.slice(i + 1)];
}

/** A format name and file as a target ("-" or no file: standard output), or what is wrong with them. */
export function outputTargetOf(name: string, file: string | undefined): OutputTarget | { readonly problem: string } {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(name)) return { problem: `must be one of ${OUTPUT_FORMATS.join(', ')}, optionally with =<file>` };
  if (file === '') return { problem: 'needs a file name after "="' };
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


/** A rule an option broke: the message, and the index into a list option when one element broke it. */
class Broken {
  constructor(
    readonly message: string,
    readonly index?: number,
  ) {}
}

/** How a value that has the wrong type is named in a message. */
function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

const wrongType = (expected: string, v: unknown): Broken => new Broken(`Invalid input: expected ${expected}, received ${kind(v)}`);
const notOneOf = (values: readonly string[]): Broken => new Broken(`Invalid option: expected one of ${values.map((s) => JSON.stringify(s)).join('|')}`);

function text(v: unknown, empty?: string): string | Broken {
  if (typeof v !== 'string') return wrongType('string', v);
  return empty !== undefined && v === '' ? new Broken(empty) : v;
}

function texts(v: unknown, empty: string): string[] | Broken {
  if (!Array.isArray(v)) return wrongType('array', v);
  for (const [i, s] of v.entries()) {
    const t = text(s, empty);
    if (t instanceof Broken) return new Broken(t.message, i);
  }
  return v as string[];
}

function oneOf<T extends string>(values: readonly T[], v: unknown, message?: string): T | Broken {
  return (values as readonly unknown[]).includes(v) ? (v as T) : message === undefined ? notOneOf(values) : new Broken(message);
}

function flag(v: unknown): boolean | Broken {
  return typeof v === 'boolean' ? v : wrongType('boolean', v);
}

/** A number of threads: a whole number of at least 1 (text from the command line is read as one). */
function threads(v: unknown): number | Broken {
  const n = count(v);
  return n instanceof Broken && n.message.startsWith('Invalid input') ? new Broken('must be a whole number') : n;
}

/** A number greater than 0, at most `max` (seconds, megabytes); text from the command line is read as one. */
function positive(max: number): (v: unknown) => number | Broken {
  return (v) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) return new Broken('must be a number');
    if (n <= 0) return new Broken('must be greater than 0');
    return n > max ? new Broken(`must be at most ${max}`) : n;
  };
}

/** --max-errors: a whole number from 1 to MAX_ERRORS_LIMIT. */
function maxErrorsOf(v: unknown): number | Broken {
  const n = count(v);
  return typeof n === 'number' && n > MAX_ERRORS_LIMIT ? new Broken(`must be at most ${MAX_ERRORS_LIMIT}`) : n;
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
  if (!Number.isSafeInteger(n)) return new Broken('must be a whole number');
  return n < 1 ? new Broken('must be at least 1') : n;
}

function targets(v: unknown): OutputTarget[] | Broken {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list)) return wrongType('array', list);
  const out: OutputTarget[] = [];
  for (const [i, t] of list.entries()) {
    if (isTarget(t) && t.file === '') return new Broken('file must not be empty', i);
    const given: [string, string | undefined] | undefined = typeof t === 'string' ? splitTarget(t) : isTarget(t) ? [t.format, t.file] : undefined;
    if (given === undefined) return new Broken('Invalid input', i);
    const target = outputTargetOf(given[0], given[1]);
    if ('problem' in target) return new Broken(target.problem, i);
    out.push(target);
  }
  return out.filter((t) => t.file === undefined).length <= 1 ? out : new Broken(ONE_STDOUT);
}

/** A target as the config file gives it: { format, file? }. */
function isTarget(v: unknown): v is { format: string; file?: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const t = v as Record<string, unknown>;
  return typeof t.format === 'string' && (t.file === undefined || typeof t.file === 'string');
}

const DELIMITER = 'must be one character, or "tab"';
/** Why an encoding name is not accepted: the names that are. */
export const ENCODING_RULE = `must be one of ${ENCODING_CHOICES}`;

/** An encoding's name or alias (--encoding cp1252); any other value is a usage error in both languages. */
export function encodingOption(v: unknown): Encoding {
  const e = typeof v === 'string' ? parseEncodingName(v) : undefined;
  if (e !== undefined) return e;
  const given = JSON.stringify(v);
  throw new DatakollError('usage', 'bad-option', { en: `--encoding ${ENCODING_RULE} (given: ${given})`, sv: `--encoding ska vara en av ${ENCODING_CHOICES} (angivet: ${given})` }, { flag: '--encoding' });
}
const SPEC_REQUIRED = 'is required (--spec <id|id@version|path>), or a datakoll.config.json that names it';

/** Checks raw option values; throws a usage error that says which option, the rule, and what was given. */
export function parseValidateOptions(raw: Record<string, unknown>, how: { specFromConfig?: boolean } = {}): ValidateCliOptions {
  // Checked in this order; the first broken rule is the one reported.
  const check = <T>(key: string, value: T | Broken): T => {
    if (value instanceof Broken) throw optionError(raw, key, value.message, value.index);
    return value;
  };
  const given = <T>(key: string, parse: (v: unknown) => T | Broken, fallback: T): T => (raw[key] === undefined ? fallback : check(key, parse(raw[key])));
  // With a config file each entry names its spec, so the flag becomes optional.
  const spec = how.specFromConfig === true ? given<string | undefined>('spec', (v) => text(v, 'must not be empty'), undefined) : check('spec', typeof raw.spec === 'string' ? text(raw.spec, 'must not be empty') : new Broken(SPEC_REQUIRED));
  const format = given<OutputTarget[] | undefined>('format', targets, undefined);
  const lang = check('lang', oneOf(['sv', 'en'] as const, raw.lang));
  const maxErrors = given('maxErrors', maxErrorsOf, 1000);
  const threadCount = given<number | undefined>('threads', threads, undefined);
  const inputFormat = given<InputFormatOption | undefined>('inputFormat', (v) => oneOf(INPUT_FORMATS, v), undefined);
  const delimiter = given<string | undefined>('delimiter', (v) => (typeof v !== 'string' ? wrongType('string', v) : v.length === 1 || v === '\\t' || v === 'tab' ? (v === '\\t' || v === 'tab' ? '\t' : v) : new Broken(DELIMITER)), undefined);
  const encoding = raw.encoding === undefined ? undefined : encodingOption(raw.encoding);
  const color = given('color', flag, true);
  const specsDir = given('specsDir', (v) => texts(v, 'Too small: expected string to have >=1 characters'), []);
  const failOn = given('failOn', (v) => oneOf(FAIL_ON, v, `must be one of ${FAIL_ON.join(', ')}`), 'error');
  const badge = given<string | undefined>('badge', (v) => text(v, 'needs a file name'), undefined);
  const publisher = given<string[] | undefined>('publisher', (v) => texts(v, 'must not be empty'), undefined);
  const records = given<string | undefined>('records', (v) => (typeof v !== 'string' ? wrongType('string', v) : /^(\/[^/]*)+$/.test(v) ? v : new Broken('must be a JSON Pointer such as /data/items')), undefined);
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

/** The usage error for an option: `--max-errors must be at least 1 (given: "0")`. */
export function optionError(raw: Record<string, unknown>, key: string, message: string, index?: number): DatakollError {
  const flagName = key === '' ? 'options' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const value = index !== undefined && Array.isArray(raw[key]) ? (raw[key] as unknown[])[index] : raw[key];
  const shown = key in raw ? ` (given: ${JSON.stringify(value)})` : '';
  return new DatakollError('usage', 'bad-option', `${flagName} ${message}${shown}`, { flag: flagName });
}

/** The language from --lang, else the locale (LC_ALL, LC_MESSAGES, LANG starting with "sv"), else English. */
export function languageFrom(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag === 'sv' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
