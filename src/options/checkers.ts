/**
 * The hand-written checks of option values: each gives the value (text from the command line read
 * as a number where one is wanted) or a Broken saying which rule it broke, in both languages.
 * Written without zod, which validate does not load (validate.ts says why).
 */
import type { Bilingual } from '../errors.js';
import { MAX_ERRORS_LIMIT } from '../report/index.js';
import { ONE_STDOUT_RULE, outputTargetOf, splitTarget } from './outputs.js';
import type { OutputTarget } from './outputs.js';

/** A rule an option broke: the message in both languages, and the index into a list option when one element broke it. */
export class Broken {
  readonly message: Bilingual;
  constructor(
    message: string | Bilingual,
    readonly index?: number,
  ) {
    this.message = typeof message === 'string' ? { en: message, sv: message } : message;
  }
}

/** How a value that has the wrong type is named in a message. */
function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

export const wrongType = (expected: string, v: unknown): Broken => new Broken({ en: `Invalid input: expected ${expected}, received ${kind(v)}`, sv: `Ogiltigt värde: ${expected} väntades, ${kind(v)} angavs` });
const notOneOf = (values: readonly string[]): Broken => {
  const list = values.map((s) => JSON.stringify(s)).join('|');
  return new Broken({ en: `Invalid option: expected one of ${list}`, sv: `Ogiltigt val: ska vara en av ${list}` });
};

/** The rules, in both languages, that more than one option or command states. */
export const RULE = {
  notEmpty: { en: 'must not be empty', sv: 'får inte vara tom' },
  fileName: { en: 'needs a file name', sv: 'behöver ett filnamn' },
  wholeNumber: { en: 'must be a whole number', sv: 'ska vara ett heltal' },
  number: { en: 'must be a number', sv: 'ska vara ett tal' },
  positive: { en: 'must be greater than 0', sv: 'ska vara större än 0' },
  atLeastOne: { en: 'must be at least 1', sv: 'ska vara minst 1' },
  atMost: (max: number): Bilingual => ({ en: `must be at most ${max}`, sv: `får vara högst ${max}` }),
} as const;

export function text(v: unknown, empty?: string | Bilingual): string | Broken {
  if (typeof v !== 'string') return wrongType('string', v);
  return empty !== undefined && v === '' ? new Broken(empty) : v;
}

export function texts(v: unknown, empty: string | Bilingual): string[] | Broken {
  if (!Array.isArray(v)) return wrongType('array', v);
  for (const [i, s] of v.entries()) {
    const t = text(s, empty);
    if (t instanceof Broken) return new Broken(t.message, i);
  }
  return v as string[];
}

export function oneOf<T extends string>(values: readonly T[], v: unknown, message?: Bilingual): T | Broken {
  return (values as readonly unknown[]).includes(v) ? (v as T) : message === undefined ? notOneOf(values) : new Broken(message);
}

export function flag(v: unknown): boolean | Broken {
  return typeof v === 'boolean' ? v : wrongType('boolean', v);
}

/** A number of threads: a whole number of at least 1 (text from the command line is read as one). */
export function threads(v: unknown): number | Broken {
  const n = count(v);
  return n instanceof Broken && n.message.en.startsWith('Invalid input') ? new Broken(RULE.wholeNumber) : n;
}

/** A number greater than 0, at most `max` (seconds, megabytes); text from the command line is read as one. */
export function positive(max: number): (v: unknown) => number | Broken {
  return (v) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) return new Broken(RULE.number);
    if (n <= 0) return new Broken(RULE.positive);
    return n > max ? new Broken(RULE.atMost(max)) : n;
  };
}

/** --max-errors: a whole number from 1 to MAX_ERRORS_LIMIT. */
export function maxErrorsOf(v: unknown): number | Broken {
  const n = count(v);
  return typeof n === 'number' && n > MAX_ERRORS_LIMIT ? new Broken(RULE.atMost(MAX_ERRORS_LIMIT)) : n;
}

/** A whole number of at least 1; text from the command line is read as a number. */
function count(v: unknown): number | Broken {
  let n: number;
  try {
    n = Number(v);
  } catch {
    return wrongType('number', v);
  }
  if (!Number.isFinite(n)) return wrongType('number', n);
  if (!Number.isSafeInteger(n)) return new Broken(RULE.wholeNumber);
  return n < 1 ? new Broken(RULE.atLeastOne) : n;
}

export function targets(v: unknown): OutputTarget[] | Broken {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list)) return wrongType('array', list);
  const out: OutputTarget[] = [];
  for (const [i, t] of list.entries()) {
    if (isTarget(t) && t.file === '') return new Broken({ en: 'file must not be empty', sv: 'file får inte vara tom' }, i);
    const given: [string, string | undefined] | undefined = typeof t === 'string' ? splitTarget(t) : isTarget(t) ? [t.format, t.file] : undefined;
    if (given === undefined) return new Broken({ en: 'Invalid input', sv: 'Ogiltigt värde' }, i);
    const target = outputTargetOf(given[0], given[1]);
    if ('problem' in target) return new Broken({ en: target.problem, sv: target.sv }, i);
    out.push(target);
  }
  return out.filter((t) => t.file === undefined).length <= 1 ? out : new Broken(ONE_STDOUT_RULE);
}

/** A target as the config file gives it: { format, file? }. */
function isTarget(v: unknown): v is { format: string; file?: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const t = v as Record<string, unknown>;
  return typeof t.format === 'string' && (t.file === undefined || typeof t.file === 'string');
}
