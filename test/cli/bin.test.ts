import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';

// The built binary, as a user runs it (npm test builds first).
const bin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
const dir = tempDir();
const spec = writeSpec(dir);

function datakoll(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built datakoll binary', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(bin)).toBe(true);
  });

  it('--version and exit 0', () => {
    const r = datakoll(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('validates a file: exit 0 and exit 1', () => {
    const good = writeTemp(dir, 'g.csv', 'id,name\n1,a\n');
    const bad = writeTemp(dir, 'b.csv', 'id,name\nx,a\n');
    expect(datakoll(['validate', good, '--spec', spec]).code).toBe(0);
    const r = datakoll(['validate', bad, '--spec', spec]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('invalid-integer');
  });

  it('reads standard input', () => {
    const r = datakoll(['validate', '-', '--spec', spec, '--format', 'json'], 'id,name\n1,a\n1,b\n');
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toContain('unique-duplicate');
  });

  it('exit 2 and 3 without a stack trace', () => {
    const usage = datakoll(['validate', 'x.csv', '--spec', 'nosuchspec']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^datakoll: Unknown spec/);
    const unreadable = datakoll(['validate', dir, '--spec', spec]);
    expect(unreadable.code).toBe(3);
    expect(unreadable.stdout).toContain('it is a folder');
    for (const r of [usage, unreadable]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('validates the bundled badplatser example as the README shows', () => {
    const r = datakoll(['validate', fileURLToPath(new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url)), '--spec', 'badplatser']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('the package as a library', () => {
  it("import { validateFile } from 'datakoll' resolves to the built entry point", async () => {
    const lib = await import('datakoll');
    expect(typeof lib.validateFile).toBe('function');
    const r = await lib.validateFile(writeTemp(dir, 'lib.csv', 'id,name\n1,a\n'), { spec });
    expect(r.valid).toBe(true);
  });
});
