/**
 * The process's list of temporary paths: what library code lists is removed by
 * removeTemporaryPaths() (the executable calls it on a signal), also when a worker thread listed it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DuplicateFinder, BATCH } from '../src/checks/index.js';
import { addTemporaryPath, dropTemporaryPath, removeTemporaryPaths, temporaryPaths } from '../src/tempfiles.js';
import type * as Source from '../src/tempfiles.js';
import { tempDir } from './helpers.js';

describe('the list of temporary paths', () => {
  it('removes listed files and folders (with what is in them), and not what was dropped', () => {
    const dir = tempDir();
    const file = join(dir, 'a.tmp');
    const folder = join(dir, 'keys');
    const kept = join(dir, 'renamed.tmp');
    writeFileSync(file, 'x');
    mkdirSync(folder);
    writeFileSync(join(folder, '0'), 'y');
    writeFileSync(kept, 'z');
    for (const p of [file, folder, kept]) addTemporaryPath(p);
    dropTemporaryPath(kept);
    removeTemporaryPaths();
    expect([existsSync(file), existsSync(folder), existsSync(kept)]).toEqual([false, false, true]);
    expect(temporaryPaths().filter((p) => p.startsWith(dir))).toEqual([]);
  });

  it('the duplicate finder lists its spill folder while it has one', () => {
    const f = new DuplicateFinder(10);
    for (let i = 0; i <= BATCH; i++) f.add(`k${i}`, i + 2, i + 2, false);
    const listed = temporaryPaths().filter((p) => p.includes('datakoll-keys-'));
    expect(listed).toHaveLength(1);
    expect(existsSync(listed[0] as string)).toBe(true);
    f.close();
    expect(temporaryPaths().filter((p) => p.includes('datakoll-keys-'))).toEqual([]);
  });

  it("a worker thread's paths reach the main thread's list (the built module, as worker threads load it)", async () => {
    const built = pathToFileURL(fileURLToPath(new URL('../dist/tempfiles.js', import.meta.url))).href;
    const main = (await import(built)) as typeof Source;
    const path = join(tempDir(), 'from-a-worker.tmp');
    writeFileSync(path, 'x');
    const worker = new Worker(`import(${JSON.stringify(built)}).then((m) => m.addTemporaryPath(${JSON.stringify(path)}))`, { eval: true });
    await new Promise((ok) => worker.on('exit', ok));
    for (let i = 0; i < 200 && !main.temporaryPaths().includes(path); i++) await new Promise((r) => setTimeout(r, 10));
    expect(main.temporaryPaths()).toContain(path);
    main.removeTemporaryPaths();
    expect(existsSync(path)).toBe(false);
  });
});
