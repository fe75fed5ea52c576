/** validateFile() and validateFiles(); what they read is opened by src/api/source.ts, the only code that opens files or standard input. */
import { open as openFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import type { DetectedDialect, Diagnostic, FileReport, InputFormat, RunReport, SpecChoice } from './report/index.js';
import { DatakollError } from './errors.js';
import { MAX_ERRORS_LIMIT, REPORT_VERSION, scoreFile, scoreRun, summarize } from './report/index.js';
import { AUTO_MIN_SCORE, leafNames, rankSpecs, Registry, specRef } from './registry/index.js';
import type { RegistryOptions, Spec } from './registry/index.js';
import { ENCODING_CHOICES, RemoteError, formatFromName, isUrl, lineBreakOf, parseCsvText, parseEncodingName, pointerKeys, detectCsv, prepareCsv, readCsv, readCsvRange, readJson, releasing, utf8Decoder } from './input/index.js';
import type { DetectedCsv, Encoding, RemoteLimits } from './input/index.js';
import { Collector, compileSpec, CsvRun, dialectFindings, isPublisherProblem, JsonRun, loadChecks, parsePublisher, reportedDialect } from './engine/index.js';
import type { RunOptions } from './engine/index.js';
import { VERSION } from './version.js';
import { headerRange, validateChunked, WorkerPool } from './parallel/index.js';
import { open, reasonOf } from './api/source.js';
import type { Opened } from './api/source.js';

/** Options for validating files; everything but the spec has a default. */
export interface ValidateOptions {
  /** A spec id, id@version, official URI, path to a schema file, "auto", or an already loaded Spec. */
  readonly spec: string | Spec;
  /** Where spec ids are looked up; a default registry of the bundled specs otherwise. */
  readonly registry?: Registry;
  /** Stop listing findings after this many (counting goes on); default 1000, at most MAX_ERRORS_LIMIT (100,000). */
  readonly maxErrors?: number;
  /** Force the input format instead of detecting it from the name or the first bytes. */
  readonly format?: InputFormat;
  /** CSV field delimiter; found by the dialect sniffer when not given. */
  readonly delimiter?: string;
  /**
   * The encoding of CSV files (a name from ENCODINGS, or an alias such as cp1252): decoded as told,
   * with no detection. Detected from the bytes when not given. Any other name throws a usage error.
   */
  readonly encoding?: Encoding;
  /** JSON Pointer to the list of records inside a top-level JSON object (/data/items); found by itself otherwise. */
  readonly records?: string;
  /** Severity of values in the right meaning but the wrong form (decimal comma, ja/nej, ...); default error. */
  readonly formSeverity?: 'error' | 'warning';
  /** Limits for http(s) input. */
  readonly remote?: Partial<RemoteLimits>;
  /** Standard input, read when a file is named "-". */
  readonly stdin?: Readable;
  /**
   * The publisher's municipality code or organisation number (or both, as a list or
   * comma-separated): each record's publisher attribute (the spec's x-publisher-field, such as
   * source) must name it. A value that is neither throws a usage error.
   */
  readonly publisher?: string | readonly string[];
  /**
   * Threads for large CSV files and for runs over many files: that many worker threads validate
   * while the calling thread cuts the file and merges what they find; 1 keeps all work on the
   * calling thread. Default: the machine's available parallelism (os.availableParallelism());
   * at most maxThreads(), four times that (more threads only take more memory).
   */
  readonly threads?: number;
  /**
   * When threads are used (tuning and tests; the defaults suit most machines): a CSV file on disk
   * of at least chunkMinBytes (default 128 MiB) is cut into chunks of at least chunkBytes (default:
   * eight chunks a thread, 1 to 8 MiB); several files are spread over the threads when together
   * they have at least spreadMinBytes (default 32 MiB).
   */
  readonly parallel?: {
    readonly chunkMinBytes?: number;
    readonly chunkBytes?: number;
    readonly spreadMinBytes?: number;
    /** A thread that fails fails the file (tests), instead of the file being read again on the calling thread. */
    readonly strict?: boolean;
    /** Told how many chunks a file was cut into (tests, tuning). */
    readonly onChunked?: (file: string, chunks: number) => void;
    /**
     * Told when a worker thread failed on a file (out of memory on a huge record, say), which is
     * then read again on the calling thread: the same report, more slowly.
     */
    readonly onFallback?: (file: string, reason: string) => void;
  };
  /** Called as the file's bytes are read (for a progress bar); totalBytes is known for files on disk. */
  readonly onProgress?: (progress: Progress) => void;
  /**
   * Checks of one's own: modules (paths or file: URLs) whose default export is a Check (see
   * src/checks/check.ts) or a list of them. They run after the bundled checks, on one thread, in
   * chunks on several and on JSON alike; a module that cannot be loaded or is no check is a usage error.
   */
  readonly checks?: readonly string[];
}

/** How far the reading of one file has come. */
export interface Progress {
  readonly file: string;
  readonly bytes: number;
  readonly totalBytes?: number;
}

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
const MIN_CHUNK = 1024 * 1024;
/** Chunks stay small: each holds its keys and findings until its turn to be merged. */
const MAX_CHUNK = 8 * 1024 * 1024;
/** The --spec value that picks the spec from the file's columns. */
export const AUTO = 'auto';

/** Resolves the spec option to a loaded spec ("auto" is resolved per file by validateFile). */
export function resolveSpec(options: Pick<ValidateOptions, 'spec' | 'registry'>): Spec {
  if (typeof options.spec !== 'string') return options.spec;
  return (options.registry ?? new Registry()).resolve(options.spec);
}

/** The options of a run beyond the spec, checked: a --publisher that is no Swedish id is a usage error. */
function runOptionsOf(options: Pick<ValidateOptions, 'publisher'>): RunOptions {
  if (options.publisher === undefined) return {};
  const publisher = parsePublisher(options.publisher);
  if (isPublisherProblem(publisher)) {
    const what = 'a municipality code (four digits, such as 1480) or an organisation number (ten digits, such as 212000-1355)';
    throw new DatakollError('usage', 'bad-publisher', `--publisher must be ${what}; ${JSON.stringify(publisher.value)}: ${publisher.problem}`, { publisher: publisher.value });
  }
  return { publisher };
}

/** The encoding option, checked (library callers may pass any text): a usage error names the accepted ones. */
function encodingOf(options: Pick<ValidateOptions, 'encoding'>): Encoding | undefined {
  if (options.encoding === undefined) return undefined;
  const e = parseEncodingName(String(options.encoding));
  if (e !== undefined) return e;
  const given = JSON.stringify(options.encoding);
  throw new DatakollError('usage', 'bad-encoding', { en: `--encoding must be one of ${ENCODING_CHOICES} (given: ${given})`, sv: `--encoding ska vara en av ${ENCODING_CHOICES} (angivet: ${given})` }, { encoding: String(options.encoding) });
}

/** Worker threads per processor at most: beyond that threads add memory (each its own heap), not speed. */
export const THREADS_PER_CPU = 4;

/** The most worker threads a run starts: THREADS_PER_CPU times the machine's available parallelism. */
export function maxThreads(): number {
  return THREADS_PER_CPU * availableParallelism();
}

/** The number of threads to use: the option (at most maxThreads()), or the machine's available parallelism. */
function threadsOf(options: Pick<ValidateOptions, 'threads'>): number {
  const t = options.threads ?? availableParallelism();
  return Number.isFinite(t) ? Math.min(maxThreads(), Math.max(1, Math.floor(t))) : 1;
}

/** The findings to list per file: the option, at most MAX_ERRORS_LIMIT. */
function maxErrorsOf(options: Pick<ValidateOptions, 'maxErrors'>): number {
  return Math.min(MAX_ERRORS_LIMIT, options.maxErrors ?? DEFAULT_MAX_ERRORS);
}

/** Validates one file (a path, "-" for stdin, or a byte stream) and returns its report. */
export async function validateFile(file: string | Readable, options: ValidateOptions): Promise<FileReport> {
  const pool = poolFor(options);
  try {
    return await validateOne(file, options, pool);
  } finally {
    await pool.close();
  }
}

/** A pool of `threads` worker threads (started only when a job comes). */
function poolFor(options: ValidateOptions): WorkerPool {
  return new WorkerPool(threadsOf(options));
}

/** Validates one file; a large CSV file on disk is cut into chunks for the pool's threads. */
async function validateOne(file: string | Readable, options: ValidateOptions, pool: WorkerPool): Promise<FileReport> {
  const name = typeof file === 'string' ? file : '-';
  const started = performance.now();
  const collector = new Collector(maxErrorsOf(options));
  const runOptions = runOptionsOf(options);
  const encoding = encodingOf(options);
  let spec: Spec | undefined = options.spec === AUTO ? undefined : resolveSpec(options);
  let choice: SpecChoice | undefined;
  let dialect: DetectedDialect | undefined;
  const finish = (format: InputFormat, extra: { unreadable?: boolean } = {}): FileReport => {
    const unreadable = extra.unreadable === true;
    const groups = collector.sortedGroups();
    return {
      file: name,
      format,
      ...(spec !== undefined ? { spec: specRef(spec) } : {}),
      ...(choice !== undefined ? { specChoice: choice } : {}),
      ...(dialect !== undefined ? { dialect } : {}),
      valid: collector.stats.errors === 0 && !unreadable,
      partial: collector.partial,
      unreadable,
      stats: collector.stats,
      diagnostics: collector.diagnostics,
      groups,
      score: scoreFile({ stats: collector.stats, groups, unreadable }),
      durationMs: Math.round(performance.now() - started),
    };
  };
  const guessed = options.format ?? (typeof file === 'string' ? formatFromName(file) : undefined);
  let opened: Opened;
  try {
    opened = await open(file, guessed, options.stdin, options.remote);
    if (options.onProgress !== undefined) opened = { ...opened, stream: counted(opened.stream, name, opened.size, options.onProgress) };
  } catch (e) {
    collector.add(unreadable(e));
    return finish(guessed ?? 'csv', { unreadable: true });
  }
  if (opened.binary !== undefined) {
    // Not text (a workbook, an archive, a PDF, ...): named for what it is, whatever --input-format says.
    collector.add({ code: 'file-binary', severity: 'error', params: { reason: opened.binary } });
    return finish(guessed ?? 'csv', { unreadable: true });
  }
  if (spec === undefined) {
    const picked = await chooseSpec(opened, options, name);
    spec = picked.spec;
    choice = picked.choice;
  }
  const compiled = compileSpec(spec);
  const extraChecks = await loadChecks(options.checks);
  const extra = extraChecks.length > 0 ? { extraChecks } : {};
  try {
    if (opened.format === 'csv') {
      const detected = detectCsv(opened.head, opened.whole, { delimiter: options.delimiter, encoding });
      for (const d of dialectFindings(detected.encoding, detected.dialect)) collector.add(d);
      const formSeverity = options.formSeverity ?? spec.formSeverity;
      dialect = reportedDialect(detected.encoding, detected.dialect);
      let sawHeader: boolean;
      let chunks = 0;
      const size = opened.size;
      // threads: 1 in the options (a retry after a failed thread) wins over the pool's size.
      const threads = Math.min(pool.size, threadsOf(options));
      const minBytes = options.parallel?.chunkMinBytes ?? PARALLEL_MIN_BYTES;
      const chunkFile = typeof file === 'string' && size !== undefined && threads > 1 && size >= minBytes ? { file, size, head: opened.head, ...detected, lineBreak: lineBreakOf(opened.head) } : undefined;
      const header = chunkFile === undefined ? undefined : headerRange(chunkFile);
      if (chunkFile !== undefined && header !== undefined) {
        // The threads read the file themselves.
        opened.stream.destroy();
        const chunkBytes = options.parallel?.chunkBytes ?? Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(chunkFile.size / (threads * 8))));
        let bytes = 0;
        const onProgress = options.onProgress;
        try {
          ({ sawHeader, chunks } = await validateChunked(chunkFile, header, collector, {
            spec,
            pool,
            chunkBytes,
            maxErrors: maxErrorsOf(options),
            ...(formSeverity !== undefined ? { formSeverity } : {}),
            ...(runOptions.publisher !== undefined ? { publisher: runOptions.publisher } : {}),
            ...(options.checks !== undefined && options.checks.length > 0 ? { checks: { modules: options.checks, loaded: extraChecks } } : {}),
            ...(onProgress !== undefined ? { onBytes: (n: number) => onProgress({ file: name, bytes: (bytes += n), totalBytes: chunkFile.size }) } : {}),
          }));
        } catch (e) {
          // A thread failed (out of memory, say): the file is read again on this thread.
          if (options.parallel?.strict === true) throw e;
          options.parallel?.onFallback?.(name, reasonOf(e));
          return await validateOne(file, { ...options, threads: 1 }, pool);
        }
        options.parallel?.onChunked?.(name, chunks);
      } else {
        const invalidUtf8 = { seen: false };
        const run = new CsvRun(compiled, collector, runOptions, { dialect: detected.dialect, invalidUtf8, ...extra, ...(formSeverity !== undefined ? { formSeverity } : {}) });
        let read: Promise<number>;
        if (typeof file === 'string' && size !== undefined) read = readFileCsv(file, size, opened, detected, invalidUtf8, run, options.onProgress);
        else read = readCsv(prepareCsv(opened.stream, detected, () => (invalidUtf8.seen = true)), run, { delimiter: detected.dialect.delimiter });
        await read.catch((e: unknown) => {
          run.discard();
          throw e;
        });
        run.finish();
        sawHeader = run.sawHeader;
      }
      // A header without records (blank rows are not records) is an export that lost its data.
      if (!sawHeader) collector.add({ code: 'file-empty', severity: 'error', params: {} });
      else if (collector.stats.rows === 0) collector.add({ code: 'file-no-records', severity: 'error', params: {} });
      return finish('csv');
    }
    const run = new JsonRun(compiled, collector, runOptions, extra);
    const shape = await readJson(opened.stream, run, { lines: opened.format === 'jsonl', ...(options.records !== undefined ? { records: pointerKeys(options.records) } : {}) }).catch((e: unknown) => {
      run.discard();
      throw e;
    });
    run.finish();
    if (shape === undefined && !run.syntaxError) collector.add({ code: 'file-empty', severity: 'error', params: {} });
    else if (!run.syntaxError && collector.stats.rows === 0 && collector.stats.errors === 0) collector.add({ code: 'file-no-records', severity: 'error', params: {} });
    return finish(shape === 'lines' ? 'jsonl' : 'json', { unreadable: run.syntaxError });
  } catch (e) {
    collector.add(unreadable(e));
    return finish(opened.format, { unreadable: true });
  }
}

