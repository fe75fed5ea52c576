/**
 * Special targets are written, never replaced: a FIFO, a character device, a symbolic link to the
 * process's standard output; a symbolic link to a file keeps pointing at the rewritten file. And
 * `fix -o -` writes the data to standard output, the log to standard error.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/errors.js';
import { tempDir, writeTemp } from '../../helpers.js';
import { run } from '../run.js';
import { ended, ROOT, start } from './binary.js';

const DATA = 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n';
const EXPORT = 'place_id;name;latitude;longitude\n1;Ängen;57,1;11,9\n';
const FIXED = 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n';

function mkfifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

/** Reads a FIFO to its end (its writer opens it, writes and closes). */
function drain(path: string): Promise<string> {
  return new Promise((ok, fail) => {
    let text = '';
    createReadStream(path, 'utf8')
      .on('data', (s) => void (text += String(s)))
      .on('end', () => ok(text))
      .on('error', fail);
  });
}

describe('special files', () => {
  it('a FIFO, directly or through a symbolic link, gets the report and stays a FIFO', async () => {
    const dir = tempDir();
    writeTemp(dir, 'd.csv', DATA);
    mkfifo(join(dir, 'pipe'));
    symlinkSync('pipe', join(dir, 'to-pipe'));
    for (const target of ['pipe', 'to-pipe']) {
      const read = drain(join(dir, 'pipe'));
      const r = await run(['validate', 'd.csv', '--spec', 'badplatser', '--badge', target], { cwd: dir });
      expect(r.code, r.stderr).toBe(EXIT.ok);
      expect(await read).toMatch(/^<svg /);
      expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
      expect(readlinkSync(join(dir, 'to-pipe'))).toBe('pipe');
      expect(readdirSync(dir).sort()).toEqual(['d.csv', 'pipe', 'to-pipe']);
    }
  });

  // Only root can make a device; never the real /dev/null.
  it.skipIf(!ROOT)('a character device (a copy of /dev/null made with mknod) stays a device', async () => {
    const dir = tempDir();
    writeTemp(dir, 'd.csv', DATA);
    expect(spawnSync('mknod', [join(dir, 'null'), 'c', '1', '3']).status).toBe(0);
    symlinkSync('null', join(dir, 'to-null'));
    for (const args of [
      ['validate', 'd.csv', '--spec', 'badplatser', '--badge', 'null', '--format', 'json=to-null'],
      ['fix', 'd.csv', '--spec', 'badplatser', '-o', 'null', '--log', 'to-null'],
    ]) {
      const r = await run(args, { cwd: dir });
      expect(r.code, r.stderr).toBe(EXIT.ok);
      expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
      expect(readlinkSync(join(dir, 'to-null'))).toBe('null');
    }
    expect(readdirSync(dir).sort()).toEqual(['d.csv', 'null', 'to-null']);
  });

  it('a symbolic link to /proc/self/fd/1 writes to the standard output of the process', async () => {
    const dir = tempDir();
    writeTemp(dir, 'd.csv', DATA);
    symlinkSync('/proc/self/fd/1', join(dir, 'out'));
    const child = start(['validate', 'd.csv', '--spec', 'badplatser', '--format', 'text', '--badge', 'out'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => void (stdout += s));
    const r = await ended(child);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(stdout).toMatch(/conforms to the spec[\s\S]*<svg /);
    expect(readlinkSync(join(dir, 'out'))).toBe('/proc/self/fd/1');
  });

  it('a symbolic link to a regular file stays a link, and the file it points at gets the report', async () => {
    const dir = tempDir();
    writeTemp(dir, 'd.csv', DATA);
    const real = writeTemp(tempDir(), 'report.json', 'old');
    symlinkSync(real, join(dir, 'report.json'));
    const r = await run(['validate', 'd.csv', '--spec', 'badplatser', '--format', 'json=report.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(readlinkSync(join(dir, 'report.json'))).toBe(real);
    expect(JSON.parse(readFileSync(real, 'utf8')).summary.files).toBe(1);
  });
});

describe('"-" names standard output', () => {
  it('--badge - writes the badge to standard output, not to a file named "-"', async () => {
    const dir = tempDir();
    writeTemp(dir, 'd.csv', DATA);
    const r = await run(['validate', 'd.csv', '--spec', 'badplatser', '--format', 'json=r.json', '--badge', '-'], { cwd: dir });
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^<svg /);
    expect(readdirSync(dir).sort()).toEqual(['d.csv', 'r.json']);
    const both = await run(['validate', 'd.csv', '--spec', 'badplatser', '--badge', '-'], { cwd: dir });
    expect(both.code).toBe(EXIT.usage);
    expect(both.stderr).toBe('datakoll: Two reports would go to standard output: give all but one of them a file (--format html=report.html, --badge badge.svg)\n');
  });

  it('fix -o - writes the fixed file to standard output and the change log to standard error; no file named "-"', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'export.csv', EXPORT);
    const r = await run(['fix', input, '--spec', 'badplatser', '-o', '-'], { cwd: dir });
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toBe(FIXED);
    expect(r.stderr).toContain('delimiter: ";" -> ","');
    expect(readdirSync(dir)).toEqual(['export.csv']);
  });

  it('fix -o -, through the binary: the bytes on standard output are the fixed file', () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'export.csv', EXPORT);
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../../dist/cli/bin.js'), 'fix', input, '--spec', 'badplatser', '-o', '-', '--log', join(dir, 'log.txt')], { cwd: dir, env: { ...process.env, LANG: 'C' } });
    expect(r.status).toBe(EXIT.ok);
    expect(r.stdout.toString('utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'log.txt'), 'utf8')).toBe(r.stderr.toString('utf8'));
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'log.txt']);
  });
});
