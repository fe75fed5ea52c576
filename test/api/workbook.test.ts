/**
 * Validating a workbook (issue 18): the same findings as the CSV export of the same table, cell
 * types read for what they are, positions on the workbook's own sheet, the sheet picked by
 * --sheet, and a workbook that cannot be read named for what is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { columnLetter } from '../../src/report/index.js';
import type { FileReport } from '../../src/report/index.js';
import { parseCsvText } from '../../src/input/index.js';
import { esc, sheetData, writeXlsx, writeZip } from '../support/xlsx.js';
import type { TestWorkbook } from '../support/xlsx.js';
import { tempDir } from '../helpers.js';

const dir = tempDir();
const EXAMPLE = readFileSync(fileURLToPath(new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url)), 'utf8');
const TABLE = parseCsvText(EXAMPLE, ',');
const HEADER = TABLE[0] as string[];
const col = (name: string): number => HEADER.indexOf(name) + 1;

/** A cell's XML: text inline, or a typed value (`n`, `b`, `e`, or a number in style s). */
function cell(c: number, r: number, value: string, type: 'text' | 'n' | 'b' | 'e' | 'f' = 'text', style?: number): string {
  const ref = `${columnLetter(c)}${r}`;
  const s = style === undefined ? '' : ` s="${style}"`;
  if (type === 'text') return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
  if (type === 'f') return `<c r="${ref}"${s}><f>${esc(value)}</f></c>`;
  return `<c r="${ref}"${type === 'n' ? '' : ` t="${type}"`}${s}><v>${esc(value)}</v></c>`;
}

/** The example table as a sheet of text cells, rows starting at `first`; `typed` changes cells by their column name. */
function sheetOf(rows: readonly (readonly string[])[], first = 1, typed: (name: string, value: string, c: number, r: number) => string | undefined = () => undefined): string {
  return sheetData(
    rows.map((cells, k) => {
      const r = first + k;
      const xml = cells.map((v, i) => (v === '' ? '' : (k === 0 ? undefined : typed(HEADER[i] as string, v, i + 1, r)) ?? cell(i + 1, r, v))).join('');
      return [r, xml] as const;
    }),
  );
}

/** Style 1: a date (numFmtId 14). */
const STYLES: Pick<TestWorkbook, 'cellXfs'> = { cellXfs: [0, 14] };

async function validate(name: string, wb: TestWorkbook, options: { sheet?: string } = {}): Promise<FileReport> {
  const path = join(dir, name);
  await writeXlsx(path, wb);
  return validateFile(path, { spec: 'badplatser', threads: 1, ...options });
}

const codes = (r: FileReport): string[] => r.diagnostics.map((d) => d.code);

