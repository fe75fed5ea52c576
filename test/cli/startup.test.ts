/**
 * Start-up time (issue #7): a `datakoll validate` run loads only what it uses. The built binary
 * runs with a preload that records every module it loads; the test names what must stay out.
 * (Time itself is measured by bench/run.mjs, never in tests.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';

const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const dir = tempDir();

/** Runs the built binary and returns its exit code and the modules it loaded (paths from the package root). */
function modulesOf(args: string[], env: Record<string, string> = {}): { code: number | null; stderr: string; modules: string[] } {
  const out = join(tempDir(), 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', root('test/cli/startup/record-modules.mjs'), root('dist/cli/bin.js'), ...args], {
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
  const csv = root('fixtures/badplatser/valid/example.csv');

  it('a bundled spec: not zod, chalk, the fix or authoring tools, or formatters it does not write', () => {
    const r = modulesOf(['validate', csv, '--spec', 'badplatser']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(loaded(r.modules, 'dist/api.js')).toHaveLength(1);
    for (const unused of ['node_modules/zod/', 'node_modules/chalk/', 'node_modules/tinyglobby/', 'dist/fix/', 'dist/authoring/import/', 'dist/authoring/template.js', 'dist/formatters/html.js', 'dist/formatters/json.js', 'dist/options/config.js', 'dist/options/commands.js']) {
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
