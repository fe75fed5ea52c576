/** What a library caller gives validateFile() and validateFiles(). */
import type { Readable } from 'node:stream';
import type { InputFormat } from '../report/index.js';
import type { Registry, Spec } from '../registry/index.js';
import type { Encoding, RemoteLimits } from '../input/index.js';
import type { Progress } from '../engine/index.js';

export type { Progress } from '../engine/index.js';

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
  /** A workbook's sheet: its name (exact, else in any case) or its number from 1; the first sheet when not given. */
  readonly sheet?: string;
  /**
   * The encoding of the files, CSV and JSON alike (a name from ENCODINGS, or an alias such as cp1252): decoded as told,
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
     * then read again on the calling thread: the same report, more slowly. `reason` is the error's own message (Node's), `words` the reason in the catalogue's words in Swedish and English.
     */
    readonly onFallback?: (file: string, reason: string, words: { readonly sv: string; readonly en: string }) => void;
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
