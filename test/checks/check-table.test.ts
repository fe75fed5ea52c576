/**
 * A check is one module behind one interface: a toy check across rows, added through the public
 * check table (ValidateOptions.checks), fires on one thread, in chunks on two threads and on a
 * JSON file, with the same findings each time. Worker threads load dist/ (npm test builds first).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { CHECKS } from '../../src/checks/index.js';
import { CODES } from '../../src/report/index.js';
import type { Diagnostic, FileReport } from '../../src/report/index.js';
import { tempDir, writeSpec } from '../helpers.js';

const TOY = fileURLToPath(new URL('../support/toy-check.mjs', import.meta.url));
const dir = tempDir();
const spec = writeSpec(dir);
const ROWS = 3000;
/** Row r (data rows from 2) is named after (r mod 7) for r past 1500, uniquely before. */
const nameOf = (i: number): string => (i < 1500 ? `Bad ${i}` : `Bad ${i % 7}`);
const csv = join(dir, 'names.csv');
writeFileSync(csv, ['id,name,lat,ok,day', ...Array.from({ length: ROWS }, (_, i) => `${i + 1},${nameOf(i)},57.5,true,2024-01-02`)].join('\n') + '\n');
const json = join(dir, 'names.json');
writeFileSync(json, JSON.stringify(Array.from({ length: ROWS }, (_, i) => ({ id: i + 1, name: nameOf(i), lat: 57.5, ok: true, day: '2024-01-02' }))));

/** The rows a repeated name is on, and the row it was first on, worked out here. */
function expected(firstRowOffset: number): [number, number][] {
  const seen = new Map<string, number>();
  const out: [number, number][] = [];
  for (let i = 0; i < ROWS; i++) {
    const row = i + firstRowOffset;
    const first = seen.get(nameOf(i));
    if (first === undefined) seen.set(nameOf(i), row);
    else out.push([row, first]);
  }
  return out;
}

const toyFindings = (r: FileReport): [number, number][] =>
  r.diagnostics.filter((d: Diagnostic) => d.code === 'unique-duplicate' && d.field === 'name').map((d) => [d.row as number, d.params.firstRow as number]);

describe('the check table', () => {
  it('lists each check once, with codes from the catalogue', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const c of CHECKS) for (const code of c.codes) expect(CODES[code], `${c.id}: ${code}`).toBeDefined();
  });

  it('runs a check of its own across rows on one thread, in chunks on two threads and on JSON, with the same findings', async () => {
    const one = await validateFile(csv, { spec, threads: 1, checks: [TOY], maxErrors: 100_000 });
    let chunks = 0;
    const two = await validateFile(csv, { spec, threads: 2, checks: [TOY], maxErrors: 100_000, parallel: { chunkMinBytes: 1, chunkBytes: 2000, strict: true, onChunked: (_f, n) => (chunks = n) } });
    const fromJson = await validateFile(json, { spec, threads: 1, checks: [TOY], maxErrors: 100_000 });
    // CSV rows start at 2 (the header is row 1); JSON records at 1.
    expect(toyFindings(one)).toEqual(expected(2));
    expect(chunks).toBeGreaterThan(10);
    expect(toyFindings(two)).toEqual(toyFindings(one));
    expect(toyFindings(fromJson)).toEqual(expected(1));
    expect(one.stats.errors).toBe(expected(2).length);
    expect({ ...two, durationMs: 0 }).toEqual({ ...one, durationMs: 0 });
  });

  it('without the module, the toy check does not run', async () => {
    const r = await validateFile(csv, { spec, threads: 1 });
    expect(toyFindings(r)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('a check of its own may not take the id of a bundled check, and one that throws is named, not taken for an unreadable file', async () => {
    const clash = join(dir, 'clash.mjs');
    writeFileSync(clash, 'export default { id: "unique", codes: [], rows: () => ({ log() {}, take: () => [] }) };\n');
    await expect(validateFile(csv, { spec, threads: 1, checks: [clash] })).rejects.toMatchObject({ kind: 'usage', code: 'check-module' });
    const throws = join(dir, 'throws.mjs');
    writeFileSync(throws, 'export default { id: "throws", codes: [], rows: () => ({ record() { throw new Error("boom"); } }) };\n');
    const e = await validateFile(csv, { spec, threads: 1, checks: [throws] }).then(() => undefined, (x: unknown) => x);
    expect(e).toMatchObject({ kind: 'usage', code: 'check-failed' });
    expect((e as Error).message).toMatch(/throws failed: boom/);
  });

  it('a module that is not a check is a usage error', async () => {
    const bad = join(dir, 'not-a-check.mjs');
    writeFileSync(bad, 'export default { id: "x" };\n');
    await expect(validateFile(csv, { spec, checks: [bad] })).rejects.toMatchObject({ kind: 'usage', code: 'check-module' });
    await expect(validateFile(csv, { spec, checks: [join(dir, 'missing.mjs')] })).rejects.toMatchObject({ kind: 'usage', code: 'check-module' });
  });
});
