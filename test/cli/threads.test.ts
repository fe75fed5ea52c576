/**
 * --threads and the config file's "threads": checked like the other flags, documented in both
 * languages, and handed to validateFiles. What the engine does with them is tested with the
 * engine; here validateFiles is wrapped to see the options it is given.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Api from '../../src/api.js';
import type { ValidateOptions } from '../../src/api.js';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';
import { run } from './run.js';

const seen: ValidateOptions[] = [];

vi.mock('../../src/api.js', async (importActual) => {
  const actual = await importActual<typeof Api>();
  return {
    ...actual,
    validateFiles: (files: Parameters<typeof actual.validateFiles>[0], options: ValidateOptions) => {
      seen.push(options);
      // The run itself on one thread: these tests are about the option, not the engine.
      return actual.validateFiles(files, { ...options, threads: 1 });
    },
  };
});

const dir = tempDir();
const spec = writeSpec(dir);
const good = writeTemp(dir, 'good.csv', 'id,name\n1,a\n');

beforeEach(() => {
  seen.length = 0;
});

describe('--threads', () => {
  it('reaches validateFiles; without it the library decides', async () => {
    expect((await run(['validate', good, '--spec', spec, '--threads', '3', '--no-config'])).code).toBe(0);
    expect(seen.map((o) => o.threads)).toEqual([3]);
    expect((await run(['validate', good, '--spec', spec, '--threads=1', '--no-config'])).code).toBe(0);
    expect((await run(['validate', good, '--spec', spec, '--no-config'])).code).toBe(0);
    expect(seen.map((o) => o.threads)).toEqual([3, 1, undefined]);
    expect('threads' in (seen[2] as object)).toBe(false);
  });

  it('anything but a whole number of at least 1 is a usage error (exit 2) naming the flag and the value', async () => {
    for (const [value, rule] of [
      ['0', 'must be at least 1'],
      ['-2', 'must be at least 1'],
      ['1.5', 'must be a whole number'],
      ['many', 'must be a whole number'],
      ['', 'must be a whole number'],
    ] as const) {
      const r = await run(['validate', good, '--spec', spec, '--threads', value, '--no-config']);
      expect(r.code, value).toBe(2);
      expect(r.stderr).toBe(`datakoll: --threads ${rule} (given: ${JSON.stringify(value)})\n`);
    }
    expect(seen).toEqual([]);
  });

  it('is in the help, in English and Swedish', async () => {
    expect((await run(['validate', '--help'])).stdout).toMatch(/--threads <n>\s+worker threads for large CSV files/);
    expect((await run(['validate', '--help', '--lang', 'sv'])).stdout).toMatch(/--threads <n>\s+arbetstrådar för stora CSV-filer/);
  });
});

describe('"threads" in datakoll.config.json', () => {
  function project(config: Record<string, unknown>): string {
    const cwd = tempDir();
    writeSpec(cwd);
    writeTemp(cwd, 'a.csv', 'id,name\n1,a\n');
    writeTemp(cwd, 'datakoll.config.json', JSON.stringify({ validate: [{ files: '*.csv', spec: './mini.json' }], ...config }));
    return cwd;
  }

  it('reaches validateFiles for every entry; the flag wins', async () => {
    const cwd = project({ threads: 2 });
    expect((await run(['validate'], { cwd })).code).toBe(0);
    expect((await run(['validate', '--threads', '4'], { cwd })).code).toBe(0);
    expect(seen.map((o) => o.threads)).toEqual([2, 4]);
  });

  it('must be a whole number of at least 1', async () => {
    for (const [threads, message] of [
      [0, 'threads must be at least 1 (given: 0)'],
      [1.5, 'threads must be a whole number (given: 1.5)'],
      ['2', 'threads must be a number (given: "2")'],
    ] as const) {
      const r = await run(['validate'], { cwd: project({ threads }) });
      expect(r.code, String(threads)).toBe(2);
      expect(r.stderr).toBe(`datakoll: datakoll.config.json: ${message}\n`);
    }
    expect(seen).toEqual([]);
  });
});
