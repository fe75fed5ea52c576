/**
 * A file that cannot be written is exit 4 (EXIT.writeFailed) with a message in both languages,
 * never a stack trace, and leaves no temporary file: for every output a run writes.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/errors.js';
import { tempDir, writeTemp } from '../../helpers.js';
import { run } from '../run.js';
import { datakoll, device, openDir, temporary } from './binary.js';

const EXPORT = 'place_id;name;latitude;longitude\n1;Ängen;57,1;11,9\n';
const STACK = /\n\s+at /;

/** Every kind of output of a run on `data`, each written to the file `file(name)` gives. */
function everyOutput(data: string, file: (name: string) => string): { name: string; args: string[]; env?: Record<string, string> }[] {
  return [
    { name: 'validate --format json=', args: ['validate', data, '--spec', 'badplatser', '--format', `json=${file('r.json')}`] },
    { name: 'validate --badge', args: ['validate', data, '--spec', 'badplatser', '--badge', file('b.svg')] },
    { name: 'the job summary', args: ['validate', data, '--spec', 'badplatser', '--format', 'github'], env: { GITHUB_STEP_SUMMARY: file('summary.md') } },
    { name: 'fix -o', args: ['fix', data, '--spec', 'badplatser', '-o', file('fixed.csv')] },
    { name: 'fix --log', args: ['fix', data, '--spec', 'badplatser', '-o', join(tempDir(), 'fixed.csv'), '--log', file('log.txt')] },
  ];
}

describe('a folder that may not be written (EACCES)', () => {
  // As root a folder's mode stops nothing: the binary runs as nobody then.
  it('is exit 4 for every output, in English and Swedish, and nothing is left in it', () => {
    const dir = openDir();
    const data = writeTemp(dir, 'export.csv', EXPORT);
    chmodSync(data, 0o644);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    for (const o of everyOutput(data, (name) => join(locked, name))) {
      for (const [lang, words] of [['en', 'permission denied'], ['sv', 'behörighet saknas']] as const) {
        const r = datakoll([...o.args, '--lang', lang], { asNobody: true, ...(o.env !== undefined ? { env: o.env } : {}) });
        expect(r.code, `${o.name} ${r.stderr}`).toBe(EXIT.writeFailed);
        expect(r.stderr, o.name).toContain(words);
        expect(r.stderr, o.name).not.toMatch(STACK);
      }
      expect(readdirSync(locked), o.name).toEqual([]);
    }
    expect(readFileSync(data, 'utf8')).toBe(EXPORT);
  });

  it('--in-place in such a folder: exit 4, the file as it was, no temporary file', () => {
    const dir = openDir();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    const data = writeTemp(locked, 'export.csv', EXPORT);
    chmodSync(data, 0o666);
    chmodSync(locked, 0o555);
    const r = datakoll(['fix', data, '--spec', 'badplatser', '--in-place'], { asNobody: true });
    expect(r.code, r.stderr).toBe(EXIT.writeFailed);
    expect(r.stderr).toMatch(/^datakoll: Cannot write .*export\.csv: permission denied \(.*export\.csv is unchanged\)\n$/);
    expect(readdirSync(locked)).toEqual(['export.csv']);
    expect(readFileSync(data, 'utf8')).toBe(EXPORT);
  });
});

describe('a folder that does not exist', () => {
  it('fix -o and --log make the folders the user named, as reports do', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'export.csv', EXPORT);
    const r = await run(['fix', data, '--spec', 'badplatser', '-o', join(dir, 'out', 'deep', 'fixed.csv'), '--log', join(dir, 'logs', 'log.txt')]);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'out', 'deep', 'fixed.csv'), 'utf8')).toBe('place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n');
    expect(readFileSync(join(dir, 'logs', 'log.txt'), 'utf8')).toBe(r.stdout);
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'logs', 'out']);
  });

  it('the job summary, which GitHub names, is not made: exit 4, in both languages, and no folder is made', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'export.csv', EXPORT);
    for (const [lang, words] of [['en', 'the folder does not exist'], ['sv', 'mappen finns inte']] as const) {
      const r = await run(['validate', data, '--spec', 'badplatser', '--format', 'github', '--lang', lang], { env: { LANG: 'C', GITHUB_STEP_SUMMARY: join(dir, 'nope', 'summary.md') } });
      expect(r.code, r.stderr).toBe(EXIT.writeFailed);
      expect(r.stderr).toContain(words);
    }
    expect(readdirSync(dir)).toEqual(['export.csv']);
  });

  it('reports make the folder the user named (a CI pipeline writes reports/junit.xml)', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'export.csv', EXPORT);
    const r = await run(['validate', data, '--spec', 'badplatser', '--format', `junit=${join(dir, 'reports', 'ci', 'junit.xml')}`, '--badge', join(dir, 'reports', 'badge.svg')]);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'reports', 'ci', 'junit.xml'), 'utf8')).toContain('<testsuites');
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['badge.svg', 'ci']);
  });
});

describe('an output that names a folder (EISDIR)', () => {
  it('is exit 4 for every output; the folder stays empty and nothing is left beside it', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'export.csv', EXPORT);
    const folder = join(dir, 'target');
    mkdirSync(folder);
    for (const o of everyOutput(data, () => folder)) {
      const r = await run(o.args, { env: { LANG: 'C', ...o.env } });
      expect(r.code, `${o.name}: ${r.stderr}`).toBe(EXIT.writeFailed);
      expect(r.stderr, o.name).toMatch(/^datakoll: Cannot write .*target: it is a folder\n$/);
      expect(readdirSync(folder), o.name).toEqual([]);
      expect(temporary(readdirSync(dir)), o.name).toEqual([]);
    }
  });
});

describe('a full disk (ENOSPC)', () => {
  it('a device that is always full (/dev/full): exit 4 with the message, for a report and the fixed file', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'export.csv', EXPORT);
    const full = device(dir, 'full');
    for (const args of [['validate', data, '--spec', 'badplatser', '--badge', full], ['fix', data, '--spec', 'badplatser', '-o', full]]) {
      const r = await run(args);
      expect(r.code, r.stderr).toBe(EXIT.writeFailed);
      expect(r.stderr).toBe(`datakoll: Cannot write ${full}: the disk is full\n`);
      expect((await run([...args, '--lang', 'sv'])).stderr).toBe(`datakoll: Kan inte skriva ${full}: disken är full\n`);
      expect(statSync(full).isCharacterDevice()).toBe(true);
    }
  });
});
