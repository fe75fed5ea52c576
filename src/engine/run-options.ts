/**
 * The options of a run, resolved once at the library's boundary (src/api/options.ts) into one
 * frozen ResolvedOptions that every stage and every worker thread gets whole; and the same options
 * as they cross to a worker thread (structured clone: no functions, no streams, the registry by its
 * folders) and back there.
 */
import type { Readable } from 'node:stream';
import type { InputFormat } from '../report/index.js';
import { Registry } from '../registry/index.js';
import type { RegistryOptions, Spec } from '../registry/index.js';
import type { Encoding, RemoteLimits } from '../input/index.js';
import type { Check, Publisher } from '../checks/index.js';
import { loadChecks } from './check-modules.js';

/** The --spec value that picks the spec from the file's columns. */
export const AUTO = 'auto';

/** How far the reading of one file has come. */
export interface Progress {
  readonly file: string;
  readonly bytes: number;
  readonly totalBytes?: number;
}

/** The options of a run, every one decided. */
export interface ResolvedOptions {
  /** The spec, or "auto" (decided per file from its columns). */
  readonly spec: Spec | typeof AUTO;
  readonly registry: Registry;
  readonly maxErrors: number;
  readonly format?: InputFormat;
  readonly delimiter?: string;
  /** A workbook's sheet by name or number (the first when absent). */
  readonly sheet?: string;
  readonly encoding?: Encoding;
  /** The JSON Pointer to the records as written (for messages), and its keys. */
  readonly records?: { readonly pointer: string; readonly keys: readonly string[] };
  readonly formSeverity?: 'error' | 'warning';
  readonly remote: RemoteLimits;
  readonly stdin?: Readable;
  readonly publisher?: Publisher;
  readonly threads: number;
  readonly parallel: {
    readonly chunkMinBytes: number;
    /** Absent: chosen per file from its size and the threads. */
    readonly chunkBytes?: number;
    readonly spreadMinBytes: number;
    readonly strict: boolean;
    readonly onChunked?: (file: string, chunks: number) => void;
    readonly onFallback?: (file: string, reason: string, words: { readonly sv: string; readonly en: string }) => void;
  };
  readonly onProgress?: (progress: Progress) => void;
  /** Checks of one's own: the modules as named (for worker threads) and their checks, loaded. */
  readonly checks: { readonly modules: readonly string[]; readonly loaded: readonly Check[] };
}

/** What crosses: the options but the calling thread's own (stdin, callbacks, threads), the registry by its folders. */
export type WireOptions = Omit<ResolvedOptions, 'registry' | 'stdin' | 'onProgress' | 'parallel' | 'threads' | 'checks'> & {
  readonly registry: RegistryOptions;
  readonly checks: readonly string[];
  /** Whether progress is wanted. */
  readonly progress: boolean;
};

export function toWire(o: ResolvedOptions): WireOptions {
  const { registry, stdin, onProgress, parallel, threads, checks, ...crossing } = o;
  return { ...crossing, registry: registry.options, checks: checks.modules, progress: onProgress !== undefined };
}

/** The options in a worker thread: one thread, the registry and the check modules of the calling thread. */
export async function fromWire(w: WireOptions, onProgress: (p: Progress) => void): Promise<ResolvedOptions> {
  const { registry, checks, progress, ...rest } = w;
  return Object.freeze({
    ...rest,
    registry: new Registry(registry),
    threads: 1,
    parallel: Object.freeze({ chunkMinBytes: Number.MAX_SAFE_INTEGER, spreadMinBytes: Number.MAX_SAFE_INTEGER, strict: false }),
    checks: Object.freeze({ modules: checks, loaded: await loadChecks(checks) }),
    ...(progress ? { onProgress } : {}),
  });
}
