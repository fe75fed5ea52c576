/** Typed errors for configuration and usage problems; data problems never throw, they become diagnostics. */
import type { ErrorCode, Lang } from './report/index.js';
import { ERRORS, say } from './report/index.js';

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

/** Parameters: text, numbers, or a text in both languages (rendered in the run's language). */
type Params = Readonly<Record<string, string | number | Bilingual>>;

/**
 * A code of the catalogue of errors (report/words/errors.ts) and its parameters: the text is
 * rendered where it is shown, in the run's language (`text(lang)`); `message` is the English.
 */
export class DatakollError extends Error {
  readonly kind: DatakollErrorKind;
  readonly code: ErrorCode;
  readonly params: Params;

  constructor(kind: DatakollErrorKind, code: ErrorCode, params: Params = {}) {
    super(say(ERRORS[code], 'en', params));
    this.name = 'DatakollError';
    this.kind = kind;
    this.code = code;
    this.params = params;
  }

  /** The message in a language. */
  text(lang: Lang): string {
    return say(ERRORS[this.code], lang, this.params);
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
