/**
 * When a thread fails on a chunk (out of memory on a huge record, say), the file is validated
 * again on the calling thread: the report is the one-thread report. Here every chunk run on the
 * calling thread fails, so the first chunk always does.
 */
import { describe, expect, it, vi } from 'vitest';
import { validateFile } from '../../src/api.js';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';
import type * as ChunkJobModuleNs from '../../src/parallel/chunk-job.js';

type ChunkJobModule = typeof ChunkJobModuleNs;

vi.mock('../../src/parallel/chunk-job.js', async (importActual) => {
  const actual = await importActual<ChunkJobModule>();
  return {
    ...actual,
    runChunk: () => Promise.reject(new Error('the thread ran out of memory')),
  };
});

const dir = tempDir();
const spec = writeSpec(dir);
const rows = ['id,name,lat,ok,day', ...Array.from({ length: 200 }, (_, i) => `${(i % 150) + 1},${i % 9 === 0 ? '' : 'namn'},57.1,${i % 11 === 0 ? 'kanske' : 'true'},2024-01-02`)];
const file = writeTemp(dir, 'fallback.csv', rows.join('\n') + '\n');

describe('a failed thread', () => {
  it('leaves the file to the calling thread, which gives the one-thread report', async () => {
    const one = await validateFile(file, { spec, threads: 1 });
    let chunked = false;
    const two = await validateFile(file, { spec, threads: 2, parallel: { chunkMinBytes: 0, chunkBytes: 300, onChunked: () => (chunked = true) } });
    expect(chunked).toBe(false);
    expect({ ...two, durationMs: 0 }).toEqual({ ...one, durationMs: 0 });
    expect(one.stats.errors).toBeGreaterThan(50);
  }, 60_000);

  it('fails the file instead with parallel.strict, saying why', async () => {
    const r = await validateFile(file, { spec, threads: 2, parallel: { chunkMinBytes: 0, chunkBytes: 300, strict: true } });
    expect(r.unreadable).toBe(true);
    expect(r.diagnostics[r.diagnostics.length - 1]).toMatchObject({ code: 'file-unreadable', params: { reason: expect.stringMatching(/out of memory/) } });
  }, 60_000);
});
