/**
 * Order and weight (issue 19): on an Excel-style export with a known list of real and mechanical
 * mistakes, the reports list the real ones first, summarise what `datakoll fix` repairs one kind
 * at a time with the one command, and count it exactly; the catalogue's `fixable` codes are held
 * to what fix does: after the report's own command, what is left is exactly what was not fixable.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/api.js';
import { FORMATTERS, NO_COLORS } from '../../src/formatters/index.js';
import { ALL_CODES, CODES, FIXABLE_TITLES, isFixable } from '../../src/report/index.js';
import type { Code } from '../../src/report/index.js';
import { run } from '../cli/run.js';
import { tempDir, writeTemp } from '../helpers.js';

const HEADER = 'place_id;name;latitude;longitude;updated;postcode;country;toilet;shower;email';
/** Six bathing sites as Excel writes them (BOM, semicolons, CRLF, decimal commas, ja/nej, dd/mm/yyyy). */
const ROWS = [
  '1480-A;Ängsviken;57,6312;11,7954;23/05/2024;426 71;SE;ja;nej;bad@example.se',
  '1480-B;;57,7011;11,8012;24/05/2024;426 71;SE;nej;ja;bad@example.se', // B3: no name
  '1480-C;Hästö;11,8366;57,6605;25/05/2024;426 71;SE;ja;ja;info@partille', // C4: swapped; J4: no domain
  '1480-C;Kärr;57,6605;11,8366;26/05/2024;426 71;SE;ja;nej;bad@example.se', // A5: a duplicate id
  '1480-E;Sandviken;95,1;11,8366;27/05/2024;426 71;SE;nej;ja;bad@example.se', // C6: latitude 95
  '1480-F;Lövö;57,6605;11,8366;28/05/2024;426 71;SE;1;SE;ja;bad@example.se', // row 7: one cell too many
];
/** The real mistakes, as code and position, in the order the report's groups list them. */
const REAL: readonly (readonly [Code, string])[] = [
  ['row-too-many-cells', '7'],
  ['invalid-email', 'J4'],
  ['coordinates-outside-sweden', 'C6'],
  ['coordinates-swapped', 'C4'],
  ['required-missing', 'B3'],
  ['unique-duplicate', 'A5'],
];
/** The mechanical ones in rows 2-6 (row 7 is not read as values): 10 + 10 + 5 cells, the delimiter and the BOM. */
const FIXABLE = 27;
/** All findings: the real ones, the mechanical ones and the note on the optional columns left out. */
const TOTAL = REAL.length + FIXABLE + 1;

