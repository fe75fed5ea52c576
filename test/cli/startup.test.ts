/**
 * Start-up time (issue #7): a `datakoll validate` run loads only what it uses. The built binary
 * runs with a preload that records every module it loads; the test names what must stay out.
 * (Time itself is measured by bench/run.mjs, never in tests.)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/api.js';
import { attr, miniSpec, tempDir, writeSpec, writeTemp } from '../helpers.js';

const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const dir = tempDir();

/** Runs the built binary and returns its exit code and the modules it loaded (paths from the package root). */
function modulesOf(args: string[], env: Record<string, string> = {}, script: string[] = [root('dist/cli/bin.js')]): { code: number | null; stderr: string; modules: string[] } {
  const out = join(tempDir(), 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', root('test/cli/startup/record-modules.mjs'), ...script, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '1', DATAKOLL_MODULES_OUT: out, ...env },
  });
  const base = root('');
  const modules = [...new Set(readFileSync(out, 'utf8').split('\n'))]
    .map((l) => l.replace(/^(esm|cjs):/, ''))
    .map((m) => (m.startsWith('file:') ? fileURLToPath(m) : m).replace(base, ''));
  return { code: r.status, stderr: r.stderr, modules };
}

const loaded = (modules: readonly string[], prefix: string): string[] => modules.filter((m) => m.startsWith(prefix));

