/** --max-errors works in the text report (issue 19): it shows as many findings as the report lists. */
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/api.js';
import { FORMATTERS, NO_COLORS } from '../../src/formatters/index.js';
import { tempDir, writeTemp } from '../helpers.js';

/** Eight rows with two mistakes each that a person must correct (no name, an e-mail address without @): 16 errors. */
function export16(): string {
  const rows = Array.from({ length: 8 }, (_, i) => `1480-${i},,57.63,11.79,info${i}.example.se`);
  return writeTemp(tempDir(), 'real-mistakes.csv', `place_id,name,latitude,longitude,email\n${rows.join('\n')}\n`);
}
/** The example cells the text report shows (C2, E4, ...). */
const cellsIn = (text: string): string[] => [...text.matchAll(/\b([A-Z]+[0-9]+)\b(?: '|,|\)|$)/gm)].map((m) => m[1] as string);

describe('--max-errors in the text report', () => {
  it('shows at most that many findings, in the report\'s order, and says the list stopped', async () => {
    const file = export16();
    const all = FORMATTERS.text(await validateFiles([file], { spec: 'badplatser', threads: 1 }), { lang: 'en', colors: NO_COLORS });
    for (const max of [1, 3, 5]) {
      const run = await validateFiles([file], { spec: 'badplatser', threads: 1, maxErrors: max });
      const text = FORMATTERS.text(run, { lang: 'en', colors: NO_COLORS });
      expect(cellsIn(text).length, String(max)).toBeLessThanOrEqual(max);
      expect(cellsIn(text), String(max)).toEqual(cellsIn(all).slice(0, cellsIn(text).length));
      expect(text).toContain(`The list stopped after ${max} finding`);
      // The totals are still the whole file's.
      expect(text).toContain('16 errors');
    }
    expect(cellsIn(all).length).toBeGreaterThan(5);
  });
});
