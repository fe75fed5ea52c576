/** A run over several files: one after the other, or spread over the pool's threads when together they are large. */
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { FileReport } from '../report/index.js';
import { isUrl } from '../input/index.js';
import type { WorkerPool } from '../parallel/index.js';
import { validateOne } from './drive.js';
import { oneThread } from './options.js';
import type { ResolvedOptions } from './options.js';
import { spreads, wholeToThread } from './plan.js';
import { failureText, failureWords } from './source.js';
import { toWire } from '../engine/index.js';

/** The reports of the files, in the order given. */
export async function validateAll(files: readonly (string | Readable)[], o: ResolvedOptions, pool: WorkerPool): Promise<FileReport[]> {
  const sizes = pool.size > 1 && files.length > 1 ? await sizesOf(files) : [];
  if (spreads(sizes, o)) return spread(files, sizes, o, pool);
  const reports: FileReport[] = [];
  for (const f of files) reports.push(await validateOne(f, o, pool));
  return reports;
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
async function spread(files: readonly (string | Readable)[], sizes: readonly (number | undefined)[], o: ResolvedOptions, pool: WorkerPool): Promise<FileReport[]> {
  const reports: FileReport[] = new Array<FileReport>(files.length);
  const wire = toWire(o);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const f = files[i] as string | Readable;
      const size = sizes[i];
      // Large files are cut into chunks from here; small ones go to a thread whole.
      if (!wholeToThread(f, size, o)) reports[i] = await validateOne(f, o, pool);
      else {
        const onProgress = o.onProgress;
        reports[i] = await pool.run({ kind: 'file' as const, file: f, options: wire }, onProgress === undefined ? undefined : (bytes) => onProgress({ file: f, bytes, totalBytes: size as number })).catch((e: unknown) => {
          if (o.parallel.strict) throw e;
          o.parallel.onFallback?.(f, failureText(e), failureWords(e));
          return validateOne(f, oneThread(o), pool);
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(pool.size, files.length) }, lane));
  return reports;
}
