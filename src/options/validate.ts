/**
 * The validate command's options, checked and defaulted once at the boundary. Checked by hand,
 * without zod, because every run parses them and importing zod would cost a CLI start about a
 * fifth of its time; the config file (config.ts) and the other commands (commands.ts) use zod.
 * The checks are in checkers.ts, the rules validate shares with fix and the config in rules.ts.
 */
import { DatakollError } from '../errors.js';
import type { Encoding, Lang } from '../report/index.js';
import { Broken, flag, maxErrorsOf, oneOf, positive, targets, text, texts, threads } from './checkers.js';
import type { OutputFormat, OutputTarget } from './outputs.js';
import { delimiterOf, encodingOption, optionError, recordsOf, sheetOf } from './rules.js';

export const INPUT_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type InputFormatOption = (typeof INPUT_FORMATS)[number];
/** What fails the run: findings of this severity or worse; never: only unreadable files (exit 3). */
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The file `datakoll validate` looks for in the current folder. */
export const CONFIG_FILE = 'datakoll.config.json';

/** The validate command's options: the reports to write (outputs) and the one on standard output (format). */
export interface ValidateCliOptions {
  readonly spec: string | undefined;
  readonly lang: Lang;
  readonly maxErrors: number;
  /** Worker threads (--threads); absent: the library's default, the machine's available parallelism. */
  readonly threads?: number;
  readonly inputFormat?: InputFormatOption;
  readonly delimiter?: string;
  /** The workbook's sheet to read (--sheet): a name or a number from 1; the first sheet when absent. */
  readonly sheet?: string;
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

/** No --spec, and no config file to name the specs: the error says how to give one. */
function specRequired(): never {
  throw new DatakollError('usage', 'spec-required');
}

/** Checks raw option values; throws a usage error that says which option, the rule, and what was given. */
export function parseValidateOptions(raw: Record<string, unknown>, how: { specFromConfig?: boolean } = {}): ValidateCliOptions {
  // Checked in this order; the first broken rule is the one reported.
  const check = <T>(key: string, value: T | Broken): T => {
    if (value instanceof Broken) throw optionError(raw, key, value);
    return value;
  };
  const given = <T>(key: string, parse: (v: unknown) => T | Broken, fallback: T): T => (raw[key] === undefined ? fallback : check(key, parse(raw[key])));
  // With a config file each entry names its spec, so the flag becomes optional.
  const spec = how.specFromConfig === true ? given<string | undefined>('spec', (v) => text(v, 'value-empty'), undefined) : raw.spec === undefined ? specRequired() : check('spec', text(raw.spec, 'value-empty'));
  const format = given<OutputTarget[] | undefined>('format', targets, undefined);
  const lang = check('lang', oneOf(['sv', 'en'] as const, raw.lang));
  const maxErrors = given('maxErrors', maxErrorsOf, 1000);
  const threadCount = given<number | undefined>('threads', threads, undefined);
  const inputFormat = given<InputFormatOption | undefined>('inputFormat', (v) => oneOf(INPUT_FORMATS, v), undefined);
  const delimiter = given<string | undefined>('delimiter', delimiterOf, undefined);
  const sheet = given<string | undefined>('sheet', sheetOf, undefined);
  const encoding = raw.encoding === undefined ? undefined : encodingOption(raw.encoding);
  const color = given('color', flag, true);
  const specsDir = given('specsDir', (v) => texts(v, 'value-empty'), []);
  const failOn = given('failOn', (v) => oneOf(FAIL_ON, v), 'error');
  const badge = given<string | undefined>('badge', (v) => text(v, 'value-file-name'), undefined);
  const publisher = given<string[] | undefined>('publisher', (v) => texts(v, 'value-empty'), undefined);
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
    ...(sheet !== undefined ? { sheet } : {}),
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