/** The column names a file starts with: the CSV header, or the leaf names of the first JSON record. */
async function namesIn(opened: Opened, delimiter: string | undefined): Promise<string[]> {
  const text = new TextDecoder('utf-8').decode(opened.head).replace(/^\uFEFF/, '');
  if (opened.format === 'csv') return parseCsvText(text.split(/\r?\n|\r/, 1)[0] ?? '', delimiter ?? ',')[0] ?? [];
  let first: unknown;
  const sink = { start: () => undefined, record: (v: unknown) => void (first ??= v), syntax: () => undefined, notRecords: () => undefined };
  await readJson(Readable.from([opened.head]), sink);
  return leafNames(first);
}

/** --spec auto: the spec whose columns best match the file's; refuses when none matches well. */
async function chooseSpec(opened: Opened, options: ValidateOptions, name: string): Promise<{ spec: Spec; choice: SpecChoice }> {
  const names = await namesIn(opened, options.delimiter);
  const ranked = rankSpecs(names, (options.registry ?? new Registry()).list());
  const candidates = ranked.slice(0, 3).map((m) => ({ id: m.spec.id, version: m.spec.version, score: Math.round(m.score * 100) / 100 }));
  const best = ranked[0];
  if (best === undefined || best.score < AUTO_MIN_SCORE) {
    const list = candidates.map((c) => `${c.id}@${c.version} (${Math.round(c.score * 100)}%)`).join(', ');
    throw new DatakollError('usage', 'spec-auto-no-match', `No spec matches the columns of ${name} well enough (best: ${list}); name one with --spec`, { file: name, candidates: list });
  }
  return { spec: best.spec, choice: { method: 'auto', score: candidates[0]?.score ?? 0, candidates } };
}

