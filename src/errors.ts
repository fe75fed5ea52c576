/** Typed errors for configuration and usage problems; data problems never throw, they become diagnostics. */

/** Why a run could not even start or a file could not be opened; each maps to one exit code. */
export type DatakollErrorKind = 'usage' | 'spec' | 'io';

/** Message parameters are kept separate from the English text so the CLI can translate. */
export class DatakollError extends Error {
  readonly kind: DatakollErrorKind;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(kind: DatakollErrorKind, code: string, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'DatakollError';
    this.kind = kind;
    this.code = code;
    this.params = params;
  }
}

/** Exit codes, fixed by the CLI contract. */
export const EXIT = {
  ok: 0,
  invalid: 1,
  usage: 2,
  unreadable: 3,
} as const;

/** Maps a thrown error's kind to the exit code the CLI returns. */
export function exitCodeFor(kind: DatakollErrorKind): number {
  return kind === 'io' ? EXIT.unreadable : EXIT.usage;
}
