/**
 * The rules of the flags that validate, fix and the config file share (--delimiter, --records,
 * --encoding, --lang, an output's name), one each, so every command gives the same exit code and
 * words for them; and the usage error an option's broken rule becomes.
 */
import { DatakollError } from '../errors.js';
import type { Encoding, Lang } from '../report/index.js';
import { ENCODING_CHOICES, ENCODINGS, parseEncodingName } from '../report/index.js';
import { Broken, oneOf, wrongType } from './checkers.js';

/** A CSV delimiter as given (one character; "tab" or "\\t" for a tab), or the rule it breaks (a quote or a line break would end fields, not separate them). */
export function delimiterOf(v: unknown): string | Broken {
  if (typeof v !== 'string') return wrongType('string');
  if (v === 'tab' || v === '\\t') return '\t';
  return v.length === 1 && v !== '"' && v !== '\n' && v !== '\r' ? v : new Broken('value-delimiter');
}

/** Whether a delimiter from the config file is accepted ("tab" included). */
export function isDelimiter(v: string): boolean {
  return !(delimiterOf(v) instanceof Broken);
}

/** --delimiter (validate and fix): the delimiter, or a usage error. */
export function delimiterOption(v: unknown): string {
  const d = delimiterOf(v);
  if (d instanceof Broken) throw optionError({ delimiter: v }, 'delimiter', d);
  return d;
}

/** Excel's own limit on a sheet's name. */
const SHEET_NAME_MAX = 31;

/** A workbook's sheet as --sheet and the config's "sheet" take it: its name, or its number counted from 1. */
export function sheetOf(v: unknown): string | Broken {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 1 ? String(v) : new Broken('value-sheet');
  if (typeof v !== 'string') return wrongType('string');
  return v.trim() !== '' && v.length <= SHEET_NAME_MAX ? v : new Broken('value-sheet');
}

/** Whether a sheet from the config file is accepted. */
export function isSheet(v: string | number): boolean {
  return !(sheetOf(v) instanceof Broken);
}

/** --sheet (validate and fix): the sheet as given, or a usage error. */
export function sheetOption(v: unknown): string {
  const s = sheetOf(v);
  if (s instanceof Broken) throw optionError({ sheet: v }, 'sheet', s);
  return s;
}

/** A JSON Pointer as --records takes it: starting with "/", "~" only as "~0" or "~1". */
export function recordsOf(v: unknown): string | Broken {
  if (typeof v !== 'string') return wrongType('string');
  return /^(\/([^/~]|~[01])*)+$/.test(v) ? v : new Broken('value-records');
}

/** --records (validate and fix): the pointer as written, or a usage error. */
export function recordsOption(v: unknown): string {
  const r = recordsOf(v);
  if (r instanceof Broken) throw optionError({ records: v }, 'records', r);
  return r;
}

/** --input-format (validate and fix): csv, json or jsonl, or a usage error. */
export function inputFormatOption(v: unknown): 'csv' | 'json' | 'jsonl' {
  const f = oneOf(['csv', 'json', 'jsonl'] as const, v);
  if (f instanceof Broken) throw optionError({ inputFormat: v }, 'inputFormat', f);
  return f;
}

/** The languages datakoll speaks, as --lang and the config's "lang" take them. */
export const LANGS = ['sv', 'en'] as const;

/** --lang: sv or en; anything else is a usage error (not a silent fallback to English). */
export function langOption(v: unknown): Lang {
  const l = typeof v === 'string' ? v.trim().toLowerCase() : v;
  // SV and En are the same languages as sv and en.
  if (l === 'sv' || l === 'en') return l;
  throw optionError({ lang: v }, 'lang', new Broken('value-one-of', { choices: LANGS.join(', '), count: LANGS.length }));
}

/**
 * An output file named by a flag (-o, --log, --badge), or a folder (specs docs -o): an empty name
 * is a usage error (it names nothing; resolved, it would be the working folder itself).
 */
export function outputFileOption(flag: string, v: string | undefined, code: 'value-file-name' | 'value-folder-name' = 'value-file-name'): void {
  if (v !== '') return;
  throw new DatakollError('usage', code, { option: flag, given: '""' });
}

/** The encodings' names and aliases, as a rule lists them. */
export const ENCODING_RULE = { choices: ENCODING_CHOICES, count: ENCODINGS.length } as const;

/** An encoding's name or alias (--encoding cp1252); any other value is a usage error. */
export function encodingOption(v: unknown): Encoding {
  const e = typeof v === 'string' ? parseEncodingName(v) : undefined;
  if (e !== undefined) return e;
  throw optionError({ encoding: v }, 'encoding', new Broken('value-one-of', ENCODING_RULE));
}

/** A flag's name from its key: maxErrors -> --max-errors. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The usage error for an option's broken rule: `--max-errors must be at least 1 (given: "0")`.
 * `option` names the flag when its name is not the key's (--spec-version for `version`).
 */
export function optionError(raw: Record<string, unknown>, key: string, broken: Broken, option = key === '' ? 'options' : flagName(key)): DatakollError {
  const value = broken.index !== undefined && Array.isArray(raw[key]) ? (raw[key] as unknown[])[broken.index] : raw[key];
  const given = key in raw ? JSON.stringify(value) : undefined;
  return new DatakollError('usage', broken.code, { ...broken.params, option, ...(given !== undefined ? { given } : {}) });
}

/**
 * The language from --lang, else the locale (LC_ALL, LC_MESSAGES, LANG starting with "sv"), else
 * English. A locale that is neither (de_DE) is no mistake: it means English. A --lang that is
 * neither is refused before anything else (langOption); its message is in the locale's language.
 */
export function languageFrom(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  const f = flag?.trim().toLowerCase();
  if (f === 'sv' || f === 'en') return f;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
