import { describe, expect, it } from 'vitest';
import { shownNumber } from '../../src/input/index.js';

describe("a workbook's number as Excel shows it", () => {
  it('reads 17 significant digits at 15, and keeps every other number as written', () => {
    expect(shownNumber('0.30000000000000004')).toBe('0.3');
    expect(shownNumber('57.631200000000007')).toBe('57.6312');
    expect(shownNumber('-11.795399999999999')).toBe('-11.7954');
    for (const kept of ['12.5', '57.6312', '1234567890123456789', '1E-3', '0.000000000000000123', '123456789012.345']) expect(shownNumber(kept)).toBe(kept);
  });
});
