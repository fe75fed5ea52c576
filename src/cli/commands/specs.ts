/**
 * `datakoll specs list|show|docs|import|diff|export`. What only these commands need (zod for their
 * options, the authoring tools, the output formatting) is imported when one of them runs, so
 * that `datakoll validate` does not load it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { specMarkdown, specsIndexMarkdown } from '../../authoring/docs.js';
import { DatakollError, EXIT } from '../../errors.js';
import { BUNDLED_SPECS_DIR } from '../../registry/index.js';
import { MAX_SPEC_BYTES } from '../../registry/limits.js';
import type { Spec } from '../../registry/index.js';
import type { Lang } from '../../report/index.js';
import { jsonText } from '../../formatters/shared.js';
import { binaryKindOf } from '../../input/index.js';
import { printable, renderMessage, say, SPEC_DONE_WORDS, SPEC_PROBLEMS } from '../../report/index.js';
import type { CommandContext } from '../context.js';
import { collect, langFlag, pathIn, registryFor, specIn } from '../context.js';
import { emit, refuseClashes, writeOutput } from '../output.js';
import { outputFileOption, sheetOption } from '../../options/rules.js';
import type * as SpoolModule from '../spool.js';
import type * as Options from '../../options/commands.js';
import type * as SpecsOutput from '../specs-output.js';

const options = async (): Promise<typeof Options> => import('../../options/commands.js');
const output = async (): Promise<typeof SpecsOutput> => import('../specs-output.js');

/** Where a spec file is, as the docs should show it: relative to the package for bundled specs. */
function displayPath(spec: Spec): string {
  return spec.bundled ? join('specs', relative(BUNDLED_SPECS_DIR, spec.file)).split('\\').join('/') : spec.file;
}

/** The generated pages in a language (English, as docs/specs holds them, unless told): file name -> content. */
export function docsPages(specs: readonly Spec[], lang: Lang = 'en'): Map<string, string> {
  const pages = new Map<string, string>([['README.md', specsIndexMarkdown(specs, lang)]]);
  for (const s of specs) pages.set(`${s.id}.md`, specMarkdown(s, displayPath(s), lang));
  return pages;
}

/** The text of a file to import (`shown` as the user named it), at most as large as a spec may be, and text (not an archive, a workbook, …). */
function readText(file: string, shown: string, spool: typeof SpoolModule): string {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_SPEC_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    bytes = readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EFBIG') {
      const mib = MAX_SPEC_BYTES / 1024 / 1024;
      throw new DatakollError('usage', 'import-too-large', { file: shown, mib });
    }
    throw spool.unreadableInput(shown, e, 'import-unreadable');
  }
  const kind = binaryKindOf(bytes);
  if (kind !== undefined) throw new DatakollError('usage', 'import-failed', { file: shown, problem: { sv: renderMessage('file-binary', 'sv', { reason: kind }), en: renderMessage('file-binary', 'en', { reason: kind }) } });
  return bytes.toString('utf8');
}

/** Registers `datakoll specs` and its commands: list, show, docs, import, diff, export. */
export function registerSpecs(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
  const specs = program.command('specs').description(h('specs')).addOption(langFlag(ctx)).helpOption('-h, --help', h('help'));
  const registry = async (dirs: readonly string[]) => registryFor(dirs.map((d) => pathIn(ctx, d)));
  const common = (c: Command): Command => c.addOption(langFlag(ctx)).option('--specs-dir <dir>', h('specsDir'), collect, []).helpOption('-h, --help', h('help'));

  common(specs.command('list').description(h('specsList')).option('-f, --format <format>', h('listFormat'), 'text')).action(async (raw: Record<string, unknown>) => {
    const opts = (await options()).parseListOptions({ ...raw, lang: ctx.lang });
    ctx.io.stdout((await output()).formatSpecList((await registry(opts.specsDir)).list(), opts.format, ctx.lang));
  });

  common(specs.command('show').description(h('specsShow')).argument('<spec>', h('specId')).option('-f, --format <format>', h('listFormat'), 'text')).action(async (id: string, raw: Record<string, unknown>) => {
    const opts = (await options()).parseListOptions({ ...raw, lang: ctx.lang });
    ctx.io.stdout((await output()).formatSpecShow((await registry(opts.specsDir)).resolve(specIn(ctx, id)), opts.format, ctx.lang));
  });

  common(specs.command('docs').description(h('specsDocs')).option('-o, --out <dir>', h('docsOut'), 'docs/specs').option('--check', h('docsCheck'))).action(async (raw: Record<string, unknown>) => {
    outputFileOption('-o', raw.out as string | undefined, 'value-folder-name');
    const opts = (await options()).parseDocsOptions({ ...raw, lang: ctx.lang });
    await writeDocs(ctx, opts, docsPages((await registry(opts.specsDir)).list(), ctx.lang));
  });

  specs
    .command('import')
    .description(h('specsImport'))
    .argument('<file>', h('importFile'))
    .option('-o, --out <file>', h('out'))
    .option('--id <id>', h('importId'))
    .option('--spec-version <version>', h('importVersion'))
    .option('--title <title>', h('importTitle'))
    .option('--status <status>', h('importStatus'))
    .option('--official-url <url>', h('importUrl'))
    .option('--sheet <name|number>', h('importSheet'))
    .addOption(langFlag(ctx))
    .helpOption('-h, --help', h('help'))
    .action(async (file: string, raw: Record<string, unknown>) => importFile(ctx, file, raw));

  common(specs.command('diff').description(h('specsDiff')).argument('<a>', h('diffA')).argument('<b>', h('diffB')).option('-f, --format <format>', h('listFormat'), 'text')).action(async (a: string, b: string, raw: Record<string, unknown>) => {
    const opts = (await options()).parseListOptions({ ...raw, lang: ctx.lang });
    const specs = await registry(opts.specsDir);
    const [sa, sb] = [specs.resolve(specIn(ctx, a)), specs.resolve(specIn(ctx, b))];
    const { diffSpecs } = await import('../../authoring/diff.js');
    const changes = diffSpecs(sa, sb);
    ctx.io.stdout((await output()).formatDiff(sa, sb, changes, opts.format, ctx.lang));
    // As diff(1): 1 when the specs differ.
    ctx.setExit(changes.length > 0 ? EXIT.invalid : EXIT.ok);
  });

  common(specs.command('export').description(h('specsExport')).argument('<spec>', h('specId')).requiredOption('--to <format>', h('exportTo')).option('-o, --out <file>', h('out'))).action(async (id: string, raw: Record<string, unknown>) => {
    outputFileOption('-o', raw.out as string | undefined);
    const opts = (await options()).parseExportOptions({ ...raw, lang: ctx.lang });
    const { toTableSchema } = await import('../../authoring/table-schema.js');
    await emit(ctx.io, `${jsonText(toTableSchema((await registry(opts.specsDir)).resolve(specIn(ctx, id)), ctx.lang), 2)}\n`, opts.out);
  });
}

