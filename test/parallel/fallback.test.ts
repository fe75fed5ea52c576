/**
 * When a worker thread fails on a chunk, the file is validated again on the calling thread and the
 * report is the one-thread report. Here a worker runs out of memory for real: one record holds a
 * cell of 64 Mi characters, more than a worker's old generation (48 MB) can take.
 */
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';
import { run } from '../cli/run.js';

const dir = tempDir();
const spec = writeSpec(dir);
const small = (from: number): string[] => Array.from({ length: 100 }, (_, i) => `${from + i},${i % 9 === 0 ? '' : 'namn'},57.1,${i % 11 === 0 ? 'kanske' : 'true'},2024-01-02`);
const file = writeTemp(dir, 'fallback.csv', ['id,name,lat,ok,day', ...small(1), `500,${'x'.repeat(64 * 1024 * 1024)},57.1,true,2024-01-02`, ...small(101)].join('\n') + '\n');
const parallel = { chunkMinBytes: 0, chunkBytes: 4096 };

describe('a worker thread that fails', () => {
  it('leaves the file to the calling thread, which gives the one-thread report', async () => {
    const one = await validateFile(file, { spec, threads: 1 });
    let chunked = false;
    const told: [string, string][] = [];
    const two = await validateFile(file, { spec, threads: 2, parallel: { ...parallel, onChunked: () => (chunked = true), onFallback: (f, reason) => void told.push([f, reason]) } });
    expect(chunked).toBe(false);
    // The caller is told (the CLI says so on stderr), once.
    expect(told).toEqual([[file, expect.stringMatching(/memory/i)]]);
    expect({ ...two, durationMs: 0 }).toEqual({ ...one, durationMs: 0 });
    expect(one.stats.rows).toBe(201);
    expect(one.stats.errors).toBeGreaterThan(20);
  }, 120_000);

  it('fails the file instead with parallel.strict, saying why', async () => {
    const r = await validateFile(file, { spec, threads: 2, parallel: { ...parallel, strict: true } });
    expect(r.unreadable).toBe(true);
    expect(r.diagnostics[r.diagnostics.length - 1]).toMatchObject({ code: 'file-unreadable', params: { reason: 'out-of-memory' } });
  }, 120_000);

  it('is reported by the CLI on stderr, in the chosen language, with the report unchanged', async () => {
    // Over 128 MiB, so the CLI cuts the file into chunks by itself; the cell is more than a
    // worker can hold, and more than MAX_RECORD_CHARS, so the one-thread read reports it unreadable.
    const huge = writeTemp(dir, 'huge.csv', ['id,name,lat,ok,day', ...small(1), `500,${'x'.repeat(129 * 1024 * 1024)},57.1,true,2024-01-02`, ...small(101)].join('\n') + '\n');
    const r = await run(['validate', huge, '--spec', spec, '--threads', '2', '--lang', 'sv', '--no-config', '--no-progress', '--format', 'json']);
    expect(r.stderr).toMatch(/^datakoll: en arbetstråd klarade inte .*huge\.csv \(minnet tog slut när filen lästes i en arbetstråd\); filen lästes om i en enda tråd/);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { stats: { rows: number }; diagnostics: { code: string; params: { reason?: string } }[] }[] };
    expect(report.files[0]?.stats.rows).toBe(201);
    expect(report.files[0]?.diagnostics.find((d) => d.code === 'csv-malformed')?.params.reason).toBe('record-too-large');
  }, 120_000);
});
