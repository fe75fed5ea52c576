/**
 * Resources a run takes from its flags are bounded: --max-errors and --threads (and the config's),
 * a JSON report longer than any JavaScript string is still written (in pieces), and a report that
 * cannot be made fails with exit 4 after the others are written, never with an internal error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatakollError } from '../../src/errors.js';
import { NO_COLORS } from '../../src/formatters/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { cell, fileReport, runReport } from '../formatters/fixture.js';
import { miniSpec, tempDir, writeSpec, writeTemp } from '../helpers.js';
import { run } from './run.js';

const io = (stdout: (s: string) => void): CliIo => ({ stdout, stderr: () => undefined, stdin: Readable.from([]), env: {}, stdoutIsTTY: false, stderrIsTTY: false });

describe('--max-errors', () => {
  const dir = tempDir();
  const spec = writeSpec(dir, miniSpec());
  const data = writeTemp(dir, 'd.csv', `id,name\n${'x,a\n'.repeat(300)}`);

  it('above 100000 is a usage error (exit 2), on the command line and in the config file', async () => {
    const r = await run(['validate', data, '--spec', spec, '--max-errors', '999999999']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-errors must be at most 100000 (given: "999999999")');
    writeFileSync(join(dir, 'datakoll.config.json'), JSON.stringify({ maxErrors: 1_000_000, validate: [{ files: 'd.csv', spec }] }));
    const c = await run(['validate'], { cwd: dir });
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/maxErrors must be at most 100000 \(given: 1000000\)/);
  });

  it('100000 is allowed, and the library keeps to it whatever it is given', async () => {
    expect((await run(['validate', data, '--spec', spec, '--max-errors', '100000', '--no-config'], { cwd: dir })).code).toBe(1);
    const { validateFile } = await import('../../src/api.js');
    const many = writeTemp(dir, 'many.csv', `id,name\n${'x,a\n'.repeat(100_050)}`);
    const r = await validateFile(many, { spec, maxErrors: 1e12 });
    expect(r.stats.errors).toBe(100_050);
    expect(r.diagnostics).toHaveLength(100_000);
    expect(r.partial).toBe(true);
  });
});

describe('--threads', () => {
  const max = 4 * availableParallelism();

  it('more than four per processor are lowered to that, with a note on standard error (flag and config)', async () => {
    const dir = tempDir();
    const spec = writeSpec(dir, miniSpec());
    writeTemp(dir, 'd.csv', 'id,name\n1,a\n');
    const r = await run(['validate', join(dir, 'd.csv'), '--spec', spec, '--threads', '300', '--lang', 'sv', '--no-config'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`datakoll: 300 trådar är fler än fyra per processor; datakoll använder ${max} (fler ger bara mer minne, inte mer fart)\n`);
    writeFileSync(join(dir, 'datakoll.config.json'), JSON.stringify({ threads: 100000, validate: [{ files: 'd.csv', spec }] }));
    const c = await run(['validate'], { cwd: dir });
    expect(c.code).toBe(0);
    expect(c.stderr).toContain(`100000 threads are more than four per processor; datakoll uses ${max}`);
    expect((await run(['validate', join(dir, 'd.csv'), '--spec', spec, '--threads', String(max), '--no-config'], { cwd: dir })).stderr).toBe('');
  });

  it('the library never starts more than maxThreads()', async () => {
    const { maxThreads } = await import('../../src/api.js');
    expect(maxThreads()).toBe(max);
    const { WorkerPool } = await import('../../src/parallel/index.js');
    const sizes: number[] = [];
    const spy = vi.spyOn(WorkerPool.prototype, 'close').mockImplementation(async function (this: { size: number }) {
      sizes.push(this.size);
    });
    try {
      const { validateFiles } = await import('../../src/api.js');
      await validateFiles([], { spec: 'badplatser', threads: 100_000 });
    } finally {
      spy.mockRestore();
    }
    expect(sizes).toEqual([max]);
  });
});

describe('writing the reports', () => {
  afterEach(() => {
    vi.doUnmock('../../src/formatters/html.js');
    vi.resetModules();
  });

  it('a JSON report longer than the longest JavaScript string is written, piece by piece', async () => {
    // 40,000 listed findings (one object, listed again and again) of 16,000 characters each.
    const one = cell(2, 'postcode', 11, 'x'.repeat(8000));
    const f = fileReport('big.csv', [one], 2);
    const report = runReport([{ ...f, diagnostics: new Array<typeof one>(40_000).fill(one) }]);
    const { writeReports } = await import('../../src/cli/reports.js');
    let length = 0;
    let pieces = 0;
    let head = '';
    let tail = '';
    await writeReports(report, [{ format: 'json' }], io((s) => {
      if (pieces++ === 0) head = s;
      tail = s;
      length += s.length;
    }), { lang: 'en', colors: NO_COLORS });
    expect(length).toBeGreaterThan(2 ** 29);
    expect(head).toMatch(/^\{\n {2}"reportVersion": 1,/);
    expect(tail).toMatch(/\n {2}"lang": "en"\n\}\n$/);
  }, 120_000);

  it('a report that cannot be made fails with exit 4 and a message, after the other reports are written', async () => {
    vi.doMock('../../src/formatters/html.js', () => ({
      formatHtml: () => {
        throw new RangeError('Invalid string length');
      },
    }));
    const { writeReports } = await import('../../src/cli/reports.js');
    const dir = tempDir();
    const report = runReport([fileReport('a.csv', [cell(2, 'postcode', 11, '4123')], 2)]);
    const outputs = [{ format: 'html' as const, file: join(dir, 'r.html') }, { format: 'json' as const, file: join(dir, 'r.json') }];
    const failure = await writeReports(report, outputs, io(() => undefined), { lang: 'sv', colors: NO_COLORS }).then(
      () => undefined,
      (e: unknown) => e,
    );
    // (The modules were loaded again for the mock: the class is another one of the same name.)
    expect((failure as Error).name).toBe('DatakollError');
    expect((failure as DatakollError).kind).toBe('write');
    expect((failure as DatakollError).text('sv')).toBe(`Rapporten i formatet html (${join(dir, 'r.html')}) kunde inte skapas: Invalid string length`);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).files[0].file).toBe('a.csv');
  });
});
