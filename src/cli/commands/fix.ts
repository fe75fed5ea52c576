/**
 * `datakoll fix <file> --spec <spec> -o <out>`: writes the file in the spec's dialect, with a
 * change log. The fix engine is imported when the command runs.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { DatakollError, EXIT } from '../../errors.js';
import { printable } from '../../formatters/shared.js';
import type { CommandContext } from '../context.js';
import { collect, registryFor } from '../context.js';
import { fileIdentity, openOutput, openSink, refuseClashes } from '../output.js';
import type { NamedFile, Output } from '../output.js';
import type { Sink } from '../write/sink.js';
import { encodingOption } from '../../options/validate.js';
import type { FixOptions } from '../../fix/index.js';

interface FixFlags {
  spec: string;
  out?: string;
  inPlace?: boolean;
  log?: string;
  force?: boolean;
  delimiter?: string;
  inputFormat?: string;
  records?: string;
  encoding?: string;
  specsDir: string[];
}

/** The command's files: each resolved against the working folder, with the name the user gave. */
interface Files {
  readonly input: NamedFile;
  /** Where the fixed file goes ("-": standard output; the input itself with --in-place). */
  readonly target: NamedFile;
  /** The log's own file (absent: the log is only printed). */
  readonly log: NamedFile | undefined;
}

/** The usage mistakes found before anything is read: where to write, and never over the input. */
function filesOf(given: string, flags: FixFlags, cwd: string): Files {
  if (flags.out === undefined && flags.inPlace !== true) throw new DatakollError('usage', 'fix-no-output', { en: 'Say where to write the fixed file: -o <file>, or --in-place to replace the input', sv: 'Ange var den rättade filen ska skrivas: -o <fil>, eller --in-place för att ersätta indatafilen' });
  if (flags.out !== undefined && flags.inPlace === true) throw new DatakollError('usage', 'fix-two-outputs', { en: 'Give either -o <file> or --in-place, not both', sv: 'Ange antingen -o <fil> eller --in-place, inte båda' });
  const named = (p: string): NamedFile => ({ path: p === '-' ? p : resolve(cwd, p), shown: p });
  const input = named(given);
  if (!existsSync(input.path)) throw new DatakollError('io', 'fix-unreadable', { en: `Cannot read ${printable(given)}: no such file`, sv: `Kan inte läsa ${printable(given)}: filen finns inte` }, { file: given });
  // fix reads its input more than once (its encoding is weighed over the whole file first), and
  // --in-place replaces it: only a regular file will do, never a pipe or a device.
  if (!statSync(input.path).isFile()) {
    const what = flags.inPlace === true ? { en: `--in-place replaces a file, and ${printable(given)} is not a regular file`, sv: `--in-place ersätter en fil, och ${printable(given)} är ingen vanlig fil` } : { en: `fix reads a file more than once, and ${printable(given)} is not a regular file (a pipe or a device): save it to a file first`, sv: `fix läser filen mer än en gång, och ${printable(given)} är ingen vanlig fil (ett rör eller en enhet): spara den i en fil först` };
    throw new DatakollError('usage', 'in-place-not-a-file', what, { file: given });
  }
  const target = flags.inPlace === true ? input : named(flags.out as string);
  if (flags.inPlace !== true && target.path !== '-' && fileIdentity(target.path) === fileIdentity(input.path)) {
    throw new DatakollError('usage', 'fix-overwrite', { en: '-o names the input file itself; datakoll never overwrites its input unless you say --in-place', sv: '-o anger själva indatafilen; datakoll skriver aldrig över sin indatafil om du inte anger --in-place' }, { file: given });
  }
  if (target.path === '-' && flags.log === '-') throw new DatakollError('usage', 'outputs-clash', { en: 'The fixed file and the change log cannot both go to standard output: give --log a file', sv: 'Den rättade filen och ändringsloggen kan inte båda gå till standard ut: ange en fil för --log' });
  // --log - is where the log is printed anyway.
  return { input, target, log: flags.log === undefined || flags.log === '-' ? undefined : named(flags.log) };
}

