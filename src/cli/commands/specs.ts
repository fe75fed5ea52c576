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
import { jsonText } from '../../formatters/shared.js';
import { printable } from '../../report/index.js';
import type { CommandContext } from '../context.js';
import { collect, registryFor } from '../context.js';
import { emit, refuseClashes, writeOutput } from '../output.js';
import type * as Options from '../../options/commands.js';
import type * as SpecsOutput from '../specs-output.js';

const options = async (): Promise<typeof Options> => import('../../options/commands.js');
const output = async (): Promise<typeof SpecsOutput> => import('../specs-output.js');

/** Where a spec file is, as the docs should show it: relative to the package for bundled specs. */
function displayPath(spec: Spec): string {
  return spec.bundled ? join('specs', relative(BUNDLED_SPECS_DIR, spec.file)).split('\\').join('/') : spec.file;
}

/** The generated pages: file name -> content. */
export function docsPages(specs: readonly Spec[]): Map<string, string> {
  const pages = new Map<string, string>([['README.md', specsIndexMarkdown(specs)]]);
  for (const s of specs) pages.set(`${s.id}.md`, specMarkdown(s, displayPath(s)));
  return pages;
}

/** The text of a file to import, at most as large as a spec may be. */
function readText(file: string): string {
  let text: string;
  try {
    if (statSync(file).size > MAX_SPEC_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    if (code === 'EFBIG') {
      const mib = MAX_SPEC_BYTES / 1024 / 1024;
      throw new DatakollError('usage', 'import-too-large', { en: `${file} is larger than ${mib} MiB, more than any spec`, sv: `${file} är större än ${mib} MiB, mer än någon specifikation` }, { file });
    }
    throw new DatakollError('io', 'import-unreadable', { en: `Cannot read ${file}: ${code}`, sv: `Kan inte läsa ${file}: ${code}` }, { file });
  }
  return text;
}

export function registerSpecs(program: Command, ctx: CommandContext): void {
  const h = ctx.help;
  const specs = program.command('specs').description(h('specs')).helpOption('-h, --help', h('help'));
  const common = (c: Command): Command => c.option('--lang <lang>', h('lang')).option('--specs-dir <dir>', h('specsDir'), collect, []).helpOption('-h, --help', h('help'));

  common(specs.command('list').description(h('specsList')).option('-f, --format <format>', h('listFormat'), 'text')).action(async (raw: Record<string, unknown>) => {
    const opts = (await options()).parseListOptions({ ...raw, lang: ctx.lang });
    ctx.io.stdout((await output()).formatSpecList((await registryFor(opts.specsDir)).list(), opts.format, ctx.lang));
  });

  common(specs.command('show').description(h('specsShow')).argument('<spec>', h('specId')).option('-f, --format <format>', h('listFormat'), 'text')).action(async (id: string, raw: Record<string, unknown>) => {
    const opts = (await options()).parseListOptions({ ...raw, lang: ctx.lang });
    ctx.io.stdout((await output()).formatSpecShow((await registryFor(opts.specsDir)).resolve(id), opts.format, ctx.lang));
  });

  common(specs.command('docs').description(h('specsDocs')).option('-o, --out <dir>', h('docsOut'), 'docs/specs').option('--check', h('docsCheck'))).action(async (raw: Record<string, unknown>) => {
    const opts = (await options()).parseDocsOptions({ ...raw, lang: ctx.lang });
    const pages = docsPages((await registryFor(opts.specsDir)).list());
    if (opts.check) {
      const stale = [...pages].filter(([name, text]) => {
        try {
          return readFileSync(join(opts.out, name), 'utf8') !== text;
        } catch {
          return true;
        }
      });
      const extra = safeList(opts.out).filter((n) => n.endsWith('.md') && !pages.has(n));
      for (const [name] of stale) ctx.io.stderr(`datakoll: ${join(opts.out, name)} is out of date\n`);
      for (const name of extra) ctx.io.stderr(`datakoll: ${join(opts.out, name)} belongs to no spec\n`);
      ctx.setExit(stale.length + extra.length > 0 ? EXIT.invalid : EXIT.ok);
      return;
    }
    for (const [name, text] of pages) await writeOutput(join(opts.out, name), text, ctx.io, { createFolders: true });
    ctx.io.stdout(`${pages.size} pages written to ${opts.out}\n`);
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
    .option('--lang <lang>', h('lang'))
    .helpOption('-h, --help', h('help'))
    .action(async (file: string, raw: Record<string, unknown>) => {
      const { specVersion, ...rest } = raw;
      const opts = (await options()).parseImportOptions({ ...rest, version: specVersion, lang: ctx.lang });
      if (opts.out !== undefined && opts.out !== '-') refuseClashes([{ path: file, shown: file }], [{ path: opts.out, shown: opts.out }]);
      const { importSpec } = await import('../../authoring/import/index.js');
      const result = importSpec(readText(file), file, opts);
      await emit(ctx.io, `${jsonText(result.spec, 2)}\n`, opts.out);
      ctx.io.stderr(`datakoll: ${printable(`imported ${file} (${result.kind}) as ${String(result.spec['x-id'])}@${String(result.spec['x-version'])}`)}, ${(result.spec['x-columns'] as string[]).length} attributes\n`);
    });

  common(specs.command('diff').description(h('specsDiff')).argument('<a>', h('diffA')).argument('<b>', h('diffB')).option('-f, --format <format>', h('listFormat'), 'text')).action(async (a: string, b: string, raw: Record<string, unknown>) => {
    const opts = (await options()).parseListOptions({ ...raw, lang: ctx.lang });
    const registry = await registryFor(opts.specsDir);
    const [sa, sb] = [registry.resolve(a), registry.resolve(b)];
    const { diffSpecs } = await import('../../authoring/diff.js');
    ctx.io.stdout((await output()).formatDiff(sa, sb, diffSpecs(sa, sb), opts.format, ctx.lang));
  });

  common(specs.command('export').description(h('specsExport')).argument('<spec>', h('specId')).requiredOption('--to <format>', h('exportTo')).option('-o, --out <file>', h('out'))).action(async (id: string, raw: Record<string, unknown>) => {
    const opts = (await options()).parseExportOptions({ ...raw, lang: ctx.lang });
    const { toTableSchema } = await import('../../authoring/table-schema.js');
    await emit(ctx.io, `${jsonText(toTableSchema((await registryFor(opts.specsDir)).resolve(id)), 2)}\n`, opts.out);
  });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