describe('a workbook validated as it is', () => {
  let csv: FileReport;
  beforeAll(async () => {
    const path = join(dir, 'example.csv');
    writeFileSync(path, EXAMPLE);
    csv = await validateFile(path, { spec: 'badplatser', threads: 1 });
  });

  it('gives the CSV export\'s findings for the same table of text cells', async () => {
    const r = await validate('text.xlsx', { sheets: [{ name: 'Blad1', body: sheetOf(TABLE) }] });
    expect(r.format).toBe('xlsx');
    expect(r.sheet).toBe('Blad1');
    expect(r.stats.rows).toBe(csv.stats.rows);
    expect(codes(r)).toEqual(codes(csv));
    expect(r.valid).toBe(csv.valid);
  });

  it('reads number, date and boolean cells for what they are: no decimal comma, no date form, no ja/nej can arise', async () => {
    const typed = (name: string, v: string, c: number, r: number): string | undefined => {
      if (name === 'latitude' || name === 'longitude') return cell(c, r, v, 'n');
      if (v === 'true' || v === 'false') return cell(c, r, v === 'true' ? '1' : '0', 'b');
      // 2024-05-31 is serial 45443 in the 1900 date system.
      if (name === 'updated' && v === '2024-05-31') return cell(c, r, '45443', 'n', 1);
      return undefined;
    };
    const r = await validate('typed.xlsx', { sheets: [{ name: 'Blad1', body: sheetOf(TABLE, 1, typed) }], ...STYLES });
    expect(codes(r)).toEqual(codes(csv));
  });

  it('places findings on the sheet: Blad1!C5 in the report, the sheet on each finding', async () => {
    const rows = TABLE.map((cells, k) => (k === 2 ? cells.map((v, i) => (HEADER[i] === 'latitude' ? '57,6312' : v)) : cells));
    const r = await validate('comma.xlsx', { sheets: [{ name: 'Badplatser', body: sheetOf(rows, 3) }] });
    const d = r.diagnostics.find((x) => x.code.startsWith('form-'));
    expect(d).toMatchObject({ sheet: 'Badplatser', row: 5, columnLetter: columnLetter(col('latitude')) });
  });

  it('a title row above the header is reported, and the header below it is read', async () => {
    const body = sheetData([[1, cell(1, 1, 'Badplatser i kommunen')], ...TABLE.map((cells, k) => [k + 2, cells.map((v, i) => (v === '' ? '' : cell(i + 1, k + 2, v))).join('')] as const)]);
    const r = await validate('title.xlsx', { sheets: [{ name: 'Blad1', body }] });
    expect(codes(r)).toEqual(['dialect-title-row', ...codes(csv)]);
    expect(r.stats.rows).toBe(csv.stats.rows);
  });

  it('an error cell and a formula with no saved value are reported at their cells', async () => {
    const typed = (name: string, v: string, c: number, r: number): string | undefined => {
      if (r === 2 && name === 'latitude') return cell(c, r, '#N/A', 'e');
      if (r === 2 && name === 'longitude') return cell(c, r, 'B2*2', 'f');
      return undefined;
    };
    const r = await validate('errors.xlsx', { sheets: [{ name: 'Blad1', body: sheetOf(TABLE, 1, typed) }] });
    expect(r.diagnostics.find((d) => d.code === 'workbook-cell-error')).toMatchObject({ row: 2, columnLetter: columnLetter(col('latitude')), params: { error: '#N/A' } });
    expect(r.diagnostics.find((d) => d.code === 'workbook-formula-no-value')).toMatchObject({ row: 2, columnLetter: columnLetter(col('longitude')) });
    expect(r.valid).toBe(false);
  });

  it('says which sheet was read when there are several, and reads the one --sheet names', async () => {
    const wb: TestWorkbook = { sheets: [{ name: 'Om', body: sheetData([[1, cell(1, 1, 'Läs mig')]]) }, { name: 'Data', body: sheetOf(TABLE) }] };
    const first = await validate('two.xlsx', wb);
    expect(first.diagnostics[0]).toMatchObject({ code: 'workbook-sheet-read', params: { sheet: 'Om', count: 2, others: 'Data' } });
    expect(codes(first)).toContain('file-no-records');
    const byName = await validate('two.xlsx', wb, { sheet: 'data' });
    expect(byName.sheet).toBe('Data');
    expect(codes(byName)).toEqual(['workbook-sheet-read', ...codes(csv)]);
    const byNumber = await validate('two.xlsx', wb, { sheet: '2' });
    expect(byNumber.sheet).toBe('Data');
    const missing = await validate('two.xlsx', wb, { sheet: 'Blad9' });
    expect(missing).toMatchObject({ unreadable: true, valid: false });
    expect(missing.diagnostics[0]).toMatchObject({ code: 'workbook-sheet-missing', params: { sheet: 'Blad9', sheets: 'Om, Data', count: 2 } });
  });

  it('blank rows between rows with values are blank rows, as in a CSV export', async () => {
    const rows = [TABLE[0] as string[], TABLE[1] as string[]];
    const body = sheetData(rows.map((cells, k) => [k === 0 ? 1 : 4, cells.map((v, i) => (v === '' ? '' : cell(i + 1, k === 0 ? 1 : 4, v))).join('')] as const));
    const r = await validate('gaps.xlsx', { sheets: [{ name: 'Blad1', body }] });
    expect(r.diagnostics.filter((d) => d.code === 'row-blank').map((d) => d.row)).toEqual([2, 3]);
  });

  it('a sheet with no values, a ZIP that is no workbook, and a broken workbook are never passed', async () => {
    const empty = await validate('empty.xlsx', { sheets: [{ name: 'Blad1', body: sheetData([]) }] });
    expect(codes(empty)).toContain('file-empty');
    expect(empty.valid).toBe(false);
    const zip = join(dir, 'archive.zip');
    await writeZip(zip, [['readme.txt', 'hej']]);
    const notBook = await validateFile(zip, { spec: 'badplatser', threads: 1 });
    expect(notBook.diagnostics[0]).toMatchObject({ code: 'file-binary', params: { reason: 'zip' } });
    const broken = join(dir, 'broken.xlsx');
    await writeXlsx(broken, { sheets: [{ name: 'Blad1', body: sheetOf(TABLE) }] });
    writeFileSync(broken, readFileSync(broken).subarray(0, 300));
    const cut = await validateFile(broken, { spec: 'badplatser', threads: 1 });
    expect(cut.unreadable).toBe(true);
    expect(cut.diagnostics[0]?.code).toMatch(/^(workbook-unreadable|file-binary)$/);
  });

  it('--spec auto picks the spec from the header row', async () => {
    const path = join(dir, 'auto.xlsx');
    await writeXlsx(path, { sheets: [{ name: 'Blad1', body: sheetOf(TABLE) }] });
    const r = await validateFile(path, { spec: 'auto', threads: 1 });
    expect(r.spec?.id).toBe('badplatser');
    expect(r.specChoice?.method).toBe('auto');
  });
});

