/** User-supplied specs are data: no code runs, nothing is fetched, no pattern can backtrack for ever, and loading one is bounded. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { DatakollError } from '../../src/errors.js';
import { loadSpecFile } from '../../src/registry/index.js';
import { MAX_SPEC_BYTES, MAX_SPEC_DEPTH } from '../../src/registry/limits.js';
import { attr, chunks, miniSpec, tempDir, writeSpec } from '../helpers.js';
import { run } from '../cli/run.js';

const props = miniSpec().properties as Record<string, Record<string, unknown>>;
const withName = (extra: Record<string, unknown>, top: Record<string, unknown> = {}) => writeSpec(tempDir(), miniSpec({ properties: { ...props, name: { ...props.name, ...extra } }, ...top }));

/** The spec error loading a spec gives, in both languages. */
function refusal(spec: string): { en: string; sv: string } {
  try {
    loadSpecFile(spec, false);
  } catch (e) {
    expect(e).toBeInstanceOf(DatakollError);
    expect((e as DatakollError).kind).toBe('spec');
    return { en: (e as DatakollError).text('en'), sv: (e as DatakollError).text('sv') };
  }
  throw new Error('expected the spec to be refused');
}

describe('user specs: patterns', () => {
  it('a catastrophically backtracking pattern runs in linear time (RE2)', async () => {
    const spec = withName({ pattern: '^(a+)+$' });
    const started = performance.now();
    const r = await validateFile(chunks(`id,name\n1,${'a'.repeat(5000)}!\n2,aaa\n`), { spec, format: 'csv' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.diagnostics.filter((d) => d.code === 'pattern-mismatch').map((d) => d.row)).toEqual([2]);
  });

  it('bounded repetitions cannot backtrack either: a 20,000-character cell ends quickly (a guard, not a benchmark)', async () => {
    // Six overlapping counted repetitions and no unbounded one: minutes on a backtracking engine.
    const spec = withName({ pattern: `^${'[a-z]{0,60}'.repeat(6)}$` });
    const started = performance.now();
    const r = await validateFile(chunks(`id,name\n1,${'a'.repeat(20_000)}\n2,abc\n`), { spec, format: 'csv' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.diagnostics.filter((d) => d.code === 'pattern-mismatch').map((d) => d.row)).toEqual([2]);
  });

  it("the issue's pattern (repetitions of 20,000) is refused with exit 2, in the run's language", async () => {
    const dir = tempDir();
    const spec = writeSpec(dir, miniSpec({ properties: { ...props, name: { ...props.name, pattern: '^a{0,20000}a{0,20000}a{0,20000}b$' } } }));
    writeFileSync(join(dir, 'd.csv'), `id,name\n1,${'a'.repeat(20_000)}\n`);
    const started = performance.now();
    const r = await run(['validate', join(dir, 'd.csv'), '--spec', spec, '--lang', 'sv'], { cwd: dir });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Specifikationsfilen .* är inte en giltig datakoll-specifikation: mönstret "\^a\{0,20000\}.*upprepningar fler än 1000/);
  });

  it('patternProperties and propertyNames run on RE2 too', async () => {
    const spec = writeSpec(tempDir(), miniSpec({ properties: { ...props, name: attr('object', { patternProperties: { '^(x+x+)+y$': { type: 'string' } }, propertyNames: { pattern: '^(a|a)*$' } }) } }));
    const started = performance.now();
    const r = await validateFile(chunks(JSON.stringify([{ id: 1, name: { [`${'x'.repeat(3000)}`]: 1, [`${'a'.repeat(3000)}!`]: 'v' } }])), { spec, format: 'json' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.diagnostics.map((d) => d.code)).toContain('pattern-mismatch');
  });

  it('a pattern RE2 cannot run is a clear spec error, in both languages', () => {
    const r = refusal(withName({ pattern: '^(?=a)(a+)+$' }));
    expect(r.en).toMatch(/the pattern "\^\(\?=a\)\(a\+\)\+\$" cannot be used: lookahead and lookbehind .* cannot run in linear time/);
    expect(r.sv).toMatch(/mönstret .* kan inte användas: framåt- och bakåtblickar/);
    expect(refusal(withName({ pattern: '^(a)\\1$' })).en).toMatch(/backreferences/);
  });

  it('a pattern whose compiled program is too large is refused, not run', () => {
    expect(refusal(withName({ pattern: '^(?:[a-z]{0,999}){0,999}$' })).en).toMatch(/more than 2000 instructions|repetition count/);
    expect(refusal(withName({ pattern: '^[a-z]{0,900}[0-9]{0,900}[A-Z]{0,900}$' })).en).toMatch(/more than 2000 instructions/);
  });

  it("all of a spec's patterns together are bounded too, so a spec cannot take minutes to load", () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_v, i) => [`a${i}`, attr('string', { pattern: `^[a-z]{0,400}${i}$` })]));
    const started = performance.now();
    const r = refusal(writeSpec(tempDir(), miniSpec({ properties: many, required: [], 'x-unique-key': undefined, 'x-columns': Object.keys(many) })));
    expect(r.en).toMatch(/the spec's patterns together compile to more than 20000 instructions/);
    expect(r.sv).toMatch(/specifikationens mönster tillsammans fler än 20000 instruktioner/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('user specs: references and size', () => {
  it('a remote $ref is never fetched: the spec is refused', () => {
    expect(refusal(withName({ $ref: 'https://example.invalid/evil.json' })).en).toMatch(/points outside the spec/);
  });

  it('a $ref to a file on disk is not read', () => {
    expect(() => loadSpecFile(withName({ $ref: '/etc/passwd' }), false)).toThrow(DatakollError);
  });

  it('a recursive $ref is refused clearly, not with "Maximum call stack size exceeded"', () => {
    for (const spec of [
      withName({ $ref: '#/properties/name' }),
      withName({ $ref: '#/$defs/a' }, { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }),
      withName({ type: 'object', $ref: '#' }),
      withName({ $ref: '#here' }, { $defs: { a: { $anchor: 'here', items: { $ref: '#/$defs/a' } } } }),
    ]) {
      const r = refusal(spec);
      expect(r.en).toMatch(/a \$ref makes the schema recursive/);
      expect(r.sv).toMatch(/gör schemat rekursivt/);
    }
  });

  it('a spec nesting deeper than the limit is refused, counting through $ref', () => {
    // Written as text: deep enough to overflow any recursive walk of it.
    const dir = tempDir();
    const file = join(dir, 'deep.json');
    const spec = JSON.stringify(miniSpec({ properties: { ...props, name: attr('array', { items: 'DEEP' }) } }));
    writeFileSync(file, spec.replace('"DEEP"', `${'{"items":'.repeat(4000)}{}${'}'.repeat(4000)}`));
    expect(refusal(file).en).toMatch(new RegExp(`more than ${MAX_SPEC_DEPTH} levels deep`));
    // Short chains that refer to each other add up.
    const defs: Record<string, unknown> = { d0: { type: 'string' } };
    for (let i = 1; i <= 40; i++) defs[`d${i}`] = { items: { $ref: `#/$defs/d${i - 1}` } };
    expect(refusal(withName({ $ref: '#/$defs/d40' }, { $defs: defs })).en).toMatch(/levels deep \(counting through \$ref\)/);
  });

  it('many references to one definition are checked once (no exponential walk)', () => {
    const defs: Record<string, unknown> = { d0: { type: 'string' } };
    // Two ways to every definition below: 2^30 paths, unless each is walked once.
    for (let i = 1; i <= 30; i++) defs[`d${i}`] = { $ref: `#/$defs/d${i - 1}`, not: { $ref: `#/$defs/d${i - 1}` } };
    const started = performance.now();
    expect(() => loadSpecFile(withName({ $ref: '#/$defs/d30' }, { $defs: defs }), false)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('a spec holding too much to compile quickly is refused: objects and arrays, enum values', () => {
    expect(refusal(withName({ anyOf: Array.from({ length: 6000 }, (_v, i) => ({ minLength: i })) })).en).toMatch(/more than 5000 objects and arrays/);
    expect(refusal(withName({ enum: Array.from({ length: 1001 }, (_v, i) => `v${i}`) })).sv).toMatch(/enum vid \/properties\/name har fler än 1000 värden/);
  });

  it('dynamic references and nested $id are refused', () => {
    expect(refusal(withName({ $dynamicRef: '#meta' })).en).toMatch(/\$dynamicRef at \/properties\/name is not supported/);
    expect(refusal(withName({ $id: 'urn:x' })).en).toMatch(/nested \$id/);
  });

  it('a spec file larger than the limit is refused before it is parsed', () => {
    const dir = tempDir();
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(miniSpec({ 'x-source': 'x'.repeat(MAX_SPEC_BYTES) })));
    const r = refusal(file);
    expect(r.en).toMatch(/larger than 2 MiB/);
    expect(r.sv).toMatch(/större än 2 MiB/);
  });

  it('a spec with more attributes than the limit is refused', () => {
    const many = Object.fromEntries(Array.from({ length: 501 }, (_v, i) => [`a${i}`, props.name]));
    expect(refusal(writeSpec(tempDir(), miniSpec({ properties: many, required: [], 'x-unique-key': undefined, 'x-columns': Object.keys(many) }))).en).toMatch(/more than 500 attributes/);
  });
});

describe('specs import: patterns', () => {
  it('a CSVW format that would backtrack is refused at import (exit 2), and nothing is written', async () => {
    const dir = tempDir();
    const csvw = join(dir, 'schema.json');
    writeFileSync(csvw, JSON.stringify({ tableSchema: { columns: [{ name: 'id' }, { name: 'kod', datatype: { base: 'string', format: 'a{0,20000}a{0,20000}a{0,20000}b' } }] } }));
    const r = await run(['specs', 'import', csvw, '-o', join(dir, 'out.json')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the pattern "\^\(\?:a\{0,20000\}.*repetition counts above 1000/);
    expect(readdirSync(dir)).toEqual(['schema.json']);
  });

  it('a file to import larger than a spec may be is refused before it is read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'model.md'), `| a | b |\n|---|---|\n${'| x | y |\n'.repeat(300_000)}`);
    const r = await run(['specs', 'import', join(dir, 'model.md')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/larger than 2 MiB/);
  });

  it('a CSVW format RE2 can run is imported and then used on RE2', async () => {
    const dir = tempDir();
    const csvw = join(dir, 'schema.json');
    writeFileSync(csvw, JSON.stringify({ tableSchema: { columns: [{ name: 'id' }, { name: 'kod', datatype: { base: 'string', format: '(a+)+' } }] } }));
    expect((await run(['specs', 'import', csvw, '-o', join(dir, 'spec.json')], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'd.csv'), `id,kod\n1,${'a'.repeat(5000)}!\n2,aa\n`);
    const r = await run(['validate', join(dir, 'd.csv'), '--spec', join(dir, 'spec.json'), '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].diagnostics.map((d: { row: number }) => d.row)).toEqual([2]);
  });
});

describe("datakoll's own expressions on spec texts", () => {
  it('do not backtrack on long runs (a guard): official URIs, cardinalities, Markdown separator rows', async () => {
    const { normalizeSpecUrl } = await import('../../src/registry/index.js');
    const { parseCardinality } = await import('../../src/authoring/import/datatypes.js');
    const { markdownRows } = await import('../../src/authoring/import/table.js');
    const started = performance.now();
    expect(normalizeSpecUrl(`https://www.Example.se/x${'/'.repeat(200_000)}`)).toBe('example.se/x');
    expect(normalizeSpecUrl(`https://a/${'/'.repeat(200_000)}x`)).toBe(`a/${'/'.repeat(200_000)}x`);
    expect(parseCardinality(` 0..* `)).toEqual({ required: false, many: true });
    expect(parseCardinality(`1${' '.repeat(200_000)}x`)).toBeUndefined();
    expect(markdownRows(`| a |\n|${' '.repeat(200_000)}x\n`)).toHaveLength(2);
    expect(markdownRows('| a |\n| :--- |\n| 1 |\n').map((r) => r.cells)).toEqual([['a'], ['1']]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
