/**
 * `datakoll validate [files...] [--spec <spec>]`, or bare with a datakoll.config.json. Start-up
 * time counts here (issue #7): what a run may not need (the library, chalk, the config file's
 * zod) is imported when the command runs, and only when it is needed.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { DatakollError } from '../../errors.js';
import { NO_COLORS, type Colors } from '../../formatters/context.js';
import { printable } from '../../formatters/shared.js';
import { OUTPUT_FORMATS, type OutputTarget } from '../../options/outputs.js';
import { parseValidateOptions } from '../../options/validate.js';
import type { ValidateCliOptions } from '../../options/validate.js';
import { looksLikePath, looksLikeUrl } from '../../registry/index.js';
import type { RunReport } from '../../report/index.js';
import { IO_PHRASES, parseEncodingName, say, sayBoth, UI } from '../../report/index.js';
import { configFlagsRule, configInputs, confinedOutput, fromConfig, jobsForFiles, jobsFromConfig, loadConfig } from '../config.js';
import type { Job, LoadedConfig } from '../config.js';
import type { CommandContext } from '../context.js';
import { collect, langFlag, registryFor } from '../context.js';
import type { CliIo } from '../io.js';
import { plainSchemas, withSpecs } from '../plain-schema.js';
import { progressBar } from '../progress.js';
import { refuseClashes, stdinInput } from '../output.js';
import type { NamedFile } from '../output.js';
import { combine, exitCodeOf, reportFiles, shownName, writeReports } from '../reports.js';
import type { Registry } from '../../registry/index.js';

async function colorsFor(io: CliIo, wanted: boolean): Promise<Colors> {
  if (!wanted || !io.stdoutIsTTY || io.env.NO_COLOR !== undefined) return NO_COLORS;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, blue: c.blue, green: c.green, dim: c.dim, bold: c.bold };
}

/** Flags override the config file: the raw option values with the config's filled in where no flag was given. */
function merged(raw: Record<string, unknown>, loaded: LoadedConfig | undefined, ctx: CommandContext): Record<string, unknown> {
  const cwd = resolve(ctx.io.cwd ?? '.');
  const spec = raw.spec as string | undefined;
  const c = loaded?.config;
  const path = (p: string): string => (loaded === undefined ? p : fromConfig(loaded, p));
  // Outputs the config names stay inside its folder; checked only when no flag replaces them.
  const outputs = () => c?.outputs?.map((o, i) => (o.file === undefined || loaded === undefined ? o : { ...o, file: confinedOutput(loaded, `outputs[${i}]`, o.file) }));
  const specsDir = (raw.specsDir as string[]).map((d) => resolve(cwd, d));
  return {
    ...raw,
    lang: !ctx.langGiven && c?.lang !== undefined ? c.lang : ctx.lang,
    // Paths on the command line are relative to the working folder (the one main() was given).
    spec: spec !== undefined && looksLikePath(spec) && !looksLikeUrl(spec) ? resolve(cwd, spec) : spec,
    // (An empty name stays empty, for the options' check to refuse: resolved, it would be the working folder.)
    badge: raw.badge !== undefined ? (raw.badge === '-' || raw.badge === '' ? raw.badge : resolve(cwd, raw.badge as string)) : c?.badge === undefined || loaded === undefined ? undefined : confinedOutput(loaded, 'badge', c.badge),
    format: raw.format ?? outputs(),
    failOn: raw.failOn ?? c?.failOn,
    maxErrors: raw.maxErrors ?? c?.maxErrors,
    encoding: raw.encoding ?? c?.encoding,
    threads: raw.threads ?? c?.threads,
    specsDir: specsDir.length > 0 || c?.specsDir === undefined ? specsDir : c.specsDir.map(path),
  };
}

