/**
 * Opens what is to be validated (a file, "-" for standard input, a URL or a stream) once, and
 * reads its first chunk: the format, whether it is text at all, and a stream that still starts
 * with that chunk. Only regular files are read by position (and cut for threads); pipes, FIFOs,
 * process substitutions and devices are read once, as streams.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputFormat } from '../report/index.js';
import { reasonText } from '../report/index.js';
import { unreadableParams } from '../input/errno.js';
import { binaryKindOf, DEFAULT_REMOTE_LIMITS, formatFromBytes, isUrl, openUrl, peek, releasing } from '../input/index.js';
import type { BinaryKind, RemoteLimits } from '../input/index.js';

/** A file or stream opened for reading, its first chunk read. */
export interface Opened {
  readonly stream: Readable;
  readonly format: InputFormat;
  /** The first chunk, still at the start of the stream. */
  readonly head: Buffer;
  /** The stream ended within the first chunks: head is the whole input. */
  readonly whole: boolean;
  /** Size in bytes of a regular file on disk: only such a file is read by position or by threads. */
  readonly size?: number;
  /** What the first bytes say the input is, when it is not text: it is not read further. */
  readonly binary?: BinaryKind;
}

const CHUNK = 256 * 1024;
/** Names of standard input as a path. When it is a socket (as Node makes it for a child's input), it cannot be opened by name. */
const STDIN_PATHS: ReadonlySet<string> = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);
/**
 * A character device is read as a stream, but no further than this: a terminal or /dev/null
 * ends, /dev/zero never does. (/dev/zero and /dev/urandom are binary from their first bytes on.)
 */
export const DEVICE_MAX_BYTES = 64 * 1024 * 1024;

/** Why a file could not be read, with a code that reasonOf() turns into a reason token. */
function failure(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * Opens a file, "-" (stdin), a URL or a stream and reads its first chunk. A regular file gets its
 * size; anything else is opened exactly once and read as a stream. `format` forces the format.
 */
export async function open(file: string | Readable, format: InputFormat | undefined, stdin: Readable | undefined, remote: Partial<RemoteLimits> = {}): Promise<Opened> {
  let stream: Readable;
  let size: number | undefined;
  if (typeof file !== 'string') stream = file;
  else if (isUrl(file)) stream = (await openUrl(file, { ...DEFAULT_REMOTE_LIMITS, ...remote })).stream;
  else if (file === '-') {
    if (stdin === undefined) throw failure('standard input is not available', 'ENOSTDIN');
    stream = stdin;
  } else {
    const s = await stat(file);
    if (s.isDirectory()) throw failure('is a folder', 'EISDIR');
    // A FIFO or a process substitution (/dev/fd/63) has no size and cannot be read by position.
    if (s.isFile()) size = s.size;
    if (s.isSocket() && STDIN_PATHS.has(file) && stdin !== undefined) stream = stdin;
    else stream = createReadStream(file, { highWaterMark: CHUNK });
    if (s.isCharacterDevice()) stream = limited(stream, DEVICE_MAX_BYTES);
  }
  const sniffed = await sniff(stream);
  const opened = size !== undefined ? { ...sniffed, size } : sniffed;
  return format === undefined ? opened : { ...opened, format };
}

/** Reads the first chunk to decide the format, then hands on a stream that still starts with it. */
async function sniff(stream: Readable): Promise<Opened> {
  const { head, stream: rest, whole } = await peek(stream);
  const binary = binaryKindOf(head);
  if (binary !== undefined) {
    // A workbook is read whole (from standard input or a web address through a temporary file); anything else not at all.
    if (binary === 'xlsx') return { stream: rest, format: 'csv', head, whole, binary };
    rest.destroy();
    return { stream: rest, format: 'csv', head, whole, binary };
  }
  return { stream: rest, format: formatFromBytes(head), head, whole };
}

/** The stream's bytes up to `max`; past it the stream fails with a device-limit reason (see reasonOf). */
export function limited(stream: Readable, max: number): Readable {
  let bytes = 0;
  const pass = async function* (): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      if (bytes > max) {
        stream.destroy();
        throw failure(`a device gave more than ${max} bytes`, 'EDEVICELIMIT');
      }
      yield chunk as Buffer;
    }
  };
  return releasing(stream, pass());
}

export { reasonOf, unreadableParams } from '../input/errno.js';

/** Why a worker thread failed, in the catalogue's words in both languages (a reason of file-unreadable: out of memory, or the system's own name of the error). */
export function failureWords(e: unknown): { readonly sv: string; readonly en: string } {
  const params = unreadableParams(e);
  return { sv: reasonText('file-unreadable', 'sv', params), en: reasonText('file-unreadable', 'en', params) };
}

/** Why a worker thread failed, for the note that the file was read again: the error's own words (a worker's are Node's). */
export function failureText(e: unknown): string {
  return e instanceof Error && e.message !== '' ? e.message : String(e);
}

/** Passes a stream's chunks on unchanged, reporting the bytes read so far. */
export function counted(stream: Readable, file: string, totalBytes: number | undefined, onProgress: (p: { file: string; bytes: number; totalBytes?: number }) => void): Readable {
  let bytes = 0;
  const pass = async function* (): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      onProgress({ file, bytes, ...(totalBytes !== undefined ? { totalBytes } : {}) });
      yield chunk as Buffer;
    }
  };
  return releasing(stream, pass());
}