describe('what a validate run loads', () => {
  it("a user's spec: Ajv from the build's bundle, not from its ninety files", () => {
    const spec = writeSpec(dir, miniSpec(), 'user.json');
    const r = modulesOf(['validate', writeTemp(dir, 'u.csv', 'id,name\n1,a\n'), '--spec', spec, '--no-config']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(loaded(r.modules, 'dist/schema/ajv-bundle.cjs')).toHaveLength(1);
    expect(loaded(r.modules, 'node_modules/ajv/dist/core.js')).toEqual([]);
    expect(loaded(r.modules, 'node_modules/ajv/dist/compile/')).toEqual([]);
  });

  const csv = root('fixtures/badplatser/valid/example.csv');

  it('a bundled spec: not Ajv (its validators are precompiled), zod, chalk, the fix or authoring tools, or formatters it does not write', () => {
    const r = modulesOf(['validate', csv, '--spec', 'badplatser']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(loaded(r.modules, 'dist/api.js')).toHaveLength(1);
    for (const unused of ['dist/schema/ajv-bundle.cjs', 'node_modules/ajv/dist/core.js', 'node_modules/ajv-formats/dist/index.js', 'node_modules/zod/', 'node_modules/chalk/', 'node_modules/tinyglobby/', 'dist/fix/', 'dist/authoring/import/', 'dist/authoring/template.js', 'dist/authoring/xlsx-template.js', 'dist/input/xlsx-write.js', 'node_modules/yazl/', 'node_modules/yauzl/', 'node_modules/saxes/', 'dist/input/workbook/index.js', 'dist/formatters/html.js', 'dist/formatters/json.js', 'dist/options/config.js', 'dist/options/commands.js', 'dist/harvest/', 'node_modules/n3/', 'node_modules/rdfxml-streaming-parser/', 'node_modules/jsonld-streaming-parser/']) {
      expect(loaded(r.modules, unused), unused).toEqual([]);
    }
  });

  it("the library's validateFile: not the RDF parsers harvest uses (they held 13 MB of every run)", () => {
    const program = `import(${JSON.stringify(pathToFileURL(root('dist/index.js')).href)}).then(async (m) => { const r = await m.validateFile(${JSON.stringify(csv)}, { spec: 'badplatser' }); process.exitCode = r.stats.rows > 0 ? 0 : 1; })`;
    const r = modulesOf([], {}, ['--input-type=module', '-e', program]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(loaded(r.modules, 'dist/harvest/rdf.js')).toHaveLength(1);
    for (const unused of ['node_modules/n3/', 'node_modules/rdfxml-streaming-parser/', 'node_modules/jsonld-streaming-parser/', 'node_modules/readable-stream/']) {
      expect(loaded(r.modules, unused), unused).toEqual([]);
    }
  });

  it('the formatters asked for, and zod when there is a config file', () => {
    const spec = writeSpec(dir);
    const data = writeTemp(dir, 'a.csv', 'id,name\n1,a\n');
    writeTemp(dir, 'datakoll.config.json', JSON.stringify({ validate: [{ files: '*.csv', spec: './mini.json' }] }));
    const r = modulesOf(['validate', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(loaded(r.modules, 'dist/formatters/json.js')).toHaveLength(1);
    expect(loaded(r.modules, 'dist/formatters/text.js')).toEqual([]);
    expect(loaded(r.modules, 'node_modules/zod/').length).toBeGreaterThan(0);
    expect(loaded(r.modules, 'node_modules/tinyglobby/').length).toBeGreaterThan(0);
    expect(modulesOf(['validate', data, '--spec', spec, '--no-config']).modules.filter((m) => m.startsWith('node_modules/zod/'))).toEqual([]);
  });
});

/** What a report says, without what differs from run to run. */
function findings(report: { readonly diagnostics: readonly unknown[]; readonly stats: unknown; readonly valid: boolean; readonly format: string }): unknown {
  return { valid: report.valid, format: report.format, stats: report.stats, diagnostics: report.diagnostics };
}

describe("the build's precompiled validators and Ajv bundle", () => {
  // The built library: precompiled validators for the bundled specs, Ajv from the bundle otherwise.
  const built = import(root('dist/api.js')) as Promise<typeof source>;

  it('find what Ajv compiled from source finds, in every fixture of every bundled spec', async () => {
    const { validateFile } = await built;
    let files = 0;
    for (const id of readdirSync(root('fixtures')).filter((n) => n !== 'broken' && !n.includes('.'))) {
      for (const kind of ['valid', 'invalid']) {
        let names: string[];
        try {
          names = readdirSync(root(`fixtures/${id}/${kind}`)).filter((n) => !n.endsWith('.expected.json'));
        } catch {
          continue;
        }
        for (const name of names) {
          const file = root(`fixtures/${id}/${kind}/${name}`);
          const [a, b] = [await validateFile(file, { spec: id, threads: 1 }), await source.validateFile(file, { spec: id, threads: 1 })];
          expect(findings(a), `${id}/${kind}/${name}`).toEqual(findings(b));
          files++;
        }
      }
    }
    expect(files).toBeGreaterThan(40);
    // The built library ran on precompiled validators: it never loaded Ajv.
    const cjs = Object.keys(createRequire(import.meta.url).cache);
    expect(cjs.filter((f) => f.includes('/dist/schema/precompiled/')).length).toBeGreaterThan(20);
    expect(cjs.filter((f) => f.endsWith('/dist/schema/ajv-bundle.cjs'))).toEqual([]);
  });

  it("check a user's spec and its data as Ajv from source does", async () => {
    const { validateFile } = await built;
    const spec = writeSpec(dir, miniSpec({ properties: { ...(miniSpec().properties as object), name: attr('string', { minLength: 1, pattern: '^(a+)+$' }) } }), 'patterned.json');
    const data = writeTemp(dir, 'p.csv', 'id,name,lat,ok,day\n1,aaa,1.5,true,2024-02-30\nx,b,200,ja,\n');
    const [a, b] = [await validateFile(data, { spec, threads: 1 }), await source.validateFile(data, { spec, threads: 1 })];
    expect(a.diagnostics.length).toBeGreaterThan(3);
    expect(findings(a)).toEqual(findings(b));
  });

  it("reject a broken user's spec with the message Ajv from source gives", async () => {
    const { validateFile } = await built;
    const broken = [
      { ...miniSpec(), properties: { ...(miniSpec().properties as object), name: attr('string', { minLength: -1 }) } },
      { ...miniSpec(), properties: { ...(miniSpec().properties as object), name: attr('string', { pattern: '(' }) } },
      { ...miniSpec(), properties: { ...(miniSpec().properties as object), name: attr('strin') } },
      { ...miniSpec(), properties: { ...(miniSpec().properties as object), day: attr('string', { format: 'no-such-format' }) } },
      { ...miniSpec(), properties: { ...(miniSpec().properties as object), name: attr('string', { $ref: '#/$defs/none' }) } },
    ];
    for (const [i, s] of broken.entries()) {
      const spec = writeSpec(dir, s, `broken-${i}.json`);
      const message = async (v: typeof validateFile): Promise<string> => v(writeTemp(dir, 'b.csv', 'id,name\n1,a\n'), { spec, threads: 1 }).then(() => '(no error)', (e: Error) => e.message);
      const [a, b] = [await message(validateFile), await message(source.validateFile)];
      expect(a, JSON.stringify(s)).toBe(b);
      expect(a).toMatch(/is not a valid datakoll spec/);
    }
  });
});
