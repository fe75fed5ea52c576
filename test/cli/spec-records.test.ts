/**
 * A spec may say where a JSON document's records stand (x-records): digital-anslagstavla's
 * records stand under Items, as the one vendor's output seen writes them. validate and fix find
 * them there without --records; a top-level array is read as ever; --records still rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';

const ITEMS = readFileSync(new URL('../../fixtures/digital-anslagstavla/valid/items.json', import.meta.url), 'utf8');
const ARRAY = readFileSync(new URL('../../fixtures/digital-anslagstavla/valid/example.json', import.meta.url), 'utf8');

async function validate(content: string, extra: string[] = []) {
  const dir = tempDir();
  const file = writeTemp(dir, 'anslag.json', content);
  const r = await run(['validate', file, '--spec', 'digital-anslagstavla', '--format', 'json', ...extra]);
  return { ...r, report: JSON.parse(r.stdout) as { files: { valid: boolean; stats: { rows: number }; diagnostics: { code: string; row?: number; field?: string }[] }[] } };
}

describe('x-records: the records under Items', () => {
  it('validate finds them without --records (exit 0, two records)', async () => {
    const { code, report } = await validate(ITEMS);
    expect(code).toBe(0);
    expect(report.files[0]?.stats.rows).toBe(2);
    expect(report.files[0]?.diagnostics).toEqual([]);
  });

  it('without x-records the object itself would be read as the record: the keyword does the finding', async () => {
    const spec = JSON.parse(readFileSync(new URL('../../specs/digital-anslagstavla/1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    delete spec['x-records'];
    const dir = tempDir();
    const specFile = writeTemp(dir, 'no-records.json', JSON.stringify(spec));
    const file = writeTemp(dir, 'anslag.json', ITEMS);
    const r = await run(['validate', file, '--spec', specFile, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { files: { stats: { rows: number }; diagnostics: { code: string; field?: string }[] }[] };
    expect(r.code).toBe(1);
    expect(report.files[0]?.stats.rows).toBe(1);
    expect(report.files[0]?.diagnostics.map((d) => [d.field, d.code])).toContainEqual(['Items', 'unknown-property']);
  });

  it('the same with --records /Items; a top-level array is read as ever', async () => {
    expect((await validate(ITEMS, ['--records', '/Items'])).report.files[0]?.stats.rows).toBe(2);
    const array = await validate(ARRAY);
    expect(array.code).toBe(0);
    expect(array.report.files[0]?.stats.rows).toBe((JSON.parse(ARRAY) as unknown[]).length);
  });

  it('a value under Items is checked where it stands', async () => {
    const broken = ITEMS.replace('"committees/samhallsbyggnadsnamnden"', '"committees/samhällsbyggnad nämnden"');
    const { code, report } = await validate(broken);
    expect(code).toBe(1);
    expect(report.files[0]?.diagnostics.map((d) => [d.row, d.field, d.code])).toEqual([[2, 'CommitteeLink', 'invalid-format']]);
  });

  it('--records naming another list still rules: no list there', async () => {
    const { code, report } = await validate(ITEMS, ['--records', '/Rows']);
    expect(code).toBe(1);
    expect(report.files[0]?.diagnostics.map((d) => d.code)).toEqual(['json-not-records']);
  });

  it('fix reads the records under Items too: a conformant file is written back byte for byte, an error under Items listed at its record', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'anslag.json', ITEMS);
    const same = join(dir, 'same.json');
    expect((await run(['fix', input, '--spec', 'digital-anslagstavla', '-o', same])).code).toBe(0);
    expect(readFileSync(same, 'utf8')).toBe(ITEMS);
    const wrong = writeTemp(dir, 'wrong.json', ITEMS.replace('"EndDate": "2024-09-25"', '"EndDate": "2024-09-25T00:00:00+02:00", "Extra": 1'));
    const out = join(dir, 'out.json');
    const r = await run(['fix', wrong, '--spec', 'digital-anslagstavla', '-o', out]);
    expect(existsSync(out)).toBe(true);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('record 1 Extra');
    expect(r.stdout).not.toContain('required-missing');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('Items');
  });

  it('specs show says where the records are looked for, in both languages', async () => {
    expect((await run(['specs', 'show', 'digital-anslagstavla', '--lang', 'sv'])).stdout).toContain('\nPosterna i en JSON-fil söks under: /Items\n');
    expect((await run(['specs', 'show', 'digital-anslagstavla', '--lang', 'en'])).stdout).toContain('\nRecords of a JSON file are looked for under: /Items\n');
  });
});
