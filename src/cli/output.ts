/**
 * Every file a command writes goes through here: to standard output ("-"), straight into a device
 * or pipe, or atomically into a regular file (a temporary file beside it, flushed and renamed over
 * it when complete, the old file's mode and owner kept, symbolic links kept). A failure is a
 * DatakollError of kind 'write' (exit 4) and leaves no temporary file and the old file as it was.
 */
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import type { Stats } from 'node:fs';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DatakollError } from '../errors.js';
import type { CliIo } from './io.js';
import { appendToFile } from './write/append.js';
import { ownError, writeError } from './write/errors.js';
import { DirectSink } from './write/direct.js';
import { AtomicSink } from './write/sink.js';
import { stdoutSink, textSink } from './write/stdio.js';
import type { Sink } from './write/sink.js';
import { removeMadeFolders, resolveTarget } from './write/target.js';
import type { MadeFolders } from './write/target.js';

export { fileIdentity, refuseClashes, stdinInput } from './write/clash.js';
export type { NamedFile } from './write/clash.js';

/** What a report, a page or a fixed file may be: one text, or its pieces in order (a huge report). */
export type Content = string | Iterable<string>;

/** What a file may be: content, or bytes (a workbook, never sent to standard output as text). */
export type FileContent = Content | Uint8Array;

/**
 * How an output is opened: what a data file's target must be. (The missing folders of an output
 * path the user named are always made, mkdir -p; only the job summary, which GitHub names, is
 * appended to without.)
 */
export interface OutputOptions {
  /** A data file: an existing file nobody may write is replaced only with `force`. */
  readonly guardReadOnly?: boolean;
  readonly force?: boolean;
  /** --in-place: the file must exist and be a regular file. */
  readonly inPlace?: boolean;
  /** The name messages show (default: the path). */
  readonly shown?: string;
}

/** An output being written: pieces go to `stream`; commit() makes it whole, abort() leaves nothing. */
export interface Output {
  readonly stream: Writable;
  commit(): Promise<void>;
  abort(): void;
  /** The write error that ended the output, if one did (exit 4, not a read error). */
  failure(): DatakollError | undefined;
}

function readOnly(path: string, s: Stats): boolean {
  if ((s.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** A sink that also removes the folders made for it when it is given up. */
function removingFolders(sink: Sink, made: MadeFolders | undefined): Sink {
  if (made === undefined) return sink;
  let committed = false;
  return {
    write: (piece) => sink.write(piece).catch((e: unknown) => {
      removeMadeFolders(made);
      throw e;
    }),
    commit: async () => {
      try {
        await sink.commit();
        committed = true;
      } catch (e) {
        removeMadeFolders(made);
        throw e;
      }
    },
    abort: () => {
      sink.abort();
      if (!committed) removeMadeFolders(made);
    },
  };
}

/**
 * Opens the output `path` ("-": standard output). The folders of a path that does not exist are
 * made (and removed again when the output is given up).
 */
export async function openSink(path: string, io: CliIo, options: OutputOptions = {}): Promise<Sink> {
  if (path === '-') return stdoutSink(io);
  const shown = options.shown ?? path;
  // A backstop: flags are checked before (an empty name would be the working folder itself).
  if (path === '') throw new DatakollError('usage', 'output-no-name');
  let target;
  try {
    target = resolveTarget(path, { createFolders: true });
  } catch (e) {
    throw writeError(e, shown);
  }
  if (target.kind !== 'file' && options.inPlace === true) {
    throw new DatakollError('usage', 'in-place-not-a-file', { file: shown });
  }
  if (target.kind === 'stdio') return target.fd === 1 ? stdoutSink(io) : textSink(io.stderr);
  if (target.kind === 'direct') return DirectSink.open(target.path, target.append, shown);
  const existing = target.existing;
  if (existing !== undefined && options.guardReadOnly === true && options.force !== true && readOnly(target.real, existing)) throw writeError(ownError('READONLY'), shown);
  try {
    return removingFolders(new AtomicSink(target.real, existing, shown), target.made);
  } catch (e) {
    removeMadeFolders(target.made);
    throw e;
  }
}

/** An output as a stream, for a writer that streams (the fix engine). Write errors surface in commit(). */
export async function openOutput(path: string, io: CliIo, options: OutputOptions = {}): Promise<Output> {
  const sink = await openSink(path, io, options);
  let failure: unknown;
  const stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => void sink.write(chunk).then(() => done(), done),
  });
  // Remembered for commit(); a writer that does not listen must not crash the process.
  stream.on('error', (e) => void (failure ??= e));
  return {
    stream,
    commit: async () => {
      try {
        stream.end();
        await finished(stream);
      } catch (e) {
        failure ??= e;
      }
      if (failure !== undefined) {
        sink.abort();
        throw writeError(failure, options.shown ?? path);
      }
      await sink.commit();
    },
    abort: () => {
      stream.destroy();
      sink.abort();
    },
    failure: () => (failure === undefined ? undefined : writeError(failure, options.shown ?? path)),
  };
}

/** Writes `content` to the file `path` ("-": standard output), piece by piece. */
export async function writeOutput(path: string, content: FileContent, io: CliIo, options: OutputOptions = {}): Promise<void> {
  const sink = await openSink(path, io, options);
  try {
    for (const piece of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) await sink.write(piece);
    await sink.commit();
  } catch (e) {
    sink.abort();
    throw writeError(e, options.shown ?? path);
  }
}

/** Sends content to standard output, piece by piece. */
export function toStdout(io: CliIo, content: Content): void {
  if (typeof content === 'string') io.stdout(content);
  else for (const piece of content) io.stdout(piece);
}

/** Sends content to the file named by -o (relative to the working folder), or to standard output. */
export async function emit(io: CliIo, content: Content, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') toStdout(io, content);
  else await writeOutput(resolve(io.cwd ?? '.', out), content, io, { shown: out });
}

/** Appends content to a file others append to as well (the job summary): all of it or none. */
export async function appendOutput(path: string, content: Content, io: CliIo): Promise<void> {
  await appendToFile(path, content, (fd, text) => (fd === 1 ? io.stdout(text) : io.stderr(text)));
}
