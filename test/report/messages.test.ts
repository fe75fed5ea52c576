import { describe, expect, it } from 'vitest';
import type { Code, Lang } from '../../src/report/index.js';
import { ALL_CODES, CODES, LANGS, MESSAGES, PARAM_WORDS, REASONS, SCOPE_PARAMS, placeholders, renderMessage } from '../../src/report/index.js';

/** The parameters a code's message may use: its own and its scope's. */
function allowedParams(code: Code): Set<string> {
  return new Set([...CODES[code].params, ...SCOPE_PARAMS[CODES[code].scope]]);
}

/** Every parameter a code may use, filled with a recognisable value. */
function fullParams(code: Code): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of allowedParams(code)) params[p] = p === 'description' ? { sv: 'BESKRIVNING', en: 'DESCRIPTION' } : `<${p}>`;
  const reasons = CODES[code] as { reasons?: readonly string[] };
  if (reasons.reasons !== undefined) params.reason = reasons.reasons[0];
  return params;
}

const reasonTable = REASONS as Readonly<Record<string, Readonly<Record<string, Readonly<Record<Lang, string>>>>>>;

describe('message catalogue', () => {
  it('has a Swedish and an English message for every code, and no message without a code', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...ALL_CODES].sort());
    for (const code of ALL_CODES) {
      for (const lang of LANGS) expect(MESSAGES[code][lang].trim().length, `${code}/${lang}`).toBeGreaterThan(10);
    }
  });

  it('uses only parameters the code supplies', () => {
    for (const code of ALL_CODES) {
      const allowed = allowedParams(code);
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
    for (const code of ALL_CODES) expect(code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('has a phrase in both languages for every reason a code declares, and none it does not declare', () => {
    const withReasons = ALL_CODES.filter((c) => (CODES[c] as { reasons?: readonly string[] }).reasons !== undefined);
    expect(Object.keys(REASONS).sort()).toEqual(withReasons.sort());
    for (const code of withReasons) {
      const declared = (CODES[code] as { reasons: readonly string[] }).reasons;
      expect(CODES[code].params, `${code} declares reasons, so it supplies reason`).toContain('reason');
      expect(Object.keys(reasonTable[code] ?? {}).sort(), code).toEqual([...declared].sort());
      for (const reason of declared) {
        const phrase = reasonTable[code]?.[reason];
        for (const lang of LANGS) {
          expect(phrase?.[lang].trim().length, `${code}/${reason}/${lang}`).toBeGreaterThan(5);
          for (const p of placeholders(phrase?.[lang] ?? '')) expect(allowedParams(code).has(p) && p !== 'reason', `${code}/${reason}/${lang} uses {${p}}`).toBe(true);
        }
        expect(new Set(placeholders(phrase?.sv ?? '')), `${code}/${reason}`).toEqual(new Set(placeholders(phrase?.en ?? '')));
      }
    }
  });

  it('has words in both languages for every token of a parameter that takes words, and only for parameters the code supplies', () => {
    for (const [code, params] of Object.entries(PARAM_WORDS) as [Code, Record<string, Record<string, Record<Lang, string>>>][]) {
      for (const [name, words] of Object.entries(params)) {
        expect(CODES[code].params, `${code} supplies ${name}`).toContain(name);
        for (const [token, t] of Object.entries(words)) for (const lang of LANGS) expect(t[lang].trim(), `${code}/${name}/${token}/${lang}`).not.toBe('');
      }
    }
  });

  it('says a parameter that is a token in the words of the language, a list of them with "or"', () => {
    expect(renderMessage('record-not-object', 'sv', { found: 'number' })).toBe('Posten ska vara ett objekt ({…}) men är ett tal.');
    expect(renderMessage('record-not-object', 'en', { found: 'array' })).toBe('The record must be an object ({…}) but is a list ([…]).');
    expect(renderMessage('wrong-type', 'sv', { field: 'x', value: '1', found: 'integer', expected: 'string,null' })).toBe("x: värdet '1' är ett heltal, men specifikationen kräver en text eller null (inget värde).");
    expect(renderMessage('wrong-type', 'en', { field: 'x', value: '1', found: 'integer', expected: 'string,null' })).toBe("x: the value '1' is a whole number, but the specification requires a text or null (no value).");
    expect(renderMessage('dialect-delimiter', 'sv', { delimiter: ';' })).toMatch(/^Fälten är åtskilda med semikolon \(;\), men/);
    expect(renderMessage('dialect-delimiter', 'en', { delimiter: '\t' })).toMatch(/^The fields are separated by a tab, but/);
    // A value that is no token is shown as it is.
    expect(renderMessage('dialect-delimiter', 'sv', { delimiter: '#' })).toMatch(/^Fälten är åtskilda med #, men/);
  });

  it('renders every message completely when all its parameters are given', () => {
    for (const code of ALL_CODES) {
      for (const lang of LANGS) {
        const text = renderMessage(code, lang, fullParams(code));
        expect(text, `${code}/${lang}`).not.toMatch(/\{\w+\}|\[\[|\]\]/);
        if (allowedParams(code).has('description') && placeholders(MESSAGES[code][lang]).includes('description')) {
          expect(text, `${code}/${lang}`).toContain(lang === 'sv' ? 'BESKRIVNING' : 'DESCRIPTION');
        }
      }
    }
  });

  it('renders parameters into the chosen language', () => {
    const params = { field: 'postcode', value: '4123' };
    expect(renderMessage('invalid-integer', 'en', params)).toContain("'4123' is not a whole number");
    expect(renderMessage('invalid-integer', 'sv', params)).toContain("'4123' är inte ett heltal");
  });

  it('shows the attribute description in the report language, and leaves the sentence out without one', () => {
    const description = { sv: 'Postnummer, fem siffror.', en: 'Postal code, five digits.' };
    const params = { field: 'postcode', value: '4123', reason: 'form', example: '412 63', description };
    expect(renderMessage('invalid-postnummer', 'en', params)).toBe(
      "postcode: '4123' is not a postal code in the form the specification uses: a Swedish postal code is five digits. Write, for example, '412 63'. The specification's description of postcode: Postal code, five digits.",
    );
    expect(renderMessage('invalid-postnummer', 'sv', params)).toContain('Specifikationens beskrivning av postcode: Postnummer, fem siffror.');
    const bare = renderMessage('invalid-postnummer', 'en', { ...params, description: undefined });
    expect(bare).toMatch(/Write, for example, '412 63'\.$/);
  });

  it('fills a reason token with its phrase, and passes free text through', () => {
    const params = { field: 'source', value: '2120001356', reason: 'check-digit' };
    expect(renderMessage('invalid-organisationsnummer', 'sv', params)).toContain('kontrollsiffran (den sista siffran) stämmer inte');
    expect(renderMessage('invalid-organisationsnummer', 'en', params)).toContain('the check digit (the last one) does not match');
    expect(renderMessage('file-unreadable', 'en', { reason: 'no such file' })).toBe('The file could not be read: no such file.');
    // A token the code does not know is shown as it is, never as a lookup of another code's phrase.
    expect(renderMessage('invalid-organisationsnummer', 'en', { ...params, reason: 'toString' })).toContain(': toString.');
  });
});
