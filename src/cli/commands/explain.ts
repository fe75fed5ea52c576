/** `datakoll explain <code>`: what a finding's code means, why the specification asks for it, how to fix it (report/explain.ts). */
import type { Command } from 'commander';
import { DatakollError } from '../../errors.js';
import { ALL_CODES, explainText, printable } from '../../report/index.js';
import type { Code } from '../../report/index.js';
import { suggestIds } from '../../registry/suggest.js';
import type { CommandContext } from '../context.js';
import { langFlag } from '../context.js';

/** The code named, or a usage error that suggests the codes it is a slip of. */
export function codeNamed(given: string): Code {
  const code = given.trim().toLowerCase();
  if ((ALL_CODES as readonly string[]).includes(code)) return code as Code;
  const shown = printable(given.slice(0, 100));
  const meant = suggestIds(given, ALL_CODES);
  if (meant.length > 0) throw new DatakollError('usage', 'code-unknown-meant', { code: shown, meant: meant.join(', '), count: meant.length });
  throw new DatakollError('usage', 'code-unknown', { code: shown });
}

export function registerExplain(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
  program
    .command('explain')
    .description(h('explain'))
    .argument('<code>', h('explainCode'))
    .addOption(langFlag(ctx))
    .helpOption('-h, --help', h('help'))
    .action((given: string) => {
      ctx.io.stdout(explainText(codeNamed(given), ctx.lang));
    });
}
