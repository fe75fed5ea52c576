/** What every command gets: the I/O, the language, help texts, and a way to set the exit code. */
import { isAbsolute, resolve } from 'node:path';
import { Option } from 'commander';
import { langOption } from '../options/rules.js';
import type { Lang } from '../report/index.js';
import { looksLikePath, looksLikeUrl } from '../registry/index.js';
import type { Registry } from '../registry/index.js';
import { HELP } from '../report/index.js';
import type { HelpKey } from '../report/index.js';
import type { CliIo } from './io.js';

export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  /** Whether --lang was given anywhere on the command line (it then wins over the config file's "lang"). */
  readonly langGiven: boolean;
  readonly help: (key: HelpKey) => string;
  setExit(code: number): void;
}

export function makeContext(io: CliIo, lang: Lang, langGiven: boolean, setExit: (code: number) => void): CommandContext {
  return { io, lang, langGiven, help: (k) => HELP[k][lang], setExit };
}

/** --lang, the same on every command: sv or en, anything else a usage error (exit 2) before the command runs. */
export function langFlag(ctx: CommandContext): Option {
  return new Option('--lang <lang>', ctx.help('lang')).argParser(langOption);
}

/** The working folder main() was given: where relative paths start. */
export function cwdOf(ctx: CommandContext): string {
  return resolve(ctx.io.cwd ?? '.');
}

/** A path the user gave, resolved against the working folder ("-" stays standard input or output). */
export function pathIn(ctx: CommandContext, p: string): string {
  return p === '-' || isAbsolute(p) ? p : resolve(cwdOf(ctx), p);
}

/** A --spec reference: a path to a spec file is resolved against the working folder; an id or a URL is left as it is. */
export function specIn(ctx: CommandContext, ref: string): string {
  return looksLikePath(ref) && !looksLikeUrl(ref) ? resolve(cwdOf(ctx), ref) : ref;
}

/** Collects a repeatable option (--specs-dir a --specs-dir b). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The registry of the bundled specs plus the user's folders (imported when a command runs, not for --help). */
export async function registryFor(specsDirs: readonly string[]): Promise<Registry> {
  const { Registry } = await import('../registry/index.js');
  return new Registry({ specsDirs });
}
