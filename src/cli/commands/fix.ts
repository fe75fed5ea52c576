/**
 * `datakoll fix <file> --spec <spec> -o <out>`: writes the file in the spec's dialect, with a
 * change log. The fix engine is imported when the command runs.
 */
import { createReadStream, existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DatakollError, EXIT } from '../../errors.js';
import { printable } from '../../formatters/shared.js';
import type { CommandContext } from '../context.js';
import { collect, registryFor } from '../context.js';
import { fileIdentity, openOutput, openSink, refuseClashes } from '../output.js';
import type { NamedFile } from '../output.js';

interface FixFlags {
  spec: string;
  out?: string;
  inPlace?: boolean;
  log?: string;
  force?: boolean;
  delimiter?: string;
  specsDir: string[];
}

/** The usage mistakes found before anything is read: where to write, and never over the input. */
function checkTargets(file: string, flags: FixFlags): void {
  if (flags.out === undefined && flags.inPlace !== true) throw new DatakollError('usage', 'fix-no-output', { en: 'Say where to write the fixed file: -o <file>, or --in-place to replace the input', sv: 'Ange var den rättade filen ska skrivas: -o <fil>, eller --in-place för att ersätta indatafilen' });
  if (flags.out !== undefined && flags.inPlace === true) throw new DatakollError('usage', 'fix-two-outputs', { en: 'Give either -o <file> or --in-place, not both', sv: 'Ange antingen -o <fil> eller --in-place, inte båda' });
  if (!existsSync(file)) throw new DatakollError('io', 'fix-unreadable', { en: `Cannot read ${printable(file)}: no such file`, sv: `Kan inte läsa ${printable(file)}: filen finns inte` }, { file });
  if (flags.out !== undefined && flags.out !== '-' && fileIdentity(flags.out) === fileIdentity(file)) {
    throw new DatakollError('usage', 'fix-overwrite', { en: '-o names the input file itself; datakoll never overwrites its input unless you say --in-place', sv: '-o anger själva indatafilen; datakoll skriver aldrig över sin indatafil om du inte anger --in-place' }, { file });
  }
  if (flags.out === '-' && flags.log === '-') throw new DatakollError('usage', 'outputs-clash', { en: 'The fixed file and the change log cannot both go to standard output: give --log a file', sv: 'Den rättade filen och ändringsloggen kan inte båda gå till standard ut: ange en fil för --log' });
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
    .option('--force', h('fixForce'))
    .option('--log <file>', h('fixLog'))
    .option('-d, --delimiter <char>', h('delimiter'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .option('--lang <lang>', h('lang'))
    .helpOption('-h, --help', h('help'))
    .action(async (file: string, flags: FixFlags) => {
      checkTargets(file, flags);
      const spec = (await registryFor(flags.specsDir)).resolve(flags.spec);
      const target = flags.inPlace === true ? file : (flags.out as string);
      const logFile = flags.log !== undefined && flags.log !== '-' ? flags.log : undefined;
      const named = (f: string | undefined): NamedFile[] => (f === undefined || f === '-' ? [] : [{ path: f, shown: f }]);
      refuseClashes([...named(file), ...named(spec.file)], [...named(flags.inPlace === true ? undefined : target), ...named(logFile)]);
      const { fixCsv, formatFixLog } = await import('../../fix/index.js');
      // Written beside the target and renamed at the end: never half a file. The log's file is
      // opened first, so a log that cannot be written stops the run before the data is written.
      const log = logFile === undefined ? undefined : await openSink(logFile, ctx.io);
      let out;
      try {
        out = await openOutput(target, ctx.io, { guardReadOnly: true, force: flags.force === true, inPlace: flags.inPlace === true });
      } catch (e) {
        log?.abort();
        throw e;
      }
      const input = createReadStream(file);
      // A write that fails stops the reading too.
      out.stream.once('error', (e) => input.destroy(e));
      try {
        const result = await fixCsv(input, out.stream, spec, flags.delimiter === undefined ? {} : { delimiter: flags.delimiter });
        await out.commit();
        const text = formatFixLog(result, ctx.lang);
        // With the fixed file on standard output, the log goes to standard error.
        (target === '-' ? ctx.io.stderr : ctx.io.stdout)(text);
        if (log !== undefined) {
          await log.write(text);
          await log.commit();
        }
        ctx.setExit(result.unfixedCount > 0 ? EXIT.invalid : EXIT.ok);
      } catch (e) {
        out.abort();
        log?.abort();
        const failed = out.failure();
        if (failed !== undefined) throw failed;
        if (e instanceof DatakollError) throw e;
        throw new DatakollError('io', 'fix-failed', { en: `Cannot fix ${printable(file)}: ${(e as Error).message}`, sv: `Kan inte rätta ${printable(file)}: ${(e as Error).message}` }, { file });
      }
    });
}
