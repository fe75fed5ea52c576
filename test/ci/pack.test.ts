/**
 * `npm pack`, installed into an empty folder, gives a working datakoll: the tarball ships dist/,
 * specs/, README and CHANGELOG (and nothing of the sources or tests), and the installed CLI finds
 * its bundled specs and its worker thread's file. npm installs from its cache (offline).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import type { Run } from './runner.js';
import { ciEnv, ROOT } from './runner.js';

const root = tempDir();
const prefix = join(root, 'user');
const VALID = join(ROOT, 'fixtures/badplatser/valid/example.csv');
const INVALID = join(ROOT, 'fixtures/badplatser/invalid/cell-values.csv');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
let packed: string[] = [];

function run(command: string, args: string[], cwd: string, extra: Record<string, string> = {}): Run {
  const r = spawnSync(command, args, { cwd, env: ciEnv(extra), encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // dist/ is built (npm test builds first); --ignore-scripts: packing must not rebuild it under other tests.
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], ROOT);
  if (pack.code !== 0) throw new Error(`npm pack: ${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error('npm pack gave no tarball');
  packed = info.files.map((f) => f.path);
  const args = ['install', '--no-audit', '--no-fund', '--prefix', prefix, join(root, info.filename)];
  // The cache holds every dependency after `npm ci`; past that (a cache made otherwise), the registry may fill a gap.
  let install = run('npm', args, root);
  if (install.code !== 0) install = run('npm', args, root, { npm_config_offline: 'false', npm_config_prefer_offline: 'true' });
  if (install.code !== 0) throw new Error(`npm install: ${install.stderr}`);
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const datakoll = (args: string[]): Run => run(join(prefix, 'node_modules/.bin/datakoll'), args, root);

describe('the packed package', () => {
  it('ships dist, specs, README and CHANGELOG, and no sources, tests or fixtures', () => {
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'dist/cli/bin.js', 'dist/index.js', 'dist/index.d.ts', 'dist/worker.js', 'specs/meta-schema.json', 'specs/badplatser/1.0.json']) {
      expect(packed, f).toContain(f);
    }
    const tops = new Set(packed.map((p) => (p.includes('/') ? `${p.split('/')[0]}/` : p)));
    expect([...tops].sort()).toEqual(['CHANGELOG.md', 'README.md', 'dist/', 'package.json', 'specs/']);
  });

  it('installed in an empty folder: datakoll --version and validate with a bundled spec', () => {
    const v = datakoll(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(version);
    const good = datakoll(['validate', VALID, '--spec', 'badplatser']);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    const bad = datakoll(['validate', INVALID, '--spec', 'badplatser', '--format', 'json']);
    expect(bad.code).toBe(1);
    const codes = new Set((JSON.parse(bad.stdout).files[0].diagnostics as { code: string }[]).map((d) => d.code));
    const expected = JSON.parse(readFileSync(INVALID.replace(/\.csv$/, '.expected.json'), 'utf8')) as [number, string, string][];
    expect([...codes].sort()).toEqual([...new Set(expected.map(([, , code]) => code))].sort());
  });

  it('the installed library runs its worker threads from the package', () => {
    // Two files spread over two threads (strict: a thread that fails fails the run instead of falling back).
    const script = `import { validateFiles } from 'datakoll';
const r = await validateFiles(${JSON.stringify([VALID, INVALID])}, { spec: 'badplatser', threads: 2, parallel: { spreadMinBytes: 0, strict: true } });
console.log(JSON.stringify(r.files.map((f) => [f.valid, f.unreadable === true])));`;
    const r = run(process.execPath, ['--input-type=module', '-e', script], prefix);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      [true, false],
      [false, false],
    ]);
  });
});
