/** Typed errors for configuration and usage problems; data problems never throw, they become diagnostics. */

/**
 * Why a run could not even start, a file could not be opened, or an output could not be written;
 * each maps to one exit code.
 */
export type DatakollErrorKind = 'usage' | 'spec' | 'io' | 'write';

/** A message in both languages the CLI speaks. */
export interface Bilingual {
  readonly en: string;
  readonly sv: string;
}

/**
 * Message parameters are kept separate from the text so the CLI can translate. A message given
 * as `{ en, sv }` is shown in the run's language; one given as a string is English only (being
 * moved to the catalogue).
 */
export class DatakollError extends Error {
  readonly kind: DatakollErrorKind;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** The Swedish message, when one was given. */
  readonly sv: string | undefined;

  constructor(kind: DatakollErrorKind, code: string, message: string | Bilingual, params: Record<string, string | number> = {}) {
    super(typeof message === 'string' ? message : message.en);
    this.name = 'DatakollError';
    this.kind = kind;
    this.code = code;
    this.params = params;
    this.sv = typeof message === 'string' ? undefined : message.sv;
  }

  /** The message in a language (English when no Swedish one was given). */
  text(lang: 'sv' | 'en'): string {
    return lang === 'sv' && this.sv !== undefined ? this.sv : this.message;
  }
}

/** Exit codes, fixed by the CLI contract. */
export const EXIT = {
  ok: 0,
  invalid: 1,
  usage: 2,
  unreadable: 3,
  /** An output (a report, a badge, a log, the fixed file) could not be written. */
  writeFailed: 4,
} as const;

/** Maps a thrown error's kind to the exit code the CLI returns. */
export function exitCodeFor(kind: DatakollErrorKind): number {
  if (kind === 'io') return EXIT.unreadable;
  if (kind === 'write') return EXIT.writeFailed;
  return EXIT.usage;
}
