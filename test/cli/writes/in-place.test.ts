/**
 * `fix --in-place` keeps what the file was besides its content: its mode and owner, a symbolic
 * link to it (the file it points at is fixed), and a read-only file is replaced only with --force.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/errors.js';
import { tempDir, writeTemp } from '../../helpers.js';
import { run } from '../run.js';
import { ROOT } from './binary.js';

const EXPORT = 'place_id;name;latitude;longitude\n1;Ängen;57,1;11,9\n';
const FIXED = 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n';

describe('fix --in-place', () => {
  it('keeps the mode of a private file (600 stays 600)', async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'x.csv', EXPORT);
    chmodSync(file, 0o600);
    const r = await run(['fix', file, '--spec', 'badplatser', '--in-place']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect(statSync(file).mode & 0o7777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });

  // Only root can give a file to another user.
  it.skipIf(!ROOT)("keeps another user's file theirs (owner and group 12345)", async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'x.csv', EXPORT);
    chmodSync(file, 0o640);
    chownSync(file, 12345, 12345);
    const r = await run(['fix', file, '--spec', 'badplatser', '--in-place']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    const s = statSync(file);
    expect([s.uid, s.gid, s.mode & 0o7777]).toEqual([12345, 12345, 0o640]);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
  });

  it('refuses a read-only file (444) without --force: exit 4, the file as it was; with --force it is fixed and stays 444', async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'x.csv', EXPORT);
    chmodSync(file, 0o444);
    const r = await run(['fix', file, '--spec', 'badplatser', '--in-place']);
    expect(r.code).toBe(EXIT.writeFailed);
    expect(r.stderr).toBe(`datakoll: Cannot write ${file}: the file is read-only; give --force to replace it anyway\n`);
    expect((await run(['fix', file, '--spec', 'badplatser', '--in-place', '--lang', 'sv'])).stderr).toBe(`datakoll: Kan inte skriva ${file}: filen är skrivskyddad; ange --force för att ersätta den ändå\n`);
    expect(readFileSync(file, 'utf8')).toBe(EXPORT);
    const forced = await run(['fix', file, '--spec', 'badplatser', '--in-place', '--force']);
    expect(forced.code, forced.stderr).toBe(EXIT.ok);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect(statSync(file).mode & 0o7777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });

  it('fixes the file a symbolic link points at, and keeps the link', async () => {
    const dir = tempDir();
    const real = writeTemp(tempDir(), 'real.csv', EXPORT);
    const link = join(dir, 'x.csv');
    symlinkSync(real, link);
    const r = await run(['fix', link, '--spec', 'badplatser', '--in-place']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe(FIXED);
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });

  it('-o onto an existing read-only file needs --force too; a pipe or device is no file to replace', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'in.csv', EXPORT);
    const out = writeTemp(dir, 'out.csv', 'old\n');
    chmodSync(out, 0o444);
    expect((await run(['fix', input, '--spec', 'badplatser', '-o', out])).code).toBe(EXIT.writeFailed);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect((await run(['fix', input, '--spec', 'badplatser', '-o', out, '--force'])).code).toBe(EXIT.ok);
    expect(readFileSync(out, 'utf8')).toBe(FIXED);
    // (A FIFO in a temporary folder: never the real /dev/null, which an old version renamed over.)
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await run(['fix', fifo, '--spec', 'badplatser', '--in-place']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toBe(`datakoll: --in-place replaces a file, and ${fifo} is not a regular file\n`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