describe('the workbook template, read back', () => {
  it('validates, for every bundled spec, as the CSV template does (every cell text, codes kept)', async () => {
    const { xlsxTemplate } = await import('../../src/authoring/xlsx-template.js');
    const { csvTemplate: templateCsv } = await import('../../src/authoring/template.js');
    const { Registry } = await import('../../src/registry/index.js');
    const registry = new Registry();
    for (const spec of registry.list()) {
      const book = join(dir, `${spec.id}.xlsx`);
      writeFileSync(book, await xlsxTemplate(spec, 'sv'));
      const csvFile = join(dir, `${spec.id}.csv`);
      writeFileSync(csvFile, templateCsv(spec));
      const [fromBook, fromCsv] = [await validateFile(book, { spec: spec.file, threads: 1 }), await validateFile(csvFile, { spec: spec.file, threads: 1 })];
      expect(fromBook.format, spec.id).toBe('xlsx');
      expect(codes(fromBook), spec.id).toEqual(codes(fromCsv));
    }
  });
});

describe('the sheet in every report format', () => {
  it('names the cell as the workbook does (\'Mina data\'!C3), and the JSON report gives the sheet', async () => {
    const { FORMATTERS, FORMAT_NAMES, NO_COLORS } = await import('../../src/formatters/index.js');
    const { validateFiles } = await import('../../src/api.js');
    const rows = TABLE.map((cells, k) => (k === 1 ? cells.map((v, i) => (HEADER[i] === 'latitude' ? '57,6312' : v)) : cells));
    const path = join(dir, 'formats.xlsx');
    await writeXlsx(path, { sheets: [{ name: 'Mina data', body: sheetOf(rows, 2) }] });
    const run = await validateFiles([path], { spec: 'badplatser', threads: 1 });
    const at = `'Mina data'!${columnLetter(col('latitude'))}3`;
    for (const name of FORMAT_NAMES) {
      if (name === 'badge') continue;
      const out = FORMATTERS[name](run, { lang: 'sv', colors: NO_COLORS });
      if (name === 'json') expect(JSON.parse(out).files[0].diagnostics[0]).toMatchObject({ sheet: 'Mina data', row: 3 });
      else if (name === 'sarif') expect(out, name).toContain('"sheet": "Mina data"');
      else if (name === 'gitlab') expect(out, name).toContain('formats.xlsx');
      // The findings table gives the sheet, row and column in their own cells.
      else if (name === 'csv') expect(out, name).toContain(`,Mina data,3,${columnLetter(col('latitude'))},`);
      // (Markdown escapes the !, which it shows as written.)
      else if (name === 'markdown') expect(out, name).toContain(at.replace('!', '\\!'));
      else expect(out, name).toContain(name === 'html' || name === 'junit' ? at.replace(/'/g, name === 'html' ? '&#39;' : '&apos;') : at);
    }
  });
});

describe('what a sheet hides', () => {
  it('merged cells are a warning naming the ranges; hidden rows and columns a note; both read like any other', async () => {
    const body = sheetOf(TABLE).replace('<row r="2">', '<row r="2" hidden="1">') + '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
    const withCols = body.replace('<sheetData>', '<cols><col min="3" max="3" hidden="1"/></cols><sheetData>');
    const r = await validate('hidden.xlsx', { sheets: [{ name: 'Blad1', body: withCols }] });
    expect(r.diagnostics.find((d) => d.code === 'workbook-merged-cells')).toMatchObject({ severity: 'warning', params: { ranges: 'A1:B1', count: 1 } });
    expect(r.diagnostics.find((d) => d.code === 'workbook-hidden')).toMatchObject({ params: { rows: 1, columns: 1 } });
    expect(r.stats.rows).toBe(TABLE.length - 1);
  });
});

describe('a workbook read once (standard input, a pipe)', () => {
  it('is read through a private temporary file, with the findings of the file on disk, and the copy is removed', async () => {
    const { Readable } = await import('node:stream');
    const { readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = join(dir, 'piped.xlsx');
    await writeXlsx(path, { sheets: [{ name: 'Blad1', body: sheetOf(TABLE) }] });
    const onDisk = await validateFile(path, { spec: 'badplatser', threads: 1 });
    // In small chunks, as a pipe hands it on: the first chunk alone is no whole workbook.
    const bytes = readFileSync(path);
    const parts: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 512) parts.push(bytes.subarray(at, at + 512));
    expect(parts.length).toBeGreaterThan(2);
    const piped = await validateFile(Readable.from(parts), { spec: 'badplatser', threads: 1 });
    expect(piped.format).toBe('xlsx');
    expect(codes(piped)).toEqual(codes(onDisk));
    expect(piped.stats.rows).toBe(onDisk.stats.rows);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('datakoll-workbook-'))).toEqual([]);
  });

  it('from a web address: downloaded whole, then read as the file on disk is', async () => {
    const { createServer } = await import('node:http');
    const path = join(dir, 'served.xlsx');
    await writeXlsx(path, { sheets: [{ name: 'Blad1', body: sheetOf(TABLE) }] });
    const bytes = readFileSync(path);
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      // Written in pieces, so the body arrives in more than one chunk.
      for (let at = 0; at < bytes.length; at += 700) res.write(bytes.subarray(at, at + 700));
      res.end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const port = (server.address() as { port: number }).port;
      const onDisk = await validateFile(path, { spec: 'badplatser', threads: 1 });
      const served = await validateFile(`http://127.0.0.1:${port}/badplatser.xlsx`, { spec: 'badplatser', threads: 1, remote: { allowHttp: true } });
      expect(served.format).toBe('xlsx');
      expect(codes(served)).toEqual(codes(onDisk));
      expect(served.stats.rows).toBe(onDisk.stats.rows);
    } finally {
      server.close();
    }
  });
});
