import { describe, expect, it } from 'vitest';
import { DatakollError } from '../../src/errors.js';
import { parseConfig } from '../../src/options/index.js';

const ok = { validate: [{ files: 'data/*.csv', spec: 'badplatser' }] };

function errorOf(json: unknown): string {
  try {
    parseConfig(json, 'datakoll.config.json');
  } catch (e) {
    expect(e).toBeInstanceOf(DatakollError);
    expect((e as DatakollError).kind).toBe('usage');
    return (e as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(json)}`);
}

describe('parseConfig', () => {
  it('accepts a minimal config and a full one, outputs as strings or objects', () => {
    expect(parseConfig(ok, 'c').validate[0]?.spec).toBe('badplatser');
    const full = parseConfig(
      {
        $schema: 'x',
        lang: 'sv',
        failOn: 'warning',
        maxErrors: 10,
        threads: 2,
        specsDir: ['my-specs'],
        outputs: ['text', 'html=reports/r.html', { format: 'junit', file: 'reports/j.xml' }],
        badge: 'reports/badge.svg',
        encoding: 'cp1252',
        validate: [{ files: ['a/*.csv', 'b/*.csv'], ignore: ['a/old*'], spec: 'badplatser', delimiter: ';', inputFormat: 'csv', maxErrors: 5, encoding: 'cp850' }],
      },
      'c',
    );
    expect(full.outputs).toEqual([{ format: 'text' }, { format: 'html', file: 'reports/r.html' }, { format: 'junit', file: 'reports/j.xml' }]);
    expect(Object.isFrozen(full)).toBe(true);
  });

  it('errors name the key, the rule and what was given', () => {
    const cases: [unknown, RegExp][] = [
      [{}, /^datakoll\.config\.json: validate is required$/],
      [{ validate: [] }, /validate must list at least one entry/],
      [{ validate: [{ files: 'x' }] }, /validate\[0\]\.spec is required/],
      [{ validate: [{ files: 'x', spec: 'b', maxErrors: 0 }] }, /validate\[0\]\.maxErrors must be at least 1 \(given: 0\)/],
      [{ validate: [{ files: 'x', spec: 'b', delimiter: ';;' }] }, /validate\[0\]\.delimiter must be one character other than a quote or a line break, or "tab" \(given: ";;"\)/],
      // A quote or a line break would end fields, not separate them: refused here, as --delimiter refuses them.
      [{ validate: [{ files: 'x', spec: 'b', delimiter: '"' }] }, /validate\[0\]\.delimiter must be one character other than a quote or a line break.* \(given: "\\""\)/],
      [{ validate: [{ files: 'x', spec: 'b', delimiter: '\n' }] }, /validate\[0\]\.delimiter must be one character other than a quote or a line break.* \(given: "\\n"\)/],
      [{ validate: [{ files: 3, spec: 'b' }] }, /validate\[0\]\.files must be a glob or a list of globs \(given: 3\)/],
      [{ ...ok, failOn: 'sometimes' }, /failOn must be one of "error", "warning", "info", "never" \(given: "sometimes"\)/],
      [{ ...ok, lang: 'de' }, /lang must be one of "sv", "en" \(given: "de"\)/],
      [{ ...ok, outputs: ['pdf=x.pdf'] }, /outputs\[0\] must be one of text, json, html.*\(given: "pdf=x.pdf"\)/],
      [{ ...ok, outputs: ['text', 'json'] }, /outputs may send only one report to standard output/],
      [{ ...ok, colour: true }, /^datakoll\.config\.json has an unknown key: "colour"$/],
      [{ ...ok, threads: 0 }, /threads must be at least 1 \(given: 0\)/],
      [{ ...ok, encoding: 'ebcdic' }, /^datakoll\.config\.json: encoding must be one of utf-8, windows-1252 \(cp1252\), .*utf-16be \(given: "ebcdic"\)$/],
      [{ validate: [{ files: 'x', spec: 'b', encoding: 'utf-32' }] }, /validate\[0\]\.encoding must be one of utf-8, .* \(given: "utf-32"\)/],
      [{ ...ok, threads: 2.5 }, /threads must be a whole number \(given: 2\.5\)/],
      [{ ...ok, threads: 'many' }, /threads must be a number \(given: "many"\)/],
      [{ validate: [{ files: 'x', spec: 'b', sepc: 'c' }] }, /validate\[0\] has an unknown key: "sepc"/],
      [[], /^datakoll\.config\.json must be an object \(given: \[\]\)$/],
    ];
    for (const [json, pattern] of cases) expect(errorOf(json), JSON.stringify(json)).toMatch(pattern);
  });
});
