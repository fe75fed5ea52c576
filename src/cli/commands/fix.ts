/**
 * `datakoll fix <file> --spec <spec> -o <out>`: writes the file in the spec's dialect, with a
 * change log. The fix engine is imported when the command runs.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { DatakollError, EXIT } from '../../errors.js';
import { printable } from '../../formatters/shared.js';
import type { CommandContext } from '../context.js';
import { collect, registryFor } from '../context.js';
import { fileIdentity, openOutput, openSink, refuseClashes } from '../output.js';
import type { NamedFile, Output } from '../output.js';
import type { Sink } from '../write/sink.js';

interface FixFlags {
  spec: string;
  out?: string;
  inPlace?: boolean;
  log?: string;
  force?: boolean;
  delimiter?: string;
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
  const target = flags.inPlace === true ? input : named(flags.out as string);
  if (flags.inPlace !== true && target.path !== '-' && fileIdentity(target.path) === fileIdentity(input.path)) {
    throw new DatakollError('usage', 'fix-overwrite', { en: '-o names the input file itself; datakoll never overwrites its input unless you say --in-place', sv: '-o anger själva indatafilen; datakoll skriver aldrig över sin indatafil om du inte anger --in-place' }, { file: given });
  }
  if (target.path === '-' && flags.log === '-') throw new DatakollError('usage', 'outputs-clash', { en: 'The fixed file and the change log cannot both go to standard output: give --log a file', sv: 'Den rättade filen och ändringsloggen kan inte båda gå till standard ut: ange en fil för --log' });
  // --log - is where the log is printed anyway.
  return { input, target, log: flags.log === undefined || flags.log === '-' ? undefined : named(flags.log) };
}

/**
 * The input file as a stream that stop() ends early as if the file ended there, so that the
 * engine finishes quietly (its result unused) once the output failed. A read error reaches it.
 */
function stoppableInput(file: string): { stream: Readable; stop: () => void } {
  const source = createReadStream(file);
  const stream = new PassThrough();
  source.on('error', (e) => stream.destroy(e));
  source.pipe(stream);
  return {
    stream,
    stop: () => {
      source.unpipe(stream);
      source.destroy();
      stream.end();
    },
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
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .option('--lang <lang>', h('lang'))
    .helpOption('-h, --help', h('help'))
    .action(async (given: string, flags: FixFlags) => {
      const files = filesOf(given, flags, resolve(ctx.io.cwd ?? '.'));
      const spec = (await registryFor(flags.specsDir)).resolve(flags.spec);
      const outputs = [...(flags.inPlace === true || files.target.path === '-' ? [] : [files.target]), ...(files.log !== undefined ? [files.log] : [])];
      refuseClashes([files.input, { path: spec.file, shown: spec.file }], outputs);
      const { fixCsv, formatFixLog } = await import('../../fix/index.js');
      // Written beside the target and renamed at the end: never half a file.
      const { out, log } = await openTargets(files, flags, ctx);
      const input = stoppableInput(files.input.path);
      // A write that fails ends the run at once, whatever the engine is doing, and stops the reading.
      const writeFailed = new Promise<never>((_, reject) => out.stream.once('error', reject));
      writeFailed.catch(input.stop);
      try {
        const result = await Promise.race([fixCsv(input.stream, out.stream, spec, flags.delimiter === undefined ? {} : { delimiter: flags.delimiter }), writeFailed]);
        await out.commit();
        const text = formatFixLog(result, ctx.lang);
        // With the fixed file on standard output, the log goes to standard error.
        (files.target.path === '-' ? ctx.io.stderr : ctx.io.stdout)(text);
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
        throw new DatakollError('io', 'fix-failed', { en: `Cannot fix ${printable(given)}: ${(e as Error).message}`, sv: `Kan inte rätta ${printable(given)}: ${(e as Error).message}` }, { file: given });
      }
    });
}
