/**
 * Standard input ("-") redirected from a file is that file: no output may replace it, through
 * hard and symbolic links too, exactly as when the file is named (`/dev/stdin` or its own name).
 * Run through the built binary, whose standard input is the file itself (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, linkSync, openSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/errors.js';
import { tempDir, writeTemp } from '../../helpers.js';
import { BIN, ENV } from './binary.js';

/** An Excel export: fix rewrites every row of it, so a fixed file put in its place would differ. */
const DATA = 'place_id;name;latitude;longitude\n1;Ängen;57,1;11,9\n2;Viken;57,2;11,8\n';

/** Runs the binary in `dir` with its standard input opened from `stdin` (a file there). */
function withStdin(dir: string, stdin: string, args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const fd = openSync(join(dir, stdin), 'r');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: ENV, encoding: 'utf8', stdio: [fd, 'pipe', 'pipe'] });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

/** A folder with d.csv, a hard link hard.csv and a symbolic link soft.csv to it. */
function setup(): { dir: string; data: string; inode: bigint } {
  const dir = tempDir();
  const data = writeTemp(dir, 'd.csv', DATA);
  linkSync(data, join(dir, 'hard.csv'));
  symlinkSync('d.csv', join(dir, 'soft.csv'));
  return { dir, data, inode: statSync(data, { bigint: true }).ino };
}

/** The four commands that replaced the file behind standard input, writing to `out`. */
const COMMANDS = (out: string): string[][] => [
  ['validate', '-', '--spec', 'badplatser', '--format', `text=${out}`],
  ['validate', '-', '--spec', 'badplatser', '--badge', out],
  ['fix', '-', '--spec', 'badplatser', '-o', 'fixed.csv', '--log', out],
  ['fix', '-', '--spec', 'badplatser', '-o', out],
];

describe('an output that is the file behind standard input', () => {
  it('the four commands, the output named as the file, its hard link or its symbolic link, or standard input from a link: exit 2, the file kept byte for byte', () => {
    const { dir, data, inode } = setup();
    const cases: [string, string][] = [['d.csv', 'd.csv'], ['d.csv', 'hard.csv'], ['d.csv', 'soft.csv'], ['hard.csv', 'd.csv'], ['soft.csv', 'd.csv']];
    for (const [stdin, out] of cases) {
      for (const args of COMMANDS(out)) {
        const r = withStdin(dir, stdin, args);
        const what = `${args.join(' ')} < ${stdin}`;
        expect(r.code, `${what}: ${r.stderr}`).toBe(EXIT.usage);
        expect(r.stderr, what).toBe(`datakoll: The output ${out} is the same file as standard input: datakoll never writes over a file it reads; name another file for the output\n`);
        expect(r.stdout, what).toBe('');
        expect(readFileSync(data, 'utf8'), what).toBe(DATA);
        // Not even replaced by a copy: the same file, not a new one renamed over it.
        expect(statSync(data, { bigint: true }).ino, what).toBe(inode);
      }
    }
    // Nothing else was written either (fix's -o fixed.csv was refused before it was opened).
    expect(() => statSync(join(dir, 'fixed.csv'))).toThrow();
  });

  it('in Swedish', () => {
    const { dir, data } = setup();
    for (const args of COMMANDS('hard.csv')) {
      const r = withStdin(dir, 'soft.csv', [...args, '--lang', 'sv']);
      expect(r.code, r.stderr).toBe(EXIT.usage);
      expect(r.stderr).toBe('datakoll: Utdatafilen hard.csv är samma fil som standard in: datakoll skriver aldrig över en fil som den läser; ange en annan fil för utdata\n');
      expect(readFileSync(data, 'utf8')).toBe(DATA);
    }
  });

  it('another file behind standard input is no clash: the output is written', () => {
    const { dir, data } = setup();
    writeTemp(dir, 'other.csv', DATA);
    const r = withStdin(dir, 'other.csv', ['fix', '-', '--spec', 'badplatser', '-o', 'd.csv']);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(readFileSync(data, 'utf8')).toBe('place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n2,Viken,57.2,11.8\n');
    const v = withStdin(dir, 'other.csv', ['validate', '-', '--spec', 'badplatser', '--format', 'json=hard.csv']);
    expect(v.code, v.stderr).toBe(EXIT.invalid);
    expect(JSON.parse(readFileSync(join(dir, 'hard.csv'), 'utf8'))).toHaveProperty('files');
  });
});
