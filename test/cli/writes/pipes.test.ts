/**
 * A reader that closes the pipe (`datakoll --help | head -1`) ends datakoll quietly: nothing on
 * standard error and exit 141 (128 + SIGPIPE, what a shell reports for `cat` in the same place),
 * for every command. Output that fails otherwise is exit 4.
 */
import { closeSync, openSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIPE_CLOSED_EXIT } from '../../../src/cli/main.js';
import { EXIT } from '../../../src/errors.js';
import { tempDir } from '../../helpers.js';
import { device, ended, start, writeBigExport } from './binary.js';

const dir = tempDir();
const big = join(dir, 'export.csv');
writeBigExport(big, 20_000);

/** Runs the binary with a standard output whose reader is gone before it writes a byte. */
async function closedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = start(args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.destroy();
  return ended(child);
}

describe('a closed pipe', () => {
  for (const args of [
    ['--help'],
    ['validate', '--help'],
    ['specs', 'list'],
    ['template', 'badplatser'],
    ['validate', big, '--spec', 'badplatser', '--format', 'json'],
    ['fix', big, '--spec', 'badplatser', '-o', '-'],
    ['fix', big, '--spec', 'badplatser', '-o', join(tempDir(), 'fixed.csv')],
  ]) {
    it(`datakoll ${args.map((a) => a.replace(/^\/.*\//, '…/')).join(' ')}: exit 141, nothing on standard error`, async () => {
      const r = await closedPipe(args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(PIPE_CLOSED_EXIT);
    });
  }

  it('standard output named as a report file is the same pipe, and ends the run the same way', async () => {
    // A link of our own, as /dev/stdout is (a version that renamed over it must not get the real one).
    const stdout = join(tempDir(), 'stdout');
    symlinkSync('/proc/self/fd/1', stdout);
    const child = start(['validate', big, '--spec', 'badplatser', '--format', 'text', '--badge', stdout], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.destroy();
    const r = await ended(child);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(PIPE_CLOSED_EXIT);
  });
});

describe('standard output that cannot be written', () => {
  it('a full disk behind standard output: exit 4 with the message, in both languages', async () => {
    const full = device(tempDir(), 'full');
    for (const [lang, text] of [['en', 'datakoll: Cannot write standard output: the disk is full\n'], ['sv', 'datakoll: Kan inte skriva standard ut: disken är full\n']] as const) {
      const out = openSync(full, 'w');
      const r = await ended(start(['validate', big, '--spec', 'badplatser', '--format', 'json', '--lang', lang], { stdio: ['ignore', out, 'pipe'] }));
      closeSync(out);
      expect(r.stderr).toBe(text);
      expect(r.code).toBe(EXIT.writeFailed);
    }
  });
});
