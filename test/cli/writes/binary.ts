/** Runs the built binary as a user does (npm test builds first), and makes the files the write tests need. */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { chmodSync, closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../helpers.js';

export const BIN = fileURLToPath(new URL('../../../dist/cli/bin.js', import.meta.url));

export interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const ENV = { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '1', CI: '1' };

/** Whether the tests run as root (then a folder's permissions do not stop a write, and an unprivileged user is borrowed). */
export const ROOT = process.getuid?.() === 0;

/** A user without privileges, for root to run the binary as (nobody). */
export const NOBODY = { uid: 65534, gid: 65534 };

/**
 * A character device to write to: as root a copy made with mknod in `dir` (a version that renames
 * over its target must never get the real one), else the real one, which only root could replace.
 */
export function device(dir: string, name: 'null' | 'full'): string {
  if (!ROOT) return `/dev/${name}`;
  const path = join(dir, name);
  if (spawnSync('mknod', [path, 'c', '1', name === 'null' ? '3' : '7']).status !== 0) throw new Error(`cannot make ${path}`);
  return path;
}

/** Runs the binary to its end. */
export function datakoll(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; asNobody?: boolean } = {}): BinRun {
  if (options.asNobody === true && ROOT) nobodyCanRun();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    env: { ...ENV, ...options.env },
    ...(options.asNobody === true && ROOT ? NOBODY : {}),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the binary; the caller waits with ended(). */
export function start(args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { env: ENV, ...options });
}

/** The exit code and signal of a started process, and what it wrote to stderr. */
export function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (s: string) => void (stderr += s));
  return new Promise((ok) => child.on('close', (code, signal) => ok({ code, signal, stderr })));
}

/**
 * Whether nobody can run the checkout's binary: a checkout inside a folder only root may enter
 * (`mktemp -d` makes one, mode 700) cannot be tested as nobody; say so rather than fail with
 * "Cannot find module".
 */
function nobodyCanRun(): void {
  const r = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`], { ...NOBODY, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the tests that run datakoll as nobody need a checkout nobody may read: ${BIN} is not readable for nobody (clone into a folder others may enter, e.g. chmod 755 on the folder mktemp -d made)`);
}

/** A folder every user may read (the binary run as nobody reads its inputs there). */
export function openDir(): string {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * Writes a large badplatser CSV file as an Excel export gives it (semicolons, decimal commas),
 * so `fix` changes every row: `rows` rows of about 30 bytes.
 */
export function writeBigExport(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, 'place_id;name;latitude;longitude\n');
    const lines: string[] = [];
    for (let i = 1; i <= rows; i++) {
      lines.push(`${i};Badplats ${i};57,${i % 1000};11,${i % 997}\n`);
      if (lines.length === 10_000) writeSync(fd, lines.splice(0).join(''));
    }
    writeSync(fd, lines.join(''));
  } finally {
    closeSync(fd);
  }
}

/** Names in a folder that are datakoll's temporary files or folders. */
export const temporary = (names: readonly string[]): string[] => names.filter((n) => n.endsWith('.datakoll.tmp') || n.startsWith('datakoll-keys-'));
