/**
 * Where fix's output goes: the target and the verifying validator, the same text to both, in
 * pieces of about 64 KB, waiting for either to drain so memory stays bounded.
 */
import type { Writable } from 'node:stream';

const PIECE = 64 * 1024;

/** Text going out: write it, and wait when asked to. */
export interface TextOut {
  write(text: string): void;
  /** A promise to wait for before writing more, or undefined. */
  pace(): Promise<void> | undefined;
}

export class TeeWriter implements TextOut {
  private buffered: string[] = [];
  private size = 0;
  private waits: Promise<void>[] = [];
  private failed: Error | undefined;

  constructor(private readonly outputs: readonly Writable[]) {
    for (const o of outputs) o.on('error', (e: Error) => (this.failed ??= e));
  }

  /** Adds text; it is sent on once enough has gathered. */
  write(text: string): void {
    this.buffered.push(text);
    this.size += text.length;
    if (this.size >= PIECE) this.flush();
  }

  /** A promise to wait for when an output asked to slow down (or failed), else undefined. */
  pace(): Promise<void> | undefined {
    if (this.failed !== undefined) return Promise.reject(this.failed);
    if (this.waits.length === 0) return undefined;
    const all = Promise.all(this.waits).then(() => undefined);
    this.waits = [];
    return all;
  }

  /** Sends what is left (the outputs stay open: their owners end them). */
  async flushAll(): Promise<void> {
    this.flush();
    await this.pace();
    if (this.failed !== undefined) throw this.failed;
  }

  private flush(): void {
    if (this.size === 0) return;
    const text = this.buffered.join('');
    this.buffered = [];
    this.size = 0;
    for (const o of this.outputs) {
      if (!o.write(text)) this.waits.push(drained(o));
    }
  }
}

function drained(o: Writable): Promise<void> {
  return new Promise<void>((ok, fail) => {
    const done = (e?: Error): void => {
      o.off('drain', onDrain);
      o.off('error', done);
      o.off('close', onDrain);
      if (e) fail(e);
      else ok();
    };
    const onDrain = (): void => done();
    o.once('drain', onDrain);
    o.once('error', done);
    o.once('close', onDrain);
  });
}
