/** A pool of worker threads (src/worker.ts) that run jobs in the order given, one at a time each. */
import { Worker } from 'node:worker_threads';
import type { Job, JobMessage, JobResult, WorkerMessage } from './protocol.js';

/**
 * The worker's script. Under the test runner this module is TypeScript in src/, where no
 * worker.js exists: the build's copy in dist/ is used (npm test builds first).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/worker.js', here) : new URL('../worker.js', here);
}

/**
 * A worker thread's young generation, MB. V8's default lets it reach 48; 4 measured as fast as 8
 * and about 6 MB smaller, and (with the own CSV parser) 2 as fast as 4 and 2-5 MB smaller at the
 * peak of a two-thread run.
 */
const WORKER_YOUNG_MB = 2;

/**
 * A worker thread's old generation, MB. Left to itself V8 lets a fast-allocating thread's heap
 * grow well past what it holds (a chunk's findings, the compiled spec: 10 to 15 MB); 48 took
 * about 15 MB off the peak of a two-thread run (1M rows, 5% errors) at no measured cost in time.
 * A chunk that needs more (a record of tens of MB) ends the thread, and the file is read again on
 * the calling thread (see validateOne in api.ts).
 */
const WORKER_OLD_MB = 48;

/**
 * The node options a worker thread inherits: the calling process's, less --input-type, which
 * only goes with code given as a string (node --input-type=module -e …) and stops a worker from
 * starting, and less the options a worker refuses (`refused`: process-wide ones such as
 * --expose-gc or --max-old-space-size); every large file would otherwise quietly be read on one
 * thread.
 */
export function workerExecArgv(execArgv: readonly string[], refused: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (let k = 0; k < execArgv.length; k++) {
    const a = execArgv[k] as string;
    if (a === '--input-type') k++;
    else if (!a.startsWith('--input-type=') && !refused.has(a) && !refused.has(a.split('=')[0] as string)) out.push(a);
  }
  return out;
}

/** The options a worker refused, as Node names them in ERR_WORKER_INVALID_EXEC_ARGV's message. */
export function refusedOptions(error: unknown): Set<string> | undefined {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_WORKER_INVALID_EXEC_ARGV') return undefined;
  const listed = String((error as Error).message).split(': ').slice(1).join(': ');
  return new Set(listed.split(',').map((f) => f.trim()).filter((f) => f !== ''));
}

/** The node options threads are started with, once a worker has refused some (found on the first start). */
let execArgvForWorkers: string[] | undefined;

function startWorker(limits: { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number }): Worker {
  const argv = execArgvForWorkers ?? workerExecArgv(process.execArgv);
  try {
    const worker = new Worker(workerUrl(), { execArgv: argv, resourceLimits: limits });
    execArgvForWorkers = argv;
    return worker;
  } catch (e) {
    const refused = refusedOptions(e);
    if (refused === undefined || execArgvForWorkers !== undefined) throw e;
    execArgvForWorkers = workerExecArgv(process.execArgv, refused);
    return new Worker(workerUrl(), { execArgv: execArgvForWorkers, resourceLimits: limits });
  }
}

interface Pending {
  readonly id: number;
  readonly job: Job;
  readonly onProgress: ((bytes: number) => void) | undefined;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  job: Pending | undefined;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  /**
   * @param size the jobs run at once, each on a worker thread; threads start when jobs come, not
   *   before. The calling thread only hands out jobs and takes in results: as a lane of its own it
   *   made the run about 5% faster but its heap, which cannot be capped like a worker's, grew to
   *   60-70 MB (peak RSS 168-173 MB at 5M rows against 142 MB without it).
   */
  constructor(readonly size: number) {}

  /** Runs a job on the next free thread; onProgress gets what the job reports of its reading. */
  run<J extends Job>(job: J, onProgress?: (bytes: number) => void): Promise<JobResult<J>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<JobResult<J>>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, onProgress, resolve: resolve as (r: unknown) => void, reject });
      this.pump();
    });
  }

  /** Stops the threads; jobs not done are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('the worker pool is closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === undefined);
      if (slot === undefined && this.slots.length < this.size) slot = this.spawn();
      if (slot === undefined) return;
      const p = this.queue.shift() as Pending;
      slot.job = p;
      // Buffers a chunk job brings for its result are moved to the worker, not copied.
      slot.worker.postMessage({ id: p.id, job: p.job } satisfies JobMessage, p.job.kind === 'chunk' ? (p.job.spare ?? []) : []);
    }
  }

  private spawn(): Slot {
    // Small generations: a thread's heap otherwise grows to tens of MB of short-lived rows.
    const worker = startWorker({ maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB });
    const slot: Slot = { worker, job: undefined };
    worker.on('message', (m: WorkerMessage) => {
      const p = slot.job;
      if (p === undefined || p.id !== m.id) return;
      if (m.type === 'progress') {
        p.onProgress?.(m.bytes);
        return;
      }
      slot.job = undefined;
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(new Error(m.message));
      this.pump();
    });
    // A thread that dies (out of memory, a bug) fails its job; a new one starts for the next.
    const died = (e: Error): void => {
      const i = this.slots.indexOf(slot);
      if (i === -1) return;
      this.slots.splice(i, 1);
      slot.job?.reject(e);
      slot.job = undefined;
      if (!this.closed) this.pump();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`a worker thread stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }
}
