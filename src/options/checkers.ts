/**
 * The hand-written checks of option values: each gives the value (text from the command line read
 * as a number where one is wanted) or a Broken naming the rule it broke, a code of the catalogue
 * of errors (report/words/usage.ts) with its parameters. Written without zod, which validate does
 * not load (validate.ts says why).
 */
import type { ErrorCode } from '../report/index.js';
import { MAX_ERRORS_LIMIT } from '../report/index.js';
import { outputTargetOf, splitTarget } from './outputs.js';
import type { OutputTarget } from './outputs.js';

export type RuleParams = Readonly<Record<string, string | number>>;

/** A rule an option broke: its code and parameters, and the index into a list option when one element broke it. */
export class Broken {
  constructor(
    readonly code: ErrorCode,
    readonly params: RuleParams = {},
    readonly index?: number,
  ) {}
}

/** The rule a value of the wrong type breaks: what it should have been. */
export function wrongType(expected: 'string' | 'array' | 'boolean' | 'number' | 'object'): Broken {
  const code = ({ string: 'value-text', array: 'value-list', boolean: 'value-boolean', number: 'value-number', object: 'value-object' } as const)[expected];
  return new Broken(code);
}

/** The rule of a closed list of values: `choices` as the message lists them. */
export function oneOfRule(values: readonly string[], quote = false): Broken {
  return new Broken('value-one-of', { choices: values.map((v) => (quote ? JSON.stringify(v) : v)).join(', '), count: values.length });
}

export function text(v: unknown, empty?: ErrorCode): string | Broken {
  if (typeof v !== 'string') return wrongType('string');
  return empty !== undefined && v === '' ? new Broken(empty) : v;
}

export function texts(v: unknown, empty: ErrorCode): string[] | Broken {
  if (!Array.isArray(v)) return wrongType('array');
  for (const [i, s] of v.entries()) {
    const t = text(s, empty);
    if (t instanceof Broken) return new Broken(t.code, t.params, i);
  }
  return v as string[];
}

export function oneOf<T extends string>(values: readonly T[], v: unknown): T | Broken {
  return (values as readonly unknown[]).includes(v) ? (v as T) : oneOfRule(values);
}

export function flag(v: unknown): boolean | Broken {
  return typeof v === 'boolean' ? v : wrongType('boolean');
}

/** A number of threads: a whole number of at least 1 (text from the command line is read as one). */
export function threads(v: unknown): number | Broken {
  return count(v);
}

/** A number greater than 0, at most `max` (seconds, megabytes); text from the command line is read as one. */
export function positive(max: number): (v: unknown) => number | Broken {
  return (v) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) return new Broken('value-number');
    if (n <= 0) return new Broken('value-positive');
    return n > max ? new Broken('value-at-most', { max }) : n;
  };
}

/** --max-errors: a whole number from 1 to MAX_ERRORS_LIMIT. */
export function maxErrorsOf(v: unknown): number | Broken {
  const n = count(v);
  return typeof n === 'number' && n > MAX_ERRORS_LIMIT ? new Broken('value-at-most', { max: MAX_ERRORS_LIMIT }) : n;
}

/** A whole number of at least 1; text from the command line is read as a number (anything else is no whole number). */
function count(v: unknown): number | Broken {
  let n: number;
  try {
    n = typeof v === 'string' && v.trim() === '' ? NaN : Number(v);
  } catch {
    n = NaN;
  }
  if (!Number.isSafeInteger(n)) return new Broken('value-whole-number');
  return n < 1 ? new Broken('value-at-least-one') : n;
}

export function targets(v: unknown): OutputTarget[] | Broken {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list)) return wrongType('array');
  const out: OutputTarget[] = [];
  for (const [i, t] of list.entries()) {
    if (isTarget(t) && t.file === '') return new Broken('value-file-name', {}, i);
    const given: [string, string | undefined] | undefined = typeof t === 'string' ? splitTarget(t) : isTarget(t) ? [t.format, t.file] : undefined;
    if (given === undefined) return new Broken('value-output-shape', {}, i);
    const target = outputTargetOf(given[0], given[1]);
    if ('problem' in target) return new Broken(target.problem, target.params, i);
    out.push(target);
  }
  return out.filter((t) => t.file === undefined).length <= 1 ? out : new Broken('value-one-stdout');
}

/** A target as the config file gives it: { format, file? }. */
function isTarget(v: unknown): v is { format: string; file?: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const t = v as Record<string, unknown>;
  return typeof t.format === 'string' && (t.file === undefined || typeof t.file === 'string');
}
