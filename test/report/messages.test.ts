import { describe, expect, it } from 'vitest';
import { ALL_CODES, CODES, LANGS, MESSAGES, SCOPE_PARAMS, placeholders, renderMessage } from '../../src/report/index.js';

describe('message catalogue', () => {
  it('has a Swedish and an English message for every code, and no message without a code', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...ALL_CODES].sort());
    for (const code of ALL_CODES) {
      for (const lang of LANGS) expect(MESSAGES[code][lang].trim().length, `${code}/${lang}`).toBeGreaterThan(10);
    }
  });

  it('uses only parameters the code supplies', () => {
    for (const code of ALL_CODES) {
      const allowed = new Set([...CODES[code].params, ...SCOPE_PARAMS[CODES[code].scope]]);
      for (const lang of LANGS) {
        for (const p of placeholders(MESSAGES[code][lang])) expect(allowed.has(p), `${code}/${lang} uses {${p}}`).toBe(true);
      }
    }
  });

  it('uses the same parameters in both languages', () => {
    for (const code of ALL_CODES) {
      expect(new Set(placeholders(MESSAGES[code].sv)), code).toEqual(new Set(placeholders(MESSAGES[code].en)));
    }
  });

  it('codes are kebab-case', () => {
    for (const code of ALL_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('renders parameters into the chosen language', () => {
    const params = { field: 'postcode', value: '4123' };
    expect(renderMessage('invalid-integer', 'en', params)).toContain("'4123' is not a whole number");
    expect(renderMessage('invalid-integer', 'sv', params)).toContain("'4123' är inte ett heltal");
  });
});
