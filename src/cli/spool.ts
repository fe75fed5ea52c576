/**
 * fix reads its input more than once (its encoding is weighed over the whole file before a row
 * is written), and standard input, a pipe or a device can be read only once. Such an input is
 * read once, opened as validate opens it (api/source.ts: standard input, a FIFO, a device no
 * further than its limit), into a private temporary file of bounded size, which fix then reads as
 * often as it needs; the file is removed when fix ends, or by bin.ts when a signal ends the run.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { open, unreadableParams } from '../api/source.js';
import { DatakollError } from '../errors.js';
import type { Bilingual } from '../errors.js';
import { IO_PHRASES, reasonText, sayBoth } from '../report/index.js';
import type { Templates } from '../report/index.js';
import { addTemporaryPath, dropTemporaryPath } from '../tempfiles.js';
import { writeError } from './write/errors.js';

/** The most fix keeps of an input that can be read only once (it is written to the temporary folder). */
export const SPOOL_MAX_BYTES = 1024 * 1024 * 1024;

/** An input read once into a temporary file: its path, and remove() when done. */
export interface Spooled {
  readonly path: string;
  remove(): void;
}

/** The name messages give an input: standard input for "-", in the run's language. */
function inputName(given: string): string | Templates {
  return given === '-' ? IO_PHRASES['standard-input'] : given;
}

/** Why an input could not be read, in the words validate's file-unreadable finding uses (exit 3). */
export function unreadableInput(given: string, e: unknown, code: 'fix-unreadable' | 'import-unreadable' = 'fix-unreadable'): DatakollError {
  const params = unreadableParams(e);
  const reason = { en: reasonText('file-unreadable', 'en', params), sv: reasonText('file-unreadable', 'sv', params) };
  return new DatakollError('io', code, { file: inputName(given), reason });
}

/**
 * Reads `given` ("-", a FIFO, a device) once into a temporary file no larger than `max` bytes.
 * Past `max` it is a usage error (exit 2): fix refuses, having written nothing. A read error is
 * exit 3, a temporary file that cannot be written exit 4.
 */
export async function spoolInput(given: string, path: string, stdin: Readable | undefined, options: { max?: number; dir?: string } = {}): Promise<Spooled> {
  const max = options.max ?? SPOOL_MAX_BYTES;
  const folder = join(options.dir ?? tmpdir(), `datakoll-input-${randomUUID()}`);
  const file = join(folder, 'input');
  const copy: Bilingual = sayBoth(IO_PHRASES['temporary-copy'], { file: inputName(given) });
  // Listed before it exists, so a signal at any moment after removes it.
  addTemporaryPath(folder);
  const remove = (): void => {
    try {
      rmSync(folder, { recursive: true, force: true });
      dropTemporaryPath(folder);
    } catch {
      // Left listed: the process's exit handler tries again.
    }
  };
  let fd: number;
  try {
    // Only this user may read the copy: it is the user's data.
    mkdirSync(folder, { mode: 0o700 });
    fd = openSync(file, 'wx', 0o600);
  } catch (e) {
    remove();
    throw writeError(e, copy);
  }
  try {
    await copyInto(fd, given, path, stdin, max, copy);
    closeSync(fd);
    fd = -1;
    return { path: file, remove };
  } catch (e) {
    if (fd !== -1) closeSync(fd);
    remove();
    throw e;
  }
}

/** Copies what `path` gives (`given` as the user named it) once into `fd`, at most `max` bytes; `copy` names the temporary file in messages. */
async function copyInto(fd: number, given: string, path: string, stdin: Readable | undefined, max: number, copy: Bilingual): Promise<void> {
  let stream: Readable;
  let head: Buffer | undefined;
  try {
    const opened = await open(path, undefined, stdin);
    stream = opened.stream;
    // Not text: its first bytes are all fix needs to refuse it, and the rest is not read.
    // (A workbook is copied whole: fix reads its sheet.)
    if (opened.binary !== undefined && opened.binary !== 'xlsx') head = opened.head;
  } catch (e) {
    throw unreadableInput(given, e);
  }
  const pieces: AsyncIterable<Buffer> | Buffer[] = head !== undefined ? [head] : (stream as AsyncIterable<Buffer>);
  let size = 0;
  try {
    for await (const chunk of pieces) {
      size += chunk.length;
      if (size > max) {
        stream.destroy();
        throw tooLarge(given, max);
      }
      try {
        let at = 0;
        while (at < chunk.length) at += writeSync(fd, chunk, at, chunk.length - at);
      } catch (e) {
        stream.destroy();
        throw writeError(e, copy);
      }
    }
  } catch (e) {
    if (e instanceof DatakollError) throw e;
    throw unreadableInput(given, e);
  }
}

function tooLarge(given: string, max: number): DatakollError {
  const mib = max / 1024 / 1024;
  return new DatakollError('usage', 'fix-input-too-large', { file: inputName(given), mib });
}
