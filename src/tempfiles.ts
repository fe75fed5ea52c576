/**
 * The process's list of temporary files and folders (a report being written, the duplicate
 * finder's spill folder), so that the executable can remove them when a signal ends the process.
 * Library code adds a path before it creates it and drops it once it is renamed or removed; only
 * bin.ts calls removeTemporaryPaths(). Worker threads have a list of their own, so they also send
 * each change to the main thread, whose list is the one that counts.
 */
import { rmSync } from 'node:fs';
import { BroadcastChannel, isMainThread } from 'node:worker_threads';

const paths = new Set<string>();
let channel: BroadcastChannel | undefined;

interface Change {
  readonly add: boolean;
  readonly path: string;
}

/** The channel between the threads, made once; it never keeps the process alive. */
function link(): BroadcastChannel {
  if (channel === undefined) {
    channel = new BroadcastChannel('datakoll:temporary-paths');
    channel.unref();
    if (isMainThread) {
      channel.onmessage = (m: unknown): void => {
        const c = (m as { data: Change }).data;
        if (c.add) paths.add(c.path);
        else paths.delete(c.path);
      };
    }
  }
  return channel;
}

// The main thread listens from the start: a message sent before it listens is lost.
if (isMainThread) link();

function change(add: boolean, path: string): void {
  if (add) paths.add(path);
  else paths.delete(path);
  if (!isMainThread) link().postMessage({ add, path } satisfies Change);
}

/** Notes a temporary file or folder before it is created, so an interrupted run removes it. */
export function addTemporaryPath(path: string): void {
  change(true, path);
}

/** Forgets a temporary path once it was renamed into place or removed. */
export function dropTemporaryPath(path: string): void {
  change(false, path);
}

/** The temporary paths now known (for tests). */
export function temporaryPaths(): string[] {
  return [...paths];
}

/**
 * Removes every temporary path still listed (folders with what is in them), synchronously, as a
 * signal's handler or the process's 'exit' handler needs. Never throws.
 */
export function removeTemporaryPaths(): void {
  for (const p of [...paths]) {
    try {
      // A worker thread may still be adding a file to a folder being removed: try again.
      rmSync(p, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
      paths.delete(p);
    } catch {
      // Nothing more can be done while exiting.
    }
  }
}