/** Writes the generated pages into --out, or with --check says which of them are out of date or belong to no spec (exit 1). */
async function writeDocs(ctx: CommandContext, opts: Options.DocsCliOptions, pages: Map<string, string>): Promise<void> {
  const out = pathIn(ctx, opts.out);
  if (opts.check) {
    const stale: [string, 'docsStale' | 'docsMissing'][] = [];
    for (const [name, text] of pages) {
      const now = readOrUndefined(join(out, name));
      if (now !== text) stale.push([name, now === undefined ? 'docsMissing' : 'docsStale']);
    }
    const extra = safeList(out).filter((n) => n.endsWith('.md') && !pages.has(n));
    const said = (key: keyof typeof SPEC_DONE_WORDS, name: string): void => ctx.io.stderr(`datakoll: ${printable(say(SPEC_DONE_WORDS[key], ctx.lang, { file: join(opts.out, name) }))}\n`);
    for (const [name, key] of stale) said(key, name);
    for (const name of extra) said('docsExtra', name);
    ctx.setExit(stale.length + extra.length > 0 ? EXIT.invalid : EXIT.ok);
    return;
  }
  for (const [name, text] of pages) await writeOutput(join(out, name), text, ctx.io, { shown: join(opts.out, name) });
  ctx.io.stdout(`${printable(say(SPEC_DONE_WORDS.docsWritten, ctx.lang, { n: pages.size, folder: opts.out }))}\n`);
}

/** A file's text, or undefined when it cannot be read (a page --check finds missing). */
function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** `specs import <file>`: the spec made from a table of attributes, written to -o or standard output. */
async function importFile(ctx: CommandContext, file: string, raw: Record<string, unknown>): Promise<void> {
  const { specVersion, sheet: sheetFlag, ...rest } = raw;
  outputFileOption('-o', raw.out as string | undefined);
  const sheet = sheetFlag === undefined ? undefined : sheetOption(sheetFlag);
  const opts = (await options()).parseImportOptions({ ...rest, version: specVersion, lang: ctx.lang });
  if (opts.out !== undefined && opts.out !== '-') refuseClashes([{ path: pathIn(ctx, file), shown: file }], [{ path: pathIn(ctx, opts.out), shown: opts.out }]);
  const { importSpec, importWorkbookSpec, isWorkbookFile } = await import('../../authoring/import/index.js');
  const path = pathIn(ctx, file);
  const workbook = await isWorkbookFile(path);
  if (!workbook && sheet !== undefined) throw new DatakollError('usage', 'import-failed', { file, problem: SPEC_PROBLEMS['import-sheet-not-workbook'] });
  const result = workbook ? await importWorkbookSpec(path, file, { ...opts, ...(sheet !== undefined ? { sheet } : {}) }) : importSpec(readText(path, file, await import('../spool.js')), file, opts);
  await emit(ctx.io, `${jsonText(result.spec, 2)}\n`, opts.out);
  const [id, count] = [`${String(result.spec['x-id'])}@${String(result.spec['x-version'])}`, (result.spec['x-columns'] as string[]).length];
  ctx.io.stderr(`datakoll: ${printable(say(SPEC_DONE_WORDS.imported, ctx.lang, { file, kind: result.kind, id, count }))}\n`);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