/**
 * Validates several files against one spec and returns the run report, files in the order given.
 * With more than one thread, files on disk that together are large enough are spread over worker
 * threads, each validating whole files (a large one is cut into chunks instead).
 */
export async function validateFiles(files: readonly (string | Readable)[], options: ValidateOptions): Promise<RunReport> {
  const startedAt = new Date().toISOString();
  // Resolve a named spec once for all files; "auto" is decided per file.
  const spec = options.spec === AUTO ? AUTO : resolveSpec(options);
  encodingOf(options);
  // A check module that cannot be used stops the run before any file is read.
  await loadChecks(options.checks);
  const all = { ...options, spec };
  const pool = poolFor(options);
  let reports: FileReport[];
  try {
    const sizes = pool.size > 1 && files.length > 1 ? await sizesOf(files) : [];
    if (sizes.reduce<number>((a, b) => a + (b ?? 0), 0) >= (options.parallel?.spreadMinBytes ?? SPREAD_MIN_BYTES)) reports = await spread(files, sizes, all, pool);
    else {
      reports = [];
      for (const f of files) reports.push(await validateOne(f, all, pool));
    }
  } finally {
    await pool.close();
  }
  return { reportVersion: REPORT_VERSION, tool: { name: 'datakoll', version: VERSION }, startedAt, files: reports, summary: summarize(reports), score: scoreRun(reports) };
}

