/** `datakoll template <spec>`: a conformant starting file (what it needs is imported when it runs). */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { collect, langFlag, pathIn, registryFor, specIn } from '../context.js';
import { outputFileOption } from '../../options/rules.js';
import { emit } from '../output.js';

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
      const { csvTemplate, jsonTemplate } = await import('../../authoring/template.js');
      await emit(ctx.io, opts.format === 'json' ? jsonTemplate(spec) : csvTemplate(spec), opts.out);
    });
}
