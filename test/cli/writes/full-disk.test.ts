/**
 * A real full disk: a 64 KiB tmpfs, which only root can mount (skipped otherwise; the same path is
 * tested through the file-system seam in sink.test.ts). The old report and the fixed file's old
 * version stay, the partial ones go, and the run ends with exit 4 and the message.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/errors.js';
import { tempDir } from '../../helpers.js';
import { run } from '../run.js';
import { ROOT, writeBigExport } from './binary.js';

const disk = join(tempDir(), 'small');
mkdirSync(disk);
const mounted = ROOT && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status === 0;

afterAll(() => {
  if (mounted) spawnSync('umount', [disk]);
});

describe.skipIf(!mounted)('on a full disk (a 64 KiB tmpfs)', () => {
  const dir = tempDir();
  const data = join(dir, 'export.csv');
  // Every row has findings: the JSON report is far larger than the disk.
  writeBigExport(data, 5000);

  it('a report: the old one stays, no partial report fills the disk, exit 4', async () => {
    const report = join(disk, 'report.json');
    writeFileSync(report, '{"old":true}\n');
    for (const [lang, words] of [['en', 'Cannot write report.json: the disk is full (report.json is unchanged)'], ['sv', 'Kan inte skriva report.json: disken är full (report.json är oförändrad)']] as const) {
      const r = await run(['validate', data, '--spec', 'badplatser', '--format', 'json=report.json', '--max-errors', '100000', '--lang', lang], { cwd: disk });
      expect(r.code, r.stderr).toBe(EXIT.writeFailed);
      expect(r.stderr).toBe(`datakoll: ${words}\n`);
      expect(readdirSync(disk)).toEqual(['report.json']);
      expect(readFileSync(report, 'utf8')).toBe('{"old":true}\n');
    }
  });

  it('fix -o: the old file stays, exit 4', async () => {
    const out = join(disk, 'fixed.csv');
    writeFileSync(out, 'old\n');
    const r = await run(['fix', data, '--spec', 'badplatser', '-o', out]);
    expect(r.code, r.stderr).toBe(EXIT.writeFailed);
    expect(r.stderr).toMatch(/^datakoll: Cannot write .*fixed\.csv: the disk is full \(.*fixed\.csv is unchanged\)\n$/);
    expect(readdirSync(disk).sort()).toEqual(['fixed.csv', 'report.json']);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
  });
});
