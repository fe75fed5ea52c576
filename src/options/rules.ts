/**
 * The rules of the flags that validate, fix and the config file share (--delimiter, --records,
 * --encoding, --lang, an output's name), one each, so every command gives the same exit code and
 * words for them; and the usage error an option's broken rule becomes.
 */
import { DatakollError } from '../errors.js';
import type { Bilingual } from '../errors.js';
import type { Encoding, Lang } from '../report/index.js';
import { ENCODING_CHOICES, parseEncodingName } from '../report/index.js';
import { Broken, RULE, wrongType } from './checkers.js';

/** Why a CSV delimiter is not accepted (a quote or a line break would end fields, not separate them). */
export const DELIMITER_RULE: Bilingual = {
  en: 'must be one character other than a quote or a line break, or "tab"',
  sv: 'ska vara ett tecken som inte är ett citattecken eller en radbrytning, eller "tab"',
};

/** A CSV delimiter as given (one character; "tab" or "\\t" for a tab), or the rule it breaks. */
export function delimiterOf(v: unknown): string | Broken {
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
export function recordsOf(v: unknown): string | Broken {
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
  const l = typeof v === 'string' ? v.trim().toLowerCase() : v;
  // SV and En are the same languages as sv and en.
  if (l === 'sv' || l === 'en') return l;
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
  const f = flag?.trim().toLowerCase();
  if (f === 'sv' || f === 'en') return f;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