/** The files to check and their specs: from the command line, the config file, or both. */
async function jobsOf(files: readonly string[], opts: ValidateCliOptions, raw: Record<string, unknown>, loaded: LoadedConfig | undefined, cwd: string): Promise<Job[]> {
  let jobs: Job[];
  if (files.length > 0 && opts.spec !== undefined) jobs = [{ files, spec: opts.spec }];
  else if (loaded === undefined) throw new DatakollError('usage', 'no-files');
  else jobs = files.length > 0 ? await jobsForFiles(loaded, files, cwd) : await jobsFromConfig(loaded, cwd);
  // Flags given on the command line win over each entry's own settings.
  return jobs.map((j) => ({
    ...j,
    ...(opts.spec !== undefined ? { spec: opts.spec } : {}),
    ...(raw.maxErrors !== undefined || j.maxErrors === undefined ? { maxErrors: opts.maxErrors } : {}),
    ...(opts.inputFormat !== undefined ? { inputFormat: opts.inputFormat } : {}),
    ...(opts.delimiter !== undefined ? { delimiter: opts.delimiter } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    // An entry's encoding wins over the config's global one, the flag over both.
    ...(raw.encoding !== undefined || j.encoding === undefined ? (opts.encoding !== undefined ? { encoding: opts.encoding } : {}) : {}),
    ...(opts.publisher !== undefined ? { publisher: opts.publisher } : {}),
  }));
}

/**
 * Refuses, before anything is read, a run whose report would replace one of its inputs: a file it
 * checks, any file the config's globs find, a spec file, the config file.
 */
async function refuseOverwrites(jobs: readonly Job[], outputs: readonly OutputTarget[], loaded: LoadedConfig | undefined, registry: Registry, ctx: CommandContext, cwd: string): Promise<void> {
  if (outputs.filter((o) => o.file === undefined || o.file === '-').length > 1) {
    throw new DatakollError('usage', 'outputs-clash', { clash: IO_PHRASES['two-reports'], advice: IO_PHRASES['two-reports-advice'] });
  }
  const files = reportFiles(outputs, ctx.io);
  if (files.length === 0) return;
  const named = (path: string): NamedFile => ({ path, shown: shownName(path, ctx.io) });
  const inputs: NamedFile[] = jobs.flatMap((j) => j.files.filter((f) => f !== '-' && !/^https?:\/\//i.test(f)).map((f) => ({ path: resolve(cwd, f), shown: f })));
  if (jobs.some((j) => j.files.includes('-'))) inputs.push(...stdinInput(ctx.io));
  if (loaded !== undefined) inputs.push({ path: loaded.path, shown: loaded.file }, ...(await configInputs(loaded)).map(named));
  for (const spec of new Set(jobs.map((j) => j.spec))) {
    for (const s of spec === 'auto' ? registry.list() : [registry.resolve(spec)]) inputs.push(named(s.file));
  }
  refuseClashes(inputs, files);
}

/** --threads (or the config's threads), lowered to the most a run starts, with a note saying so. */
function threadsWithin(threads: number | undefined, max: number, note: (text: { sv: string; en: string }) => void): number | undefined {
  if (threads === undefined || threads <= max) return threads;
  note(sayBoth(UI.threads_lowered, { threads, max }));
  return max;
}

/** Registers `datakoll validate`: its flags, and the run they start. */
export function registerValidate(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
  const bothConfigFlags = configFlagsRule();
  program
    .command('validate')
    .description(h('validate'))
    .argument('[files...]', h('files'))
    .option('-s, --spec <spec>', h('spec'))
    .addOption(new Option('-f, --format <format[=file]>', h('format')).argParser(collect))
    .option('--badge <file>', h('badge'))
    .option('--fail-on <level>', h('failOn'))
    .option('--config <file>', h('config'))
    .option('--no-config', h('noConfig'))
    .on('option:config', () => bothConfigFlags('config'))
    .on('option:no-config', () => bothConfigFlags('no-config'))
    .addOption(langFlag(ctx))
    .option('--max-errors <n>', h('maxErrors'))
    .option('--threads <n>', h('threads'))
    .addOption(new Option('--input-format <format>', h('inputFormat')))
    .option('-d, --delimiter <char>', h('delimiter'))
    .option('--sheet <name|number>', h('sheet'))
    .option('--encoding <name>', h('encoding'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .option('--publisher <id>', h('publisher'), collect)
    .option('--records <pointer>', h('records'))
    .option('--lenient-forms', h('lenientForms'))
    .option('--remote-timeout <seconds>', h('remoteTimeout'))
    .option('--remote-max-mb <n>', h('remoteMaxMb'))
    .option('--allow-http', h('allowHttp'))
    .option('--no-color', h('noColor'))
    .option('--no-progress', h('noProgress'))
    .helpOption('-h, --help', h('help'))
    .addHelpText('after', `\n${h('formats')} ${OUTPUT_FORMATS.join(', ')}`)
    .action(async (files: string[], raw: Record<string, unknown>) => runValidate(ctx, files, raw));
}

/** A validate run: options, jobs and registry from the flags and the config file, the jobs run, their reports written, the exit code set. */
async function runValidate(ctx: CommandContext, files: string[], raw: Record<string, unknown>): Promise<void> {
  const cwd = resolve(ctx.io.cwd ?? '.');
  const loaded = raw.config === false ? undefined : await loadConfig(cwd, raw.config as string | undefined);
  const opts = parseValidateOptions(merged(raw, loaded, ctx), { specFromConfig: loaded !== undefined });
  const jobs = await jobsOf(files, opts, raw, loaded, cwd);
  const plain = await plainSchemas(jobs.map((j) => j.spec), (w) => ctx.io.stderr(`datakoll: ${printable(w[opts.lang])}\n`), (r) => shownName(r, ctx.io));
  const registry = withSpecs(await registryFor(opts.specsDir), plain);
  // Report files named relative to the working folder main() was given, like the files checked.
  const outputs = opts.outputs.map((o) => (o.file === undefined || o.file === '-' ? o : { ...o, file: resolve(cwd, o.file) }));
  await refuseOverwrites(jobs, outputs, loaded, registry, ctx, cwd);
  const { maxThreads } = await import('../../api.js');
  const threads = threadsWithin(opts.threads, maxThreads(), (note) => ctx.io.stderr(`datakoll: ${note[opts.lang]}\n`));
  const reports = await runJobs(jobs, opts, ctx, { registry, threads, cwd, progress: raw.progress !== false });
  const report = combine(reports);
  await writeReports(report, outputs, ctx.io, { lang: opts.lang, colors: await colorsFor(ctx.io, opts.color) });
  ctx.setExit(exitCodeOf(report, opts.failOn));
}

/** Runs each job through the library in turn, a progress bar over all of them; reports name each file as it was given. */
async function runJobs(jobs: readonly Job[], opts: ValidateCliOptions, ctx: CommandContext, run: { registry: Registry; threads: number | undefined; cwd: string; progress: boolean }): Promise<RunReport[]> {
  const { registry, threads, cwd } = run;
  const { validateFiles } = await import('../../api.js');
  const bar = run.progress ? progressBar(ctx.io, opts.lang) : undefined;
  const reports: RunReport[] = [];
  try {
    for (const j of jobs) {
      const report = await validateFiles(
        j.files.map((f) => (f === '-' || /^https?:\/\//i.test(f) ? f : resolve(cwd, f))),
        {
          spec: j.spec,
          registry,
          maxErrors: j.maxErrors ?? opts.maxErrors,
          ...(threads !== undefined ? { threads } : {}),
          remote: opts.remote,
          stdin: ctx.io.stdin,
          ...(j.inputFormat !== undefined ? { format: j.inputFormat } : {}),
          ...(j.delimiter !== undefined ? { delimiter: j.delimiter } : {}),
          ...(j.sheet !== undefined ? { sheet: j.sheet } : {}),
          ...(j.encoding !== undefined ? { encoding: parseEncodingName(j.encoding) } : {}),
          ...(j.publisher !== undefined ? { publisher: j.publisher } : {}),
          ...(opts.records !== undefined ? { records: opts.records } : {}),
          ...(opts.lenientForms ? { formSeverity: 'warning' as const } : {}),
          ...(bar !== undefined ? { onProgress: bar.update } : {}),
          parallel: { onFallback: (file, _reason, words) => ctx.io.stderr(`datakoll: ${printable(say(UI.thread_fallback, opts.lang, { file: file === '-' ? IO_PHRASES['standard-input'] : file, reason: words }))}\n`) },
        },
      );
      // Reports name each file as it was given (or found by the config's globs), not by its absolute path.
      reports.push({ ...report, files: report.files.map((f, i) => ({ ...f, file: j.files[i] ?? f.file })) });
    }
  } finally {
    bar?.done();
  }
  return reports;
}
