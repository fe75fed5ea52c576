/** Turns a failed write (an errno from the file system) into a DatakollError of kind 'write' (exit 4), in both languages. */
import { DatakollError } from '../../errors.js';
import type { Bilingual } from '../../errors.js';
import { IO_PHRASES, sayBoth, WRITE_REASONS } from '../../report/index.js';
import type { Templates } from '../../report/index.js';

/** The code of the error a closed pipe becomes. */
export const PIPE_CLOSED = 'pipe-closed';

/** The exit code when the reader of an output closed it: 128 + SIGPIPE's 13, as a shell reports `cat` ended by it. */
export const PIPE_CLOSED_EXIT = 141;

/** The errno code of a thrown value, if it has one. */
export function errnoOf(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The error to throw when `file` could not be written. A DatakollError passes through as it is.
 * @param file the file's name, or a name in each language (standard output)
 * @param kept whether the file existed and is left as it was (the message says so)
 */
export function writeError(e: unknown, file: string | Bilingual, kept = false): DatakollError {
  if (e instanceof DatakollError) return e;
  const code = errnoOf(e) ?? '';
  const other = code !== '' ? code : String((e as Error | undefined)?.message ?? e);
  const known = WRITE_REASONS[code];
  const reason = known ?? sayBoth(WRITE_REASONS.other as Templates, { detail: other });
  // A reader that stops reading (`| head`) is no failure to report: main() ends quietly (PIPE_CLOSED).
  if (code === 'EPIPE') return new DatakollError('write', PIPE_CLOSED, { file });
  return new DatakollError('write', 'write-failed', { file, reason, ...(kept ? { unchanged: file } : {}) });
}

/** Standard output, as messages name it. */
export const STDOUT: Bilingual = IO_PHRASES['standard-output'];

/** An error with an errno-like code of our own (SPECIAL, READONLY), to be given to writeError. */
export function ownError(code: 'SPECIAL' | 'READONLY'): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}
