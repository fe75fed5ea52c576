/**
 * A JSON file without a list of records: fix agrees with validate (json-not-records, exit 1) and
 * writes the file as it was, as it does for an empty JSON file; it refused it with "holds no list
 * of records", exit 3, as if the file could not be read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/report/index.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from '../cli/run.js';

const WRAPPER = '{"total": 3,\n  "a/b": {"place_id": "1480-A"}, "list": [1]}\n';

async function both(name: string, text: string, records: string[], lang: 'en' | 'sv' = 'en') {
  const dir = tempDir();
  const path = writeTemp(dir, name, text);
  const out = join(dir, `fixed-${name}`);
  const validated = await run(['validate', path, '--spec', 'badplatser', '--format', 'json', ...records]);
  const fixed = await run(['fix', path, '--spec', 'badplatser', '-o', out, '--lang', lang, ...records]);
  return { validated, fixed, after: readFileSync(out), files: readdirSync(dir).sort() };
}

/** json-not-records' found when --records names no list. */
const noList = (p: string): { sv: string; en: string } => ({ sv: `ingen lista med poster vid ${p}`, en: `no list of records at ${p}` });

describe('fix on JSON without a list of records agrees with validate', () => {
  for (const [name, text, records, found] of [
    ['wrapper.json', WRAPPER, ['--records', '/total'], noList('/total')],
    ['wrapper.json', WRAPPER, ['--records', '/a~1b'], noList('/a~1b')],
    ['a.json', '{"a":1}', ['--records', '/a'], noList('/a')],
    ['n.json', '42\n', [], 'number'],
    ['s.jsonl', '"x"\n{"place_id": "1480-A"}\n', [], 'string'],
  ] as const) {
    it(`${name} ${records.join(' ')}: json-not-records, exit 1 in both, the file written byte for byte (fix said "holds no list of records", exit 3)`, async () => {
      const { validated, fixed, after, files } = await both(name, text, [...records]);
      expect(validated.code).toBe(1);
      const report = JSON.parse(validated.stdout).files[0];
      expect(report.diagnostics.map((d: { code: string }) => d.code)).toEqual(['json-not-records']);
      expect(fixed.code).toBe(1);
      expect(fixed.stderr).toBe('');
      expect(after.toString('utf8')).toBe(text);
      expect(files).toEqual([name, `fixed-${name}`].sort());
      const message = renderMessage('json-not-records', 'en', { found });
      expect(fixed.stdout).toBe(`Changes:\n  Nothing changed: the fixed file is the input, byte for byte.\n  0 records written\nErrors left (their values written as they were): 1\n  (whole file): ${message} [json-not-records]\n`);
    });
  }

  it('in Swedish: the finding listed with its Swedish words', async () => {
    const { fixed } = await both('wrapper.json', WRAPPER, ['--records', '/total'], 'sv');
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain(`Fel som finns kvar (värdena skrivna som de var): 1\n  (hela filen): ${renderMessage('json-not-records', 'sv', { found: noList('/total') })} [json-not-records]\n`);
  });

  it('a broken wrapper is still refused as unreadable (exit 3, nothing written)', async () => {
    const dir = tempDir();
    const path = writeTemp(dir, 'bad.json', '{"total": 3,, "x": []}');
    const r = await run(['fix', path, '--spec', 'badplatser', '-o', join(dir, 'out.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("bad.json cannot be fixed: it is not valid JSON at line 1, column 13: expected a property name in double quotes but found ','; fix has written nothing");
    expect(readdirSync(dir)).toEqual(['bad.json']);
    // In Swedish the reason is the catalogue's Swedish phrase, never its token.
    const sv = await run(['fix', path, '--spec', 'badplatser', '-o', join(dir, 'out.json'), '--lang', 'sv']);
    expect(sv.stderr).toContain("bad.json kan inte rättas: den är inte giltig JSON på rad 1, kolumn 13: här ska ett namn inom dubbla citattecken stå, men det står ','; fix har inte skrivit något");
  });
});
