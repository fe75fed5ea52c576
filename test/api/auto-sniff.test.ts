/** --spec auto on a real export (issue 19): the delimiter and a title row are found before the header is matched. */
import { fileURLToPath } from 'node:url';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { tempDir } from '../helpers.js';

const EXPORT = fileURLToPath(new URL('../../fixtures/badplatser/invalid/excel-export.csv', import.meta.url));

describe('--spec auto on an Excel export', () => {
  it('reads the header of a Windows-1252 semicolon file and picks badplatser', async () => {
    const r = await validateFile(EXPORT, { spec: 'auto', threads: 1 });
    expect(r.spec?.id).toBe('badplatser');
    expect(r.specChoice?.score).toBeGreaterThan(0.5);
  });

  it('looks past a title row above the header', async () => {
    const dir = tempDir();
    const example = readFileSync(fileURLToPath(new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url)), 'utf8');
    const file = join(dir, 'titled.csv');
    writeFileSync(file, `Badplatser i kommunen${','.repeat(example.split('\n')[0]!.split(',').length - 1)}\n${example}`);
    const r = await validateFile(file, { spec: 'auto', threads: 1 });
    expect(r.spec?.id).toBe('badplatser');
  });
});
