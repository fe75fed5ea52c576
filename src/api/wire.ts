/**
 * The resolved options as they cross to a worker thread (structured clone: no functions, no
 * streams, the registry by its folders), and back into ResolvedOptions there: one shape, resolved
 * once on the calling thread.
 */
import { Registry } from '../registry/index.js';
import type { RegistryOptions } from '../registry/index.js';
import { loadChecks } from '../engine/index.js';
import type { ResolvedOptions } from './options.js';
import type { Progress } from './validate-options.js';

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
