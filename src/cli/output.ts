/** Writes a command's output to stdout or, atomically, to a file (temporary file, then rename). */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { DatakollError } from '../errors.js';
import type { CliIo } from './io.js';

/** Writes text to a file so that no half-written file is ever left behind. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${randomUUID()}.datakoll.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    throw new DatakollError('usage', 'write-failed', `Cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: path });
  }
}

/** Sends text to the file named by -o, or to stdout. */
export function emit(io: CliIo, text: string, out: string | undefined): void {
  if (out === undefined || out === '-') io.stdout(text);
  else writeFileAtomic(out, text);
}
