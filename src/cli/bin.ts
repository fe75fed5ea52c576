#!/usr/bin/env node
/**
 * The executable: the only code that touches `process`. It also ends the process cleanly: the
 * temporary files of an unfinished write go on every exit it can handle (a normal end, an error,
 * SIGINT, SIGTERM, SIGHUP), and a reader that closes the pipe (`datakoll … | head`) ends it quietly.
 */
import { fstatSync } from 'node:fs';
import { EXIT } from '../errors.js';
import { removeTemporaryPaths } from '../tempfiles.js';
import { cliLanguage, main, PIPE_CLOSED_EXIT, stdoutFailure } from './main.js';

const argv = process.argv.slice(2);

/** The exit code once the process is being ended from outside (a signal, a closed pipe); then nothing more is said. */
let ending: number | undefined;

/**
 * Ends the process: what is half-written is removed, what the run still says is dropped. After a
 * signal it waits a moment, since a worker thread's newest temporary folder may still be on its
 * way to this thread's list (the 'exit' handler removes it then).
 */
function end(code: number, wait: boolean): void {
  if (ending !== undefined) return;
  ending = code;
  process.exitCode = code;
  removeTemporaryPaths();
  if (wait) setTimeout(() => process.exit(code), 20);
  else process.exit(code);
}

process.on('exit', removeTemporaryPaths);
// 128 + the signal's number, as a shell reports a process the signal ended.
for (const [signal, code] of [['SIGHUP', 129], ['SIGINT', 130], ['SIGTERM', 143]] as const) process.on(signal, () => end(code, true));

// A closed pipe is no error of ours: end at once, quietly, as `cat` does.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE' && ending === undefined) process.stderr.write(stdoutFailure(e, cliLanguage(argv, process.env)));
  end(e.code === 'EPIPE' ? PIPE_CLOSED_EXIT : EXIT.writeFailed, false);
});
process.stderr.on('error', (e: NodeJS.ErrnoException) => end(e.code === 'EPIPE' ? PIPE_CLOSED_EXIT : EXIT.writeFailed, false));

/** The file behind standard input, when it is a regular one (`datakoll fix - … < data.csv`): no output may replace it. */
function stdinIdentity(): { dev: bigint; ino: bigint } | undefined {
  try {
    const s = fstatSync(0, { bigint: true });
    return s.isFile() ? { dev: s.dev, ino: s.ino } : undefined;
  } catch {
    // No standard input at all (closed): nothing to protect.
    return undefined;
  }
}

const stdinFile = stdinIdentity();
const code = await main(argv, {
  stdout: (s) => void (ending === undefined && process.stdout.write(s)),
  stderr: (s) => void (ending === undefined && process.stderr.write(s)),
  stdoutStream: process.stdout,
  stdin: process.stdin,
  ...(stdinFile !== undefined ? { stdinIdentity: stdinFile } : {}),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  // os.tmpdir() reads TMPDIR at every call, and worker threads get the environment they start with.
  useTemporaryFolder: (dir) => void (process.env.TMPDIR = dir),
});
if (ending === undefined) process.exitCode = code;
