/**
 * The options of `specs list|show|diff|docs|import|export` and `template`, checked with zod. The
 * CLI imports this module only when one of these commands runs (validate's options are in
 * validate.ts, without zod).
 */
import { z } from 'zod';
import { DatakollError } from '../errors.js';
import { Broken } from './checkers.js';
import { ruleOf, valueAt } from './issues.js';
import { optionError } from './rules.js';

// zod's messages here are codes of the catalogue of errors (report/words/usage.ts).

const specsDir = z.array(z.string().min(1, 'value-empty')).default([]);

const listSchema = z.object({ format: z.enum(['text', 'json']).default('text'), lang: z.enum(['sv', 'en']), specsDir });
export type ListCliOptions = Readonly<z.infer<typeof listSchema>>;

/** Checks the options of `specs list`, `specs show` and `specs diff`. */
export function parseListOptions(raw: Record<string, unknown>): ListCliOptions {
  return parseWith(listSchema, raw);
}

const templateSchema = z.object({ lang: z.enum(['sv', 'en']).optional(), format: z.enum(['csv', 'json', 'xlsx']).default('csv'), out: z.string().optional(), specsDir });
export type TemplateCliOptions = Readonly<z.infer<typeof templateSchema>>;

/** Checks the options of `template`: a workbook (xlsx) is bytes, written only to a file (-o, not "-"). */
export function parseTemplateOptions(raw: Record<string, unknown>): TemplateCliOptions {
  const opts = parseWith(templateSchema, raw);
  if (opts.format === 'xlsx' && (opts.out === undefined || opts.out === '-')) throw new DatakollError('usage', 'template-xlsx-needs-file');
  return opts;
}

const importSchema = z.object({
  lang: z.enum(['sv', 'en']).optional(),
  out: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'value-spec-id').optional(),
  version: z.string().regex(/^\d+(\.\d+){0,3}$/, 'value-version').optional(),
  title: z.string().min(1, 'value-empty').optional(),
  status: z.enum(['verified', 'partial', 'reconstructed']).optional(),
  officialUrl: z.string().regex(/^https?:\/\//, 'value-web-address').optional(),
});
export type ImportCliOptions = Readonly<z.infer<typeof importSchema>>;

/** Checks the options of `specs import`. */
export function parseImportOptions(raw: Record<string, unknown>): ImportCliOptions {
  // (The flag is --spec-version: --version is datakoll's own.)
  return parseWith(importSchema, raw, { version: '--spec-version' });
}

const exportSchema = z.object({ lang: z.enum(['sv', 'en']).optional(), to: z.enum(['table-schema']), out: z.string().optional(), specsDir });
export type ExportCliOptions = Readonly<z.infer<typeof exportSchema>>;

/** Checks the options of `specs export`. */
export function parseExportOptions(raw: Record<string, unknown>): ExportCliOptions {
  return parseWith(exportSchema, raw);
}

const docsSchema = z.object({ out: z.string().min(1, 'value-file-name').default('docs/specs'), check: z.boolean().default(false), specsDir });
export type DocsCliOptions = Readonly<z.infer<typeof docsSchema>>;

/** Checks the options of `specs docs`. */
export function parseDocsOptions(raw: Record<string, unknown>): DocsCliOptions {
  return parseWith(docsSchema, raw);
}

/** Checks options with a schema; the first issue is a usage error naming the flag (`flags`: those not named after their key), the rule and what was given. */
function parseWith<T extends z.ZodType>(schema: T, raw: Record<string, unknown>, flags: Readonly<Record<string, string>> = {}): z.infer<T> {
  const r = schema.safeParse(raw);
  if (r.success) return Object.freeze(r.data) as z.infer<T>;
  const issue = r.error.issues[0] as z.core.$ZodIssue;
  const key = String(issue.path[0] ?? '');
  const index = issue.path[1];
  const rule = ruleOf(issue, valueAt(raw, issue.path), false);
  throw optionError(raw, key, new Broken(rule.code, rule.params, typeof index === 'number' ? index : undefined), flags[key]);
}
