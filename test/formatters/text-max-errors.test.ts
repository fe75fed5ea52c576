/** --max-errors works in the text report (issue 19): it shows as many findings as the report lists. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/api.js';
import { FORMATTERS, NO_COLORS } from '../../src/formatters/index.js';

const EXPORT = fileURLToPath(new URL('../../fixtures/badplatser/invalid/excel-export.csv', import.meta.url));
/** The example cells the text report shows (C2, E4, ...). */
const cellsIn = (text: string): string[] => [...text.matchAll(/\b([A-Z]+[0-9]+) '/g)].map((m) => m[1] as string);

describe('--max-errors in the text report', () => {
  it('shows at most that many findings, in the report\'s order, and says the list stopped', async () => {
    const all = FORMATTERS.text(await validateFiles([EXPORT], { spec: 'badplatser', threads: 1 }), { lang: 'en', colors: NO_COLORS });
    for (const max of [1, 3, 5]) {
      const run = await validateFiles([EXPORT], { spec: 'badplatser', threads: 1, maxErrors: max });
      const text = FORMATTERS.text(run, { lang: 'en', colors: NO_COLORS });
      expect(cellsIn(text).length, String(max)).toBeLessThanOrEqual(max);
      expect(cellsIn(text), String(max)).toEqual(cellsIn(all).slice(0, cellsIn(text).length));
      expect(text).toContain(`The list stopped after ${max} finding`);
      // The totals are still the whole file's.
      expect(text).toContain('14 errors');
    }
    expect(cellsIn(all).length).toBeGreaterThan(5);
  });
});
