/** The validate command's options, checked and defaulted once with zod at the boundary. */
import { z } from 'zod';
import { DatakollError } from '../errors.js';
import type { Lang } from '../report/index.js';

export const OUTPUT_FORMATS = ['text', 'json'] as const;
export const INPUT_FORMATS = ['csv', 'json', 'jsonl'] as const;

const specsDir = z.array(z.string().min(1)).default([]);

const validateSchema = z.object({
  spec: z.string({ error: 'is required (--spec <id|id@version|path>)' }).min(1, 'must not be empty'),
  format: z.enum(OUTPUT_FORMATS).default('text'),
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
});

export type ValidateCliOptions = Readonly<z.infer<typeof validateSchema>>;

/** Checks raw option values; throws a usage error that says which option, the rule, and what was given. */
export function parseValidateOptions(raw: Record<string, unknown>): ValidateCliOptions {
  return parseWith(validateSchema, raw);
}

const listSchema = z.object({ format: z.enum(OUTPUT_FORMATS).default('text'), lang: z.enum(['sv', 'en']), specsDir });
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
  const given = key in raw ? ` (given: ${JSON.stringify(raw[key])})` : '';
  throw new DatakollError('usage', 'bad-option', `${flag} ${issue?.message ?? 'is invalid'}${given}`, { flag });
}

/** The language from --lang, else the locale (LC_ALL, LC_MESSAGES, LANG starting with "sv"), else English. */
export function languageFrom(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag === 'sv' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
