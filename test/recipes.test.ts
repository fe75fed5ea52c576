/**
 * CONTRIBUTING.md's recipes are true: each is followed here as a contributor would, and what the
 * recipe promises then holds. A spec is one file in a specs folder; a check is one module behind
 * the Check interface and one line in the table (test/checks/check-table.test.ts adds a toy check
 * across rows and sees it on one thread, in chunks and on JSON); a report format is one file and
 * one line in the table of formats, and then every place that lists formats has it.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/api.js';
import { Registry } from '../src/registry/index.js';
import { CHECKS } from '../src/checks/index.js';
import { MESSAGES } from '../src/report/index.js';
import { FORMATS, FORMAT_NAMES } from '../src/formatters/table.js';
import { FORMATTERS } from '../src/formatters/index.js';
import { OUTPUT_FORMATS } from '../src/options/outputs.js';
import { tempDir } from './helpers.js';
import { run } from './cli/run.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');

describe('recipe: add a spec', () => {
  it('a spec file in a specs folder is found by its id, with no code change', async () => {
    const dir = tempDir();
    const specs = join(dir, 'specs', 'toy-badplatser');
    mkdirSync(specs, { recursive: true });
    const spec = JSON.parse(read('specs/badplatser/1.0.json')) as Record<string, unknown>;
    writeFileSync(join(specs, '1.0.json'), JSON.stringify({ ...spec, 'x-id': 'toy-badplatser', 'x-title': { sv: 'Leksaksbadplatser', en: 'Toy bathing sites' } }));
    const data = join(dir, 'example.csv');
    copyFileSync(join(ROOT, 'fixtures/badplatser/valid/example.csv'), data);
    const registry = new Registry({ specsDirs: [join(dir, 'specs')] });
    const r = await validateFile(data, { spec: 'toy-badplatser', registry, threads: 1 });
    expect(r.spec?.id).toBe('toy-badplatser');
    expect(r.valid).toBe(true);
    const cli = await run(['validate', data, '--spec', 'toy-badplatser', '--specs-dir', join(dir, 'specs')]);
    expect(cli.code).toBe(0);
  });
});

describe('recipe: add a check', () => {
  it('every check in the table has an id of its own and a message in Swedish and English for each code', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const c of CHECKS) {
      for (const code of c.codes) {
        expect(MESSAGES[code].sv, `${c.id}: ${code}`).not.toBe('');
        expect(MESSAGES[code].en, `${c.id}: ${code}`).not.toBe('');
      }
    }
  });
  it('the table is where CONTRIBUTING.md says it is', () => {
    expect(read('CONTRIBUTING.md')).toContain('src/checks/table.ts');
    expect(read('src/checks/table.ts')).toMatch(/export const CHECKS/);
  });
});

describe('recipe: add a report format', () => {
  const golden = readdirSync(join(ROOT, 'test/formatters/__golden__'));
  const readme = read('README.md');
  for (const name of FORMAT_NAMES) {
    it(`${name}: one line in the table gives the library's FORMATTERS, --format, a golden file and a README row`, async () => {
      expect(FORMATTERS[name]).toBe(await FORMATS[name].load());
      expect(OUTPUT_FORMATS).toContain(name);
      expect(golden.some((f) => f.startsWith(`${name}-`)), `test/formatters/__golden__/${name}-*`).toBe(true);
      expect(readme, `README.md's table of formats`).toContain(`| \`${name}\` |`);
      const data = join(ROOT, 'fixtures/badplatser/valid/example.csv');
      const out = await run(['validate', data, '--spec', 'badplatser', '--format', name]);
      expect(out.code).toBe(0);
      expect(out.stdout.length).toBeGreaterThan(0);
    });
  }
});
