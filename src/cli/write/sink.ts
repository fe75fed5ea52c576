/**
 * How bytes reach a regular file: into a temporary file beside it, flushed to disk and renamed
 * over it only when complete (keeping the old file's mode and owner). Errors leave nothing behind
 * and come out as DatakollError of kind 'write'. (A device or pipe: direct.ts.)
 */
import * as nodeFs from 'node:fs';
import type { Stats } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { addTemporaryPath, dropTemporaryPath } from '../../tempfiles.js';
import { writeError } from './errors.js';

/** Where pieces of an output go, then committed (complete) or aborted (nothing left behind). */
export interface Sink {
  write(piece: string | Uint8Array): Promise<void>;
  /** Makes the output whole: for a file, renames it into place. */
  commit(): Promise<void>;
  /** Gives up: removes the temporary file. Never throws; does nothing after commit(). */
  abort(): void;
}

/** The synchronous file calls an AtomicSink makes: node:fs, or a test's stand-in that fails on purpose. */
export type SinkFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'fchmodSync' | 'fchownSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

/** A piece as bytes (text in UTF-8). */
export const bytesOf = (piece: string | Uint8Array): Uint8Array => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);

/** The temporary file's name: hidden, beside the target (so the rename stays on one file system). */
export function temporaryBeside(real: string): string {
  return join(dirname(real), `.${randomUUID()}.datakoll.tmp`);
}

/** Writes into a temporary file beside `real` and renames it over `real` on commit. */
export class AtomicSink implements Sink {
  private readonly tmp: string;
  private fd: number | undefined;
  private done = false;

  /**
   * @param real the regular file to replace or create (behind any symbolic links)
   * @param existing its state when it exists: mode and owner are given to the new file
   * @param shown the name messages use
   */
  constructor(
    private readonly real: string,
    private readonly existing: Stats | undefined,
    private readonly shown: string,
    private readonly fs: SinkFs = nodeFs,
  ) {
    this.tmp = temporaryBeside(real);
    // Listed before it exists, so a signal at any moment after removes it.
    addTemporaryPath(this.tmp);
    try {
      // A file only its owner may read until it gets the old file's mode: its data is the old file's data.
      this.fd = this.fs.openSync(this.tmp, 'wx', existing !== undefined ? 0o600 : 0o666);
    } catch (e) {
      dropTemporaryPath(this.tmp);
      this.done = true;
      throw writeError(e, shown, existing !== undefined);
    }
  }

  write(piece: string | Uint8Array): Promise<void> {
    try {
      const bytes = bytesOf(piece);
      let at = 0;
      while (at < bytes.length) at += this.fs.writeSync(this.open(), bytes, at, bytes.length - at);
      return Promise.resolve();
    } catch (e) {
      this.abort();
      return Promise.reject(writeError(e, this.shown, this.existing !== undefined));
    }
  }

  commit(): Promise<void> {
    try {
      const fd = this.open();
      if (this.existing !== undefined) this.keepModeAndOwner(fd, this.existing);
      this.fs.fsyncSync(fd);
      this.fd = undefined;
      this.fs.closeSync(fd);
      this.fs.renameSync(this.tmp, this.real);
    } catch (e) {
      this.abort();
      return Promise.reject(writeError(e, this.shown, this.existing !== undefined));
    }
    this.done = true;
    dropTemporaryPath(this.tmp);
    syncFolder(dirname(this.real));
    return Promise.resolve();
  }

  abort(): void {
    if (this.done) return;
    this.done = true;
    try {
      if (this.fd !== undefined) this.fs.closeSync(this.fd);
    } catch {
      // Removing the file is what matters.
    }
    this.fd = undefined;
    try {
      this.fs.rmSync(this.tmp, { force: true });
      dropTemporaryPath(this.tmp);
    } catch {
      // Left listed: the process's exit handler tries again.
    }
  }

  private open(): number {
    if (this.fd === undefined || this.done) throw new Error('the output was already committed or aborted');
    return this.fd;
  }

  /** Owner first (a change of owner clears the set-user-ID bit), then the mode. */
  private keepModeAndOwner(fd: number, old: Stats): void {
    try {
      this.fs.fchownSync(fd, old.uid, old.gid);
    } catch {
      // Only root may give a file away; keep at least the group when we may.
      try {
        this.fs.fchownSync(fd, -1, old.gid);
      } catch {
        // The new file is then ours, with the old file's mode.
      }
    }
    this.fs.fchmodSync(fd, old.mode & 0o7777);
  }
}

/** Makes the rename itself durable; some file systems cannot sync a folder, which is no error. */
function syncFolder(dir: string): void {
  try {
    const fd = nodeFs.openSync(dir, 'r');
    try {
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
  } catch {
    // Best effort.
  }
}
