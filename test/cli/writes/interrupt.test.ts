/**
 * A run that a signal ends (SIGINT, SIGTERM, SIGHUP; SIGKILL cannot be handled) leaves no
 * temporary file, in the temporary folder (the duplicate finder's datakoll-keys-*, also those of
 * worker threads) or beside an output, and exits 128 + the signal's number. And the issue's
 * property: `fix --in-place` stopped at any moment leaves the file as it was, or wholly fixed.
 */
import { copyFileSync, createReadStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers.js';
import { ENV, datakoll, ended, start, temporary, writeBigExport } from './binary.js';

const CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
const STACK = /\n\s+at /;
const dir = tempDir();
// About 32 MB: long enough to be stopped in the middle on a fast machine.
const big = join(dir, 'export.csv');
const expected = join(dir, 'expected.csv');
let fullRunMs = 0;

beforeAll(() => {
  writeBigExport(big, 1_000_000);
  const began = Date.now();
  const r = datakoll(['fix', big, '--spec', 'badplatser', '-o', expected]);
  fullRunMs = Date.now() - began;
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

/** A private temporary folder for one run. */
function privateTmp(): string {
  const tmp = join(tempDir(), 'tmp');
  mkdirSync(tmp);
  return tmp;
}

/** Waits until `seen()` holds (checked every 10 ms), or the child has ended; says which. */
async function until(child: ChildProcess, seen: () => boolean): Promise<boolean> {
  while (child.exitCode === null && child.signalCode === null) {
    if (seen()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

describe('a signal in the middle of a run', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal}: \`cat big.csv | datakoll validate -\`: the duplicate finder's folder goes, exit ${CODES[signal]}`, async () => {
      const tmp = privateTmp();
      const out = tempDir();
      const child = start(['validate', '-', '--spec', 'badplatser', '--format', `json=${join(out, 'r.json')}`], { env: { ...ENV, TMPDIR: tmp }, stdio: ['pipe', 'ignore', 'pipe'] });
      createReadStream(big).pipe(child.stdin as NodeJS.WritableStream).on('error', () => undefined);
      const exited = ended(child);
      expect(await until(child, () => temporary(readdirSync(tmp)).length > 0), 'the run spilled keys to the temporary folder').toBe(true);
      child.kill(signal);
      const r = await exited;
      expect(r.code).toBe(CODES[signal]);
      expect(r.stderr).not.toMatch(STACK);
      expect(readdirSync(tmp)).toEqual([]);
      expect(readdirSync(out)).toEqual([]);
    });
  }

  it("SIGTERM while worker threads check two files: the threads' folders go too", async () => {
    const tmp = privateTmp();
    const copy = join(tempDir(), 'copy.csv');
    copyFileSync(big, copy);
    const child = start(['validate', big, copy, '--spec', 'badplatser', '--threads', '2', '--format', `json=${join(tempDir(), 'r.json')}`], { env: { ...ENV, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = ended(child);
    expect(await until(child, () => temporary(readdirSync(tmp)).length >= 2), 'both threads spilled keys').toBe(true);
    child.kill('SIGTERM');
    const r = await exited;
    expect(r.code).toBe(143);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('SIGINT while fix writes: the temporary file beside the output goes, and no output appears', async () => {
    const out = tempDir();
    const child = start(['fix', big, '--spec', 'badplatser', '-o', join(out, 'fixed.csv')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = ended(child);
    expect(await until(child, () => temporary(readdirSync(out)).length > 0), 'the fixed file was being written').toBe(true);
    child.kill('SIGINT');
    const r = await exited;
    expect(r.code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('fix --in-place stopped at a random moment (SIGINT or SIGTERM)', () => {
  it('leaves the original byte for byte, or the complete fixed file, and no temporary file', async () => {
    const original = readFileSync(big);
    const fixed = readFileSync(expected);
    expect(fixed.equals(original)).toBe(false);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('SIGINT' as const, 'SIGTERM' as const), fc.noBias(fc.integer({ min: 50, max: 1100 })), async (signal, permille) => {
        // A moment from just after the start to just after the end of a whole run (a thousandth of it).
        const when = permille / 1000;
        const folder = tempDir();
        const tmp = privateTmp();
        const file = join(folder, 'x.csv');
        copyFileSync(big, file);
        const child = start(['fix', file, '--spec', 'badplatser', '--in-place'], { env: { ...ENV, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] });
        const exited = ended(child);
        const timer = setTimeout(() => child.kill(signal), Math.round(when * fullRunMs));
        const r = await exited;
        clearTimeout(timer);
        expect(r.stderr).not.toMatch(STACK);
        // Finished, stopped by datakoll, or (a signal before datakoll had started) by the system.
        expect(r.code === 0 || r.code === CODES[signal] || (r.code === null && r.signal === signal), `${r.code} ${r.signal}`).toBe(true);
        const now = readFileSync(file);
        // Stopped before the rename: the original; after: the fixed file (a finished run: the fixed file).
        expect(now.equals(original) || now.equals(fixed), `after ${signal} at ${when.toFixed(2)} of a run: ${now.length} bytes`).toBe(true);
        if (r.code === 0) expect(now.equals(fixed)).toBe(true);
        expect(readdirSync(folder)).toEqual(['x.csv']);
        expect(readdirSync(tmp)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 600_000);
});
