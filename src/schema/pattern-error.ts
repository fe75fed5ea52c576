/** Why a spec's regular expression is refused (in the catalogue's words: SPEC_PROBLEMS), with the limits that apply. */
import { SPEC_PROBLEMS, sayBoth } from '../report/index.js';
import type { Templates } from '../report/index.js';

/** The longest pattern datakoll compiles, in characters. */
export const MAX_PATTERN_LENGTH = 4096;
/** Groups nested deeper than this are refused. */
export const MAX_PATTERN_NESTING = 100;
/** RE2's own limit on a counted repetition {n,m}. */
export const MAX_REPEAT = 1000;
/** The largest compiled RE2 program, in instructions: matching costs up to this much per character. */
export const MAX_PROGRAM_SIZE = 2000;
/** All of one spec's patterns together, in instructions (compiling takes about a millisecond per hundred). */
export const MAX_SPEC_PROGRAM_SIZE = 20_000;

export type PatternReason = 'syntax' | 'lookaround' | 'backreference' | 'repeat' | 'too-long' | 'too-deep' | 'too-large' | 'too-large-total' | 'unsupported';

/** The catalogue's phrase of each reason, and its parameters (a detail in both languages, or one text for both). */
function why(reason: PatternReason, detail: string | Templates): Templates {
  const max: Partial<Record<PatternReason, number>> = { repeat: MAX_REPEAT, 'too-long': MAX_PATTERN_LENGTH, 'too-deep': MAX_PATTERN_NESTING, 'too-large': MAX_PROGRAM_SIZE, 'too-large-total': MAX_SPEC_PROGRAM_SIZE };
  return sayBoth(SPEC_PROBLEMS[`pattern-${reason}`], { detail, max: max[reason] });
}

/** A pattern as a message shows it: quoted, and cut when long. */
function shown(pattern: string): string {
  const cut = [...pattern];
  return JSON.stringify(cut.length > 80 ? `${cut.slice(0, 80).join('')}…` : pattern);
}

/** A pattern datakoll will not run: the reason as a token, and the message in both languages. */
export class PatternRefused extends Error {
  readonly sv: string;

  constructor(
    readonly pattern: string,
    readonly reason: PatternReason,
    detail: string | Templates = '',
  ) {
    const text = sayBoth(SPEC_PROBLEMS['pattern-refused'], { pattern: shown(pattern), why: why(reason, detail) });
    super(text.en);
    this.name = 'PatternRefused';
    this.sv = text.sv;
  }
}
