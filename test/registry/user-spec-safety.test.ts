/** User-supplied specs are data: no code runs, nothing is fetched, and no pattern can backtrack for ever. */
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { DatakollError } from '../../src/errors.js';
import { loadSpecFile } from '../../src/registry/index.js';
import { chunks, miniSpec, tempDir, writeSpec } from '../helpers.js';

const props = miniSpec().properties as Record<string, Record<string, unknown>>;
const withName = (extra: Record<string, unknown>) => writeSpec(tempDir(), miniSpec({ properties: { ...props, name: { ...props.name, ...extra } } }));

describe('user specs', () => {
  it('a catastrophically backtracking pattern runs in linear time (RE2)', async () => {
    const spec = withName({ pattern: '^(a+)+$' });
    const started = performance.now();
    const r = await validateFile(chunks(`id,name\n1,${'a'.repeat(5000)}!\n2,aaa\n`), { spec, format: 'csv' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.diagnostics.filter((d) => d.code === 'pattern-mismatch').map((d) => d.row)).toEqual([2]);
  });

  it('a pattern RE2 cannot run is a clear spec error', () => {
    const spec = withName({ pattern: '^(?=a)(a+)+$' });
    try {
      loadSpecFile(spec, false);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatakollError);
      expect((e as Error).message).toMatch(/linear-time engine/);
    }
  });

  it('a remote $ref is never fetched: the spec is refused', () => {
    const spec = withName({ $ref: 'https://example.invalid/evil.json' });
    expect(() => loadSpecFile(spec, false)).toThrow(/can't resolve reference|resolve/i);
  });

  it('a $ref to a file on disk is not read', () => {
    const spec = withName({ $ref: '/etc/passwd' });
    expect(() => loadSpecFile(spec, false)).toThrow(DatakollError);
  });
});

describe('isSimplePattern', async () => {
  const { isSimplePattern } = await import('../../src/schema/ajv.js');
  it('lets patterns that cannot backtrack badly run on the fast engine, and no others', () => {
    for (const p of ['^[0-9]{4}-[0-9]{7}$', '^Q[1-9][0-9]*$', '^(?:[0-9]{3} ?[0-9]{2})$', '^[*+]+$']) expect(isSimplePattern(p), p).toBe(true);
    for (const p of ['^(a+)+$', '^a*b*$', '^\\S.* [0-9]+:[0-9]+$', '(x|y)*z', '^(ab){2,}$']) expect(isSimplePattern(p), p).toBe(false);
  });
});
