/**
 * The library's options, resolved once at its boundary: ValidateOptions as a caller gives them
 * become one frozen, fully defaulted ResolvedOptions (the spec loaded, the publisher parsed, the
 * encoding checked, the limits set, the check modules loaded), which every stage of a file's
 * journey and every worker thread gets whole. Nothing after this point defaults an option.
 */
import { availableParallelism } from 'node:os';
import { DatakollError } from '../errors.js';
import { MAX_ERRORS_LIMIT } from '../report/index.js';
import { Registry } from '../registry/index.js';
import { DEFAULT_REMOTE_LIMITS, ENCODING_CHOICES, parseEncodingName, pointerKeys } from '../input/index.js';
import type { Encoding } from '../input/index.js';
import { isPublisherProblem, loadChecks, parsePublisher } from '../engine/index.js';
import type { Publisher } from '../checks/index.js';
import type { ValidateOptions } from './validate-options.js';
import { AUTO } from '../engine/index.js';
import type { ResolvedOptions } from '../engine/index.js';

export { AUTO } from '../engine/index.js';
export type { ResolvedOptions } from '../engine/index.js';

export const DEFAULT_MAX_ERRORS = 1000;
/**
 * CSV files on disk from this size are validated in chunks on several threads. A worker thread
 * costs about half a second of CPU to start and warm up (its own module loading, spec compiling
 * and JIT), and one thread got fast: measured with the own parser (the benchmark's rows, one
 * thread against two), 45 MB took 1.1-1.6 s against 1.6 s, 91 MB 1.7-2.0 s against 1.9-2.0 s,
 * 159 MB 2.7-3.4 s against 2.9-3.1 s; the 253 MB file 3.7-6.3 s against 3.0-4.4 s.
 */
export const PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
/** Several files are spread over threads when together they have at least this many bytes. */
export const SPREAD_MIN_BYTES = 32 * 1024 * 1024;
/** Worker threads per processor at most: beyond that threads add memory (each its own heap), not speed. */
export const THREADS_PER_CPU = 4;

/** The most worker threads a run starts: THREADS_PER_CPU times the machine's available parallelism. */
export function maxThreads(): number {
  return THREADS_PER_CPU * availableParallelism();
}

/** Resolves a caller's options; a value that is not one a run can take is a usage error. */
export async function resolveOptions(o: ValidateOptions): Promise<ResolvedOptions> {
  const registry = o.registry ?? new Registry();
  const modules = o.checks ?? [];
  const spec = typeof o.spec !== 'string' ? o.spec : o.spec === AUTO ? AUTO : registry.resolve(o.spec);
  const parallel = o.parallel ?? {};
  const encoding = encodingOf(o.encoding);
  const publisher = publisherOf(o.publisher);
  // A publisher no attribute of the spec names would be checked against nothing: said, not ignored.
  if (publisher !== undefined && spec !== AUTO && spec.publisherField === undefined) throw new DatakollError('usage', 'publisher-no-field', { spec: `${spec.id}@${spec.version}` });
  return Object.freeze({
    spec,
    registry,
    maxErrors: Math.min(MAX_ERRORS_LIMIT, o.maxErrors ?? DEFAULT_MAX_ERRORS),
    ...(o.format !== undefined ? { format: o.format } : {}),
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
    ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(o.records !== undefined ? { records: { pointer: o.records, keys: pointerKeys(o.records) } } : {}),
    ...(o.formSeverity !== undefined ? { formSeverity: o.formSeverity } : {}),
    remote: { ...DEFAULT_REMOTE_LIMITS, ...o.remote },
    ...(o.stdin !== undefined ? { stdin: o.stdin } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    threads: threadsOf(o.threads),
    parallel: Object.freeze({
      chunkMinBytes: parallel.chunkMinBytes ?? PARALLEL_MIN_BYTES,
      ...(parallel.chunkBytes !== undefined ? { chunkBytes: parallel.chunkBytes } : {}),
      spreadMinBytes: parallel.spreadMinBytes ?? SPREAD_MIN_BYTES,
      strict: parallel.strict === true,
      ...(parallel.onChunked !== undefined ? { onChunked: parallel.onChunked } : {}),
      ...(parallel.onFallback !== undefined ? { onFallback: parallel.onFallback } : {}),
    }),
    ...(o.onProgress !== undefined ? { onProgress: o.onProgress } : {}),
    checks: Object.freeze({ modules, loaded: await loadChecks(modules) }),
  });
}

/** The same options with one thread (a file read again on the calling thread after a thread failed). */
export function oneThread(o: ResolvedOptions): ResolvedOptions {
  return Object.freeze({ ...o, threads: 1 });
}

/** The number of threads: the option (at most maxThreads()), or the machine's available parallelism. */
function threadsOf(threads: number | undefined): number {
  const t = threads ?? availableParallelism();
  return Number.isFinite(t) ? Math.min(maxThreads(), Math.max(1, Math.floor(t))) : 1;
}

/** --publisher, parsed: a value that is no Swedish id is a usage error. */
function publisherOf(value: string | readonly string[] | undefined): Publisher | undefined {
  if (value === undefined) return undefined;
  const publisher = parsePublisher(value);
  if (!isPublisherProblem(publisher)) return publisher;
  const given = JSON.stringify(publisher.value);
  throw new DatakollError('usage', 'bad-publisher', { given, problem: publisher.problem });
}

/** The encoding option, checked (library callers may pass any text): a usage error names the accepted ones. */
function encodingOf(encoding: Encoding | undefined): Encoding | undefined {
  if (encoding === undefined) return undefined;
  const e = parseEncodingName(String(encoding));
  if (e !== undefined) return e;
  const given = JSON.stringify(encoding);
  throw new DatakollError('usage', 'bad-encoding', { choices: ENCODING_CHOICES, given });
}
