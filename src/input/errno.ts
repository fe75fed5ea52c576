/** Why a file could not be read, as the reason token of the catalogue (file-unreadable's reasons), from the system's error. */

/** The errors of the system, by their code, and the reason token of a file-unreadable finding each is. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'not-found',
  EACCES: 'permission',
  EPERM: 'permission',
  EISDIR: 'folder',
  ELOOP: 'symlink-loop',
  EDEVICELIMIT: 'device-limit',
  ENOTDIR: 'not-folder',
  ENAMETOOLONG: 'name-too-long',
  EMFILE: 'too-many-open',
  ENFILE: 'too-many-open',
  EIO: 'read-error',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  ENXIO: 'no-device',
  ENODEV: 'no-device',
  ENOSTDIN: 'no-stdin',
  ERR_WORKER_OUT_OF_MEMORY: 'out-of-memory',
};

/**
 * The reason token of a file-unreadable finding: a token of the catalogue for every error the
 * system names by a code it knows, and `other` for the rest (its code is the finding's `detail`).
 */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return (typeof code === 'string' ? ERRNO_REASONS[code] : undefined) ?? 'other';
}

/** The parameters of a file-unreadable finding: the reason, and for `other` the system's own name of the error. */
export function unreadableParams(e: unknown): { readonly reason: string; readonly detail?: string } {
  const reason = reasonOf(e);
  if (reason !== 'other') return { reason };
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return { reason, detail: typeof code === 'string' ? code : e instanceof Error ? e.message : String(e) };
}
