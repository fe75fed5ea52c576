/** The validate command's options, checked and defaulted once with zod at the boundary. */
import { z } from 'zod';
import { DatakollError } from '../errors.js';
import type { Lang } from '../report/index.js';

/** Report formats; the same names as the FORMATTERS table (test/formatters checks they agree). */
export const OUTPUT_FORMATS = ['text', 'json', 'html', 'junit', 'sarif', 'github', 'gitlab', 'markdown', 'badge'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const INPUT_FORMATS = ['csv', 'json', 'jsonl'] as const;
/** What fails the run: findings of this severity or worse; never: only unreadable files (exit 3). */
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** One report to write: a format, and a file (absent: standard output). */
export interface OutputTarget {
  readonly format: OutputFormat;
  readonly file?: string;
}

const specsDir = z.array(z.string().min(1)).default([]);

/** "html=report.html" -> { format: html, file: report.html }; "text" or "text=-" -> standard output. */
export const outputTarget = z
  .union([z.string(), z.object({ format: z.string(), file: z.string().min(1, 'file must not be empty').optional() })])
  .transform((v, zctx): OutputTarget => {
    const [name, file] = typeof v === 'string' ? splitTarget(v) : [v.format, v.file];
    if (!(OUTPUT_FORMATS as readonly string[]).includes(name)) {
      zctx.addIssue({ code: 'custom', message: `must be one of ${OUTPUT_FORMATS.join(', ')}, optionally with =<file>` });
      return z.NEVER;
    }
    if (file === '') {
      zctx.addIssue({ code: 'custom', message: 'needs a file name after "="' });
      return z.NEVER;
    }
    return { format: name as OutputFormat, ...(file !== undefined && file !== '-' ? { file } : {}) };
  });

function splitTarget(v: string): [string, string | undefined] {
  const i = v.indexOf('=');
  return i === -1 ? [v, undefined] : [v.slice(0, i), v.slice(i + 1)];
}

/** At most one report may go to standard output. */
export const outputTargets = z
  .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(outputTarget))
  .refine((ts) => ts.filter((t) => t.file === undefined).length <= 1, 'may send only one report to standard output; give the others a file (--format html=report.html)');

const validateSchema = z.object({
  spec: z.string({ error: 'is required (--spec <id|id@version|path>), or a datakoll.config.json that names it' }).min(1, 'must not be empty'),
  format: outputTargets.optional(),
  lang: z.enum(['sv', 'en']),
  maxErrors: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(1000),
  inputFormat: z.enum(INPUT_FORMATS).optional(),
  delimiter: z
    .string()
    .refine((s) => s.length === 1 || s === '\\t' || s === 'tab', 'must be one character, or "tab"')
    .transform((s) => (s === '\\t' || s === 'tab' ? '\t' : s))
    .optional(),
  color: z.boolean().default(true),
  specsDir,
  failOn: z.enum(FAIL_ON, { error: `must be one of ${FAIL_ON.join(', ')}` }).default('error'),
  badge: z.string().min(1, 'needs a file name').optional(),
  publisher: z.array(z.string().min(1, 'must not be empty')).optional(),
  records: z.string().regex(/^(\/[^/]*)+$/, 'must be a JSON Pointer such as /data/items').optional(),
  lenientForms: z.boolean().default(false),
});

type ParsedValidate = z.infer<typeof validateSchema>;

/** The validate command's options: the reports to write (outputs) and the one on standard output (format). */
export type ValidateCliOptions = Readonly<Omit<ParsedValidate, 'format' | 'badge' | 'spec'> & { spec: string | undefined; outputs: readonly OutputTarget[]; format: OutputFormat | undefined }>;

/** Checks raw option values; throws a usage error that says which option, the rule, and what was given. */
export function parseValidateOptions(raw: Record<string, unknown>, how: { specFromConfig?: boolean } = {}): ValidateCliOptions {
  // With a config file each entry names its spec, so the flag becomes optional.
  const schema = how.specFromConfig === true ? validateSchema.extend({ spec: z.string().min(1, 'must not be empty').optional() }) : validateSchema;
  const { format, badge, ...rest } = parseWith(schema, raw) as Omit<ParsedValidate, 'spec'> & { spec?: string };
  const outputs: OutputTarget[] = [...(format ?? [{ format: 'text' }]), ...(badge !== undefined ? [{ format: 'badge' as const, file: badge }] : [])];
  return Object.freeze({ ...rest, spec: rest.spec, outputs, format: outputs.find((o) => o.file === undefined)?.format });
}

const listSchema = z.object({ format: z.enum(['text', 'json']).default('text'), lang: z.enum(['sv', 'en']), specsDir });
export type ListCliOptions = Readonly<z.infer<typeof listSchema>>;

/** Checks the options of `specs list`, `specs show` and `specs diff`. */
export function parseListOptions(raw: Record<string, unknown>): ListCliOptions {
  return parseWith(listSchema, raw);
}

const templateSchema = z.object({ lang: z.enum(['sv', 'en']).optional(), format: z.enum(['csv', 'json']).default('csv'), out: z.string().optional(), specsDir });
export type TemplateCliOptions = Readonly<z.infer<typeof templateSchema>>;

/** Checks the options of `template`. */
export function parseTemplateOptions(raw: Record<string, unknown>): TemplateCliOptions {
  return parseWith(templateSchema, raw);
}

const importSchema = z.object({
  lang: z.enum(['sv', 'en']).optional(),
  out: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens').optional(),
  version: z.string().regex(/^\d+(\.\d+){0,3}$/, 'must be numbers separated by dots, such as 1.0').optional(),
  title: z.string().min(1).optional(),
  status: z.enum(['verified', 'partial', 'reconstructed']).optional(),
  officialUrl: z.string().regex(/^https?:\/\//, 'must be an http(s) address').optional(),
});
export type ImportCliOptions = Readonly<z.infer<typeof importSchema>>;

/** Checks the options of `specs import`. */
export function parseImportOptions(raw: Record<string, unknown>): ImportCliOptions {
  return parseWith(importSchema, raw);
}

const exportSchema = z.object({ lang: z.enum(['sv', 'en']).optional(), to: z.enum(['table-schema']), out: z.string().optional(), specsDir });
export type ExportCliOptions = Readonly<z.infer<typeof exportSchema>>;

/** Checks the options of `specs export`. */
export function parseExportOptions(raw: Record<string, unknown>): ExportCliOptions {
  return parseWith(exportSchema, raw);
}

const docsSchema = z.object({ out: z.string().min(1).default('docs/specs'), check: z.boolean().default(false), specsDir });
export type DocsCliOptions = Readonly<z.infer<typeof docsSchema>>;

/** Checks the options of `specs docs`. */
export function parseDocsOptions(raw: Record<string, unknown>): DocsCliOptions {
  return parseWith(docsSchema, raw);
}

function parseWith<T extends z.ZodType>(schema: T, raw: Record<string, unknown>): z.infer<T> {
  const r = schema.safeParse(raw);
  if (r.success) return Object.freeze(r.data) as z.infer<T>;
  const issue = r.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const flag = key === '' ? 'options' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const index = issue?.path[1];
  const value = typeof index === 'number' && Array.isArray(raw[key]) ? (raw[key] as unknown[])[index] : raw[key];
  const given = key in raw ? ` (given: ${JSON.stringify(value)})` : '';
  throw new DatakollError('usage', 'bad-option', `${flag} ${issue?.message ?? 'is invalid'}${given}`, { flag });
}

/** The language from --lang, else the locale (LC_ALL, LC_MESSAGES, LANG starting with "sv"), else English. */
export function languageFrom(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag === 'sv' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
