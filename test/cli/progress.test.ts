import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { PROGRESS_INTERVAL_MS, PROGRESS_MIN_BYTES, progressAllowed, progressBar } from '../../src/cli/progress.js';

function io(over: Partial<CliIo> = {}): CliIo & { err: string[] } {
  const err: string[] = [];
  return { stdout: () => undefined, stderr: (s) => void err.push(s), stdin: Readable.from([]), env: {}, stdoutIsTTY: false, stderrIsTTY: true, cwd: '/', ...over, err };
}

describe('progressBar', () => {
  it('only on a terminal, outside CI, and not on a dumb terminal', () => {
    expect(progressAllowed(io())).toBe(true);
    expect(progressAllowed(io({ stderrIsTTY: false }))).toBe(false);
    expect(progressAllowed(io({ env: { CI: 'true' } }))).toBe(false);
    expect(progressAllowed(io({ env: { CI: '1' } }))).toBe(false);
    expect(progressAllowed(io({ env: { CI: 'false' } }))).toBe(true);
    expect(progressAllowed(io({ env: { TERM: 'dumb' } }))).toBe(false);
    expect(progressBar(io({ stderrIsTTY: false }), 'en')).toBeUndefined();
  });

  it('draws for large files only, at most once per interval, and clears its line', () => {
    const t = io();
    let now = 0;
    const bar = progressBar(t, 'sv', () => now);
    const total = PROGRESS_MIN_BYTES * 2;
    bar?.update({ file: 'small.csv', bytes: 10, totalBytes: 100 });
    expect(t.err).toEqual([]);
    bar?.update({ file: 'big.csv', bytes: total / 2, totalBytes: total });
    bar?.update({ file: 'big.csv', bytes: total / 2 + 1, totalBytes: total });
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toContain(' 50% läser big.csv 8.0/16.0 MB');
    now += PROGRESS_INTERVAL_MS;
    bar?.update({ file: 'big.csv', bytes: total, totalBytes: total });
    expect(t.err[1]).toContain('100%');
    bar?.done();
    expect(t.err[2]).toBe('\r\u001b[2K');
  });

  it('shows control characters in a file name instead of sending them to the terminal', () => {
    const t = io();
    progressBar(t, 'en', () => 0)?.update({ file: 'a\u001b[31m.csv', bytes: PROGRESS_MIN_BYTES, totalBytes: PROGRESS_MIN_BYTES });
    expect(t.err[0]?.replace('\r\u001b[2K', '')).not.toContain('\u001b');
  });
});
