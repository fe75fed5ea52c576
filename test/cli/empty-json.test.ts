/**
 * An empty JSON or JSON Lines file (no bytes, only white space, only a BOM): file-empty in JSON's
 * words, exit 1 as for an empty CSV file, in validate and fix alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { renderMessage } from '../../src/report/index.js';
import type { FileReport } from '../../src/report/index.js';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';
import { run } from './run.js';

const dir = tempDir();
const spec = writeSpec(dir);

let n = 0;
function file(bytes: Buffer, ending: string): string {
  return writeTemp(dir, `f-${++n}${ending}`, bytes);
}

const codes = (r: Pick<FileReport, 'diagnostics'>): string[] => r.diagnostics.map((d) => d.code);

describe('an empty JSON file', () => {
  it('0 bytes, or JSON Lines of only blank lines: file-empty in JSON\'s words, exit 1 as for CSV', async () => {
    for (const [bytes, ending, before] of [
      [Buffer.alloc(0), '.json', []],
      [Buffer.from('\n\n  \r\n\t\n'), '.jsonl', []],
      [Buffer.from('\ufeff\n'), '.json', ['encoding-bom']],
    ] as const) {
      const path = file(bytes, ending);
      const r = await validateFile(path, { spec });
      expect(codes(r)).toEqual([...before, 'file-empty']);
      expect(r.diagnostics.at(-1)).toMatchObject({ code: 'file-empty', params: { reason: 'json' } });
      expect(r.diagnostics.at(-1)?.row).toBeUndefined();
      expect(r.unreadable).toBe(false);
      const cli = await run(['validate', path, '--spec', spec, '--no-config', '--lang', 'en']);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toContain('file-empty');
      expect(cli.stdout).not.toContain('header row');
    }
    for (const lang of ['sv', 'en'] as const) {
      expect(renderMessage('file-empty', lang, { reason: 'json' })).toMatch(/JSON/);
      expect(renderMessage('file-empty', lang, { reason: 'json' })).not.toMatch(/CSV/);
      expect(renderMessage('file-empty', lang, { reason: 'csv' })).toMatch(/CSV/);
    }
  });

  it('an empty CSV file keeps its words (reason csv)', async () => {
    const r = await validateFile(file(Buffer.alloc(0), '.csv'), { spec });
    expect(r.diagnostics).toMatchObject([{ code: 'file-empty', params: { reason: 'csv' } }]);
  });

  it('fix agrees with validate on an empty JSON file, as on an empty CSV file: exit 1, the file written as it was, file-empty left', async () => {
    for (const [bytes, ending] of [
      [Buffer.alloc(0), '.csv'],
      [Buffer.alloc(0), '.json'],
      [Buffer.from('\n\n'), '.jsonl'],
    ] as const) {
      const path = file(bytes, ending);
      const out = join(dir, `fixed-${n}${ending}`);
      const fixed = await run(['fix', path, '--spec', spec, '-o', out, '--lang', 'en']);
      expect(fixed.code).toBe(1);
      expect(fixed.stdout).toContain('[file-empty]');
      expect(readFileSync(out)).toEqual(bytes);
      expect((await run(['validate', path, '--spec', spec, '--no-config'])).code).toBe(1);
    }
  });
});