/** --input-format, --records, --delimiter and --encoding as the engine's options. */
function fixOptions(flags: FixFlags): FixOptions {
  const v = flags.inputFormat;
  if (v !== undefined && v !== 'csv' && v !== 'json' && v !== 'jsonl') {
    throw new DatakollError('usage', 'bad-input-format', { en: `--input-format must be csv, json or jsonl (given: ${JSON.stringify(v)})`, sv: `--input-format ska vara csv, json eller jsonl (angivet: ${JSON.stringify(v)})` }, { given: v });
  }
  return {
    ...(flags.delimiter !== undefined ? { delimiter: flags.delimiter } : {}),
    ...(v !== undefined ? { format: v } : {}),
    ...(flags.records !== undefined ? { records: flags.records } : {}),
    ...(flags.encoding !== undefined ? { encoding: encodingOption(flags.encoding) } : {}),
  };
}

/** Opens the log's file first, so a log that cannot be written stops the run before the data is written; then the target. */
async function openTargets(files: Files, flags: FixFlags, ctx: CommandContext): Promise<{ out: Output; log: Sink | undefined }> {
  const log = files.log === undefined ? undefined : await openSink(files.log.path, ctx.io, { shown: files.log.shown });
  try {
    const out = await openOutput(files.target.path, ctx.io, { shown: files.target.shown, guardReadOnly: true, force: flags.force === true, inPlace: flags.inPlace === true });
    return { out, log };
  } catch (e) {
    log?.abort();
    throw e;
  }
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
    .option('--input-format <format>', h('inputFormat'))
    .option('--records <pointer>', h('records'))
    .option('--encoding <name>', h('encoding'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .option('--lang <lang>', h('lang'))
    .helpOption('-h, --help', h('help'))
    .action(async (given: string, flags: FixFlags) => {
      const files = filesOf(given, flags, resolve(ctx.io.cwd ?? '.'));
      const spec = (await registryFor(flags.specsDir)).resolve(flags.spec);
      const outputs = [...(flags.inPlace === true || files.target.path === '-' ? [] : [files.target]), ...(files.log !== undefined ? [files.log] : [])];
      refuseClashes([files.input, { path: spec.file, shown: spec.file }], outputs);
      const options = fixOptions(flags);
      const { fixFile, formatFixLog } = await import('../../fix/index.js');
      // Written beside the target and renamed at the end: never half a file. Opened only once fix
      // has checked that it can write the input in its own format; the log's file first, so a log
      // that cannot be written stops the run before the data is written.
      let targets: { out: Output; log: Sink | undefined } | undefined;
      const open = async (): Promise<Writable> => (targets = await openTargets(files, flags, ctx)).out.stream;
      try {
        const result = await fixFile({ name: given, open: () => createReadStream(files.input.path) }, open, spec, options);
        if (targets === undefined) throw new Error('fix ended without opening its output');
        const { out, log } = targets;
        await out.commit();
        // With the fixed file on standard output, the log goes to standard error.
        (files.target.path === '-' ? ctx.io.stderr : ctx.io.stdout)(formatFixLog(result, ctx.lang));
        if (log !== undefined) {
          // The log file lists every error left, not only the first ones.
          await log.write(formatFixLog(result, ctx.lang, { all: true }));
          await log.commit();
        }
        ctx.setExit(result.unfixedCount > 0 ? EXIT.invalid : EXIT.ok);
      } catch (e) {
        targets?.out.abort();
        targets?.log?.abort();
        const failed = targets?.out.failure();
        if (failed !== undefined) throw failed;
        if (e instanceof DatakollError) throw e;
        throw new DatakollError('io', 'fix-failed', { en: `Cannot fix ${printable(given)}: ${(e as Error).message}`, sv: `Kan inte rätta ${printable(given)}: ${(e as Error).message}` }, { file: given });
      }
    });
}
