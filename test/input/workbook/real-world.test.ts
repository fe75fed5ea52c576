/**
 * The official livsmedelskontroller technical specification (Sambruk/NSÖD), a workbook Excel
 * wrote, read from ../shared/real-world (never copied). The cells below were checked by hand
 * against its parts (`unzip -p … xl/worksheets/sheet2.xml`, `xl/sharedStrings.xml`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cellRef } from '../../../src/input/workbook/index.js';
import { readFile } from './read.js';

const FILE = fileURLToPath(new URL('../../../../shared/real-world/sambruk_livsmedel_teknisk_specifikation_v2.xlsx', import.meta.url));

/** A sheet's cells by reference. */
async function cells(sheet: string): Promise<Map<string, string>> {
  const read = await readFile(FILE, sheet);
  return new Map(read.rows.flatMap((r) => r.cells.map((c): [string, string] => [cellRef(c.col, r.row), `${c.kind}:${c.text}`])));
}

describe.skipIf(!existsSync(FILE))('the Sambruk livsmedel workbook', () => {
  it('lists its three sheets; the default is the first', async () => {
    const read = await readFile(FILE);
    expect(read.sheets.map((s) => [s.name, s.index, s.hidden])).toEqual([
      ['Försättsblad', 1, false],
      ['Specifikation en', 2, false],
      ['Specifikation sv', 3, false],
    ]);
    expect(read.date1904).toBe(false);
    expect(read.rows[0]).toEqual({ row: 1, cells: [{ col: 1, kind: 'text', text: 'BAKGRUND TILL  TEKNISK SPECIFIKATION' }], hidden: false });
    // A1:H1 and A2:H13 are merged on the cover sheet.
    expect(read.summary.notes).toEqual([{ kind: 'merged', ranges: ['A1:H1', 'A2:H13'], count: 2 }]);
  });

  it('reads the English specification: header, values, rich text joined', async () => {
    const en = await cells('Specifikation en');
    expect(en.get('A1')).toBe('text:END-POINT');
    expect(en.get('G1')).toBe('text:REFERENCE');
    expect(en.get('B2')).toBe('text:lang');
    expect(en.get('E2')).toBe('text:"sv"');
    expect(en.get('D2')).toBe('text:The 2-letter or 3-letter ISO 639 alpha-2 language code describing the language used in all strings of this object');
    expect(en.get('D11')).toBe(
      'text:Describe the type of the facility as detailed as possible acoording to responsible authority e.g. Svenska livsmedelsverket have four levels of description. Follow their guidance. Please note that facilities responsible for purification of drinking water, or other facilities that are regarded as sensitive information should not be published as open data. ',
    );
    // Cells with only a style (A2, H1) are not there.
    expect(en.has('A2')).toBe(false);
    expect(en.has('H1')).toBe(false);
  });

  it('reads the Swedish specification by a name in other case and by number alike', async () => {
    const sv = await cells('specifikation SV');
    expect(sv.get('A1')).toBe('text:ÄNDPUNKT');
    expect(sv.get('F1')).toBe('text:KRAVNIVÅ');
    expect(sv.get('D11')).toMatch(/^text:Ange typ av anläggning enligt Livsmedelsverkets rapport-anvisning\. .* OBS om det är en dricksvattenanläggning/);
    expect(await cells('3')).toEqual(sv);
  });
});
