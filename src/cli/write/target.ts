/**
 * Where an output really goes. A regular file (or a name that does not exist yet) is written
 * atomically beside the file itself, behind any symbolic links, which stay; a terminal, pipe or
 * character device (/dev/null, /dev/stdout) is opened and written directly, never renamed over.
 */
import { lstatSync, mkdirSync, readlinkSync, realpathSync, rmdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errnoOf, ownError } from './errors.js';

/** An output's destination. */
export type Target =
  /** The process's own standard output or error (/dev/stdout, /proc/self/fd/2): written where the run writes them. */
  | { readonly kind: 'stdio'; readonly fd: 1 | 2 }
  /** Opened for writing as it is (appending when it is one of the process's own descriptors). */
  | { readonly kind: 'direct'; readonly path: string; readonly append: boolean }
  /**
   * A regular file: `real` is the file behind the symbolic links; `existing` its state when it
   * exists; `made` the folders made for it.
   */
  | { readonly kind: 'file'; readonly real: string; readonly existing: Stats | undefined; readonly made?: MadeFolders };

/** How a target is resolved. */
export interface TargetOptions {
  /**
   * Make the missing folders of the path as it is named (mkdir -p), never those of a place a
   * symbolic link leads to; otherwise a missing folder is an error (the job summary).
   */
  readonly createFolders?: boolean;
}

/** The folders resolveTarget made for an output, to remove again when the output is given up. */
export interface MadeFolders {
  /** The output's own folder (the deepest made). */
  readonly deepest: string;
  /** The first folder made (the highest): nothing above it is removed. */
  readonly highest: string;
}

/** Linux's limit on symbolic links in a row. */
const MAX_LINKS = 40;
/** A descriptor of a process (/dev/stdout leads to /proc/self/fd/1). */
const OWN_DESCRIPTOR = /^\/(?:proc\/[^/]+|dev)\/fd\/\d+$/;

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Follows symbolic links from `path` to the first name that is not one (it may not exist).
 * Stops at a descriptor of the process (its links lead to "pipe:[…]", not to a path).
 */
export function followLinks(path: string): { readonly final: string; readonly descriptor: boolean } {
  let p = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    if (OWN_DESCRIPTOR.test(p)) return { final: p, descriptor: true };
    const st = lstatOrUndefined(p);
    if (st === undefined || !st.isSymbolicLink()) return { final: p, descriptor: false };
    // A relative link is relative to the real folder it is in.
    p = resolve(realpathSync(dirname(p)), readlinkSync(p));
  }
  throw Object.assign(new Error('ELOOP'), { code: 'ELOOP' });
}

/** Resolves an output path to where it is written; throws the file system's error (see writeError). */
export function resolveTarget(path: string, options: TargetOptions = {}): Target {
  const made = options.createFolders === true ? makeFolders(dirname(resolve(path))) : undefined;
  const { final, descriptor } = followLinks(path);
  if (descriptor) {
    const own = /^\/(?:proc\/(?:self|thread-self)|dev)\/fd\/([12])$/.exec(final);
    if (own !== null) return { kind: 'stdio', fd: own[1] === '1' ? 1 : 2 };
    // Another descriptor (a file the shell opened as 3>): append, as the shell's own writes do.
    return { kind: 'direct', path: final, append: true };
  }
  const st = lstatOrUndefined(final);
  if (st === undefined) return { kind: 'file', real: final, existing: undefined, ...(made !== undefined ? { made } : {}) };
  const s = st.isSymbolicLink() ? statSync(final) : st;
  if (s.isFile()) return { kind: 'file', real: final, existing: s };
  if (s.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  if (s.isCharacterDevice() || s.isFIFO()) return { kind: 'direct', path: final, append: false };
  throw ownError('SPECIAL');
}

/**
 * Makes `folder` and the folders above it that are missing (mkdir -p); returns what it made, or
 * undefined when the folder was there. A part of the path that is a file, or a link leading
 * nowhere, is the file system's error (ENOTDIR, ENOENT), and nothing is made elsewhere.
 */
function makeFolders(folder: string): MadeFolders | undefined {
  let highest;
  try {
    highest = mkdirSync(folder, { recursive: true });
  } catch (e) {
    // mkdir says EEXIST when a part of the path is there as something other than a folder.
    if (errnoOf(e) === 'EEXIST') throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
    throw e;
  }
  return highest === undefined ? undefined : { deepest: folder, highest };
}

/** Removes the folders made for an output that was given up, from the deepest up, while they are empty. Never throws. */
export function removeMadeFolders(made: MadeFolders | undefined): void {
  if (made === undefined) return;
  for (let dir = made.deepest; ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === made.highest || dirname(dir) === dir) return;
  }
}
