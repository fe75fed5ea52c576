/**
 * Say it once, and no cascade from a broken row (issue 19): an attribute's description once per
 * report, each reason a group mixes explained beside its own examples, and a row of the wrong
 * width reported once, naming the file's delimiter (and no delimiter in a workbook).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile, validateFiles } from '../../src/api.js';
import { FORMATTERS, NO_COLORS } from '../../src/formatters/index.js';
import { DELIMITERS, renderMessage } from '../../src/report/index.js';
import type { Diagnostic, Localized } from '../../src/report/index.js';
import { esc, sheetData, writeXlsx } from '../support/xlsx.js';
import { tempDir, writeTemp } from '../helpers.js';

const ctx = { lang: 'en' as const, colors: NO_COLORS };
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('say it once', () => {
  it("an attribute's description is shown once, however many groups the attribute has", async () => {
    // latitude: a swapped position, a position outside Sweden, and a value that is no number.
    const csv = 'place_id,name,latitude,longitude\n1,A,11.8,57.6\n2,B,95.1,11.8\n3,C,x,11.8\n';
    const file = writeTemp(tempDir(), 'three.csv', csv);
    const report = await validateFiles([file], { spec: 'badplatser', threads: 1 });
    const groups = report.files[0]?.groups.filter((g) => g.field === 'latitude') ?? [];
    expect(groups.length).toBeGreaterThanOrEqual(3);
    const description = (groups[0]?.examples[0]?.params.description as Localized).en;
    for (const format of ['text', 'markdown', 'html'] as const) {
      expect(count(FORMATTERS[format](report, ctx).replace(/&#39;/g, "'"), description), format).toBe(1);
    }
  });

  it('a group mixing reasons explains each beside the examples it fits', async () => {
    const csv = 'place_id,name,latitude,longitude,email\n1,A,57.6,11.8,info@partille\n2,B,57.6,11.8,ja\n';
    const file = writeTemp(tempDir(), 'emails.csv', csv);
    const report = await validateFiles([file], { spec: 'badplatser', threads: 1 });
    const group = report.files[0]?.groups.find((g) => g.code === 'invalid-email');
    expect(group?.examples.map((d) => d.params.reason)).toEqual(['domain', 'at']);
    const text = FORMATTERS.text(report, ctx);
    const lines = text.split('\n');
    for (const d of group?.examples ?? []) {
      const at = lines.findIndex((l) => l.trim() === `${d.columnLetter}${d.row} '${d.value}'`);
      expect(at, d.value).toBeGreaterThan(0);
      // The explanation under the example is its own reason's (the description aside).
      const own = renderMessage('invalid-email', 'en', { ...d.params, field: 'email', value: d.value, description: '' });
      expect(lines[at + 1]?.trim().startsWith(own), d.value).toBe(true);
    }
  });
});

describe('no cascade from a broken row', () => {
  const rowFindings = (ds: readonly Diagnostic[], row: number): string[] => ds.filter((d) => d.row === row).map((d) => d.code);

  it('a semicolon file: the row is reported once, naming the semicolon, and its shifted cells are not checked', async () => {
    const csv = 'place_id;name;latitude;longitude;postcode;email\n1;A;57.6;11.8;426 71;a@b.se\n2;B;57.6;11.8;426;71;a@b.se\n3;C;57.6\n';
    const file = writeTemp(tempDir(), 'semicolons.csv', csv);
    const r = await validateFile(file, { spec: 'badplatser', threads: 1 });
    expect(rowFindings(r.diagnostics, 3)).toEqual(['row-too-many-cells']);
    expect(rowFindings(r.diagnostics, 4)).toEqual(['row-too-few-cells']);
    for (const d of r.diagnostics.filter((x) => x.code.startsWith('row-too'))) {
      expect(d.params.delimiter).toBe(';');
      for (const lang of ['sv', 'en'] as const) {
        const message = renderMessage(d.code, lang, d.params);
        expect(message).toContain(DELIMITERS[';']?.[lang]);
        expect(message).not.toContain(DELIMITERS[',']?.[lang]);
      }
    }
  });

  it('a tab-separated file names the tab', async () => {
    const file = writeTemp(tempDir(), 'tabs.tsv', 'place_id\tname\tlatitude\tlongitude\n1\tA\t57.6\t11.8\n2\tB\t57.6\t11.8\t1\n');
    const r = await validateFile(file, { spec: 'badplatser', threads: 1, delimiter: '\t' });
    const d = r.diagnostics.find((x) => x.code === 'row-too-many-cells');
    expect(d?.params.delimiter).toBe('\t');
    expect(renderMessage('row-too-many-cells', 'sv', d?.params ?? {})).toContain(DELIMITERS['\t']?.sv);
  });

  it('a workbook: the row is reported once, and the message speaks of no delimiter', async () => {
    const dir = tempDir();
    const path = join(dir, 'book.xlsx');
    const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
    const header = ['place_id', 'name', 'latitude', 'longitude'].map((v, i) => text(`${'ABCD'[i]}1`, v)).join('');
    const row2 = ['1', 'A', '57.6', '11.8'].map((v, i) => text(`${'ABCD'[i]}2`, v)).join('');
    const row3 = ['2', 'B', '57.6', '11.8', 'ja'].map((v, i) => text(`${'ABCDE'[i]}3`, v)).join('');
    await writeXlsx(path, { sheets: [{ name: 'Blad1', body: sheetData([[1, header], [2, row2], [3, row3]]) }] });
    const r = await validateFile(path, { spec: 'badplatser', threads: 1 });
    expect(rowFindings(r.diagnostics, 3)).toEqual(['row-too-many-cells']);
    const d = r.diagnostics.find((x) => x.code === 'row-too-many-cells');
    expect(d?.sheet).toBe('Blad1');
    expect(d?.params.delimiter).toBe('');
    for (const lang of ['sv', 'en'] as const) {
      const message = renderMessage('row-too-many-cells', lang, d?.params ?? {});
      for (const name of Object.values(DELIMITERS)) expect(message).not.toContain(name[lang]);
      expect(message).not.toMatch(lang === 'sv' ? /avgränsare/ : /delimiter/);
    }
  });
});
