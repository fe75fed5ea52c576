/** The validate command's options, checked and defaulted once with zod at the boundary. */
import { z } from 'zod';
import { DatakollError } from '../errors.js';
import type { Lang } from '../report/index.js';

export const OUTPUT_FORMATS = ['text', 'json'] as const;
export const INPUT_FORMATS = ['csv', 'json', 'jsonl'] as const;

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
});

export type ValidateCliOptions = Readonly<z.infer<typeof validateSchema>>;

/** Checks raw option values; throws a usage error that says which option, the rule, and what was given. */
export function parseValidateOptions(raw: Record<string, unknown>): ValidateCliOptions {
  return parseWith(validateSchema, raw);
}

const listSchema = z.object({ format: z.enum(OUTPUT_FORMATS).default('text'), lang: z.enum(['sv', 'en']) });
export type ListCliOptions = Readonly<z.infer<typeof listSchema>>;

/** Checks the options of the specs commands. */
export function parseListOptions(raw: Record<string, unknown>): ListCliOptions {
  return parseWith(listSchema, raw);
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
