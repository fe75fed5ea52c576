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
import { encodingOption } from '../../options/validate.js';

interface FixFlags {
  spec: string;
  out?: string;
  inPlace?: boolean;
  log?: string;
  delimiter?: string;
  inputFormat?: string;
  records?: string;
  encoding?: string;
  specsDir: string[];
}

function same(a: string, b: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/** --input-format of fix: csv, json or jsonl. */
function inputFormatOf(v: string | undefined): 'csv' | 'json' | 'jsonl' | undefined {
  if (v === undefined || v === 'csv' || v === 'json' || v === 'jsonl') return v;
  throw new DatakollError('usage', 'bad-input-format', { en: `--input-format must be csv, json or jsonl (given: ${JSON.stringify(v)})`, sv: `--input-format ska vara csv, json eller jsonl (angivet: ${JSON.stringify(v)})` }, { given: v });
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
    .option('--input-format <format>', h('inputFormat'))
    .option('--records <pointer>', h('records'))
    .option('--encoding <name>', h('encoding'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .option('--lang <lang>', h('lang'))
    .helpOption('-h, --help', h('help'))
    .action(async (file: string, flags: FixFlags) => {
      if (flags.out === undefined && flags.inPlace !== true) throw new DatakollError('usage', 'fix-no-output', 'Say where to write the fixed file: -o <file>, or --in-place to replace the input', {});
      if (flags.out !== undefined && flags.inPlace === true) throw new DatakollError('usage', 'fix-two-outputs', 'Give either -o <file> or --in-place, not both', {});
      if (flags.out !== undefined && same(flags.out, file)) throw new DatakollError('usage', 'fix-overwrite', `-o names the input file itself; datakoll never overwrites its input unless you say --in-place`, {});
      if (!existsSync(file)) throw new DatakollError('io', 'fix-unreadable', `Cannot read ${file}: no such file`, { file });
      const spec = (await registryFor(flags.specsDir)).resolve(flags.spec);
      const format = inputFormatOf(flags.inputFormat);
      const encoding = flags.encoding === undefined ? undefined : encodingOption(flags.encoding);
      const { fixFile, formatFixLog } = await import('../../fix/index.js');
      const target = flags.inPlace === true ? file : (flags.out as string);
      // Written beside the target and renamed at the end: never half a file. Opened only once
      // fix has checked that it can write the input in its own format.
      let out: ReturnType<typeof atomicWriteStream> | undefined;
      const open = (): ReturnType<typeof atomicWriteStream>['stream'] => (out = atomicWriteStream(target)).stream;
      try {
        const options = {
          ...(flags.delimiter !== undefined ? { delimiter: flags.delimiter } : {}),
          ...(format !== undefined ? { format } : {}),
          ...(flags.records !== undefined ? { records: flags.records } : {}),
          ...(encoding !== undefined ? { encoding } : {}),
        };
        const result = await fixFile({ name: file, open: () => createReadStream(file) }, open, spec, options);
        await out?.commit();
        ctx.io.stdout(formatFixLog(result, ctx.lang));
        // The log file lists every error left, not only the first ones.
        if (flags.log !== undefined) writeFileAtomic(flags.log, formatFixLog(result, ctx.lang, { all: true }));
        ctx.setExit(result.unfixedCount > 0 ? EXIT.invalid : EXIT.ok);
      } catch (e) {
        out?.abort();
        if (e instanceof DatakollError) throw e;
        throw new DatakollError('io', 'fix-failed', `Cannot fix ${file}: ${(e as Error).message}`, { file });
      }
    });
}
