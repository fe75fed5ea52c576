/**
 * `datakoll template <spec> --format xlsx -o <file>`: the workbook is written to a file only,
 * atomically through output.ts (an old file is replaced whole, or left as it was), never to
 * standard output.
 */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { attr, miniSpec, tempDir, writeSpec } from '../helpers.js';
import { findAll, parseXml } from '../support/xml-tree.js';
import { readZip } from '../support/zip-read.js';
import { run } from './run.js';
import { datakoll, temporary } from './writes/binary.js';

const BADPLATSER_FIRST = ['place_id', 'name', 'latitude', 'longitude'];

/** The header row's texts and the sheet's name of a workbook file. */
function readBook(path: string): { readonly header: string[]; readonly sheet: string | undefined } {
  const parts = readZip(readFileSync(path));
  const sheet = parseXml((parts.get('xl/worksheets/sheet1.xml') as Buffer).toString('utf8'));
  const first = findAll(sheet, 'row')[0];
  const header = first === undefined ? [] : findAll(first, 'c').map((c) => findAll(c, 't').map((t) => t.text).join(''));
  return { header, sheet: findAll(parseXml((parts.get('xl/workbook.xml') as Buffer).toString('utf8')), 'sheet')[0]?.attrs.name };
}

describe('template --format xlsx', () => {
  it('writes the workbook to the file named by -o, relative to the working folder, and nothing to standard output', async () => {
    const dir = tempDir();
    const r = await run(['template', 'badplatser', '--format', 'xlsx', '-o', 'mall.xlsx', '--lang', 'sv'], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const book = readBook(join(dir, 'mall.xlsx'));
    expect(book.header.slice(0, 4)).toEqual(BADPLATSER_FIRST);
    expect(book.sheet).toBe('Mall');
    expect(temporary(readdirSync(dir))).toEqual([]);
  });

  it('the built binary writes the same workbook (English: the sheet is "Template")', () => {
    const dir = tempDir();
    const r = datakoll(['template', 'badplatser', '-f', 'xlsx', '-o', 'sub/template.xlsx', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(readBook(join(dir, 'sub/template.xlsx'))).toMatchObject({ sheet: 'Template' });
  });

  for (const args of [[], ['-o', '-'], ['--out=-']]) {
    it(`is refused without a file to write (${args.join(' ') || 'no -o'}): exit 2, nothing written`, async () => {
      const dir = tempDir();
      const r = await run(['template', 'badplatser', '--format', 'xlsx', ...args], { cwd: dir });
      expect(r.code).toBe(EXIT.usage);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^datakoll: .*-o/);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('is refused before the spec is looked up (a usage error of the command line, exit 2)', async () => {
    const r = await run(['template', 'no-such-spec', '--format', 'xlsx'], { cwd: tempDir() });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).not.toContain('no-such-spec');
  });

  it('replaces an existing file atomically: a new file renamed over it, its mode kept, no temporary file left', async () => {
    const dir = tempDir();
    const out = join(dir, 'mall.xlsx');
    writeFileSync(out, 'the old file');
    chmodSync(out, 0o640);
    const before = statSync(out, { bigint: true });
    const r = await run(['template', 'badplatser', '--format', 'xlsx', '-o', 'mall.xlsx'], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    const after = statSync(out, { bigint: true });
    expect(after.ino).not.toBe(before.ino);
    expect(Number(after.mode) & 0o777).toBe(0o640);
    expect(readBook(out).header.slice(0, 4)).toEqual(BADPLATSER_FIRST);
    expect(readdirSync(dir)).toEqual(['mall.xlsx']);
  });

  it('leaves an existing file as it was when the workbook cannot be made (a cell longer than Excel holds: exit 2)', async () => {
    const dir = tempDir();
    const spec = writeSpec(dir, miniSpec({ properties: { ...(miniSpec().properties as object), name: attr('string', { 'x-example': 'x'.repeat(40000) }) } }));
    writeFileSync(join(dir, 'mall.xlsx'), 'the old file');
    const r = await run(['template', spec, '--format', 'xlsx', '-o', 'mall.xlsx'], { cwd: dir });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('B2');
    expect(readFileSync(join(dir, 'mall.xlsx'), 'utf8')).toBe('the old file');
    expect(temporary(readdirSync(dir))).toEqual([]);
  });

  it('a path it cannot write is a write error (exit 4) that leaves nothing behind', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'not a folder');
    const r = await run(['template', 'badplatser', '--format', 'xlsx', '-o', 'file/mall.xlsx'], { cwd: dir });
    expect(r.code).toBe(EXIT.writeFailed);
    expect(readdirSync(dir)).toEqual(['file']);
  });
});
