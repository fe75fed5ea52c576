/**
 * Which findings `datakoll fix` repairs by itself, from the one mark in the codes catalogue
 * (CodeInfo.fixable): a value's wrong form (forms/understand.ts, the rule fix writes by), the
 * file's encoding, BOM and dialect. The reports summarise these after the findings a person must
 * decide on, and count them.
 */
import type { Code, CodeInfo } from './codes.js';
import { CODES } from './codes.js';

/** The codes whose findings fix repairs by itself. */
export type FixableCode = { [C in Code]: (typeof CODES)[C] extends { readonly fixable: true } ? C : never }[Code];

/** Whether `datakoll fix` repairs every finding of a code by itself. */
export function isFixable(code: Code): code is FixableCode {
  return (CODES[code] as CodeInfo).fixable === true;
}
