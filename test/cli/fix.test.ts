import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';

const EXCEL = iconv.encode('name;place_id;latitude;longitude;toilet\r\nÄngen;1;57,1;11,9;ja\r\nKajen;2;57,2;11,8;kanske\r\n', 'windows-1252');

describe('datakoll fix', () => {
  it('writes the spec dialect to -o, prints the log, and the result validates but for what it could not fix', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'excel.csv', EXCEL);
    const out = join(dir, 'fixed.csv');
    const r = await run(['fix', input, '--spec', 'badplatser', '-o', out, '--log', join(dir, 'log.txt')]);
    expect(r.code).toBe(1); // one value ('kanske') could not be fixed
    expect(readFileSync(out, 'utf8')).toBe('place_id,name,latitude,longitude,toilet\n1,Ängen,57.1,11.9,true\n2,Kajen,57.2,11.8,kanske\n');
    expect(r.stdout).toContain('character encoding: Windows-1252 -> UTF-8');
    expect(r.stdout).toContain("latitude: decimal comma -> decimal point, 2 cells (row 2 '57,1' -> '57.1'");
    expect(r.stdout).toContain("row 3 toilet 'kanske': ");
    expect(r.stdout).toContain('[invalid-boolean]');
    expect(readFileSync(join(dir, 'log.txt'), 'utf8')).toBe(r.stdout);
    expect(readFileSync(input)).toEqual(EXCEL); // the input is never modified
    const v = await run(['validate', out, '--spec', 'badplatser', '--format', 'json']);
    expect(JSON.parse(v.stdout).files[0].diagnostics.filter((d: { severity: string }) => d.severity === 'error').map((d: { code: string }) => d.code)).toEqual(['invalid-boolean']);
  });

  it('never overwrites its input without --in-place; --in-place replaces it atomically', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'x.csv', 'place_id;name;latitude;longitude\n1;Åsa;57,1;11.9\n');
    const refused = await run(['fix', input, '--spec', 'badplatser', '-o', input]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--in-place');
    expect((await run(['fix', input, '--spec', 'badplatser'])).code).toBe(2);
    const r = await run(['fix', input, '--spec', 'badplatser', '--in-place']);
    expect(r.code).toBe(0);
    expect(readFileSync(input, 'utf8')).toBe('place_id,name,latitude,longitude\n1,Åsa,57.1,11.9\n');
    expect(readdirSync(dir)).toEqual(['x.csv']); // no temporary file left behind
  });

  it('a missing input is exit 3, an unknown spec exit 2', async () => {
    const dir = tempDir();
    expect((await run(['fix', join(dir, 'nope.csv'), '--spec', 'badplatser', '-o', join(dir, 'o.csv')])).code).toBe(3);
    expect(existsSync(join(dir, 'o.csv'))).toBe(false);
    expect((await run(['fix', writeTemp(dir, 'a.csv', 'a\n1\n'), '--spec', 'nope', '-o', join(dir, 'o.csv')])).code).toBe(2);
  });
});

// Found on main: fix --encoding windows-1252 on a UTF-8 file wrote every å, ä and ö garbled, and
// fix on {"results": [...], "results": [...]} fixed the first list while readers keep the last.
describe('fix refuses what it would misread (exit 2, nothing written)', () => {
  const dir = tempDir();

  it('another encoding named for a file that is valid UTF-8', async () => {
    const input = writeTemp(dir, 'utf8.csv', 'place_id,name,latitude,longitude\n1480-Ängen,Ängen,57.1,11.9\n');
    const out = join(dir, 'utf8-fixed.csv');
    const r = await run(['fix', input, '--spec', 'badplatser', '--encoding', 'windows-1252', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"1480-Ängen" would become "1480-Ã„ngen"');
    expect(existsSync(out)).toBe(false);
    const sv = await run(['fix', input, '--spec', 'badplatser', '--encoding', 'windows-1252', '-o', out, '--lang', 'sv']);
    expect([sv.code, sv.stderr.includes('men filen är giltig UTF-8')]).toEqual([2, true]);
  });

  it('the records list written twice in its object', async () => {
    const input = writeTemp(dir, 'twice.json', '{"results": [{"place_id": "1"}], "results": [{"place_id": "2"}]}');
    const out = join(dir, 'twice-fixed.json');
    const r = await run(['fix', input, '--spec', 'badplatser', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The list of records, /results, appears twice');
    expect(existsSync(out)).toBe(false);
  });
});
