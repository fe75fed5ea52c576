/**
 * `datakoll fix <file> --spec <spec> -o <out>`: writes the file in the spec's dialect, with a
 * change log. The fix engine is imported when the command runs.
 */
import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { DatakollError, EXIT } from '../../errors.js';
import { FIX_PHRASES, IO_PHRASES, printable } from '../../report/index.js';
import type { CommandContext } from '../context.js';
import { collect, cwdOf, langFlag, registryFor, specIn } from '../context.js';
import { plainSchemas } from '../plain-schema.js';
import { fileIdentity, openOutput, openSink, refuseClashes, stdinInput } from '../output.js';
import type { NamedFile, Output } from '../output.js';
import type { Sink } from '../write/sink.js';
import { delimiterOption, encodingOption, inputFormatOption, outputFileOption, recordsOption, sheetOption } from '../../options/rules.js';
import type * as SpoolModule from '../spool.js';
import type { Spooled } from '../spool.js';
import type { FixOptions } from '../../fix/index.js';
import type * as FixModule from '../../fix/index.js';
import type { Spec } from '../../registry/index.js';

interface FixFlags {
  spec: string;
  out?: string;
  inPlace?: boolean;
  log?: string;
  force?: boolean;
  delimiter?: string;
  sheet?: string;
  inputFormat?: string;
  records?: string;
  encoding?: string;
  specsDir: string[];
}

/** The command's files: each resolved against the working folder, with the name the user gave. */
interface Files {
  readonly input: NamedFile;
  /** A regular file, or an input read once (standard input, a pipe, a device). */
  readonly kind: 'file' | 'stream';
  /** Where the fixed file goes ("-": standard output; the input itself with --in-place). */
  readonly target: NamedFile;
  /** The log's own file (absent: the log is only printed). */
  readonly log: NamedFile | undefined;
}

/**
 * What the input is: a regular file (fix reads it as often as it needs), or standard input, a
 * pipe or a device, which is read once into a temporary file (spool.ts). A name that leads to no
 * file, a folder or a loop of links is exit 3, in the words validate uses.
 */
