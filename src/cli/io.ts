/** The I/O that main() is given, so the CLI runs in memory in tests and against process in bin.ts. */
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Standard output as a byte stream, for output that is streamed there (`fix -o -`) with
   * back-pressure. Absent (tests): such output goes through `stdout` as text.
   */
  readonly stdoutStream?: Writable;
  readonly stdin: Readable;
  /**
   * The device and inode of the file behind standard input when that is a regular file
   * (`datakoll … - < data.csv`), so no output replaces it. Absent: a pipe, a terminal, or tests.
   */
  readonly stdinIdentity?: { readonly dev: bigint; readonly ino: bigint };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour). */
  readonly stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (the progress bar). */
  readonly stderrIsTTY: boolean;
  /**
   * The working folder: where datakoll.config.json is looked for and relative paths start.
   * Absent: the process's (bin.ts always gives it; tests give a temporary folder).
   */
  readonly cwd?: string;
  /**
   * Where the process's temporary files go from now on (worker threads started later too): serve
   * keeps every file its checks write (the duplicate finder's spill, a workbook's sheet) inside its
   * private folder. Absent (tests): they stay in the system's temporary folder.
   */
  readonly useTemporaryFolder?: (dir: string) => void;
}
