/**
 * What a zod issue means, as a rule of the catalogue of errors (report/words/usage.ts): the config
 * file (config.ts) and the other commands' options (commands.ts) say what was wrong, the rule and
 * what was given in the same words as validate's hand-written checks. A schema names its own rules
 * by giving a code of the catalogue as zod's message (`.min(1, 'value-empty')`).
 */
import type { z } from 'zod';
import { ERRORS } from '../report/index.js';
import type { ErrorCode } from '../report/index.js';
import { Broken, oneOfRule, wrongType } from './checkers.js';

type Issue = z.core.$ZodIssue;

/** The rule a zod issue stands for; `quote`: choices are JSON values (the config file), not flag values. */
export function ruleOf(issue: Issue, given: unknown, quote: boolean): Broken {
  if (issue.message in ERRORS) return new Broken(issue.message as ErrorCode, { ...paramsOf(issue), ...customParams('params' in issue ? issue.params : undefined) });
  switch (issue.code) {
    case 'invalid_type':
      if (given === undefined) return new Broken('value-required');
      return isType(issue.expected) ? wrongType(issue.expected) : new Broken('value-invalid');
    case 'invalid_value':
      return oneOfRule(issue.values.map(String), quote);
    case 'unrecognized_keys':
      return new Broken('config-unknown-keys', { keys: issue.keys.map((k) => JSON.stringify(k)).join(', '), count: issue.keys.length });
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? new Broken('value-empty') : new Broken('value-invalid');
    case 'too_big':
      return new Broken('value-at-most', { max: Number(issue.maximum) });
    default:
      return new Broken('value-invalid');
  }
}

const TYPES = ['string', 'array', 'boolean', 'number', 'object'] as const;
function isType(t: string): t is (typeof TYPES)[number] {
  return (TYPES as readonly string[]).includes(t);
}

/** The parameters a rule takes from the issue itself: the most a number may be. */
function paramsOf(issue: Issue): Record<string, number> {
  return issue.code === 'too_big' ? { max: Number(issue.maximum) } : {};
}

/** A custom issue's parameters (texts and numbers only). */
function customParams(params: unknown): Record<string, string | number> {
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
}

/** The value at an issue's path, as it was given. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}
