/** Why a spec's regular expression is refused, in Swedish and English, with the limits that apply. */

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

const REASONS: Readonly<Record<PatternReason, (detail: string) => { en: string; sv: string }>> = {
  syntax: (d) => ({ en: `it is not a valid regular expression (${d})`, sv: `det är inget giltigt reguljärt uttryck (${d})` }),
  lookaround: () => ({
    en: 'lookahead and lookbehind ((?=, (?!, (?<=, (?<!) cannot run in linear time',
    sv: 'framåt- och bakåtblickar ((?=, (?!, (?<=, (?<!) kan inte köras i linjär tid',
  }),
  backreference: () => ({ en: 'backreferences (\\1, \\k<name>) cannot run in linear time', sv: 'bakåtreferenser (\\1, \\k<namn>) kan inte köras i linjär tid' }),
  repeat: () => ({
    en: `repetition counts above ${MAX_REPEAT} ({n,m}, nested ones multiplied) are not supported; limit the length with maxLength instead`,
    sv: `upprepningar fler än ${MAX_REPEAT} gånger ({n,m}, inre gånger yttre) stöds inte; begränsa längden med maxLength i stället`,
  }),
  'too-long': () => ({ en: `it is longer than ${MAX_PATTERN_LENGTH} characters`, sv: `det är längre än ${MAX_PATTERN_LENGTH} tecken` }),
  'too-deep': () => ({ en: `it nests groups more than ${MAX_PATTERN_NESTING} deep`, sv: `det har grupper i fler än ${MAX_PATTERN_NESTING} nivåer` }),
  'too-large': () => ({
    en: `it compiles to more than ${MAX_PROGRAM_SIZE} instructions (each counted repetition {n,m} is written out m times); use smaller counts, or maxLength`,
    sv: `det blir fler än ${MAX_PROGRAM_SIZE} instruktioner när det kompileras (varje räknad upprepning {n,m} skrivs ut m gånger); använd mindre antal, eller maxLength`,
  }),
  'too-large-total': () => ({
    en: `with it, the spec's patterns together compile to more than ${MAX_SPEC_PROGRAM_SIZE} instructions; use smaller counts {n,m}, or maxLength`,
    sv: `med det blir specifikationens mönster tillsammans fler än ${MAX_SPEC_PROGRAM_SIZE} instruktioner när de kompileras; använd mindre antal {n,m}, eller maxLength`,
  }),
  unsupported: (d) => ({ en: `it uses syntax datakoll cannot run in linear time (${d})`, sv: `det använder syntax som datakoll inte kan köra i linjär tid (${d})` }),
};

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
    detail = '',
  ) {
    const why = REASONS[reason](detail);
    super(`the pattern ${shown(pattern)} cannot be used: ${why.en}`);
    this.name = 'PatternRefused';
    this.sv = `mönstret ${shown(pattern)} kan inte användas: ${why.sv}`;
  }
}
