/**
 * The library's boundary: validateFile() and validateFiles(). Options are resolved once
 * (api/options.ts); a file then takes one journey (api/drive.ts): source (api/source.ts, the only
 * code that opens files or standard input), plan (api/plan.ts), the front that reads it into the
 * record core (api/drive-csv.ts, api/drive-json.ts) and its report (api/finish.ts).
 */
import type { Readable } from 'node:stream';
import type { FileReport, RunReport } from './report/index.js';
import { REPORT_VERSION, scoreRun, summarize } from './report/index.js';
import { Registry } from './registry/index.js';
import type { Spec } from './registry/index.js';
import { VERSION } from './version.js';
import { WorkerPool } from './parallel/index.js';
import { validateOne } from './api/drive.js';
import { validateAll } from './api/files.js';
import { resolveOptions } from './api/options.js';
import type { ValidateOptions } from './api/validate-options.js';

export type { ValidateOptions, Progress } from './api/validate-options.js';
export { AUTO, DEFAULT_MAX_ERRORS, maxThreads, PARALLEL_MIN_BYTES, SPREAD_MIN_BYTES, THREADS_PER_CPU } from './api/options.js';
export type { ResolvedOptions } from './api/options.js';
export type { WireOptions } from './engine/index.js';

/** Resolves the spec option to a loaded spec ("auto" is resolved per file by validateFile). */
export function resolveSpec(options: Pick<ValidateOptions, 'spec' | 'registry'>): Spec {
  if (typeof options.spec !== 'string') return options.spec;
  return (options.registry ?? new Registry()).resolve(options.spec);
}

/** Validates one file (a path, "-" for stdin, or a byte stream) and returns its report. */
export async function validateFile(file: string | Readable, options: ValidateOptions): Promise<FileReport> {
  const o = await resolveOptions(options);
  const pool = new WorkerPool(o.threads);
  try {
    return await validateOne(file, o, pool);
  } finally {
    await pool.close();
  }
}

/**
 * Validates several files against one spec and returns the run report, files in the order given.
 * With more than one thread, files on disk that together are large enough are spread over worker
 * threads, each validating whole files (a large one is cut into chunks instead).
 */
export async function validateFiles(files: readonly (string | Readable)[], options: ValidateOptions): Promise<RunReport> {
  const startedAt = new Date().toISOString();
  const o = await resolveOptions(options);
  const pool = new WorkerPool(o.threads);
  let reports: FileReport[];
  try {
    reports = await validateAll(files, o, pool);
  } finally {
    await pool.close();
  }
  return { reportVersion: REPORT_VERSION, tool: { name: 'datakoll', version: VERSION }, startedAt, files: reports, summary: summarize(reports), score: scoreRun(reports) };
}
