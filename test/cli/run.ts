/** Runs main() in memory and captures what it writes. */
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], options: { stdin?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdin: Readable.from([Buffer.from(options.stdin ?? '')], { objectMode: false }),
    env: options.env ?? { LANG: 'C' },
    stdoutIsTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}
