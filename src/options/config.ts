/**
 * The config file, datakoll.config.json: which files (globs) to check against which spec, with
 * which options, and where the reports go, so a pipeline can run `datakoll validate` bare. Checked
 * with zod; an error names the key, the rule and what was given.
 */
import { z } from 'zod';
import { DatakollError } from '../errors.js';
import { MAX_ERRORS_LIMIT, parseEncodingName } from '../report/index.js';
import { ONE_STDOUT, outputTargetOf, splitTarget } from './outputs.js';
import type { OutputTarget } from './outputs.js';
import { DELIMITER_RULE, ENCODING_RULE, isDelimiter, LANGS } from './rules.js';
import { FAIL_ON, INPUT_FORMATS } from './validate.js';

/** "html=report.html" or { format: html, file: report.html } -> { format: html, file: report.html }. */
const outputTarget = z.union([z.string(), z.object({ format: z.string(), file: z.string().min(1, 'file must not be empty').optional() })]).transform((v, zctx): OutputTarget => {
  const [name, file] = typeof v === 'string' ? splitTarget(v) : [v.format, v.file];
  const target = outputTargetOf(name, file);
  if (!('problem' in target)) return target;
  zctx.addIssue({ code: 'custom', message: target.problem });
  return z.NEVER;
});

/** At most one report may go to standard output. */
const outputTargets = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(outputTarget)).refine((ts) => ts.filter((t) => t.file === undefined).length <= 1, ONE_STDOUT);

const maxErrors = z.number().int('must be a whole number').min(1, 'must be at least 1').max(MAX_ERRORS_LIMIT, `must be at most ${MAX_ERRORS_LIMIT}`);
const delimiter = z.string().refine(isDelimiter, DELIMITER_RULE.en);
/** An encoding's name or alias, kept as written (the CLI reads it as --encoding). */
const encoding = z.string().refine((s) => parseEncodingName(s) !== undefined, ENCODING_RULE);

const entrySchema = z.strictObject({
  files: z.union([z.string().min(1, 'must not be empty'), z.array(z.string().min(1, 'must not be empty')).min(1, 'must list at least one glob')]),
  ignore: z.array(z.string().min(1)).optional(),
  spec: z.string().min(1, 'must not be empty'),
  maxErrors: maxErrors.optional(),
  inputFormat: z.enum(INPUT_FORMATS).optional(),
  delimiter: delimiter.optional(),
  encoding: encoding.optional(),
  publisher: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
});

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  lang: z.enum(LANGS).optional(),
  failOn: z.enum(FAIL_ON).optional(),
  maxErrors: maxErrors.optional(),
  encoding: encoding.optional(),
  // (Not .int(): zod reports that as a wrong type, "must be an int".)
  threads: z
    .number()
    .refine((n) => Number.isSafeInteger(n), 'must be a whole number')
    .refine((n) => n >= 1, 'must be at least 1')
    .optional(),
  specsDir: z.array(z.string().min(1)).optional(),
  outputs: outputTargets.optional(),
  badge: z.string().min(1, 'must not be empty').optional(),
  validate: z.array(entrySchema).min(1, 'must list at least one entry ({ "files": "…", "spec": "…" })'),
});

export type ConfigEntry = Readonly<z.infer<typeof entrySchema>>;
export type DatakollConfig = Readonly<z.infer<typeof configSchema>>;

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s === '' ? String(k) : `${s}.${String(k)}`), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** What a zod issue means, in words the config's author can act on. */
function describe(issue: z.core.$ZodIssue, given: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return given === undefined ? 'is required' : `must be ${issue.expected === 'array' ? 'a list' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union':
      return 'must be a glob or a list of globs';
    default:
      return issue.message;
  }
}

/** Checks a parsed config file; throws a usage error naming the key, the rule and what was given. */
export function parseConfig(json: unknown, source: string): DatakollConfig {
  const r = configSchema.safeParse(json);
  if (r.success) return Object.freeze(r.data);
  const issue = r.error.issues[0] as z.core.$ZodIssue;
  const given = valueAt(json, issue.path);
  const key = pathText(issue.path);
  const shown = given === undefined || issue.code === 'unrecognized_keys' ? '' : ` (given: ${JSON.stringify(given)})`;
  throw new DatakollError('usage', 'bad-config', `${source}: ${key === '' ? 'the config' : key} ${describe(issue, given)}${shown}`, { file: source, key });
}
