/**
 * Refuses a run whose output is one of its inputs (a data file, the spec, the config file) or
 * another of its outputs, before anything is read or written. Files are compared as the system
 * sees them: through symbolic and hard links (device and inode) when the file exists, else by
 * the real path of its folder and its name. Terminals and other character devices are exempt:
 * writing to /dev/null twice overwrites nothing. Standard input ("-") is the file behind it when
 * that is a regular file (`< data.csv`), as bin.ts saw it (`CliIo.stdinIdentity`).
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DatakollError } from '../../errors.js';
import { printable } from '../../formatters/shared.js';
import { IO_PHRASES, sayBoth } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { followLinks } from './target.js';

/** A file of the run, with the name messages show. */
export interface NamedFile {
  readonly path: string;
  readonly shown: string;
  /** What identifies it when its path cannot say (standard input); else fileIdentity(path). */
  readonly identity?: string;
}

/** Standard input as an input of the run, when a regular file is behind it; else none (a pipe or a terminal is never an output's file). */
export function stdinInput(io: CliIo): NamedFile[] {
  const s = io.stdinIdentity;
  return s === undefined ? [] : [{ path: '-', shown: '-', identity: `inode:${s.dev}:${s.ino}` }];
}

/** What identifies a file, or undefined for a character device. */
export function fileIdentity(path: string): string | undefined {
  let final = resolve(path);
  try {
    final = followLinks(path).final;
    const s = statSync(path, { bigint: true });
    if (s.isCharacterDevice()) return undefined;
    return `inode:${s.dev}:${s.ino}`;
  } catch {
    // Not there (yet): it is the name in its real folder.
  }
  try {
    return `path:${join(realpathSync(dirname(final)), basename(final))}`;
  } catch {
    return `path:${final}`;
  }
}

/** Throws a usage error (exit 2) naming both files when an output is an input or another output. */
export function refuseClashes(inputs: readonly NamedFile[], outputs: readonly NamedFile[]): void {
  const read = new Map<string, NamedFile>();
  for (const i of inputs) {
    const id = i.identity ?? fileIdentity(i.path);
    if (id !== undefined && !read.has(id)) read.set(id, i);
  }
  const written = new Map<string, NamedFile>();
  for (const o of outputs) {
    const id = fileIdentity(o.path);
    if (id === undefined) continue;
    const input = read.get(id);
    const out = printable(o.shown);
    if (input !== undefined) {
      const stdin = input.identity !== undefined;
      const inp = printable(input.shown);
      throw new DatakollError('usage', 'output-is-input', { file: out, input: stdin ? IO_PHRASES['standard-input'] : sayBoth(IO_PHRASES['the-input'], { file: inp }) });
    }
    const other = written.get(id);
    if (other !== undefined) {
      const first = printable(other.shown);
      throw new DatakollError('usage', 'outputs-clash', { clash: sayBoth(IO_PHRASES['same-outputs'], { first, second: out }), advice: IO_PHRASES['same-outputs-advice'] });
    }
    written.set(id, o);
  }
}
