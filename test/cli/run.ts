/** Runs main() in memory and captures what it writes. */
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Buffer;
  /** Hand standard input on in chunks of this many bytes, as a pipe does (default: one chunk). */
  stdinChunk?: number;
  env?: Record<string, string>;
  /** stdout is a terminal. */
  tty?: boolean;
  /** stderr is a terminal. */
  stderrTty?: boolean;
  /** The working folder (default: the process's). */
  cwd?: string;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdin: Readable.from(chunks(Buffer.from(options.stdin ?? ''), options.stdinChunk), { objectMode: false }),
    env: options.env ?? { LANG: 'C' },
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.stderrTty ?? false,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

function chunks(all: Buffer, size: number | undefined): Buffer[] {
  if (size === undefined || all.length <= size) return [all];
  const out: Buffer[] = [];
  for (let at = 0; at < all.length; at += size) out.push(all.subarray(at, at + size));
  return out;
}
