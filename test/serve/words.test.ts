/**
 * Every word the page of `datakoll serve` shows is in the catalogue (report/words/serve.ts), in
 * Swedish and English with the same placeholders: the page's scripts name words only by key, and
 * each key they name exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVE_WORDS } from '../../src/report/index.js';
import { placeholders } from '../../src/report/words/template.js';

const PAGE = fileURLToPath(new URL('../../src/serve/page/', import.meta.url));
const scripts = readdirSync(PAGE).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(`${PAGE}${f}`, 'utf8')] as const);

describe('the words of datakoll serve', () => {
  it('are in both languages, with the same placeholders, and differ where a language needs it', () => {
    for (const [key, w] of Object.entries(SERVE_WORDS)) {
      expect(w.sv.trim(), key).not.toBe('');
      expect(w.en.trim(), key).not.toBe('');
      expect(new Set(placeholders(w.sv)), key).toEqual(new Set(placeholders(w.en)));
    }
    expect(SERVE_WORDS.choose.sv).not.toBe(SERVE_WORDS.choose.en);
  });

  it("every key the page's scripts name exists", () => {
    const named = scripts.flatMap(([, text]) => [...text.matchAll(/\bt\('([\w-]+)'/g)].map((m) => m[1] as string));
    expect(named.length).toBeGreaterThan(30);
    for (const key of named) expect(Object.keys(SERVE_WORDS), key).toContain(key);
    // Keys made from a prefix: every state, tab, language and template format the scripts use.
    const made = ['state_waiting', 'state_uploading', 'state_queued', 'state_running', 'state_done', 'state_failed', 'tab_check', 'tab_catalogue', 'lang_sv', 'lang_en', 'template_csv', 'template_xlsx', 'template_json'];
    for (const key of made) expect(Object.keys(SERVE_WORDS), key).toContain(key);
  });

  it('the scripts hold no text of their own for a person to read: words only through t()', () => {
    for (const [file, text] of scripts) {
      // Children of el(...) given as a quoted literal with a letter in it would be prose outside the catalogue.
      const literals = [...text.matchAll(/el\('\w+', \{[^}]*\}, '([^']*[A-Za-zåäöÅÄÖ][^']*)'/g)].map((m) => m[1]);
      expect(literals, file).toEqual([]);
    }
  });
});