/**
 * Reads a CSV file on disk into a run with readCsvRange (a few reused buffers rather than a
 * stream's fresh one per read: less memory); the stream opened to sniff it is let go.
 */
async function readFileCsv(file: string, size: number, opened: Opened, detected: DetectedCsv, invalidUtf8: { seen: boolean }, run: CsvRun, onProgress: ValidateOptions['onProgress']): Promise<number> {
  opened.stream.destroy();
  const handle = await openFile(file, 'r');
  try {
    let bytes = 0;
    const decode = utf8Decoder(detected.encoding, () => (invalidUtf8.seen = true));
    return await readCsvRange(handle, 0, Number.MAX_SAFE_INTEGER, decode, run, {
      delimiter: detected.dialect.delimiter,
      lineBreak: lineBreakOf(opened.head),
      ...(onProgress !== undefined ? { onBytes: (n: number) => onProgress({ file, bytes: (bytes += n), totalBytes: size }) } : {}),
    });
  } finally {
    await handle.close();
  }
}

/** The sizes of files on disk; undefined for anything else (stdin, a stream, a URL, a missing file). */
async function sizesOf(files: readonly (string | Readable)[]): Promise<(number | undefined)[]> {
  return Promise.all(
    files.map(async (f) => {
      if (typeof f !== 'string' || f === '-' || isUrl(f)) return undefined;
      const s = await stat(f).catch(() => undefined);
      return s?.isFile() === true ? s.size : undefined;
    }),
  );
}

