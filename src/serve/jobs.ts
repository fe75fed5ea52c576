/**
 * The queue: each uploaded file is a job, and jobs run one at a time, in the order they came
 * (validating, and fixing when the fixed file is asked for), never side by side. Each job has a
 * folder of its own inside the server's private folder; the oldest finished jobs are dropped, and
 * their folders removed, once more than KEEP are held or their uploads together pass the budget.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry, Spec } from '../registry/index.js';
import type { RunReport } from '../report/index.js';
import type { Both, Fixed } from './run.js';
import { check, failureOf, fix } from './run.js';

/** Jobs kept (with their files) before the oldest finished ones are dropped. */
export const KEEP = 20;
/** Jobs waiting or running at most; more are refused until some are done. */
export const MAX_WAITING = 50;

export type JobState = 'receiving' | 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  readonly id: number;
  /** The file's name as the steward's browser gave it (shown, never used as a path). */
  readonly name: string;
  readonly folder: string;
  /** The uploaded file, named by the server. */
  readonly input: string;
  readonly spec: Spec | 'auto';
  state: JobState;
  report?: RunReport;
  used?: Spec;
  failure?: Both;
  fixed?: Promise<Fixed>;
  /** The upload's size. */
  bytes?: number;
  /** The fixed file is being made. */
  fixing?: boolean;
}

/** Extensions the uploaded file keeps (its format may be told from them); any other is left off. */
const EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'json', 'jsonl', 'ndjson', 'geojson', 'xlsx', 'xlsm']);

function extensionOf(name: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  return ext !== undefined && EXTENSIONS.has(ext) ? `.${ext}` : '';
}

export class Jobs {
  private readonly jobs = new Map<number, Job>();
  private next = 1;
  /** The runs, one after the other. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly registry: Registry,
    private readonly threads: number | undefined,
    /** The most bytes of uploads kept for finished jobs (the newest is always kept). */
    private readonly budget: number = Infinity,
  ) {}

  /** Whether another job may be taken. */
  full(): boolean {
    return [...this.jobs.values()].filter((j) => j.state === 'receiving' || j.state === 'queued' || j.state === 'running').length >= MAX_WAITING;
  }

  /** A new job, receiving its file: its folder is made (private, like the server's). */
  open(name: string, spec: Spec | 'auto'): Job {
    const id = this.next++;
    const folder = join(this.dir, String(id));
    mkdirSync(folder, { mode: 0o700 });
    const job: Job = { id, name, folder, input: join(folder, `input${extensionOf(name)}`), spec, state: 'receiving' };
    this.jobs.set(id, job);
    return job;
  }

  get(id: number): Job | undefined {
    return this.jobs.get(id);
  }

  /** Drops a job whose upload failed. */
  drop(job: Job): void {
    this.jobs.delete(job.id);
    rmSync(job.folder, { recursive: true, force: true });
  }

  /** Removes a finished job and its files (not one still waiting or running, nor one being fixed). */
  remove(job: Job): boolean {
    if (job.state !== 'done' && job.state !== 'failed') return false;
    if (job.fixing === true) return false;
    this.drop(job);
    return true;
  }

  /** Queues the job's check, once its file is in; resolves when it has run. */
  queue(job: Job, bytes: number): Promise<void> {
    job.state = 'queued';
    job.bytes = bytes;
    return this.then(async () => {
      job.state = 'running';
      const r = await check(job.input, job.name, job.spec, this.registry, this.threads);
      if (r.ok) {
        job.report = r.report;
        if (r.spec !== undefined) job.used = r.spec;
      } else job.failure = r.failure;
      job.state = r.ok ? 'done' : 'failed';
      this.evict();
    });
  }

  /** The fixed file, made once, in the queue like any run. */
  fixed(job: Job): Promise<Fixed> {
    job.fixed ??= this.then(async () => {
      const format = job.report?.files[0]?.format ?? 'csv';
      if (job.used === undefined || !this.jobs.has(job.id)) return { ok: false, failure: failureOf(undefined, 'no-fix') } satisfies Fixed;
      job.fixing = true;
      try {
        return await fix(job.input, job.name, format, job.used, join(job.folder, 'fixed'));
      } finally {
        job.fixing = false;
      }
    });
    return job.fixed;
  }

  private then<T>(run: () => Promise<T>): Promise<T> {
    const p = this.chain.then(run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Drops the oldest finished jobs past KEEP, or while their uploads together are more than the budget; never the newest. */
  private evict(): void {
    const finished = [...this.jobs.values()].filter((j) => (j.state === 'done' || j.state === 'failed') && j.fixing !== true);
    let bytes = finished.reduce((n, j) => n + (j.bytes ?? 0), 0);
    for (const j of finished.slice(0, -1)) {
      if (this.jobs.size <= KEEP && bytes <= this.budget) break;
      bytes -= j.bytes ?? 0;
      this.drop(j);
    }
  }
}
