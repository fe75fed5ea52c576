/** `datakoll template <spec>`: a conformant starting file (what it needs is imported when it runs). */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { collect, langFlag, pathIn, registryFor, specIn } from '../context.js';
import { outputFileOption } from '../../options/rules.js';
import { emit, writeOutput } from '../output.js';

export function registerTemplate(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
  program
    .command('template')
    .description(h('template'))
    .argument('<spec>', h('templateSpec'))
    .option('-f, --format <format>', h('templateFormat'), 'csv')
    .option('-o, --out <file>', h('out'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .addOption(langFlag(ctx))
    .helpOption('-h, --help', h('help'))
    .action(async (ref: string, raw: Record<string, unknown>) => {
      outputFileOption('-o', raw.out as string | undefined);
      const opts = (await import('../../options/commands.js')).parseTemplateOptions({ ...raw, lang: ctx.lang });
      const spec = (await registryFor(opts.specsDir.map((d) => pathIn(ctx, d)))).resolve(specIn(ctx, ref));
      if (opts.format === 'xlsx') {
        // parseTemplateOptions made sure of a file: a workbook is bytes, written atomically like any file.
        const { xlsxTemplate } = await import('../../authoring/xlsx-template.js');
        const out = opts.out as string;
        await writeOutput(pathIn(ctx, out), await xlsxTemplate(spec, ctx.lang), ctx.io, { shown: out });
        return;
      }
      const { csvTemplate, jsonTemplate } = await import('../../authoring/template.js');
      await emit(ctx.io, opts.format === 'json' ? jsonTemplate(spec) : csvTemplate(spec), opts.out);
    });
}
