/** `datakoll explain <code>` and docs/codes.md (issue 19): from one catalogue, in both languages, pointed to by every report. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/api.js';
import { FORMATTERS, NO_COLORS } from '../../src/formatters/index.js';
import { ALL_CODES, CODES, codesMarkdown, explainCode } from '../../src/report/index.js';
import { run } from '../cli/run.js';
import { tempDir, writeTemp } from '../helpers.js';

describe('datakoll explain', () => {
  it('every code has a meaning, a reason and a way to fix it in Swedish and English; every value code a wrong and a right example', () => {
    for (const code of ALL_CODES) {
      for (const lang of ['sv', 'en'] as const) {
        const x = explainCode(code, lang);
        for (const part of [x.meaning, x.why, x.how]) expect(part.trim(), `${code} ${lang}`).not.toBe('');
        expect(x.meaning, code).not.toMatch(/\{\w+\}/);
        if ('reasons' in CODES[code]) expect(x.reasons.length, code).toBe((CODES[code] as { reasons: readonly string[] }).reasons.length);
      }
      if (code.startsWith('form-') || (code.startsWith('invalid-') && code !== 'invalid-format')) expect(explainCode(code, 'en').wrong, code).toBeDefined();
    }
    expect(explainCode('form-decimal-comma', 'sv')).toMatchObject({ fixable: true, wrong: '57,6312', right: '57.6312' });
    expect(explainCode('required-missing', 'en').fixable).toBe(false);
  });

  it('the command explains a code in the language asked for; an unknown code is a usage error that suggests the code meant', async () => {
    const sv = await run(['explain', 'invalid-email', '--lang', 'sv']);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain(explainCode('invalid-email', 'sv').why);
    expect(sv.stdout).toContain("'info@partille.se'");
    const en = await run(['explain', 'date-ambiguous']);
    expect(en.stdout).toContain(explainCode('date-ambiguous', 'en').how);
    const slip = await run(['explain', 'form-decimal-coma']);
    expect(slip.code).toBe(2);
    expect(slip.stdout).toBe('');
    expect(slip.stderr).toContain('form-decimal-comma');
    const none = await run(['explain', 'zzzz-qqqq-xxxx']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('docs/codes.md');
  });

  it('docs/codes.md is what the catalogue gives (npm run docs:codes writes it)', () => {
    expect(readFileSync(new URL('../../docs/codes.md', import.meta.url), 'utf8')).toBe(codesMarkdown());
    for (const code of ALL_CODES) expect(codesMarkdown()).toContain(`## ${code}\n`);
  });

  it('every report format points to it', async () => {
    const file = writeTemp(tempDir(), 'one.csv', 'place_id,name,latitude,longitude\n1,,57.6,11.8\n');
    const report = await validateFiles([file], { spec: 'badplatser', threads: 1 });
    const ctx = { lang: 'en' as const, colors: NO_COLORS };
    for (const name of ['text', 'markdown', 'html', 'github', 'gitlab', 'junit', 'sarif', 'json'] as const) {
      expect(FORMATTERS[name](report, ctx), name).toContain('datakoll explain required-missing');
    }
    const json = JSON.parse(FORMATTERS.json(report, ctx)) as { files: { groups: { explain: string }[] }[] };
    expect(json.files[0]?.groups[0]?.explain).toBe('datakoll explain required-missing');
  });
});
