/**
 * The config file, datakoll.config.json: which files (globs) to check against which spec, with
 * which options, and where the reports go, so a pipeline can run `datakoll validate` bare. Checked
 * with zod; an error names the key, the rule and what was given (issues.ts), in the run's language.
 */
import { z } from 'zod';
import { DatakollError } from '../errors.js';
import { MAX_ERRORS_LIMIT, parseEncodingName } from '../report/index.js';
import { outputTargetOf, splitTarget } from './outputs.js';
import type { OutputTarget } from './outputs.js';
import { ruleOf, valueAt } from './issues.js';
import { ENCODING_RULE, isDelimiter, isSheet, LANGS } from './rules.js';
import { FAIL_ON, INPUT_FORMATS } from './validate.js';

// zod's messages here are codes of the catalogue of errors (report/words/usage.ts).

/** "html=report.html" or { format: html, file: report.html } -> { format: html, file: report.html }. */
const outputTarget = z
  .union([z.string(), z.object({ format: z.string(), file: z.string().min(1, 'value-file-name').optional() })], { error: 'value-output-shape' })
  .transform((v, zctx): OutputTarget => {
    const [name, file] = typeof v === 'string' ? splitTarget(v) : [v.format, v.file];
    const target = outputTargetOf(name, file);
    if (!('problem' in target)) return target;
    zctx.addIssue({ code: 'custom', message: target.problem, params: target.params });
    return z.NEVER;
  });

/** At most one report may go to standard output. */
const outputTargets = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(outputTarget)).refine((ts) => ts.filter((t) => t.file === undefined).length <= 1, 'value-one-stdout');

const maxErrors = z.number().int('value-whole-number').min(1, 'value-at-least-one').max(MAX_ERRORS_LIMIT, 'value-at-most');
const delimiter = z.string().refine(isDelimiter, 'value-delimiter');
/** An encoding's name or alias, kept as written (the CLI reads it as --encoding). */
const encoding = z.string().refine((s) => parseEncodingName(s) !== undefined, { message: 'value-one-of', params: ENCODING_RULE });
const nonEmpty = z.string().min(1, 'value-empty');

const entrySchema = z.strictObject({
  files: z.union([nonEmpty, z.array(nonEmpty).min(1, 'config-no-globs')], { error: 'config-globs' }),
  ignore: z.array(nonEmpty).optional(),
  spec: nonEmpty,
  maxErrors: maxErrors.optional(),
  inputFormat: z.enum(INPUT_FORMATS).optional(),
  delimiter: delimiter.optional(),
  sheet: z.union([z.string(), z.number()]).refine(isSheet, 'value-sheet').transform(String).optional(),
  encoding: encoding.optional(),
  publisher: z.union([nonEmpty, z.array(nonEmpty).min(1, 'config-publisher')], { error: 'config-publisher' }).optional(),
});

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  lang: z.enum(LANGS).optional(),
  failOn: z.enum(FAIL_ON).optional(),
  maxErrors: maxErrors.optional(),
  encoding: encoding.optional(),
  // (Not .int(): zod reports that as a wrong type.)
  threads: z
    .number()
    .refine((n) => Number.isSafeInteger(n), 'value-whole-number')
    .refine((n) => n >= 1, 'value-at-least-one')
    .optional(),
  specsDir: z.array(nonEmpty).optional(),
  outputs: outputTargets.optional(),
  badge: z.string().min(1, 'value-file-name').optional(),
  validate: z.array(entrySchema).min(1, 'config-no-entries'),
});

export type ConfigEntry = Readonly<z.infer<typeof entrySchema>>;
export type DatakollConfig = Readonly<z.infer<typeof configSchema>>;

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s === '' ? String(k) : `${s}.${String(k)}`), '');
}

/** Checks a parsed config file; throws a usage error naming the file and key, the rule and what was given. */
export function parseConfig(json: unknown, source: string): DatakollConfig {
  const r = configSchema.safeParse(json);
  if (r.success) return Object.freeze(r.data);
  const issue = r.error.issues[0] as z.core.$ZodIssue;
  const given = valueAt(json, issue.path);
  const key = pathText(issue.path);
  const rule = ruleOf(issue, given, true);
  const shown: Record<string, string> = given === undefined || issue.code === 'unrecognized_keys' ? {} : { given: JSON.stringify(given) };
  throw new DatakollError('usage', rule.code, { ...rule.params, option: key === '' ? source : `${source}: ${key}`, ...shown });
}
