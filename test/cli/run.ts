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
    stdin: Readable.from([Buffer.from(options.stdin ?? '')], { objectMode: false }),
    env: options.env ?? { LANG: 'C' },
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.stderrTty ?? false,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
