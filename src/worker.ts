/**
 * The entry of a worker thread (started by WorkerPool): runs the jobs it is sent, one at a time,
 * and posts back progress and the result. Specs compile once per thread (compileSpec's cache).
 */
import { setFlagsFromString } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { WorkerPool, runChunk, transferables } from './parallel/index.js';
import type { FileJob, JobMessage, WorkerMessage } from './parallel/index.js';
import type { FileReport } from './report/index.js';
import { validateOne } from './api/drive.js';
import { fromWire } from './engine/index.js';
import type { WireOptions } from './engine/index.js';

// V8's allocation-site pretenuring, decided from the first few hundred objects of a site while a
// worker warms up, sometimes sends a hot site's short-lived objects straight to the old
// generation: the thread then does about 50 full collections instead of 2 and a two-thread run
// takes 40-70% more CPU (bench: 1M rows, chunked; --trace-pretenuring-statistics and --trace-gc).
// Without it the young generation sorts them out as it should. The flag is V8's, for the whole
// process (CONTRIBUTING.md says so).
setFlagsFromString('--no-allocation-site-pretenuring');

const port = parentPort;
if (port === null) throw new Error('src/worker.ts runs only as a worker thread');

function post(m: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  (port as NonNullable<typeof port>).postMessage(m, transfer);
}

/** A pool of one, never started: a file job is read on this thread. */
const here = new WorkerPool(1);

async function runFile(id: number, job: FileJob<WireOptions>): Promise<FileReport> {
  const options = await fromWire(job.options, (p) => post({ id, type: 'progress', bytes: p.bytes }));
  return validateOne(job.file, options, here);
}

port.on('message', (m: JobMessage) => {
  const work = m.job.kind === 'chunk' ? runChunk(m.job, (bytes) => post({ id: m.id, type: 'progress', bytes })) : runFile(m.id, m.job as FileJob<WireOptions>).then((result) => ({ result, checks: undefined }));
  work.then(
    // A chunk's logs (the keys) are moved to the calling thread, not copied.
    ({ result, checks }) => post({ id: m.id, type: 'done', result }, transferables(result, checks)),
    (e: unknown) => post({ id: m.id, type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
});
