/** What every command gets: the I/O, the language, help texts, and a way to set the exit code. */
import type { Lang } from '../report/index.js';
import type { Registry } from '../registry/index.js';
import { HELP } from './help.js';
import type { HelpKey } from './help.js';
import type { CliIo } from './io.js';

export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly help: (key: HelpKey) => string;
  setExit(code: number): void;
}

export function makeContext(io: CliIo, lang: Lang, setExit: (code: number) => void): CommandContext {
  return { io, lang, help: (k) => HELP[k][lang], setExit };
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
