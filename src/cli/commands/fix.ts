/**
 * `datakoll fix <file> --spec <spec> -o <out>`: writes the file in the spec's dialect, with a
 * change log. The fix engine is imported when the command runs.
 */
import { createReadStream, existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DatakollError, EXIT } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { collect, registryFor } from '../context.js';
import { atomicWriteStream, writeFileAtomic } from '../output.js';

interface FixFlags {
  spec: string;
  out?: string;
  inPlace?: boolean;
  log?: string;
  delimiter?: string;
  specsDir: string[];
}

function same(a: string, b: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

export function registerFix(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
  program
    .command('fix')
    .description(h('fix'))
    .argument('<file>', h('fixFile'))
    .requiredOption('-s, --spec <spec>', h('spec'))
    .option('-o, --out <file>', h('fixOut'))
    .option('--in-place', h('fixInPlace'))
    .option('--log <file>', h('fixLog'))
    .option('-d, --delimiter <char>', h('delimiter'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .option('--lang <lang>', h('lang'))
    .helpOption('-h, --help', h('help'))
    .action(async (file: string, flags: FixFlags) => {
      if (flags.out === undefined && flags.inPlace !== true) throw new DatakollError('usage', 'fix-no-output', 'Say where to write the fixed file: -o <file>, or --in-place to replace the input', {});
      if (flags.out !== undefined && flags.inPlace === true) throw new DatakollError('usage', 'fix-two-outputs', 'Give either -o <file> or --in-place, not both', {});
      if (flags.out !== undefined && same(flags.out, file)) throw new DatakollError('usage', 'fix-overwrite', `-o names the input file itself; datakoll never overwrites its input unless you say --in-place`, {});
      if (!existsSync(file)) throw new DatakollError('io', 'fix-unreadable', `Cannot read ${file}: no such file`, { file });
      const spec = (await registryFor(flags.specsDir)).resolve(flags.spec);
      const { fixCsv, formatFixLog } = await import('../../fix/index.js');
      const target = flags.inPlace === true ? file : (flags.out as string);
      // Written beside the target and renamed at the end: never half a file.
      const out = atomicWriteStream(target);
      try {
        const result = await fixCsv(createReadStream(file), out.stream, spec, flags.delimiter === undefined ? {} : { delimiter: flags.delimiter });
        await out.commit();
        const log = formatFixLog(result, ctx.lang);
        ctx.io.stdout(log);
        if (flags.log !== undefined) writeFileAtomic(flags.log, log);
        ctx.setExit(result.unfixedCount > 0 ? EXIT.invalid : EXIT.ok);
      } catch (e) {
        out.abort();
        if (e instanceof DatakollError) throw e;
        throw new DatakollError('io', 'fix-failed', `Cannot fix ${file}: ${(e as Error).message}`, { file });
      }
    });
}
