/** `datakoll validate <files...> --spec <spec>`. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { Chalk } from 'chalk';
import { validateFiles } from '../../api.js';
import { EXIT } from '../../errors.js';
import { FORMATTERS, NO_COLORS } from '../../formatters/index.js';
import type { Colors } from '../../formatters/index.js';
import { parseValidateOptions } from '../../options/index.js';
import type { CommandContext } from '../context.js';
import { collect, registryFor } from '../context.js';
import type { CliIo } from '../io.js';

function colorsFor(io: CliIo, wanted: boolean): Colors {
  if (!wanted || !io.stdoutIsTTY || io.env.NO_COLOR !== undefined) return NO_COLORS;
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, blue: c.blue, green: c.green, dim: c.dim, bold: c.bold };
}

export function registerValidate(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
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
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .option('--no-color', h('noColor'))
    .helpOption('-h, --help', h('help'))
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const opts = parseValidateOptions({ ...raw, lang: ctx.lang });
      const report = await validateFiles(files, {
        spec: opts.spec,
        registry: registryFor(opts.specsDir),
        maxErrors: opts.maxErrors,
        stdin: ctx.io.stdin,
        ...(opts.inputFormat !== undefined ? { format: opts.inputFormat } : {}),
        ...(opts.delimiter !== undefined ? { delimiter: opts.delimiter } : {}),
      });
      ctx.io.stdout(FORMATTERS[opts.format](report, { lang: ctx.lang, colors: colorsFor(ctx.io, opts.color) }));
      const s = report.summary;
      ctx.setExit(s.unreadableFiles > 0 ? EXIT.unreadable : s.invalidFiles > 0 ? EXIT.invalid : EXIT.ok);
    });
}