/** Validates files over the pool's threads, as many at a time as it has threads. */
async function spread(files: readonly (string | Readable)[], sizes: readonly (number | undefined)[], options: ValidateOptions, pool: WorkerPool): Promise<FileReport[]> {
  const reports: FileReport[] = new Array<FileReport>(files.length);
  const minBytes = options.parallel?.chunkMinBytes ?? PARALLEL_MIN_BYTES;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const f = files[i] as string | Readable;
      const size = sizes[i];
      // Large files are cut into chunks from here; small ones go to a thread whole.
      if (typeof f !== 'string' || size === undefined || size >= minBytes) reports[i] = await validateOne(f, options, pool);
      else {
        const job = { kind: 'file' as const, file: f, options: fileJobOptions(options) };
        const onProgress = options.onProgress;
        reports[i] = await pool.run(job, onProgress === undefined ? undefined : (bytes) => onProgress({ file: f, bytes, totalBytes: size })).catch((e: unknown) => {
          if (options.parallel?.strict === true) throw e;
          options.parallel?.onFallback?.(f, reasonOf(e));
          return validateOne(f, { ...options, threads: 1 }, pool);
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(pool.size, files.length) }, lane));
  return reports;
}

/**
 * The options of a whole-file job in a worker thread: those that cross threads as they are, the
 * spec resolved (or "auto"), the registry's folders, and whether progress is wanted.
 */
export type FileJobOptions = Omit<ValidateOptions, 'spec' | 'registry' | 'stdin' | 'onProgress' | 'threads' | 'parallel'> & {
  readonly spec: Spec | typeof AUTO;
  readonly registry?: RegistryOptions;
  readonly progress: boolean;
};

/** The options a worker thread needs to validate a whole file. */
function fileJobOptions(o: ValidateOptions): FileJobOptions {
  const { spec, registry, onProgress, stdin, threads, parallel, ...crossing } = o;
  return {
    ...crossing,
    spec: typeof spec === 'string' ? (spec === AUTO ? AUTO : resolveSpec(o)) : spec,
    progress: onProgress !== undefined,
    ...(registry !== undefined ? { registry: registry.options } : {}),
  };
}

/** Passes a stream's chunks on unchanged, reporting the bytes read so far. */
function counted(stream: Readable, file: string, totalBytes: number | undefined, onProgress: (p: Progress) => void): Readable {
  let bytes = 0;
  const pass = async function* (): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      onProgress({ file, bytes, ...(totalBytes !== undefined ? { totalBytes } : {}) });
      yield chunk as Buffer;
    }
  };
  return releasing(stream, pass());
}

/** The finding for a file that could not be read: a web address says why in its own words. */
function unreadable(e: unknown): Diagnostic {
  if (e instanceof RemoteError) return { code: 'remote-unreadable', severity: 'error', params: { reason: e.reason, detail: e.shownDetail } };
  return { code: 'file-unreadable', severity: 'error', params: { reason: reasonOf(e) } };
}
