/**
 * Runs every example file under fixtures/<spec>/valid and fixtures/<spec>/invalid against the spec
 * named by its folder. Valid files must give no errors and no warnings; each invalid file must give
 * exactly the findings listed in its <name>.expected.json, in order. See fixtures/README.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/api.js';
import type { Diagnostic } from '../src/report/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const EXPECTED = '.expected.json';

/** One finding as an expected file lists it: row (null when none), field ('' when none), code. */
type Triple = [number | null, string, string];

type Kind = 'valid' | 'invalid';

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** Spec ids: the folders directly under fixtures/. */
function specIds(): string[] {
  return readdirSync(FIXTURES)
    // fixtures/broken/ is the broken-file corpus of test/robustness, not a spec's examples.
    .filter((name) => !name.startsWith('.') && name !== 'broken' && isDir(join(FIXTURES, name)))
    .sort();
}

/** All files of a folder (not hidden), sorted; none when the folder is missing. */
function filesIn(dir: string): string[] {
  if (!isDir(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort();
}

/** The fixture files of a folder: everything but the expected files. */
function fixtureFiles(id: string, kind: Kind): string[] {
  return filesIn(join(FIXTURES, id, kind)).filter((name) => !name.endsWith(EXPECTED));
}

/** rows.csv -> rows.expected.json */
function expectedNameOf(name: string): string {
  return `${name.slice(0, name.length - extname(name).length)}${EXPECTED}`;
}

function formatOf(name: string): 'csv' | 'json' | 'other' {
  const ext = extname(name).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json' || ext === '.jsonl') return 'json';
  return 'other';
}

function isTriple(t: unknown): t is Triple {
  return Array.isArray(t) && t.length === 3 && (t[0] === null || Number.isInteger(t[0])) && typeof t[1] === 'string' && typeof t[2] === 'string';
}

function readExpected(path: string): Triple[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array of [row, field, code] triples`);
  parsed.forEach((t, i) => {
    if (!isTriple(t)) throw new Error(`${path}: entry ${i} is not a [row, field, code] triple: ${JSON.stringify(t)}`);
  });
  return parsed as Triple[];
}

function triples(diagnostics: readonly Diagnostic[]): Triple[] {
  return diagnostics.map((d) => [d.row ?? null, d.field ?? '', d.code]);
}

const ids = specIds();

describe('fixtures', () => {
  it('has at least one spec folder', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  for (const id of ids) {
    describe(id, () => {
      const valid = fixtureFiles(id, 'valid');
      const invalid = fixtureFiles(id, 'invalid');

      it('has a valid and an invalid fixture in both CSV and JSON', () => {
        const kinds = (names: string[]): string[] => [...new Set(names.map(formatOf))].sort();
        expect(kinds(valid)).toEqual(expect.arrayContaining(['csv', 'json']));
        expect(kinds(invalid)).toEqual(expect.arrayContaining(['csv', 'json']));
      });

      it('has an expected file for every invalid fixture, and no other expected files', () => {
        const dir = join(FIXTURES, id, 'invalid');
        const missing = invalid.filter((name) => !existsSync(join(dir, expectedNameOf(name))));
        expect(missing, 'invalid fixtures without an expected file').toEqual([]);
        const wanted = invalid.map(expectedNameOf);
        const shared = wanted.filter((name, i) => wanted.indexOf(name) !== i);
        expect(shared, 'expected files claimed by two fixtures (give them different base names)').toEqual([]);
        const orphans = filesIn(dir).filter((name) => name.endsWith(EXPECTED) && !wanted.includes(name));
        expect(orphans, 'expected files without a fixture').toEqual([]);
        const stray = filesIn(join(FIXTURES, id, 'valid')).filter((name) => name.endsWith(EXPECTED));
        expect(stray, 'expected files in valid/').toEqual([]);
      });

      for (const name of valid) {
        it(`valid/${name} has no errors and no warnings`, async () => {
          const report = await validateFile(join(FIXTURES, id, 'valid', name), { spec: id });
          const problems = report.diagnostics.filter((d) => d.severity !== 'info');
          expect(triples(problems)).toEqual([]);
          expect(report.unreadable).toBe(false);
          expect(report.stats.errors).toBe(0);
          expect(report.stats.warnings).toBe(0);
        });
      }

      for (const name of invalid) {
        it(`invalid/${name} gives the findings of ${expectedNameOf(name)}`, async () => {
          const expectedPath = join(FIXTURES, id, 'invalid', expectedNameOf(name));
          expect(existsSync(expectedPath), `missing ${expectedPath}`).toBe(true);
          const expected = readExpected(expectedPath);
          expect(expected.length, 'an invalid fixture must list at least one finding').toBeGreaterThan(0);
          const report = await validateFile(join(FIXTURES, id, 'invalid', name), { spec: id });
          expect(report.partial).toBe(false);
          expect(triples(report.diagnostics)).toEqual(expected);
        });
      }
    });
  }
});
