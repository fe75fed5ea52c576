/**
 * `datakoll harvest <catalogue>` and `datakoll harvest merge <reports...>`: the run report of a
 * DCAT-AP-SE catalogue's claims (src/harvest/), written in each format asked for, to standard
 * output or atomically to its file (output.ts).
 */
import type { Command } from 'commander';
import { DatakollError, EXIT } from '../../errors.js';
import { Broken, maxErrorsOf, positive, threads } from '../../options/checkers.js';
import { optionError } from '../../options/rules.js';
import type { CommandContext } from '../context.js';
import { collect, cwdOf, langFlag, pathIn, registryFor } from '../context.js';
import { toStdout, writeOutput } from '../output.js';
import { shownName } from '../reports.js';
import { progressAllowed } from '../progress.js';
import { HARVEST_WORDS, say } from '../../report/index.js';
import type { HarvestReport } from '../../harvest/types.js';

interface Target {
  readonly format: string;
  readonly file?: string;
}

function checked<T>(raw: Record<string, unknown>, key: string, rule: (v: unknown) => T | Broken, fallback: T): T {
  if (raw[key] === undefined) return fallback;
  const v = rule(raw[key]);
  if (v instanceof Broken) throw optionError(raw, key, v);
  return v;
}

/** --format's values: format[=file], at most one to standard output. */
async function targetsOf(values: readonly string[] | undefined): Promise<Target[]> {
  const { isHarvestFormat } = await import('../../harvest/formats.js');
  const list = values === undefined || values.length === 0 ? ['text'] : values;
  const out = list.map((v) => {
    const at = v.indexOf('=');
    const format = at < 0 ? v : v.slice(0, at);
    if (!isHarvestFormat(format)) throw new DatakollError('usage', 'harvest-format', { given: JSON.stringify(v) });
    if (at >= 0 && v.slice(at + 1) === '') throw new DatakollError('usage', 'value-output-file', { option: '--format', given: JSON.stringify(v) });
    return at < 0 ? { format } : { format, file: v.slice(at + 1) };
  });
  if (out.filter((t) => t.file === undefined || t.file === '-').length > 1) throw new DatakollError('usage', 'value-output-format', { option: '--format', given: JSON.stringify(values?.join(' ') ?? '') });
  return out;
}

/** Writes the report in each format; exit 1 when a checked distribution does not conform or could not be read (unless --fail-on never). */
async function writeHarvest(report: HarvestReport, targets: readonly Target[], ctx: CommandContext, failOn: string): Promise<void> {
  const { HARVEST_FORMATS } = await import('../../harvest/formats.js');
  for (const t of targets) {
    const text = (await HARVEST_FORMATS[t.format as keyof typeof HARVEST_FORMATS]())(report, ctx.lang);
    if (t.file === undefined || t.file === '-') toStdout(ctx.io, text);
    else await writeOutput(pathIn(ctx, t.file), text, ctx.io, { shown: t.file });
  }
  const t = report.summary.total;
  if (failOn !== 'never' && t.conforming < t.checked) ctx.setExit(EXIT.invalid);
}

function failOnOf(raw: Record<string, unknown>): string {
  const v = raw.failOn ?? 'invalid';
  if (v !== 'invalid' && v !== 'never') throw new DatakollError('usage', 'value-one-of', { option: '--fail-on', choices: 'invalid, never', count: 2, given: JSON.stringify(v) });
  return v;
}

