/** main(argv, io): commander in, exit code out. The CLI is a thin layer over the library API. */
import { Command, CommanderError } from 'commander';
import { DatakollError, EXIT, exitCodeFor } from '../errors.js';
import { langOption, languageFrom } from '../options/rules.js';
import { ERRORS, printable, say } from '../report/index.js';
import type { Lang } from '../report/index.js';
import { VERSION } from '../version.js';
import { registerExplain } from './commands/explain.js';
import { registerFix } from './commands/fix.js';
import { registerHarvest } from './commands/harvest.js';
import { registerServe } from './commands/serve.js';
import { registerSpecs } from './commands/specs.js';
import { registerTemplate } from './commands/template.js';
import { registerValidate } from './commands/validate.js';
import { catalogueErrors, helpIn, usageErrorOf } from './commander-words.js';
import { langFlag, makeContext } from './context.js';
import type { CliIo } from './io.js';
import { PIPE_CLOSED, PIPE_CLOSED_EXIT, STDOUT, writeError } from './write/errors.js';

export { PIPE_CLOSED_EXIT } from './write/errors.js';

/**
 * Finds --lang in argv before commander runs, so help text and every error are in the right
 * language: the last one, as commander takes it, and none after "--". (A value other than sv and
 * en is refused before commander runs, in the locale's language.)
 */
function langFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a === '--lang') found = argv[++i];
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}

/** The language messages are in: --lang, else the locale. */
export function cliLanguage(argv: readonly string[], env: CliIo['env']): Lang {
  return languageFrom(langFromArgv(argv), env);
}

/** The message when standard output itself fails for another reason than a closed pipe (a full disk behind `>`). */
export function stdoutFailure(e: unknown, lang: Lang): string {
  return `datakoll: ${writeError(e, STDOUT).text(lang)}\n`;
}

/** Runs the CLI with the given arguments (without "node" and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const given = langFromArgv(argv);
  const lang = languageFrom(given, io.env);
  try {
    if (given !== undefined) langOption(given);
  } catch (e) {
    return handleError(e, io, lang);
  }
  let exitCode: number = EXIT.ok;
  const ctx = makeContext(io, lang, given !== undefined, (code) => {
    exitCode = code;
  });
  const program = new Command('datakoll')
    .description(ctx.help('program'))
    .version(VERSION, '-V, --version', ctx.help('version'))
    .helpOption('-h, --help', ctx.help('help'))
    .helpCommand('help [command]', ctx.help('helpCommand'))
    // --lang before the command too (datakoll --lang sv validate …), as every command takes it.
    .addOption(langFlag(ctx))
    .configureHelp(helpIn(lang))
    .addHelpText('after', `\n${ctx.help('exitCodes')}`)
    // Help is 80 columns wide but on a terminal (which commander measures), so it reads the same in every pipe and test.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined, ...(io.stdoutIsTTY ? {} : { getOutHelpWidth: () => 80 }), ...(io.stderrIsTTY ? {} : { getErrHelpWidth: () => 80 }) })
    .showSuggestionAfterError(true);
  registerValidate(program, ctx);
  registerSpecs(program, ctx);
  registerTemplate(program, ctx);
  registerFix(program, ctx);
  registerHarvest(program, ctx);
  registerServe(program, ctx);
  registerExplain(program, ctx);
  catalogueErrors(program, lang);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    return handleError(e instanceof CommanderError ? usageErrorOf(e, program, lang) : e, io, lang);
  }
}

/** Turns a thrown error into a one-line diagnostic and an exit code; a stack trace only for a bug. */
function handleError(e: unknown, io: CliIo, lang: Lang): number {
  // (Commander's errors are usage errors of the catalogue by now: what is left is help or the version,
  // shown. Help shown on standard error because no command was given, `datakoll` or `datakoll specs`
  // alone, is a usage error.)
  if (e instanceof CommanderError) return e.code === 'commander.help' ? EXIT.usage : EXIT.ok;
  if (e instanceof DatakollError) {
    if (e.code === PIPE_CLOSED) return PIPE_CLOSED_EXIT;
    // Messages quote file names, spec texts and option values: nothing in them may act on the terminal.
    io.stderr(`datakoll: ${printable(e.text(lang))}\n`);
    return exitCodeFor(e.kind);
  }
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  io.stderr(`datakoll: ${say(ERRORS['internal-error'], lang, { detail: detail.split('\n').map(printable).join('\n') })}\n`);
  return 70;
}
