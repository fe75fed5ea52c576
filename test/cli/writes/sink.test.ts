/**
 * The atomic writer with a disk that fills up, through its file-system seam (a full disk cannot
 * be made without root): the old file stays byte for byte, the temporary file goes, and the
 * error is a write error (exit 4) in both languages.
 */
import * as fs from 'node:fs';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io.js';
import { toStdout, writeOutput } from '../../../src/cli/output.js';
import { AtomicSink } from '../../../src/cli/write/sink.js';
import type { SinkFs } from '../../../src/cli/write/sink.js';
import { DatakollError, exitCodeFor, EXIT } from '../../../src/errors.js';
import { temporaryPaths } from '../../../src/tempfiles.js';
import { tempDir } from '../../helpers.js';

const IO: CliIo = { stdout: () => undefined, stderr: () => undefined, stdin: process.stdin, env: {}, stdoutIsTTY: false, stderrIsTTY: false };

/** node:fs, but the disk is full once `room` bytes were written. */
function fillingDisk(room: number): SinkFs {
  let left = room;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
      if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
      const n = fs.writeSync(fd, buffer, offset, Math.min(length, left));
      left -= n;
      return n;
    }) as SinkFs['writeSync'],
  };
}

describe('AtomicSink on a disk that fills up', () => {
  it('keeps the old file, removes the partial one, and says the disk is full', async () => {
    const dir = tempDir();
    const target = join(dir, 'report.html');
    writeFileSync(target, 'the old report\n', { mode: 0o640 });
    const sink = new AtomicSink(target, statSync(target), 'report.html', fillingDisk(1000));
    expect(temporaryPaths().filter((p) => p.startsWith(dir))).toHaveLength(1);
    await sink.write('x'.repeat(600));
    const failed = await sink.write('y'.repeat(600)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(DatakollError);
    const e = failed as DatakollError;
    expect(exitCodeFor(e.kind)).toBe(EXIT.writeFailed);
    expect(e.text('en')).toBe('Cannot write report.html: the disk is full (report.html is unchanged)');
    expect(e.text('sv')).toBe('Kan inte skriva report.html: disken är full (report.html är oförändrad)');
    sink.abort();
    expect(readdirSync(dir)).toEqual(['report.html']);
    expect(readFileSync(target, 'utf8')).toBe('the old report\n');
    expect(temporaryPaths().filter((p) => p.startsWith(dir))).toEqual([]);
  });

  it('a commit that cannot flush (ENOSPC at fsync, as on NFS) renames nothing', async () => {
    const dir = tempDir();
    const target = join(dir, 'data.csv');
    writeFileSync(target, 'a,b\n1,2\n');
    const seam: SinkFs = {
      ...fs,
      fsyncSync: () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    };
    const sink = new AtomicSink(target, statSync(target), 'data.csv', seam);
    await sink.write('a,b\n3,4\n');
    await expect(sink.commit()).rejects.toThrow('Cannot write data.csv: the disk is full');
    expect(readdirSync(dir)).toEqual(['data.csv']);
    expect(readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
  });

  it('writeOutput takes a report in pieces (an iterable, for reports too large for one string)', async () => {
    const dir = tempDir();
    const target = join(dir, 'big.json');
    function* pieces(): Iterable<string> {
      yield '{"files":[';
      for (let i = 0; i < 3; i++) yield `${i > 0 ? ',' : ''}{"n":${i}}`;
      yield ']}';
    }
    await writeOutput(target, pieces(), IO);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual({ files: [{ n: 0 }, { n: 1 }, { n: 2 }] });
    let out = '';
    toStdout({ ...IO, stdout: (s) => void (out += s) }, pieces());
    expect(out).toBe(readFileSync(target, 'utf8'));
  });

  it('a complete write replaces the file with the old mode', async () => {
    const dir = tempDir();
    const target = join(dir, 'data.csv');
    writeFileSync(target, 'old\n', { mode: 0o600 });
    fs.chmodSync(target, 0o600);
    const sink = new AtomicSink(target, statSync(target), 'data.csv');
    for (const piece of ['a,', 'b\n', Buffer.from('1,2\n')]) await sink.write(piece);
    await sink.commit();
    expect(readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['data.csv']);
  });
});