async function runHarvest(catalogue: string, raw: Record<string, unknown>, ctx: CommandContext): Promise<void> {
  const targets = await targetsOf(raw.format as string[] | undefined);
  const failOn = failOnOf(raw);
  const concurrency = checked(raw, 'concurrency', (v) => {
    const n = threads(v);
    return typeof n === 'number' && n > 64 ? new Broken('value-at-most', { max: 64 }) : n;
  }, 4);
  const timeout = checked(raw, 'timeout', positive(3600), 30);
  const total = checked(raw, 'remoteTimeout', positive(86_400), 300);
  const maxMb = checked(raw, 'remoteMaxMb', positive(1024 * 1024), 2048);
  const catalogueMb = checked(raw, 'catalogueMaxMb', positive(4096), 64);
  const maxErrors = checked(raw, 'maxErrors', maxErrorsOf, 100);
  const { parseShard } = await import('../../harvest/shard.js');
  const shard = raw.shard === undefined ? undefined : parseShard(raw.shard as string);
  const { harvest } = await import('../../harvest/run.js');
  const { readHarvestReport } = await import('../../harvest/merge.js');
  const since = raw.since === undefined ? undefined : await readHarvestReport(pathIn(ctx, raw.since as string), raw.since as string);
  const registry = await registryFor((raw.specsDir as string[]).map((d) => pathIn(ctx, d)));
  const remote = { timeoutMs: Math.round(timeout * 1000), totalTimeoutMs: Math.round(total * 1000), maxBytes: Math.round(maxMb * 1024 * 1024), maxRedirects: 5, allowHttp: raw.allowHttp === true };
  const report = await harvest(catalogue, {
    registry,
    cwd: cwdOf(ctx),
    concurrency,
    remote,
    catalogueMaxBytes: Math.round(catalogueMb * 1024 * 1024),
    maxErrors,
    allowPrivateAddresses: raw.allowPrivateAddresses === true,
    ...(shard !== undefined ? { shard } : {}),
    ...(since !== undefined ? { since } : {}),
    // On a terminal (never in CI or a pipe): how many addresses are done, on one line of standard error.
    ...(progressAllowed(ctx.io) ? { onProgress: (done: number, total: number) => ctx.io.stderr(`\r\u001b[2K${say(HARVEST_WORDS.progress, ctx.lang, { done, total })}${done === total ? '\r\u001b[2K' : ''}`) } : {}),
  });
  await writeHarvest(report, targets, ctx, failOn);
}

async function runMerge(files: readonly string[], raw: Record<string, unknown>, ctx: CommandContext): Promise<void> {
  const targets = await targetsOf(raw.format as string[] | undefined);
  const failOn = failOnOf(raw);
  const { mergeReports, readHarvestReport } = await import('../../harvest/merge.js');
  const parts = await Promise.all(files.map((f) => readHarvestReport(pathIn(ctx, f), shownName(pathIn(ctx, f), ctx.io))));
  await writeHarvest(mergeReports(parts), targets, ctx, failOn);
}

export function registerHarvest(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
  const cmd = program
    .command('harvest')
    .description(h('harvest'))
    .argument('<catalogue>', h('harvestCatalogue'))
    .option('-f, --format <format>', h('harvestFormat'), collect)
    .option('--concurrency <n>', h('harvestConcurrency'))
    .option('--timeout <seconds>', h('harvestTimeout'))
    .option('--remote-timeout <seconds>', h('remoteTimeout'))
    .option('--remote-max-mb <mb>', h('remoteMaxMb'))
    .option('--catalogue-max-mb <mb>', h('harvestCatalogueMaxMb'))
    .option('--allow-http', h('allowHttp'))
    .option('--allow-private-addresses', h('harvestAllowPrivateAddresses'))
    .option('--shard <i/n>', h('harvestShard'))
    .option('--since <report>', h('harvestSince'))
    .option('--max-errors <n>', h('maxErrors'))
    .option('--fail-on <when>', h('harvestFailOn'))
    .option('--specs-dir <dir>', h('specsDir'), collect, [])
    .addOption(langFlag(ctx))
    .helpOption('-h, --help', h('help'))
    .action((catalogue: string, raw: Record<string, unknown>) => runHarvest(catalogue, raw, ctx));
  cmd
    .command('merge')
    .description(h('harvestMerge'))
    .argument('<reports...>', h('harvestReports'))
    .option('-f, --format <format>', h('harvestFormat'), collect)
    .option('--fail-on <when>', h('harvestFailOn'))
    .addOption(langFlag(ctx))
    .helpOption('-h, --help', h('help'))
    // Commander hands a flag harvest also has (--format, --fail-on) to harvest, wherever it stands: merge reads both.
    .action((files: string[], _own: Record<string, unknown>, self: Command) => runMerge(files, { ...self.parent?.opts(), ...self.opts() }, ctx));
}
