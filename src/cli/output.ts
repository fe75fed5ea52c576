/** Writes a command's output to stdout or, atomically, to a file (temporary file, then rename). */
import { closeSync, createWriteStream, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { DatakollError } from '../errors.js';
import type { CliIo } from './io.js';

/** The temporary file beside a target, renamed onto it when complete. */
function tempBeside(path: string): string {
  return join(dirname(resolve(path)), `.${randomUUID()}.datakoll.tmp`);
}

/** A stream to a file that appears only when commit() renames it into place; abort() leaves nothing. */
export function atomicWriteStream(path: string): { stream: WriteStream; commit(): Promise<void>; abort(): void } {
  const tmp = tempBeside(path);
  const stream = createWriteStream(tmp);
  return {
    stream,
    commit: () =>
      new Promise<void>((ok, fail) =>
        stream.end((e?: Error | null) => {
          if (e) return fail(e);
          renameSync(tmp, path);
          ok();
        }),
      ),
    abort: () => {
      stream.destroy();
      rmSync(tmp, { force: true });
    },
  };
}

/** Writes text (whole, or in pieces) to a file so that no half-written file is ever left behind. */
export function writeFileAtomic(path: string, text: string | Iterable<string>): void {
  const tmp = tempBeside(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (typeof text === 'string') writeFileSync(tmp, text);
    else writePieces(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    throw new DatakollError('usage', 'write-failed', `Cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: path });
  }
}

function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const p of pieces) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
}

/** Sends text to the file named by -o, or to stdout. */
export function emit(io: CliIo, text: string, out: string | undefined): void {
  if (out === undefined || out === '-') io.stdout(text);
  else writeFileAtomic(out, text);
}
