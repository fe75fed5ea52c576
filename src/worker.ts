/**
 * The entry of a worker thread (started by WorkerPool): runs the jobs it is sent, one at a time,
 * and posts back progress and the result. Specs compile once per thread (compileSpec's cache).
 */
import { parentPort } from 'node:worker_threads';
import { validateFile } from './api.js';
import type { FileJobOptions } from './api.js';
import { Registry } from './registry/index.js';
import { runChunk, transferables } from './parallel/index.js';
import type { FileJob, JobMessage, WorkerMessage } from './parallel/index.js';
import type { FileReport } from './report/index.js';

const port = parentPort;
if (port === null) throw new Error('src/worker.ts runs only as a worker thread');

function post(m: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  (port as NonNullable<typeof port>).postMessage(m, transfer);
}

async function runFile(id: number, job: FileJob<FileJobOptions>): Promise<FileReport> {
  const { registry, progress, ...crossing } = job.options;
  return validateFile(job.file, {
    ...crossing,
    threads: 1,
    ...(registry !== undefined ? { registry: new Registry(registry) } : {}),
    ...(progress ? { onProgress: (p: { bytes: number }) => post({ id, type: 'progress', bytes: p.bytes }) } : {}),
  });
}

port.on('message', (m: JobMessage) => {
  const work = m.job.kind === 'chunk' ? runChunk(m.job, (bytes) => post({ id: m.id, type: 'progress', bytes })) : runFile(m.id, m.job as FileJob<FileJobOptions>).then((result) => ({ result, checks: undefined }));
  work.then(
    // A chunk's logs (the keys) are moved to the calling thread, not copied.
    ({ result, checks }) => post({ id: m.id, type: 'done', result }, transferables(result, checks)),
    (e: unknown) => post({ id: m.id, type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
});
