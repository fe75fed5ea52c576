/**
 * Worker threads give the report one thread gives: generated CSV files (dialects, encodings,
 * quoted line breaks, duplicates across chunks, errors, truncation at maxErrors) are validated on
 * one thread and, cut into tiny chunks, on two; the reports must be equal but for durations.
 * The pool runs dist/worker.js (npm test builds first).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateFile, validateFiles } from '../../src/api.js';
import type { FileReport, RunReport } from '../../src/report/index.js';
import { WorkerPool, refusedOptions, workerExecArgv } from '../../src/parallel/index.js';
import { toWire } from '../../src/engine/index.js';
import { resolveOptions } from '../../src/api/options.js';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';

const dir = tempDir();
const spec = writeSpec(dir);

const cell = {
  id: fc.oneof(fc.integer({ min: 1, max: 40 }).map(String), fc.constantFrom('x', '1,5', '', ' 7', '+3')),
  name: fc.constantFrom('Ån', 'Väg, 1', '"Citat ""x"""', '"två\nrader"', '"tre\r\nrader"', '12" skärm', 'NULL', '', 'ok'),
  lat: fc.constantFrom('57.1', '57,1', '95', 'abc', '', '-1.25'),
  ok: fc.constantFrom('true', 'false', 'ja', 'nej', '', 'kanske'),
  day: fc.constantFrom('2024-01-02', '2/1/2024', '20240102', '', '2024-13-01'),
};
const row = fc.tuple(cell.id, cell.name, cell.lat, cell.ok, cell.day, fc.integer({ min: -1, max: 1 }), fc.boolean());

interface Generated {
  readonly rows: readonly (readonly [string, string, string, string, string, number, boolean])[];
  readonly delimiter: string;
  readonly eol: string;
  readonly bom: boolean;
  readonly latin1: boolean;
  readonly title: boolean;
  readonly trailing: boolean;
  readonly blank: number;
  readonly tail: string;
}

const file: fc.Arbitrary<Generated> = fc.record({
  rows: fc.array(row, { maxLength: 40 }),
  delimiter: fc.constantFrom(',', ';'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  latin1: fc.boolean(),
  title: fc.boolean(),
  trailing: fc.boolean(),
  blank: fc.nat({ max: 3 }),
  tail: fc.constantFrom('', '\n', '"open', '\n\n'),
});

/** The CSV text of a generated file; a row may lose or gain a cell, and blank lines are sprinkled in. */
function render(f: Generated): Buffer {
  const d = f.delimiter;
  const lines: string[] = [];
  if (f.title) lines.push('Badplatser i kommunen');
  lines.push(['id', 'name', 'lat', 'ok', 'day'].join(d) + (f.trailing ? d : ''));
  f.rows.forEach(([id, name, lat, ok, day, width, blankAfter], i) => {
    const cells = [id, name, lat, ok, day].map((c) => (d === ';' ? c.replace('Väg, 1', 'Väg; 1') : c));
    if (width < 0) cells.pop();
    if (width > 0) cells.push('extra');
    lines.push(cells.join(d) + (f.trailing ? d : ''));
    if (blankAfter && i % (f.blank + 2) === 0) lines.push('');
  });
  const text = lines.join(f.eol) + f.tail;
  const body = f.latin1 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8');
  return f.bom && !f.latin1 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** A report without what differs between runs (durations, start times). */
function comparable(r: RunReport): unknown {
  return { ...r, startedAt: '', files: r.files.map((f: FileReport) => ({ ...f, durationMs: 0 })) };
}

let n = 0;

describe('parallel validation', () => {
  it('gives the single-thread report on generated files cut into tiny chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 120 }), fc.constantFrom(2, 5, 1000), async (files, chunkBytes, maxErrors) => {
        const paths = files.map((f) => writeTemp(dir, `gen-${n++}.csv`, render(f)));
        const one = await validateFiles(paths, { spec, threads: 1, maxErrors });
        const chunked = new Map<string, number>();
        const onChunked = (f: string, k: number): void => void chunked.set(f, k);
        const two = await validateFiles(paths, { spec, threads: 2, maxErrors, parallel: { chunkMinBytes: 0, chunkBytes, strict: true, onChunked } });
        expect(comparable(two)).toEqual(comparable(one));
        // Every file with rows went through the threads (a header alone, unended, is not cut);
        // with rows beyond the first chunk, in several chunks.
        files.forEach((f, i) => {
          if (f.rows.length > 0) expect(chunked.get(paths[i] as string), paths[i]).toBeGreaterThanOrEqual(1);
          if (f.rows.length * 30 > chunkBytes + 60) expect(chunked.get(paths[i] as string), paths[i]).toBeGreaterThan(1);
        });
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('finds duplicates across chunks with the first row, once per row among rows with errors', async () => {
    const rows = ['id,name,lat,ok,day', ...Array.from({ length: 300 }, (_, i) => `${(i % 100) + 1},${i % 7 === 0 ? '' : 'namn'},57.1,true,2024-01-02`)];
    const p = writeTemp(dir, 'dups.csv', rows.join('\n') + '\n');
    const one = await validateFile(p, { spec, threads: 1 });
    let chunks = 0;
    const two = await validateFile(p, { spec, threads: 2, parallel: { chunkMinBytes: 0, chunkBytes: 500, strict: true, onChunked: (_f, k) => (chunks = k) } });
    expect(chunks).toBeGreaterThan(5);
    expect({ ...two, durationMs: 0 }).toEqual({ ...one, durationMs: 0 });
    expect(one.groups.find((g) => g.code === 'unique-duplicate')?.count).toBe(200);
    const d = one.diagnostics.find((x) => x.code === 'unique-duplicate');
    expect(d).toMatchObject({ row: 102, line: 102, field: 'id', value: '1', params: { firstRow: 2 } });
    // rows with a missing name (every 7th) that are also duplicates count once
    const both = rows.slice(101).filter((r, i) => (i + 100) % 7 === 0).length;
    expect(one.stats.rowsWithErrors).toBe(200 + 43 - both);
  }, 60_000);

  it('spreads several files over the threads and keeps their order', async () => {
    const paths = Array.from({ length: 5 }, (_, i) => writeTemp(dir, `spread-${i}.csv`, `id,name\n${i + 1},a\n${i === 2 ? 'x' : i + 10},b\n`));
    const one = await validateFiles(paths, { spec, threads: 1 });
    const two = await validateFiles(paths, { spec, threads: 2, parallel: { spreadMinBytes: 0, strict: true } });
    expect(comparable(two)).toEqual(comparable(one));
    expect(two.files.map((f) => f.valid)).toEqual([true, true, false, true, true]);
  }, 60_000);

  it('reports an unreadable file in a spread run like any other', async () => {
    const ok = writeTemp(dir, 'fine.csv', 'id,name\n1,a\n');
    const missing = join(dir, 'missing.csv');
    const two = await validateFiles([ok, missing, ok], { spec, threads: 2, parallel: { spreadMinBytes: 0 } });
    expect(two.files.map((f) => f.unreadable)).toEqual([false, true, false]);
  }, 60_000);
});

describe('WorkerPool', () => {
  it('fails a job whose thread cannot do it, and goes on with the next', async () => {
    const pool = new WorkerPool(1);
    try {
      const missing = pool.run({ kind: 'file', file: join(dir, 'nowhere.csv'), options: { spec: 'auto', progress: false } });
      await expect(missing).resolves.toMatchObject({ unreadable: true });
      const p = join(dir, 'pool.csv');
      writeFileSync(p, 'id,name\n1,a\n');
      const bad = pool.run({ kind: 'chunk', file: join(dir, 'nowhere.csv'), start: 0, end: 10, spec: (await import('../../src/registry/index.js')).loadSpecFile(spec, false), encoding: { encoding: 'utf-8', bom: false }, dialect: { delimiter: ',', quote: '"', lineEnding: 'LF', trailingDelimiter: false, titleRow: false, emptyHeaderNames: 0, spacesAroundValues: 0, confidence: 1 }, lineBreak: '\n', room: 10, options: toWire(await resolveOptions({ spec, threads: 1 })) });
      await expect(bad).rejects.toThrow(/ENOENT|no such file/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('workerExecArgv', () => {
  it('drops --input-type, which stops a worker thread from starting, and keeps the rest', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'code'])).toEqual(['-e', 'code']);
    expect(workerExecArgv(['--input-type', 'module', '--enable-source-maps'])).toEqual(['--enable-source-maps']);
    expect(workerExecArgv(['--conditions=dev'])).toEqual(['--conditions=dev']);
  });

  it('drops the options a worker refused, by name, with or without a value', () => {
    const refused = refusedOptions(Object.assign(new Error('Initiated Worker with invalid execArgv flags: --expose-gc, --max-old-space-size=2000'), { code: 'ERR_WORKER_INVALID_EXEC_ARGV' }));
    expect(refused).toEqual(new Set(['--expose-gc', '--max-old-space-size=2000']));
    expect(workerExecArgv(['--expose-gc', '--max-old-space-size=2000', '--enable-source-maps'], refused)).toEqual(['--enable-source-maps']);
    expect(workerExecArgv(['--expose-gc'], new Set(['--expose-gc']))).toEqual([]);
    expect(refusedOptions(new Error('another failure'))).toBeUndefined();
  });

  // Found by the benchmark run with node --expose-gc: every thread failed to start, and every
  // large file was quietly read on one thread.
  it('a process started with options a worker refuses still validates in chunks on threads', () => {
    const file = join(dir, 'argv-big.csv');
    writeFileSync(file, 'id,name,lat,ok,day\n' + Array.from({ length: 20000 }, (_, i) => `${i},plats ${i},57.5,true,2026-12-03`).join('\n') + '\n');
    const script = `const { validateFile } = await import(${JSON.stringify(pathToFileURL(resolve('dist/index.js')).href)});
      let chunks = 0; const fallbacks = [];
      const r = await validateFile(${JSON.stringify(file)}, { spec: ${JSON.stringify(spec)}, threads: 2, parallel: { chunkMinBytes: 1, chunkBytes: 65536, onChunked: (_f, n) => (chunks = n), onFallback: (_f, why) => fallbacks.push(why) } });
      console.log(JSON.stringify({ chunks, fallbacks, rows: r.stats.rows }));`;
    const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=3000', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const got = JSON.parse(out.trim()) as { chunks: number; fallbacks: string[]; rows: number };
    expect(got.fallbacks).toEqual([]);
    expect(got.chunks).toBeGreaterThan(1);
    expect(got.rows).toBe(20000);
  }, 60_000);
});
