/** How bytes reach a device, pipe or terminal: straight into it, never through a temporary file or a rename. */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { writeError } from './errors.js';
import { bytesOf } from './sink.js';
import type { Sink } from './sink.js';

/** Writes straight into a device, pipe or terminal (asynchronously: a pipe may wait for its reader). */
export class DirectSink implements Sink {
  private constructor(
    private handle: FileHandle | undefined,
    private readonly shown: string,
  ) {}

  /** Opens `path` for writing without creating, truncating or renaming anything. */
  static async open(path: string, append: boolean, shown: string): Promise<DirectSink> {
    const { O_WRONLY, O_APPEND, O_NOCTTY } = constants;
    try {
      return new DirectSink(await open(path, O_WRONLY | O_NOCTTY | (append ? O_APPEND : 0)), shown);
    } catch (e) {
      throw writeError(e, shown);
    }
  }

  async write(piece: string | Uint8Array): Promise<void> {
    const bytes = bytesOf(piece);
    try {
      let at = 0;
      while (at < bytes.length) at += (await this.opened().write(bytes, at, bytes.length - at)).bytesWritten;
    } catch (e) {
      this.abort();
      throw writeError(e, this.shown);
    }
  }

  async commit(): Promise<void> {
    const h = this.opened();
    this.handle = undefined;
    try {
      await h.close();
    } catch (e) {
      throw writeError(e, this.shown);
    }
  }

  abort(): void {
    const h = this.handle;
    this.handle = undefined;
    void h?.close().catch(() => undefined);
  }

  private opened(): FileHandle {
    if (this.handle === undefined) throw new Error('the output was already committed or aborted');
    return this.handle;
  }
}