function inputKind(input: NamedFile, unreadableInput: (typeof SpoolModule)['unreadableInput']): 'file' | 'stream' {
  if (input.path === '-') return 'stream';
  let s;
  try {
    s = statSync(input.path);
    accessSync(input.path, constants.R_OK);
  } catch (e) {
    throw unreadableInput(input.shown, e);
  }
  if (s.isDirectory()) throw unreadableInput(input.shown, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  return s.isFile() ? 'file' : 'stream';
}

/** The usage mistakes found before anything is read: where to write, and never over the input. */
function filesOf(given: string, flags: FixFlags, cwd: string, spool: typeof SpoolModule): Files {
  if (flags.out === undefined && flags.inPlace !== true) throw new DatakollError('usage', 'fix-no-output');
  if (flags.out !== undefined && flags.inPlace === true) throw new DatakollError('usage', 'fix-two-outputs');
  outputFileOption('-o', flags.out);
  outputFileOption('--log', flags.log);
  const named = (p: string): NamedFile => ({ path: p === '-' ? p : resolve(cwd, p), shown: p });
  const input = named(given);
  if (given === '-' && flags.inPlace === true) {
    throw new DatakollError('usage', 'in-place-not-a-file', { file: IO_PHRASES['standard-input'], advice: FIX_PHRASES['in-place-give-out'] });
  }
  const kind = inputKind(input, spool.unreadableInput);
  // --in-place replaces the input: only a regular file will do, never a pipe or a device.
  if (kind !== 'file' && flags.inPlace === true) {
    throw new DatakollError('usage', 'in-place-not-a-file', { file: given });
  }
  const target = flags.inPlace === true ? input : named(flags.out as string);
  if (flags.inPlace !== true && target.path !== '-' && kind === 'file' && fileIdentity(target.path) === fileIdentity(input.path)) {
    throw new DatakollError('usage', 'fix-overwrite', { file: given });
  }
  if (target.path === '-' && flags.log === '-') throw new DatakollError('usage', 'outputs-clash', { clash: FIX_PHRASES['log-clash'], advice: FIX_PHRASES['log-clash-advice'] });
  // --log - is where the log is printed anyway.
  return { input, kind, target, log: flags.log === undefined || flags.log === '-' ? undefined : named(flags.log) };
}

/** --input-format, --records, --delimiter and --encoding as the engine's options, checked by the rules validate's flags follow. */
function fixOptions(flags: FixFlags): FixOptions {
  const v = flags.inputFormat === undefined ? undefined : inputFormatOption(flags.inputFormat);
  return {
    ...(flags.delimiter !== undefined ? { delimiter: delimiterOption(flags.delimiter) } : {}),
    ...(flags.sheet !== undefined ? { sheet: sheetOption(flags.sheet) } : {}),
    ...(v !== undefined ? { format: v } : {}),
    ...(flags.records !== undefined ? { records: recordsOption(flags.records) } : {}),
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
    .requiredOption('-s, --spec <spec>', h('fixSpec'))
    .option('-o, --out <file>', h('fixOut'))
    .option('--in-place', h('fixInPlace'))
    .option('--force', h('fixForce'))
    .option('--log <file>', h('fixLog'))
    .option('-d, --delimiter <char>', h('delimiter'))
    .option('--sheet <name|number>', h('sheet'))
    .option('--input-format <format>', h('inputFormat'))
    .option('--records <pointer>', h('records'))
    .option('--encoding <name>', h('encoding'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .addOption(langFlag(ctx))
    .helpOption('-h, --help', h('help'))
    .action(async (given: string, flags: FixFlags) => {
      // The flags first, as validate checks them: a usage mistake is exit 2 whatever the input is.
      const options = fixOptions(flags);
      const cwd = cwdOf(ctx);
      // (Imported when fix runs: it reads input as validate does, through api/source.ts.)
      const spool = await import('../spool.js');
      const files = filesOf(given, flags, cwd, spool);
      const ref = specIn(ctx, flags.spec);
      const plain = await plainSchemas([ref], (w) => ctx.io.stderr(`datakoll: ${printable(w[ctx.lang])}\n`), () => flags.spec);
      const spec = plain.get(ref) ?? (await registryFor(flags.specsDir.map((d) => resolve(cwd, d)))).resolve(ref);
      const outputs = [...(flags.inPlace === true || files.target.path === '-' ? [] : [files.target]), ...(files.log !== undefined ? [files.log] : [])];
      // Standard input counts as the file behind it (`fix - -o d.csv < d.csv`), so the fixed file and the log go elsewhere too.
      refuseClashes([...(files.input.path === '-' ? stdinInput(ctx.io) : [files.input]), { path: spec.file, shown: spec.file }], outputs);
      const fix = await import('../../fix/index.js');
      // An input that can be read only once is read now, after every check that may refuse the run.
      let spooled: Spooled | undefined;
      try {
        if (files.kind === 'stream') spooled = await spool.spoolInput(given, files.input.path, ctx.io.stdin);
        await fixInto(files, spooled?.path ?? files.input.path, spec, options, fix, flags, ctx);
      } finally {
        spooled?.remove();
      }
    });
}

/** Fixes the input (a regular file, or the copy of one read once) into the target, then writes the log. */
async function fixInto(files: Files, readFrom: string, spec: Spec, options: FixOptions, fix: typeof FixModule, flags: FixFlags, ctx: CommandContext): Promise<void> {
  const given = files.input.shown;
  // Written beside the target and renamed at the end: never half a file. Opened only once fix
  // has checked that it can write the input in its own format; the log's file first, so a log
  // that cannot be written stops the run before the data is written.
  let targets: { out: Output; log: Sink | undefined } | undefined;
  const open = async (): Promise<Writable> => (targets = await openTargets(files, flags, ctx)).out.stream;
  try {
    const target = { name: files.target.path, inPlace: flags.inPlace === true };
    const result = await fix.fixFile({ name: given, path: readFrom, open: () => createReadStream(readFrom) }, open, spec, { ...options, target });
    if (targets === undefined) throw new Error('fix ended without opening its output');
    const { out, log } = targets;
    await out.commit();
    // With the fixed file on standard output, the log goes to standard error.
    (files.target.path === '-' ? ctx.io.stderr : ctx.io.stdout)(fix.formatFixLog(result, ctx.lang));
    if (log !== undefined) {
      // The log file lists every error left, not only the first ones.
      await log.write(fix.formatFixLog(result, ctx.lang, { all: true }));
      await log.commit();
    }
    ctx.setExit(result.unfixedCount > 0 ? EXIT.invalid : EXIT.ok);
  } catch (e) {
    targets?.out.abort();
    targets?.log?.abort();
    const failed = targets?.out.failure();
    if (failed !== undefined) throw failed;
    if (e instanceof DatakollError) throw e;
    throw new DatakollError('io', 'fix-failed', { file: given === '-' ? IO_PHRASES['standard-input'] : given, why: String((e as Error | undefined)?.message ?? e) });
  }
}
