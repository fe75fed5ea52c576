/** Ambiguous is not impossible (issue 19): 03/04/2024 is either of two dates, not a date that does not exist. */
import { describe, expect, it } from 'vitest';
import { FORMAT_CHECKS } from '../../src/coerce/own-formats.js';
import { validateFile } from '../../src/api.js';
import { chunks } from '../helpers.js';

describe('an ambiguous date', () => {
  it('names both readings; a date whose order is plain or that is no date at all is not ambiguous', () => {
    expect(FORMAT_CHECKS.date('03/04/2024')).toEqual({ code: 'date-ambiguous', params: { dayFirst: '2024-04-03', monthFirst: '2024-03-04' } });
    expect(FORMAT_CHECKS.date('3.4.2024')).toMatchObject({ code: 'date-ambiguous' });
    for (const other of ['04/04/2024', '13/04/2024', '31/02/2024', '00/04/2024', '03/04/24', '2024-13-01', 'igår']) expect(FORMAT_CHECKS.date(other)?.code, other).not.toBe('date-ambiguous');
    expect(FORMAT_CHECKS.date('2024-04-03')).toBeUndefined();
  });

  it('is found the same in JSON as in CSV', async () => {
    const json = JSON.stringify([{ place_id: '1480-A', name: 'Ängsviken', latitude: 57.6, longitude: 11.8, updated: '03/04/2024' }]);
    const r = await validateFile(chunks(Buffer.from(json)), { spec: 'badplatser', format: 'json' });
    expect(r.diagnostics.find((d) => d.field === 'updated')).toMatchObject({ code: 'date-ambiguous', pointer: '/0/updated' });
  });
});
