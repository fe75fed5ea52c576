/** Turns a failed write (an errno from the file system) into a DatakollError of kind 'write' (exit 4), in both languages. */
import { DatakollError } from '../../errors.js';
import type { Bilingual } from '../../errors.js';
import { printable } from '../../formatters/shared.js';

/** Why a write failed, as a user reads it, by errno code. */
const REASONS: Readonly<Record<string, Bilingual>> = {
  EACCES: { en: 'permission denied', sv: 'behörighet saknas' },
  EPERM: { en: 'permission denied', sv: 'behörighet saknas' },
  ENOENT: { en: 'the folder does not exist', sv: 'mappen finns inte' },
  ENOTDIR: { en: 'a part of the path is not a folder', sv: 'en del av sökvägen är inte en mapp' },
  EISDIR: { en: 'it is a folder', sv: 'det är en mapp' },
  ENOSPC: { en: 'the disk is full', sv: 'disken är full' },
  EDQUOT: { en: 'the disk quota is used up', sv: 'diskkvoten är slut' },
  EFBIG: { en: 'the file would be too large', sv: 'filen skulle bli för stor' },
  EROFS: { en: 'the file system is read-only', sv: 'filsystemet är skrivskyddat' },
  ELOOP: { en: 'too many symbolic links', sv: 'för många symboliska länkar' },
  ENAMETOOLONG: { en: 'the name is too long', sv: 'namnet är för långt' },
  EIO: { en: 'an input/output error on the disk', sv: 'ett in- eller utmatningsfel på disken' },
  ENXIO: { en: 'no device or reader is connected to it', sv: 'ingen enhet eller läsare är ansluten till den' },
  EBUSY: { en: 'it is busy', sv: 'den är upptagen' },
  EXDEV: { en: 'it is on another file system than its folder', sv: 'den ligger på ett annat filsystem än sin mapp' },
  // Ours: a block device or a socket is never written to.
  SPECIAL: { en: 'it is a block device or a socket, which datakoll does not write to', sv: 'det är en blockenhet eller en socket, som datakoll inte skriver till' },
  READONLY: { en: 'the file is read-only; give --force to replace it anyway', sv: 'filen är skrivskyddad; ange --force för att ersätta den ändå' },
};

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
  const reason = REASONS[code] ?? { en: other, sv: other };
  const name = typeof file === 'string' ? { en: printable(file), sv: printable(file) } : file;
  // A reader that stops reading (`| head`) is no failure to report: main() ends quietly (PIPE_CLOSED).
  if (code === 'EPIPE') return new DatakollError('write', PIPE_CLOSED, { en: `The reader of ${name.en} closed it`, sv: `Den som läste ${name.sv} stängde den` }, { file: name.en });
  const en = `Cannot write ${name.en}: ${reason.en}${kept ? ` (${name.en} is unchanged)` : ''}`;
  const sv = `Kan inte skriva ${name.sv}: ${reason.sv}${kept ? ` (${name.sv} är oförändrad)` : ''}`;
  return new DatakollError('write', 'write-failed', { en, sv }, { file: name.en, reason: code });
}

/** Standard output, as messages name it. */
export const STDOUT: Bilingual = { en: 'standard output', sv: 'standard ut' };

/** An error with an errno-like code of our own (SPECIAL, READONLY), to be given to writeError. */
export function ownError(code: 'SPECIAL' | 'READONLY'): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}