function excelExport(): string {
  const dir = tempDir();
  return writeTemp(dir, 'badplatser-export.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${[HEADER, ...ROWS].join('\r\n')}\r\n`)]));
}

describe('the report puts what a person decides on first and counts what fix repairs', () => {
  it('text: the real mistakes first, then one line per kind fix repairs, the command, and the exact count', async () => {
    const file = excelExport();
    const report = await validateFiles([file], { spec: 'badplatser', threads: 1 });
    const f = report.files[0];
    expect((f?.stats.errors ?? 0) + (f?.stats.warnings ?? 0) + (f?.stats.infos ?? 0)).toBe(TOTAL);
    for (const lang of ['en', 'sv'] as const) {
      const text = FORMATTERS.text(report, { lang, colors: NO_COLORS });
      const block = text.indexOf(lang === 'en' ? 'Can be fixed by datakoll fix (27 findings):' : 'Kan rättas med datakoll fix (27 fynd):');
      expect(block).toBeGreaterThan(0);
      const positions = REAL.map(([code]) => text.indexOf(` ${code}`));
      expect(positions.every((p) => p > 0 && p < block), lang).toBe(true);
      expect(positions, 'in the report\'s order').toEqual([...positions].sort((a, b) => a - b));
      for (const code of ['form-decimal-comma', 'form-boolean-word', 'form-date', 'dialect-delimiter', 'encoding-bom']) expect(text.indexOf(` ${code}  `, block), code).toBeGreaterThan(block);
      expect(text.slice(0, block)).not.toMatch(/form-|dialect-delimiter|encoding-bom/);
      expect(text).toContain(lang === 'en' ? `${FIXABLE} of ${TOTAL} findings can be fixed by datakoll fix` : `${FIXABLE} av ${TOTAL} fynd kan rättas med datakoll fix`);
      expect(text).toContain(lang === 'en' ? '2 columns (latitude, longitude), 10 cells' : '2 kolumner (latitude, longitude), 10 celler');
    }
  });

  it('markdown and HTML list the real mistakes before the block; JSON gives the count, the codes and the command', async () => {
    const file = excelExport();
    const report = await validateFiles([file], { spec: 'badplatser', threads: 1 });
    const ctx = { lang: 'en' as const, colors: NO_COLORS };
    for (const out of [FORMATTERS.markdown(report, ctx), FORMATTERS.html(report, ctx)]) {
      const block = out.indexOf('Can be fixed by datakoll fix (27 findings):');
      expect(block).toBeGreaterThan(0);
      for (const [code] of REAL) expect(out.indexOf(code), code).toBeLessThan(block);
      expect(out).toContain(`${FIXABLE} of ${TOTAL} findings can be fixed by datakoll fix`);
    }
    const json = JSON.parse(FORMATTERS.json(report, ctx)) as { files: { fixable: { findings: number; of: number; codes: string[]; command: string } }[] };
    const fixable = json.files[0]?.fixable;
    expect(fixable?.findings).toBe(FIXABLE);
    expect(fixable?.of).toBe(TOTAL);
    expect([...(fixable?.codes ?? [])].sort()).toEqual(['dialect-delimiter', 'encoding-bom', 'form-boolean-word', 'form-date', 'form-decimal-comma']);
  });

  it("the report's own command repairs exactly what it counted: what is left is the real mistakes and the note", async () => {
    const file = excelExport();
    const report = await validateFiles([file], { spec: 'badplatser', threads: 1 });
    const command = (JSON.parse(FORMATTERS.json(report, { lang: 'en', colors: NO_COLORS })) as { files: { fixable: { command: string } }[] }).files[0]?.fixable.command ?? '';
    const argv = command.split(' ');
    expect(argv.slice(0, 2)).toEqual(['datakoll', 'fix']);
    const fixed = await run(argv.slice(1));
    expect(fixed.code, fixed.stderr).toBe(1);
    const out = argv[argv.indexOf('-o') + 1] as string;
    expect(out).toBe(join(tempDirOf(file), 'badplatser-export-fixed.csv'));
    expect(existsSync(out)).toBe(true);
    const again = (await validateFiles([out], { spec: 'badplatser', threads: 1 })).files[0];
    const codes = again?.groups.map((g) => g.code) ?? [];
    expect(codes.filter((c) => isFixable(c))).toEqual([]);
    expect((again?.stats.errors ?? 0) + (again?.stats.warnings ?? 0) + (again?.stats.infos ?? 0)).toBe(TOTAL - FIXABLE);
    expect([...codes].sort()).toEqual([...REAL.map(([c]) => c), 'header-missing-optional-columns'].sort());
  });

  it('every code fix repairs has its short name in both languages; no finding about a value a person must judge is marked', () => {
    for (const code of ALL_CODES.filter((c) => isFixable(c))) {
      expect(FIXABLE_TITLES[code].sv, code).not.toBe('');
      expect(FIXABLE_TITLES[code].en, code).not.toBe('');
    }
    for (const code of ['required-missing', 'unique-duplicate', 'coordinates-swapped', 'invalid-kommunkod', 'not-in-enum', 'date-ambiguous', 'encoding-uncertain', 'row-too-many-cells'] as const) {
      expect(isFixable(code), code).toBe(false);
      expect((CODES[code] as { fixable?: true }).fixable).toBeUndefined();
    }
  });
});

function tempDirOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/'));
}
