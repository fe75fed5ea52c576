/** main(argv, io): commander in, exit code out. The CLI is a thin layer over the library API. */
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import { validateFiles } from '../api.js';
import { DatakollError, EXIT, exitCodeFor } from '../errors.js';
import { FORMATTERS, NO_COLORS } from '../formatters/index.js';
import type { Colors } from '../formatters/index.js';
import { languageFrom, parseListOptions, parseValidateOptions } from '../options/index.js';
import { Registry } from '../registry/index.js';
import type { Lang } from '../report/index.js';
import { VERSION } from '../version.js';
import { HELP } from './help.js';
import type { HelpKey } from './help.js';
import type { CliIo } from './io.js';
import { formatSpecList, formatSpecShow } from './specs-output.js';

/** Finds --lang in argv before commander runs, so help text is in the right language. */
function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

function colorsFor(io: CliIo, wanted: boolean): Colors {
  if (!wanted || !io.stdoutIsTTY || io.env.NO_COLOR !== undefined) return NO_COLORS;
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, blue: c.blue, green: c.green, dim: c.dim, bold: c.bold };
}

/** Runs the CLI with the given arguments (without "node" and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = languageFrom(langFromArgv(argv), io.env);
  const h = (k: HelpKey): string => HELP[k][lang];
  let exitCode: number = EXIT.ok;
  const program = new Command('datakoll')
    .description(h('program'))
    .version(VERSION, '-V, --version', h('version'))
    .helpOption('-h, --help', h('help'))
    .addHelpText('after', `\n${h('exitCodes')}`)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .showSuggestionAfterError(true);

  program
    .command('validate')
    .description(h('validate'))
    .argument('<files...>', h('files'))
    .requiredOption('-s, --spec <spec>', h('spec'))
    .addOption(new Option('-f, --format <format>', h('format')).default('text'))
    .option('--lang <lang>', h('lang'))
    .option('--max-errors <n>', h('maxErrors'), '1000')
    .addOption(new Option('--input-format <format>', h('inputFormat')))
    .option('-d, --delimiter <char>', h('delimiter'))
    .option('--no-color', h('noColor'))
    .helpOption('-h, --help', h('help'))
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const opts = parseValidateOptions({ ...raw, lang });
      const report = await validateFiles(files, {
        spec: opts.spec,
        maxErrors: opts.maxErrors,
        stdin: io.stdin,
        ...(opts.inputFormat !== undefined ? { format: opts.inputFormat } : {}),
        ...(opts.delimiter !== undefined ? { delimiter: opts.delimiter } : {}),
      });
      io.stdout(FORMATTERS[opts.format](report, { lang, colors: colorsFor(io, opts.color) }));
      const s = report.summary;
      exitCode = s.unreadableFiles > 0 ? EXIT.unreadable : s.invalidFiles > 0 ? EXIT.invalid : EXIT.ok;
    });

  const specs = program.command('specs').description(h('specs')).helpOption('-h, --help', h('help'));
  specs
    .command('list')
    .description(h('specsList'))
    .option('-f, --format <format>', h('listFormat'), 'text')
    .option('--lang <lang>', h('lang'))
    .helpOption('-h, --help', h('help'))
    .action((raw: Record<string, unknown>) => {
      const opts = parseListOptions({ ...raw, lang });
      io.stdout(formatSpecList(new Registry().list(), opts.format, lang));
    });
  specs
    .command('show')
    .description(h('specsShow'))
    .argument('<spec>', h('specId'))
    .option('-f, --format <format>', h('listFormat'), 'text')
    .option('--lang <lang>', h('lang'))
    .helpOption('-h, --help', h('help'))
    .action((id: string, raw: Record<string, unknown>) => {
      const opts = parseListOptions({ ...raw, lang });
      io.stdout(formatSpecShow(new Registry().resolve(id), opts.format, lang));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    return handleError(e, io, lang);
  }
}

/** Turns a thrown error into a one-line diagnostic and an exit code; a stack trace only for a bug. */
function handleError(e: unknown, io: CliIo, lang: Lang): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    io.stderr(`datakoll: ${e.message.replace(/^error: /, '')}\n`);
    return EXIT.usage;
  }
  if (e instanceof DatakollError) {
    io.stderr(`datakoll: ${e.message}\n`);
    return exitCodeFor(e.kind);
  }
  const word = lang === 'sv' ? 'internt fel (rapportera gärna detta)' : 'internal error (please report this)';
  io.stderr(`datakoll: ${word}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 70;
}
